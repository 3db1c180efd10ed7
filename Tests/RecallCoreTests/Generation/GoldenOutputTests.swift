import Foundation
import RecallTestSupport
import Testing
@testable import RecallCore

/// Every public article the generator is judged on: the bundled one, the two with gold lists
/// and the eight development articles.
let judgedArticles: [String] = generationArticles + [
    "10-trumps-60-billion-in-china-tariffs-will-create-m.txt", "11-australia-should-steer-clear-of-the-sanction-fig.txt",
    "12-al-sisi-poised-for-empty-victory-in-egypt-as-sig.txt", "13-in-john-bolton-donald-trump-has-an-adviser-whos.txt",
    "14-arrest-of-carles-puigdemont-closes-another-chapt.txt", "15-article-50-one-year-on-a-more-dangerous-world-sh.txt",
    "16-russia-doesnt-just-violate-international-law--it.txt", "17-why-china-is-a-leader-in-intellectual-property-a.txt",
]

private func generatedJSON(_ name: String) throws -> String {
    let result = QuestionGenerator().generate(from: Article(text: try articleFixture(name), fileName: name), fileName: name)
    return GenerationJSON.render(result)
}

/// The questions of each article as they were judged: any change to what is generated shows
/// here, question by question, and must be judged again (`RECORD_SNAPSHOTS=1` records it).
@Test(arguments: judgedArticles)
func generatedQuestionsMatchTheJudgedOutput(_ name: String) throws {
    let stem = String(name.dropLast(4))
    assertSnapshot(try generatedJSON(name), named: stem + ".json", in: "Fixtures/generation/golden")
}

/// Every question in the golden output has a verdict by the strict reader, kept under
/// Fixtures/generation/verdicts: a question nobody judged cannot slip in unnoticed.
@Test(arguments: judgedArticles)
func everyGeneratedQuestionHasAVerdict(_ name: String) throws {
    let stem = String(name.dropLast(4))
    guard let base = Bundle.module.resourceURL else { throw ArticleFixtureError.missing(name) }
    let verdictURL = base.appendingPathComponent("Fixtures/generation/verdicts/\(stem).md")
    let verdicts = try String(contentsOf: verdictURL, encoding: .utf8)
    let json = try JSONSerialization.jsonObject(with: Data(try generatedJSON(name).utf8)) as? [String: Any]
    let ids = (json?["questions"] as? [[String: Any]] ?? []).compactMap { $0["id"] as? String }
    for id in ids {
        #expect(verdicts.contains("| \(id) |"), "question \(id) of \(name) has no verdict")
    }
}
