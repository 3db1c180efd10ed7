import Foundation
import Testing
@testable import RecallCore

struct ReviewTallyTests {
    /// The store reads the log in slices of time and appends their tallies: cut anywhere, the
    /// report must be the one of the whole log read at once.
    @Test(arguments: [[0], [1], [40], [3, 17, 60], [1, 2, 3, 4, 5, 6, 7]])
    func talliesOfSlicesAppendedAreTheTallyOfTheWholeLog(cuts: [Int]) {
        var input = ReportSamples.collection()
        input.since = input.reviews[input.reviews.count / 3].reviewedAt
        let options = ReportOptions(retentionWeeks: 4, heatmapDays: 30)
        var cards = CardTally(scope: input.scope, options: options)
        for card in input.cards { cards.add(card) }
        let bounds = [0] + cuts.filter { $0 < input.reviews.count } + [input.reviews.count]
        var tallies = zip(bounds, bounds.dropFirst()).map { start, end in
            var tally = ReviewTally(scope: input.scope, options: options)
            for review in input.reviews[start..<end] { tally.add(review) }
            return tally
        }
        var whole = tallies.removeFirst()
        for tally in tallies { whole.append(tally) }
        let sliced = ReportModel(scope: input.scope, cards: cards, reviews: whole, options: options)
        #expect(sliced == ReportModel(input: input, options: options))
        #expect(sliced.totals.reviews > 0 && sliced.memoryModel != nil)
    }

    /// A long history is judged on 1 card in `stride`: the cards drawn, then their histories,
    /// as the memory model did before it read the log one review at a time.
    @Test(arguments: [1, 2, 4, 7])
    func theJudgedSampleIsTheHistoriesOfTheCardsDrawn(stride: Int) {
        let input = ReportSamples.collection()
        var answers = JudgedAnswers()
        var cursor = StudyDayCursor(calendar: input.calendar)
        for (index, review) in input.reviews.enumerated() {
            if index == input.reviews.count / 2 { answers.append(JudgedAnswers()) }
            answers.add(
                cardID: review.cardID, day: cursor.day(of: review.reviewedAt), rating: review.rating,
                wasNew: review.phaseBefore == .new)
        }
        let drawn = input.reviews.filter { review in
            var generator = SplitMix64(seed: UInt64(bitPattern: review.cardID) ^ 0x5EED)
            return generator.next() % UInt64(stride) == 0
        }
        #expect(answers.count == input.reviews.count)
        #expect(answers.histories(oneCardIn: stride, calendar: input.calendar)
            == CardHistory.histories(from: drawn, calendar: input.calendar))
    }
}
