import Testing
@testable import RecallCore

/// Keys and prompt identities come from `CardKey.normalised`; its byte-by-byte reading of ASCII
/// text must give what the Unicode reading gives, or every stored card would change its key.
struct CardKeyTests {
    /// The Unicode reading, as `normalised` does it for text that is not ASCII.
    func unicodeNormalised(_ text: String) -> String {
        text.lowercased().split(whereSeparator: { !$0.isLetter && !$0.isNumber }).joined(separator: " ")
    }

    @Test(arguments: [
        ("What is the capital of Peru?", "what is the capital of peru"),
        ("  --Tabs\tand\r\nCRLF--  ", "tabs and crlf"),
        ("$1.75 billion, 6,000 miles", "1 75 billion 6 000 miles"),
        ("", ""),
        ("?!", ""),
        ("MiXeD_case-with_underscores", "mixed case with underscores"),
    ])
    func asciiTextIsReadAsWords(text: String, words: String) {
        #expect(CardKey.asciiNormalised(text) == words)
        #expect(CardKey.normalised(text) == words)
    }

    @Test func textBeyondASCIIIsLeftToTheUnicodeReading() {
        #expect(CardKey.asciiNormalised("Café") == nil)
        #expect(CardKey.normalised("Café au LAIT, s’il vous plaît") == "café au lait s il vous plaît")
        #expect(CardKey.normalised("Ⅻ Straße ½") == unicodeNormalised("Ⅻ Straße ½"))
    }

    @Test func everyASCIITextReadsAsTheUnicodeReadingReadsIt() {
        var generator = SplitMix64(seed: 3)
        let ascii = (0..<128).map { Character(Unicode.Scalar(UInt8($0))) }
        for _ in 0..<2_000 {
            let text = String((0..<Int.random(in: 0...24, using: &generator)).map { _ in
                ascii.randomElement(using: &generator)!
            })
            #expect(CardKey.asciiNormalised(text) == unicodeNormalised(text), "\(Array(text.utf8))")
        }
    }
}
