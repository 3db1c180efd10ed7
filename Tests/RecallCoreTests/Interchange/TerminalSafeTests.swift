import Testing
@testable import RecallCore

@Test(arguments: [
    ("escape sequences are shown, not obeyed", "\u{1b}[2Jclear", "␛[2Jclear"),
    ("an OSC clipboard write is defused", "\u{1b}]52;c;aGk=\u{07}", "␛]52;c;aGk=␇"),
    ("carriage return cannot overwrite", "safe\rEVIL", "safe␍EVIL"),
    ("delete", "a\u{7f}b", "a␡b"),
    ("C1 control sequence introducer", "a\u{9b}31mb", "a\u{FFFD}31mb"),
    ("NUL", "a\u{0}b", "a␀b"),
    ("line feeds and tabs are kept", "a\tb\nc", "a\tb\nc"),
    ("other text is untouched", "日本語 🍎 مرحبا Ærø", "日本語 🍎 مرحبا Ærø"),
])
func terminalSafeNeutralisesControlCharacters(_ name: String, _ input: String, _ output: String) {
    #expect(TerminalSafe.sanitize(input) == output, "\(name)")
    #expect(!TerminalSafe.sanitize(input).unicodeScalars.contains(where: TerminalSafe.isControl))
}
