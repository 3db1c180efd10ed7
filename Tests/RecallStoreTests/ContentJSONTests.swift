import Foundation
import Testing
import RecallCore
@testable import RecallStore

struct ContentJSONTests {
    /// Every field of `CardContent` set, with text that needs escaping.
    static let full: CardContent = {
        var content = CardContent(
            kind: .multipleChoice, prompt: "What \"is\" 1/2 \\ a\nb\tc\r\u{8}\u{c}\u{1}\u{1f}\u{7f}?", answer: "½ — é 🙂",
            accepted: ["0.5", ""], choices: ["a", "b/c"], tolerance: 0.25, clozePrompt: "The [...] half",
            hint: "starts with ½", tags: ["t1", "ü"], explanation: "Because.",
            source: SourceQuote(sentence: "It is \"half\".", line: 12, column: 3, file: "articles/a.txt"),
            category: .figure)
        content.mode = .reveal
        content.note = "note-1"
        content.origin = .imported
        return content
    }()

    static let contents: [CardContent] = [
        full,
        CardContent(kind: .basic, prompt: "", answer: ""),
        CardContent(kind: .numeric, prompt: "How many?", answer: "5", tolerance: 5),
        CardContent(kind: .numeric, prompt: "How small?", answer: "0", tolerance: 1e-7),
        CardContent(kind: .numeric, prompt: "How far?", answer: "123456.789", tolerance: 123_456.789),
        CardContent(kind: .cloze, prompt: "a", answer: "b", source: SourceQuote(sentence: "s", line: 1, column: 1)),
    ]

    @Test(arguments: contents)
    func writesTheBytesJSONEncoderWritesWithSortedKeys(_ content: CardContent) throws {
        let encoder = JSONEncoder()
        encoder.outputFormatting = .sortedKeys
        #expect(try ContentJSON.encode(content) == String(decoding: try encoder.encode(content), as: UTF8.self))
        #expect(try JSONDecoder().decode(CardContent.self, from: Data(try ContentJSON.encode(content).utf8)) == content)
    }

    /// A field `CardContent` gains is nil or empty in `full` until it is set there, and then
    /// the comparison with `JSONEncoder` shows whether `ContentJSON` writes it.
    @Test func theFullContentSetsEveryField() {
        for child in Mirror(reflecting: Self.full).children {
            let value = child.value
            #expect(String(describing: value) != "nil", "\(child.label ?? "?") is not set in ContentJSONTests.full")
            if let array = value as? [String] { #expect(!array.isEmpty, "\(child.label ?? "?") is empty") }
        }
    }

    @Test func aToleranceThatIsNotANumberIsRefusedAsJSONEncoderRefusesIt() {
        let content = CardContent(kind: .numeric, prompt: "?", answer: "1", tolerance: .nan)
        #expect(throws: EncodingError.self) { try ContentJSON.encode(content) }
        #expect(throws: EncodingError.self) { try JSONEncoder().encode(content) }
    }
}
