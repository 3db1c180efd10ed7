import Testing
@testable import RecallCore

struct TerminalTextTests {
    @Test(arguments: [
        ("plain text stays", "Ilham Aliyev", "Ilham Aliyev"),
        ("escape becomes a visible symbol", "\u{1b}[31mred\u{1b}[0m", "␛[31mred␛[0m"),
        ("bell is shown, not rung", "a\u{07}b", "a␇b"),
        ("C1 CSI is replaced", "x\u{9b}2Jy", "x\u{FFFD}2Jy"),
        ("carriage return cannot overwrite the line", "fake\rreal", "fakereal"),
        ("bidi override is replaced", "abc\u{202E}fed", "abc\u{FFFD}fed"),
        ("newlines and tabs stay", "one\ntwo\tthree", "one\ntwo\tthree"),
        ("emoji and RTL letters stay", "🍎 مرحبا", "🍎 مرحبا"),
    ])
    func sanitize(_ name: String, input: String, expected: String) {
        #expect(TerminalText.sanitize(input) == expected, "\(name)")
    }

    @Test func newlinesCanBeFlattenedForOneLineDisplay() {
        #expect(TerminalText.sanitize("a\nb", keepNewlines: false) == "a b")
    }
}
