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
        let perCard = reviews / cards
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
                var time = now.addingTimeInterval(-Double(random.next() % (700 * 86_400)) - 86_400 * 30)
                var logs: [ReviewLog] = []
                let count = perCard * 20 / 17
                for _ in 0..<count {
                    let roll = random.next() % 100
                    let rating: Rating = roll < 10 ? .again : roll < 20 ? .hard : roll < 95 ? .good : .easy
                    let log = scheduler.review(state, rating: rating, at: time, fuzz: nil)
                    logs.append(log)
                    state = log.after
                    time = max(time.addingTimeInterval(60), state.due)
                    if time > now { break }
                }
                bulk.append(BulkCard(card: card, state: state, reviews: logs))
            }
            try database.insertBulk(bulk, intoDeck: "Synthetic \(deck + 1)", source: nil, now: now)
        }
        FileManager.default.createFile(atPath: marker.path, contents: Data())
        let total = try database.reviewCount()
        print("built synthetic collection: \(cards) cards, \(total) reviews in \(String(format: "%.1f", monotonicSeconds() - started)) s at \(dir.path)")
        return dir
    }
}
