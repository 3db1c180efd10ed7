import Foundation
import Testing

/// `recall generate` on an article with nothing to ask about, or too long to read.
@Suite(.serialized)
struct GenerateEmptyResultTests {
    let looksFor = "  note: recall looks for sentences that state money and trade figures and numbers with units, "
        + "dates, quotes and who said them, positions and titles, and stated stances\n"

    @Test func anEmptyFileSaysSoAndWritesNothing() throws {
        let recall = try RecallRunner()
        defer { recall.cleanUp() }
        let article = recall.root.appendingPathComponent("empty.txt")
        try "\n\n".write(to: article, atomically: true, encoding: .utf8)
        let result = try recall.run(["generate", article.path])
        #expect(result.status == 0)
        #expect(result.output.isEmpty, "no empty deck on standard output")
        #expect(result.error == "\(article.path):1:1: warning: the article is empty, so it has no facts to ask about\n" + looksFor)
    }

    @Test func anArticleWithoutFactsWritesAnEmptyDeckOnlyWhenAskedTo() throws {
        let recall = try RecallRunner()
        defer { recall.cleanUp() }
        let article = recall.root.appendingPathComponent("cat.txt")
        try "The cat sat on the mat. It was happy there.\n".write(to: article, atomically: true, encoding: .utf8)
        let deck = recall.root.appendingPathComponent("cat.yaml")
        let result = try recall.run(["generate", article.path, "-o", deck.path])
        #expect(result.status == 0)
        #expect(result.error.hasPrefix("\(article.path):1:1: warning: no facts found to ask about\n" + looksFor))
        #expect(try String(contentsOf: deck, encoding: .utf8).contains("cards: []"))
    }

    @Test func anArticleOverTheLimitIsRefusedWithASentenceAndNothingWritten() throws {
        let recall = try RecallRunner()
        defer { recall.cleanUp() }
        let article = recall.root.appendingPathComponent("book.txt")
        let sentence = "The agency reported that exports rose to $12 billion in 2019.\n"
        try String(repeating: sentence, count: 2_100_000 / sentence.utf8.count + 1).write(to: article, atomically: true, encoding: .utf8)
        let deck = recall.root.appendingPathComponent("book.yaml")
        let result = try recall.run(["generate", article.path, "-o", deck.path])
        #expect(result.status == 1)
        #expect(result.error.hasPrefix("\(article.path):1:1: error: the article is 2.1 MB, more than the 2 MB questions are generated from\n"))
        #expect(!FileManager.default.fileExists(atPath: deck.path))
    }
}
