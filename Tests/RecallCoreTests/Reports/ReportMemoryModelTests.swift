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

        input.presets = [Preset.defaultName: Preset(
            name: Preset.defaultName, parameters: FSRSParameters(clamped: FSRSParameters.defaultWeights.map { $0 * 1.1 }),
            fittedAt: ReportSamples.at("2026-11-20", 12))]
        let fitted = try #require(ReportModel.MemoryModel(input: input))
        #expect(fitted.fittedOn == "2026-11-20" && fitted.logLoss != all.logLoss)
        #expect(fitted.presets == [Preset.defaultName])
    }

    @Test func eachCardIsJudgedWithItsDecksPreset() throws {
        var input = ReportSamples.collection()
        let decks = Set(input.cards.map(\.deck)).sorted()
        let other = FSRSParameters(clamped: FSRSParameters.defaultWeights.map { $0 * 1.3 })
        input.presets = ["Other": Preset(name: "Other", parameters: other)]
        input.deckPresets = [decks[1]: "Other"]
        let model = try #require(ReportModel.MemoryModel(input: input))

        let inOther = Set(input.cards.filter { $0.deck == decks[1] }.map(\.id))
        let expected = try #require(ModelEvaluation(
            histories: CardHistory.histories(from: input.reviews, calendar: input.calendar),
            parameters: { inOther.contains($0) ? other : .default }))
        #expect(model.logLoss == expected.logLoss)
        #expect(model.logLoss != ReportModel.MemoryModel(input: ReportSamples.collection())!.logLoss)
        #expect(model.presets == ["Default", "Other"] && model.summary.hasPrefix("presets Default, Other · log loss"))
    }

    @Test func aLongHistoryIsJudgedOnASampleOfCards() throws {
        let input = ReportSamples.collection()
        let sampled = try #require(ReportModel.MemoryModel(input: input, sampledReviews: input.reviews.count / 3))
        #expect(sampled.oneCardIn == 4)
        #expect(sampled.summary.hasSuffix("of 1 card in 4"))
        #expect(sampled.reviews < ReportModel.MemoryModel(input: input)!.reviews)
    }
}
