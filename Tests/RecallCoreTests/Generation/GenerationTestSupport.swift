import Foundation
import Testing
@testable import RecallCore

/// Facts a rule finds in a small text.
func ruleFacts(_ rule: some FactRule, in text: String) -> [Fact] {
    rule.facts(in: Article(text: text))
}

/// The text of an article kept under Fixtures/generation.
func articleFixture(_ name: String) throws -> String {
    guard let base = Bundle.module.resourceURL else { throw ArticleFixtureError.missing(name) }
    let url = base.appendingPathComponent("Fixtures/generation/\(name)")
    return try String(contentsOf: url, encoding: .utf8)
}

enum ArticleFixtureError: Error { case missing(String) }

let generationArticles = [
    "baku-tightrope.txt", "01-west-russian-diplomat-expulsions.txt", "02-fewer-diplomats-more-armed-force.txt",
]

/// A sentence, the answer a rule should find in it, and a phrase its question should hold.
struct FactCase: CustomTestStringConvertible, Sendable {
    var text: String
    var answer: String
    var prompt: String
    var entity: String? = nil
    var testDescription: String { answer }
}

/// A rule finds exactly the row's fact in the row's sentence, asked with the row's question.
func expectSoleFact(_ rule: some FactRule, _ row: FactCase, sourceLocation: Testing.SourceLocation = #_sourceLocation) {
    let found = ruleFacts(rule, in: "Title\n" + row.text)
    #expect(found.map(\.answer) == [row.answer], sourceLocation: sourceLocation)
    #expect(found.first?.prompt == row.prompt, sourceLocation: sourceLocation)
}
