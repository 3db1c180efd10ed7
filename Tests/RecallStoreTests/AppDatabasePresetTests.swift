import Foundation
import RecallCore
import RecallTestSupport
import Testing
@testable import RecallStore

struct AppDatabasePresetTests {
    func fit(preset: String, scale: Double) -> FittedParameters {
        FittedParameters(
            preset: preset, parameters: FSRSParameters(clamped: FSRSParameters.defaultWeights.map { $0 * scale }),
            fittedAt: TestCards.date(86_400), reviewCount: 8, logLoss: 0.2, rmseBins: 0.02, previousLogLoss: 0.3,
            previousRmseBins: 0.03)
    }

    @Test func decksStartInDefaultAndADeckFileNamingAPresetMovesItsDeck() throws {
        let db = try AppDatabase.inMemory()
        try db.syncDeck(TestCards.deck("A", count: 1), source: nil, sourceHash: "a1", now: TestCards.date())
        var languages = TestCards.deck("B", count: 1)
        languages.preset = "Languages"
        try db.syncDeck(languages, source: nil, sourceHash: "b1", now: TestCards.date())
        #expect(try db.deckPresets() == ["A": "Default", "B": "Languages"])
        #expect(try db.presets().keys.sorted() == ["Default", "Languages"])

        // A file without `preset:` leaves the deck where `recall preset use` put it.
        try db.setPreset("Languages", ofDecks: ["A"])
        try db.syncDeck(TestCards.deck("A", count: 2), source: nil, sourceHash: "a2", now: TestCards.date())
        #expect(try db.deckPresets()["A"] == "Languages")
        #expect(try db.cardIDs(inPreset: "Languages").count == 3)
        #expect(try db.cardIDs(inPreset: "Default").isEmpty)
    }

    @Test func eachPresetKeepsItsOwnFitsRetentionAndRevert() throws {
        let db = try AppDatabase.inMemory()
        try db.syncDeck(TestCards.deck("A", count: 1), source: nil, sourceHash: "a", now: TestCards.date())
        let languages = fit(preset: "Languages", scale: 1.2)
        try db.apply(languages, memoryStates: [:])
        try db.setDesiredRetention(0.85, ofPreset: "Languages")
        let presets = try db.presets()
        #expect(presets["Languages"] == Preset(name: "Languages", parameters: languages.parameters,
                                               fittedAt: languages.fittedAt, desiredRetention: 0.85))
        #expect(presets["Default"] == Preset(name: "Default"))
        #expect(try db.currentParameters(preset: "Default") == nil)

        #expect(throws: ParameterStoreError.nothingToRevert(preset: "Default")) {
            try db.revertParameters(preset: "Default", at: TestCards.date()) { _ in [:] }
        }
        #expect(try db.revertParameters(preset: "Languages", at: TestCards.date()) { _ in [:] } == nil)
        #expect(try db.presets()["Languages"]?.parameters == .default)

        try db.setDesiredRetention(nil, ofPreset: "Languages")
        #expect(try db.presets()["Languages"]?.desiredRetention == nil)
    }

    @Test func anUnknownDeckIsNamedAndNothingMoves() throws {
        let db = try AppDatabase.inMemory()
        try db.syncDeck(TestCards.deck("A", count: 1), source: nil, sourceHash: "a", now: TestCards.date())
        #expect(throws: StoreError.noSuchDeck("Nope")) { try db.setPreset("P", ofDecks: ["A", "Nope"]) }
        #expect(try db.deckPresets() == ["A": "Default"])
    }
}
