import Foundation
import RecallCore
import RecallStore

/// A collection like a heavy Anki user's: `cards` cards over 20 decks, `reviews` reviews
/// spread over the last two years, a realistic mix of new, learning and review cards.
/// Built once per size in a cache folder and reused.
enum SyntheticCollection {
    static func directory(cards: Int, reviews: Int) throws -> URL {
        let dir = FileManager.default.temporaryDirectory
            .appendingPathComponent("recall-bench-\(cards)-\(reviews)")
        let marker = dir.appendingPathComponent("complete")
        if FileManager.default.fileExists(atPath: marker.path) { return dir }
        try? FileManager.default.removeItem(at: dir)
        let started = monotonicSeconds()
        let database = try AppDatabase.open(directory: dir)
        let now = Date()
        var random = SplitMix64(seed: 2024)
        let scheduler = Scheduler()
        // Exactly `reviews` reviews over the 85% of cards that have history.
        let reviewedCards = (0..<cards).filter { $0 % 20 >= 3 }.count
        let base = reviews / reviewedCards
        var extra = reviews % reviewedCards
        let decks = 20
        for deck in 0..<decks {
            var bulk: [BulkCard] = []
            let range = (deck * cards / decks)..<((deck + 1) * cards / decks)
            for index in range {
                let content = CardContent(
                    kind: .basic, prompt: "Synthetic question \(index) about fact \(index * 7 % 1000)?",
                    answer: "answer \(index)", tags: ["synthetic"])
                let card = DeckCard(key: "s\(index)", content: content)
                // 85% of cards have history; the rest are new.
                guard index % 20 >= 3 else {
                    bulk.append(BulkCard(card: card, state: .new(availableFrom: now)))
                    continue
                }
                var state = CardState.new(availableFrom: now.addingTimeInterval(-730 * 86_400))
                var time = now.addingTimeInterval(-Double(random.next() % (300 * 86_400)) - 86_400 * 400)
                var logs: [ReviewLog] = []
                let count = base + (extra > 0 ? 1 : 0)
                extra -= 1
                for left in stride(from: count, to: 0, by: -1) {
                    let roll = random.next() % 100
                    let rating: Rating = roll < 10 ? .again : roll < 20 ? .hard : roll < 95 ? .good : .easy
                    let log = scheduler.review(state, rating: rating, at: time, fuzz: nil)
                    logs.append(log)
                    state = log.after
                    // Next review when due, squeezed so that every review fits before now.
                    let room = now.timeIntervalSince(time) / Double(left + 1)
                    time = time.addingTimeInterval(max(60, min(state.due.timeIntervalSince(time), room)))
                }
                bulk.append(BulkCard(card: card, state: state, reviews: logs))
            }
            try database.insertBulk(bulk, intoDeck: "Synthetic \(deck + 1)", source: nil, now: now)
        }
        _ = FileManager.default.createFile(atPath: marker.path, contents: Data())
        let total = try database.reviewCount()
        print("built synthetic collection: \(cards) cards, \(total) reviews in \(String(format: "%.1f", monotonicSeconds() - started)) s at \(dir.path)")
        return dir
    }
}
