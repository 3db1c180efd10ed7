import Foundation
import RecallCore
import RecallTestSupport
import Testing
@testable import RecallStore

/// Each Anki deck's deck-options preset, read from both schemas and kept by the import.
@Suite final class AnkiDeckPresetTests {
    /// A fresh directory for this test's files, removed afterwards.
    let folder: TemporaryDirectory
    var directory: URL { folder.url }

    init() throws {
        folder = try TemporaryDirectory("deck-presets")
    }

    @Test func theCurrentExportNamesEachDecksPresetInItsDeckConfigTable() throws {
        let decks = try AnkiFixtures.read("anki-export-current").decks
        #expect(!decks.isEmpty && decks.allSatisfy { $0.preset == "Default" })
    }

    /// A schema-11 collection: `conf` in `col.decks` names a preset of `col.dconf`; a filtered
    /// deck has none.
    func languagesPackage() throws -> URL {
        try HostileCollection.package("presets.apkg", in: directory, sql: """
            UPDATE col SET
              dconf = '{"1": {"id": 1, "name": "Default"}, "7": {"id": 7, "name": "Languages"}}',
              decks = '{"1": {"id": 1, "name": "Default", "conf": 7}, "2": {"id": 2, "name": "Cram", "dyn": 1}}'
            """)
    }

    @Test func aSchema11DeckKeepsItsPresetsName() throws {
        let collection = try AnkiPackageReader().read(contentsOf: languagesPackage())
        #expect(collection.decks == [AnkiDeck(id: 2, name: "Cram"), AnkiDeck(id: 1, name: "Default", preset: "Languages")])
        #expect(ImportedCollection(anki: collection, source: "presets.apkg").deckPresets == ["Default": "Languages"])
    }

    @Test func aNewDeckStartsInItsAnkiPresetAndAnExistingOneKeepsItsOwn() throws {
        let package = try languagesPackage()
        let db = try AppDatabase.inMemory()
        var replayed: [String] = []
        let replay = { (preset: String) in
            replayed.append(preset)
            return ReviewReplay(scheduler: Scheduler())
        }
        try db.importCards(try ImportFileReader().open(contentsOf: package), replay: replay,
                           source: "presets.apkg", now: TestCards.date())
        #expect(try db.deckPresets() == ["Default": "Languages"])
        #expect(replayed == ["Languages"])

        try db.setPreset("Mine", ofDecks: ["Default"])
        replayed = []
        try db.importCards(try ImportFileReader().open(contentsOf: package), replay: replay,
                           source: "presets.apkg", now: TestCards.date())
        #expect(try db.deckPresets() == ["Default": "Mine"])
        #expect(replayed == ["Mine"])
    }

    /// The current export (schema 18) names its presets in the `deck_config` table; a package
    /// read whole and one streamed put a new deck in the same preset.
    @Test func aStreamedSchema18PackagePutsItsNewDecksInTheirPresets() throws {
        let url = AnkiFixtures.url("anki-export-current", "apkg")
        let streamed = try AppDatabase.inMemory()
        try streamed.importCards(try ImportFileReader().open(contentsOf: url), replay: { _ in ReviewReplay(scheduler: Scheduler()) },
                                 source: "current.apkg", now: TestCards.date())
        let whole = try AppDatabase.inMemory()
        try whole.importCards(.collection(try ImportFileReader().read(contentsOf: url)),
                              replay: { _ in ReviewReplay(scheduler: Scheduler()) }, source: "current.apkg", now: TestCards.date())
        #expect(try streamed.deckPresets() == whole.deckPresets())
        #expect(try streamed.deckPresets().values.allSatisfy { $0 == "Default" })
    }
}
