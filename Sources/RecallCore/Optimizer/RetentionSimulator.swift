import Foundation

/// Simulates the next year of study at several desired retentions, as Anki's retention helper
/// does, so a person can see what each costs: the cards studied so far continue from their
/// memory states, new cards come in at the daily limit while any are left, and every review is
/// recalled with the probability the person's own FSRS weights predict (a seeded draw, the same
/// draws for every retention). Answers take the person's usual time per rating.
public struct RetentionSimulator: Sendable {
    public struct Outcome: Sendable, Equatable {
        public var desiredRetention: Double
        public var reviewsPerDay: Double
        public var minutesPerDay: Double
        /// Expected number of cards remembered at the end: the sum of their recall probabilities.
        public var cardsRemembered: Double
        public var secondsPerRememberedCard: Double { minutesPerDay * 60 * Double(days) / max(cardsRemembered, 1) }
        var days: Int
    }

    public var parameters: FSRSParameters
    /// Memory states of the cards studied so far, with the study day of their last review.
    public var studied: [(memory: MemoryState, lastDay: Int)]
    public var newCards: Int
    public var newPerDay: Int
    public var reviewsPerDay: Int
    public var today: Int
    /// Seconds an answer takes, by rating (Again…Easy), for a review and for a new card's first answer.
    public var reviewSeconds: [Double] = [23, 12, 7.5, 5.5]
    public var learnSeconds: [Double] = [34, 24, 14, 6.5]
    /// Share of successful reviews answered Hard, Good, Easy; share of first answers Again…Easy.
    public var recallRatings: [Double] = [0.05, 0.9, 0.05]
    public var firstRatings: [Double] = [0.2, 0.1, 0.6, 0.1]
    public var days = 365
    public var seed: UInt64 = 42

    public static let retentions = [0.70, 0.75, 0.80, 0.85, 0.90, 0.93, 0.95, 0.97]

    public init(
        parameters: FSRSParameters, studied: [(memory: MemoryState, lastDay: Int)], newCards: Int, newPerDay: Int,
        reviewsPerDay: Int, today: Int
    ) {
        self.parameters = parameters
        self.studied = studied
        self.newCards = newCards
        self.newPerDay = newPerDay
        self.reviewsPerDay = reviewsPerDay
        self.today = today
    }

    /// Takes answer times and rating shares from a collection's review log where it has enough
    /// of them (at least 20 answers of a kind); keeps Anki's defaults otherwise.
    public mutating func learnHabits(from reviews: [ReportReview]) {
        var reviewTimes: [[Double]] = Array(repeating: [], count: 4)
        var learnTimes: [[Double]] = Array(repeating: [], count: 4)
        var firstCounts = [Double](repeating: 0, count: 4)
        var recallCounts = [Double](repeating: 0, count: 3)
        for review in reviews {
            let index = review.rating.rawValue - 1
            let seconds = review.responseMilliseconds.map { Double($0) / 1000 }
            if review.phaseBefore == .new {
                firstCounts[index] += 1
                if let seconds { learnTimes[index].append(seconds) }
            } else if review.phaseBefore == .review {
                if index > 0 { recallCounts[index - 1] += 1 }
                if let seconds { reviewTimes[index].append(seconds) }
            }
        }
        func median(_ values: [Double]) -> Double? {
            guard values.count >= 20 else { return nil }
            return values.sorted()[values.count / 2]
        }
        for index in 0..<4 {
            reviewSeconds[index] = median(reviewTimes[index]) ?? reviewSeconds[index]
            learnSeconds[index] = median(learnTimes[index]) ?? learnSeconds[index]
        }
        if firstCounts.reduce(0, +) >= 20 { firstRatings = firstCounts.map { $0 / firstCounts.reduce(0, +) } }
        if recallCounts.reduce(0, +) >= 20 { recallRatings = recallCounts.map { $0 / recallCounts.reduce(0, +) } }
    }

    public func outcomes() -> [Outcome] {
        Self.retentions.map(simulate)
    }

    /// One year at `retention`.
    func simulate(_ retention: Double) -> Outcome {
        let model = FSRS(parameters: parameters, desiredRetention: retention)
        var generator = SplitMix64(seed: seed)
        var memories: [MemoryState] = []
        var lastDays: [Int] = []
        var dueByDay: [[Int]] = Array(repeating: [], count: days)
        func schedule(_ card: Int, from day: Int) {
            let due = day + model.intervalDays(stability: memories[card].stability, maximumInterval: 36_500)
            if due - today < days { dueByDay[due - today].append(card) }
        }
        for (memory, lastDay) in studied {
            memories.append(memory)
            lastDays.append(lastDay)
            let due = max(lastDay + model.intervalDays(stability: memory.stability, maximumInterval: 36_500), today)
            if due - today < days { dueByDay[due - today].append(memories.count - 1) }
        }
        func draw(_ shares: [Double]) -> Int {
            var u = Double(generator.next() >> 11) / Double(1 << 53)
            for (index, share) in shares.enumerated() {
                u -= share
                if u < 0 { return index }
            }
            return shares.count - 1
        }
        var reviews = 0
        var seconds = 0.0
        var newLeft = newCards
        for offset in 0..<days {
            let day = today + offset
            var due = dueByDay[offset]
            dueByDay[offset] = []
            if due.count > reviewsPerDay {
                // Over the limit: the rest wait for tomorrow, as in a real queue.
                if offset + 1 < days { dueByDay[offset + 1].append(contentsOf: due[reviewsPerDay...]) }
                due = Array(due[..<reviewsPerDay])
            }
            for card in due {
                let elapsed = day - lastDays[card]
                let recall = model.retrievability(elapsedDays: elapsed, stability: memories[card].stability)
                let recalled = Double(generator.next() >> 11) / Double(1 << 53) < recall
                let rating = recalled ? Rating(rawValue: draw(recallRatings) + 2)! : .again
                memories[card] = model.nextMemory(after: memories[card], rating: rating, elapsedDays: elapsed)
                seconds += reviewSeconds[rating.rawValue - 1]
                reviews += 1
                if !recalled {
                    // Relearning: one more answer the same day.
                    memories[card] = model.nextMemory(after: memories[card], rating: .good, elapsedDays: 0)
                    seconds += reviewSeconds[2]
                    reviews += 1
                }
                lastDays[card] = day
                schedule(card, from: day)
            }
            let introduced = min(newPerDay, newLeft)
            newLeft -= introduced
            for _ in 0..<introduced {
                let rating = Rating(rawValue: draw(firstRatings) + 1)!
                var memory = model.nextMemory(after: nil, rating: rating, elapsedDays: nil)
                seconds += learnSeconds[rating.rawValue - 1]
                reviews += 1
                if rating != .easy {
                    // Learning steps: answered Good the same day until the card graduates.
                    memory = model.nextMemory(after: memory, rating: .good, elapsedDays: 0)
                    seconds += reviewSeconds[2]
                    reviews += 1
                }
                memories.append(memory)
                lastDays.append(day)
                schedule(memories.count - 1, from: day)
            }
        }
        let end = today + days
        let remembered = memories.indices.reduce(0.0) { sum, card in
            sum + model.retrievability(elapsedDays: end - lastDays[card], stability: memories[card].stability)
        }
        return Outcome(
            desiredRetention: retention, reviewsPerDay: Double(reviews) / Double(days),
            minutesPerDay: seconds / 60 / Double(days), cardsRemembered: remembered, days: days)
    }
}

extension OptimizeText {
    /// The retention table, the least time per remembered card marked, and how to choose it: for
    /// the collection (`preset` nil) or for the preset named, whose decks alone it was simulated on.
    public static func retention(_ outcomes: [RetentionSimulator.Outcome], days: Int, preset: String? = nil) -> String {
        let best = outcomes.min { $0.secondsPerRememberedCard < $1.secondsPerRememberedCard }
        var lines = [
            "A simulated \(days) days of study with your parameters and limits:",
            "  desired retention  reviews/day  minutes/day  cards remembered  seconds per remembered card",
        ]
        for outcome in outcomes {
            lines.append(String(
                format: "  %17.2f  %11.1f  %11.1f  %16.0f  %26.1f", outcome.desiredRetention, outcome.reviewsPerDay,
                outcome.minutesPerDay, outcome.cardsRemembered, outcome.secondsPerRememberedCard)
                + (outcome == best ? "  ← least time per remembered card" : ""))
        }
        if let best {
            let value = String(format: "%.2f", best.desiredRetention)
            lines.append(preset.map { "Set it for this preset with: recall preset retention \(shellWord($0)) \(value)" }
                ?? "Set it with: recall config set desired-retention \(value)")
        }
        return lines.joined(separator: "\n")
    }

    /// `text` as one shell word: as it is when it is plain, else in single quotes.
    public static func shellWord(_ text: String) -> String {
        let plain = !text.isEmpty && text.unicodeScalars.allSatisfy {
            CharacterSet.alphanumerics.contains($0) || "-_.:/+@%,".unicodeScalars.contains($0)
        }
        return plain ? text : "'" + text.replacingOccurrences(of: "'", with: "'\\''") + "'"
    }
}
