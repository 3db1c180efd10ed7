import Foundation
@testable import RecallCore

/// Facts a rule finds in a small text.
func facts(_ rule: some FactRule, in text: String) -> [Fact] {
    rule.facts(in: Article(text: text))
}

/// The text of an article kept under Fixtures/generation.
func fixtureArticle(_ name: String) throws -> String {
    guard let base = Bundle.module.resourceURL else { throw FixtureError.missing(name) }
    let url = base.appendingPathComponent("Fixtures/generation/\(name)")
    return try String(contentsOf: url, encoding: .utf8)
}

enum FixtureError: Error { case missing(String) }

let evaluationArticles = [
    "baku-tightrope.txt", "01-west-russian-diplomat-expulsions.txt", "02-fewer-diplomats-more-armed-force.txt",
]
