import Foundation
import RecallStore
import Testing

/// Two study sessions and an import on one collection at once, each its own process: every
/// answer a session acknowledged ("Next in …") is stored exactly once, and the import is whole.
@Suite(.serialized)
struct ConcurrentSessionsEndToEndTests {
    let package = Bundle.module.url(forResource: "anki-export-current", withExtension: "apkg", subdirectory: "Fixtures/anki")!

    @Test func twoSessionsAndAnImportAtOnceStoreEveryAcknowledgedAnswerOnce() throws {
        let recall = try RecallRunner()
        defer { recall.cleanUp() }
        let cards = (1...30).map { "  - q: What is item number \($0) of the list?\n    a: item \($0)\n" }.joined()
        try recall.writeDeck("items.yaml", "deck: Items\ncards:\n" + cards)
        // The collection exists and holds the deck before the three start.
        _ = try recall.run(["study"], input: ":quit\n")
        let sessionInput = String(repeating: "wrong\n\n", count: 8) + ":quit\n"
        nonisolated(unsafe) var results: [RecallRunner.Result?] = [nil, nil, nil]
        let lock = NSLock()
        DispatchQueue.concurrentPerform(iterations: 3) { index in
            let result = try? (index < 2
                ? recall.run(["study"], input: sessionInput, timeout: 120)
                : recall.run(["import", package.path], timeout: 120))
            lock.withLock { results[index] = result }
        }
        let sessions = try results.prefix(2).map { try #require($0) }
        let imported = try #require(results[2])
        #expect(imported.status == 0, "\(imported.error)")
        let acknowledged = sessions.map { $0.output.components(separatedBy: "Next in").count - 1 }.reduce(0, +)
        #expect(acknowledged >= 2, "\(sessions.map(\.output))")

        // The import says how many past reviews it brought ("…, 13 past reviews, …"); every
        // other review is a session's answer, and there are as many as were acknowledged.
        let pastReviews = try #require(imported.output.firstMatch(of: /(\d+) past reviews?/).flatMap { Int($0.1) })
        let database = try AppDatabase.open(directory: recall.dataDirectory)
        #expect(try database.reviewCount() - pastReviews == acknowledged)
        // The import is whole: a second one adds nothing.
        let again = try recall.run(["import", package.path])
        #expect(again.output.contains("no cards added"), "\(again.output)")
        #expect(try database.reviewCount() - pastReviews == acknowledged)
    }
}
