import Foundation
import RecallCore
import Testing
@testable import RecallStore

/// The card content column's hand-written JSON is what Foundation's encoder writes, byte for
/// byte, and reads back as the same content.
struct CardContentJSONTests {
    /// What GRDB wrote for a Codable column before `CardContentJSON`: sorted keys.
    func foundationJSON(_ content: CardContent) throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = .sortedKeys
        return String(decoding: try encoder.encode(content), as: UTF8.self)
    }

    @Test func aBareCardIsWrittenAsFoundationWritesIt() throws {
        let content = CardContent(kind: .basic, prompt: "What is the capital of Peru?", answer: "Lima")
        let json = try CardContentJSON.encode(content)
        #expect(json == #"{"accepted":[],"answer":"Lima","choices":[],"kind":"basic","prompt":"What is the capital of Peru?","tags":[]}"#)
        #expect(json == (try foundationJSON(content)))
    }

    /// Every field of `CardContent` set, with text that needs escaping.
    static let full: CardContent = {
        var content = CardContent(
            kind: .multipleChoice, prompt: "Quote \" back\\slash / slash\ttab\nline\r\u{8}\u{C}\u{1}\u{1F}\u{7F}",
            answer: "é 😀 \u{2028}", accepted: ["a", ""], choices: ["x", "y/z"], tolerance: 1.5,
            clozePrompt: "c", hint: "h", tags: ["t1", "t2"], explanation: "e",
            source: SourceQuote(sentence: "s", line: 3, column: 14, file: "dir/a.txt"), category: .figure)
        content.mode = .reveal
        content.note = "n"
        content.origin = .imported
        return content
    }()

    /// A field `CardContent` gains is nil or empty in `full` until it is set there, and then
    /// the comparison with Foundation's encoder shows whether `CardContentJSON` writes it.
    @Test func theFullContentSetsEveryField() {
        for child in Mirror(reflecting: Self.full).children {
            #expect(String(describing: child.value) != "nil", "\(child.label ?? "?") is not set in CardContentJSONTests.full")
            if let array = child.value as? [String] { #expect(!array.isEmpty, "\(child.label ?? "?") is empty") }
        }
    }

    @Test func everyFieldAndEveryEscapeIsWrittenAsFoundationWritesIt() throws {
        var content = Self.full
        #expect(try CardContentJSON.encode(content) == (try foundationJSON(content)))
        content.tolerance = 40
        content.source?.file = nil
        #expect(try CardContentJSON.encode(content) == (try foundationJSON(content)))
    }

    @Test func aToleranceThatIsNotFiniteIsRefusedAsFoundationRefusesIt() throws {
        var content = CardContent(kind: .numeric, prompt: "How many?", answer: "3")
        content.tolerance = .infinity
        #expect(throws: EncodingError.self) { try CardContentJSON.encode(content) }
        #expect(throws: EncodingError.self) { try foundationJSON(content) }
    }

    @Test func randomContentIsWrittenAsFoundationWritesItAndReadsBack() throws {
        var generator = SplitMix64(seed: 12)
        let alphabet = Array("aZ0 /\\\"'\n\t\r\u{0}\u{1}\u{1F}\u{7F}é€😀\u{301}{}:,[]")
        func text() -> String {
            String((0..<Int.random(in: 0...12, using: &generator)).map { _ in alphabet.randomElement(using: &generator)! })
        }
        func maybe<T>(_ value: @autoclosure () -> T) -> T? { Bool.random(using: &generator) ? value() : nil }
        for _ in 0..<500 {
            var content = CardContent(
                kind: CardContent.Kind.allCases.randomElement(using: &generator)!, prompt: text(), answer: text(),
                accepted: (0..<Int.random(in: 0...3, using: &generator)).map { _ in text() },
                choices: (0..<Int.random(in: 0...3, using: &generator)).map { _ in text() },
                tolerance: maybe([0, 0.5, 2, 1e-7, 1e20, 123.456].randomElement(using: &generator)!),
                clozePrompt: maybe(text()), hint: maybe(text()),
                tags: (0..<Int.random(in: 0...3, using: &generator)).map { _ in text() }, explanation: maybe(text()),
                source: maybe(SourceQuote(sentence: text(), line: Int.random(in: 1...9999, using: &generator),
                                          column: Int.random(in: 1...99, using: &generator), file: maybe(text()))),
                category: maybe(FactCategory.allCases.randomElement(using: &generator)!))
            content.mode = maybe(StudyMode.allCases.randomElement(using: &generator)!)
            content.note = maybe(text())
            content.origin = maybe(.imported)
            let json = try CardContentJSON.encode(content)
            #expect(json == (try foundationJSON(content)))
            #expect(try JSONDecoder().decode(CardContent.self, from: Data(json.utf8)) == content)
        }
    }
}
