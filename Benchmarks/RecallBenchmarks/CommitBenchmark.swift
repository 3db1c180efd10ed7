import Foundation
import RecallCore
import RecallStore

/// The time to commit one answer durably (WAL, synchronous=FULL) on the large collection.
struct CommitBenchmark {
    var runs: Int

    func run() throws {
        let data = try SyntheticCollection.directory(cards: 100_000, reviews: 1_000_000)
        let database = try AppDatabase.open(directory: data)
        let scheduler = Scheduler()
        let calendar = StudyCalendar(timeZone: .current)
        var times = Measurements()
        let session = try database.startSession(at: Date())
        let count = max(runs, 50)
        for _ in 0..<count {
            let now = Date()
            guard let card = try database.nextCard(StudyScope(now: now, calendar: calendar)) else { break }
            let log = scheduler.review(card.state, rating: .good, at: now, fuzz: nil)
            let started = monotonicSeconds()
            try database.record(log, cardID: card.id, sessionID: session)
            times.add((monotonicSeconds() - started) * 1000)
        }
        // Leave the collection as it was for the next run.
        for _ in 0..<times.values.count { _ = try? database.undoLastReview(sessionID: session) }
        print(times.line("commit one answer durably", unit: "ms", target: "< 5 ms"))
    }
}
