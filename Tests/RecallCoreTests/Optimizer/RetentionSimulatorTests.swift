import RecallCore
import Testing

struct RetentionSimulatorTests {
    func simulator() -> RetentionSimulator {
        RetentionSimulator(
            parameters: .default, studied: [(MemoryState(stability: 10, difficulty: 5), 95)], newCards: 3_000,
            newPerDay: 10, reviewsPerDay: 9_999, today: 100)
    }

    @Test func higherRetentionCostsMoreReviewsAndKeepsMoreCards() {
        let outcomes = simulator().outcomes()
        #expect(outcomes.map(\.desiredRetention) == RetentionSimulator.retentions)
        for (lower, higher) in zip(outcomes, outcomes.dropFirst()) {
            #expect(lower.reviewsPerDay < higher.reviewsPerDay)
            #expect(lower.cardsRemembered < higher.cardsRemembered)
        }
        // All 3,000 new cards come in (10 a day), plus the one already studied; most are remembered.
        #expect(outcomes.last!.cardsRemembered <= 3_001 && outcomes.last!.cardsRemembered > 2_700)
    }

    @Test func theSameInputSimulatesTheSameYear() {
        #expect(simulator().outcomes() == simulator().outcomes())
    }

    @Test func theTableMarksTheLeastTimePerRememberedCard() {
        let outcomes = simulator().outcomes()
        let best = outcomes.min { $0.secondsPerRememberedCard < $1.secondsPerRememberedCard }!
        let text = OptimizeText.retention(outcomes, days: 365)
        let marked = text.split(separator: "\n").filter { $0.contains("←") }
        #expect(marked.count == 1)
        #expect(marked[0].contains(String(format: "%.2f", best.desiredRetention)))
        #expect(text.hasSuffix("\nSet it with: recall config set desired-retention \(String(format: "%.2f", best.desiredRetention))"))
    }

    @Test func aPresetIsToldToSetItsOwnRetention() {
        let outcomes = simulator().outcomes()
        let best = String(format: "%.2f", outcomes.min { $0.secondsPerRememberedCard < $1.secondsPerRememberedCard }!.desiredRetention)
        #expect(OptimizeText.retention(outcomes, days: 365, preset: "Words")
            .hasSuffix("\nSet it for this preset with: recall preset retention Words \(best)"))
        // A name the shell would split or expand is quoted.
        #expect(OptimizeText.retention(outcomes, days: 365, preset: "Tom's words")
            .hasSuffix("\nSet it for this preset with: recall preset retention 'Tom'\\''s words' \(best)"))
    }
}
