import Testing
@testable import RecallCore

struct TerminalTextLayoutTests {
    @Test(arguments: [
        ("ASCII takes a column a letter", "Baku", 4),
        ("colour codes take none", "\u{1b}[1mBaku\u{1b}[0m", 4),
        ("CJK takes two a character", "東京", 4),
        ("an emoji takes two", "🍎", 2),
        ("a combining accent adds nothing", "e\u{301}te\u{301}", 3),
        ("a precomposed accent is one", "été", 3),
        ("Control Pictures are one", "␛[31m", 5),
    ])
    func width(_ name: String, text: String, columns: Int) {
        #expect(TerminalText.width(text) == columns, "\(name)")
    }

    @Test func wrapsAtWordBoundariesKeepingTheLinesIndentation() {
        let text = "  Azerbaijan leader Ilham Aliyev and his wife Mehriban Aliyeva"
        #expect(TerminalText.wrap(text, width: 24) == """
              Azerbaijan leader
              Ilham Aliyev and his
              wife Mehriban Aliyeva
            """)
    }

    @Test func aHangingIndentPutsContinuationLinesUnderTheText() {
        let text = "Today     12 reviews · 3 new · 1 again · 4m 10s answering · 5 due"
        #expect(TerminalText.wrap(text, width: 40, hangingIndent: 10) == """
            Today     12 reviews · 3 new · 1 again ·
                      4m 10s answering · 5 due
            """)
    }

    @Test func colourDoesNotCountAndStaysAroundItsWords() {
        let bold = "\u{1b}[1m", reset = "\u{1b}[0m"
        let text = "\(bold)What title does the article use for Ilham Aliyev?\(reset)"
        let wrapped = TerminalText.wrap(text, width: 30)
        #expect(wrapped == "\(bold)What title does the article\nuse for Ilham Aliyev?\(reset)")
    }

    @Test func wideCharactersWrapByTheirColumns() {
        // Five two-column characters a word: two words fill 22 columns.
        #expect(TerminalText.wrap("東京都東京 大阪府大阪 京都府京都", width: 22) == "東京都東京 大阪府大阪\n京都府京都")
    }

    @Test func aWordLongerThanALineIsBroken() {
        #expect(TerminalText.wrap("see https://example.invalid/a/very/long/path", width: 20)
            == "see\nhttps://example.inva\nlid/a/very/long/path")
    }

    @Test func shortLinesAndNoWidthAreLeftAlone() {
        #expect(TerminalText.wrap("1 again 1m  2 hard 6m", width: 80) == "1 again 1m  2 hard 6m")
        #expect(TerminalText.wrap(String(repeating: "word ", count: 40), width: nil) == String(repeating: "word ", count: 40))
    }

    @Test func noWrappedLineIsWiderThanTheWidth() {
        var random = SplitMix64(seed: 14)
        let words = ["a", "Baku", "東京", "🍎", "\u{1b}[2mdim\u{1b}[0m", "e\u{301}te\u{301}", "supercalifragilistic", "1.75bn"]
        for _ in 0..<300 {
            let width = Int.random(in: 10...40, using: &random)
            let count = Int.random(in: 1...30, using: &random)
            let text = (0..<count).map { _ in words.randomElement(using: &random)! }.joined(separator: " ")
            let wrapped = TerminalText.wrap(text, width: width)
            for line in wrapped.split(separator: "\n") {
                #expect(TerminalText.width(String(line)) <= width, "\(line) at \(width)")
            }
            // Nothing is lost but the spaces at the breaks.
            #expect(wrapped.filter { $0 != " " && $0 != "\n" } == text.filter { $0 != " " })
        }
    }
}
