import Foundation
import Testing
@testable import RecallCore

struct ReportMemoryModelTests {
    @Test func theCalibrationJudgesTheWeightsInUseOnTheWholeHistory() throws {
        var input = ReportSamples.collection()
        let all = try #require(ReportModel.MemoryModel(input: input))
        let evaluation = try #require(ModelEvaluation(
            parameters: .default, histories: CardHistory.histories(from: input.reviews, calendar: input.calendar)))
        #expect(all.logLoss == evaluation.logLoss && all.reviews == evaluation.items && all.oneCardIn == nil)
        #expect(all.fittedOn == nil && all.summary.hasPrefix("FSRS-6 default parameters"))

        input.parameters = FSRSParameters(clamped: FSRSParameters.defaultWeights.map { $0 * 1.1 })
        input.parametersFittedAt = ReportSamples.at("2026-11-20", 12)
        let fitted = try #require(ReportModel.MemoryModel(input: input))
        #expect(fitted.fittedOn == "2026-11-20" && fitted.logLoss != all.logLoss)
    }

    @Test func aLongHistoryIsJudgedOnASampleOfCards() throws {
        let input = ReportSamples.collection()
        let sampled = try #require(ReportModel.MemoryModel(input: input, sampledReviews: input.reviews.count / 3))
        #expect(sampled.oneCardIn == 4)
        #expect(sampled.summary.hasSuffix("of 1 card in 4"))
        #expect(sampled.reviews < ReportModel.MemoryModel(input: input)!.reviews)
    }
}
