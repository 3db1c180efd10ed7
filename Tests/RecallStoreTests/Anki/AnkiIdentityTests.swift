import Foundation
import GRDB
import RecallCore
import RecallTestSupport
import Testing
@testable import RecallStore

/// Cards from Anki keep their identity through recall: imported, they keep their card id, note
/// and ordinal, and Anki's objects as they came; exported, they go back as themselves.
@Suite final class AnkiIdentityTests {
    let folder: TemporaryDirectory
    var directory: URL { folder.url }
    let now = Date(timeIntervalSince1970: 1_795_800_000)

    init() throws {
        folder = try TemporaryDirectory("identity")
    }

    func imported(_ package: String) throws -> AppDatabase {
        let database = try AppDatabase.inMemory()
        try database.importCards(
            try ImportFileReader().open(contentsOf: AnkiFixtures.url(package, "apkg")),
            replay: { _ in ReviewReplayTests.replay }, source: "\(package).apkg", now: now)
        return database
    }

    func exported(_ database: AppDatabase) throws -> AnkiCollection {
        let url = directory.appendingPathComponent("export.apkg")
        let collection = AnkiCollection(
            exporting: try database.exportCards(), kept: try database.ankiKept(), now: now,
            calendar: ReviewReplayTests.calendar)
        try AnkiPackageWriter().write(collection, to: url, now: now)
        return try AnkiPackageReader().read(contentsOf: url)
    }

    @Test(arguments: AnkiFixtures.packages)
    func anImportKeepsEveryCardsAnkiIdentityAndTheNotesAsTheyCame(package: String) throws {
        let original = try AnkiFixtures.read(package)
        let database = try imported(package)
        let kept = try database.ankiKept()
        #expect(Set(kept.notes.values) == Set(original.notes))
        let identities = try database.exportCards().compactMap(\.anki)
        #expect(Set(identities) == Set(original.cards.map { AnkiCardIdentity(cardID: $0.id, noteID: $0.noteID, ord: $0.ord) }))
        #expect(kept.notetypeIDs == Set(original.notetypes.map(\.id)))
        #expect(Set(kept.deckIDs.values) == Set(original.decks.map(\.id)))

        // A second import adds nothing, not even to what is kept.
        let counts = try database.read { db in
            try ["ankiNote", "ankiObject"].map { try Int.fetchOne(db, sql: "SELECT count(*) FROM \($0)") }
        }
        try database.importCards(
            try ImportFileReader().open(contentsOf: AnkiFixtures.url(package, "apkg")),
            replay: { _ in ReviewReplayTests.replay }, source: "\(package).apkg", now: now)
        #expect(try database.read { db in
            try ["ankiNote", "ankiObject"].map { try Int.fetchOne(db, sql: "SELECT count(*) FROM \($0)") }
        } == counts)
    }

    @Test(arguments: AnkiFixtures.packages)
    func anExportGivesAnkiItsOwnNotesCardsNoteTypesAndDecksBack(package: String) throws {
        let original = try AnkiFixtures.read(package)
        let back = try exported(try imported(package))
        // Current Anki's tables go back as tables; a schema-11 collection's JSON as JSON.
        #expect(back.schemaVersion == (original.schemaVersion >= 15 ? 18 : 11))
        #expect(Set(back.notes) == Set(original.notes))
        func places(_ cards: [AnkiCard]) -> Set<[Int64]> {
            Set(cards.map { [$0.id, $0.noteID, Int64($0.ord), $0.deckID] })
        }
        #expect(places(back.cards) == places(original.cards))
        #expect(Set(back.notetypes) == Set(original.notetypes))
        #expect(Set(back.decks.map(\.name)) == Set(original.decks.map(\.name)))
        #expect(back.reviewCount == original.reviewCount)
    }

    @Test func recallsOwnCardsGoAsNotesOfItsNoteTypeKeyedByTheirKeyBesideAnkisOwn() throws {
        let database = try imported("anki-export-current")
        try database.insertBulk([
            BulkCard(card: DeckCard(key: "capital-peru", content: CardContent(
                kind: .basic, prompt: "Capital of Peru?", answer: "Lima", explanation: "on the coast")),
                state: .new(availableFrom: now)),
        ], intoDeck: "Geography", source: "geography.yaml", now: now)
        let back = try exported(database)
        let note = try #require(back.notes.first { $0.guid == "capital-peru" })
        #expect(note.notetypeID == AnkiCollection.recallNotetype.id)
        #expect(note.fields == ["Capital of Peru?", "Lima", "on the coast", ""])
        let card = try #require(back.cards.first { $0.noteID == note.id })
        #expect(back.decks.first { $0.id == card.deckID }?.name == "Geography")
        #expect(back.notetypes.contains(AnkiCollection.recallNotetype))

        // Imported again, it is the same card: nothing added.
        let again = try AppDatabase.inMemory()
        let url = directory.appendingPathComponent("export.apkg")
        let first = try again.importCards(
            try ImportFileReader().open(contentsOf: url), replay: { _ in ReviewReplayTests.replay }, source: "e.apkg", now: now)
        let peru = try again.card("capital-peru").content
        #expect(peru.prompt == "Capital of Peru?" && peru.answer == "Lima" && peru.explanation == "on the coast")
        // It keeps the ids the export gave its note and card, so a later export or sync gives
        // Anki the same note again.
        let identity = try #require(try again.exportCards().first { $0.key == "capital-peru" }?.anki)
        #expect(identity == AnkiCardIdentity(cardID: card.id, noteID: note.id, ord: 0))
        #expect(first.cardsAdded == 18)
    }
}

extension AnkiIdentityTests {
    @Test func anExportOfSomeDecksKeepsOnlyTheirDecksTheirParentsAndDefault() throws {
        var kept = try imported("anki-export-current").ankiKept()
        kept.keepDecks(["Anki Fixture::Cloze"])
        #expect(Set(kept.deckIDs.keys) == ["Default", "Anki Fixture", "Anki Fixture::Cloze"])
    }
}

extension AnkiIdentityTests {
    /// Two collections imported one after the other may each have a "Basic" of their own and
    /// a deck of the same name: the export renames the second note type and keeps the first deck.
    @Test func noteTypesAndDecksOfTheSameNameFromTwoCollectionsStillMakeAnExport() throws {
        let database = try imported("anki-export-current")
        let original = try AnkiFixtures.read("anki-export-current")
        try database.write { db in
            let notetype = try #require(try Row.fetchOne(db, sql: "SELECT * FROM ankiObject WHERE tableName = 'notetypes' LIMIT 1"))
            let deck = try #require(try Row.fetchOne(db, sql: """
                SELECT * FROM ankiObject WHERE tableName = 'decks' AND value LIKE '%Vocabulary%'
                """))
            for (row, id) in [(notetype, "9"), (deck, "8")] {
                let value = (row["value"] as String).replacingOccurrences(of: "[" + (row["key"] as String) + ",", with: "[\(id),")
                try db.execute(
                    sql: "INSERT INTO ankiObject VALUES (?, ?, ?)", arguments: [row["tableName"] as String, id, value])
            }
        }
        let back = try exported(database)
        #expect(back.notetypes.count == original.notetypes.count + 1)
        #expect(back.notetypes.contains { $0.id == 9 && $0.name.hasSuffix(" (2)") })
        #expect(Set(back.decks.map(\.name)) == Set(original.decks.map(\.name)))
        #expect(Set(back.notes) == Set(original.notes))
    }
}

extension AnkiIdentityTests {
    /// Cards imported before recall kept Anki's identity get it when the package is imported
    /// again; nothing is added.
    @Test func importingAgainGivesCardsImportedBeforeTheirAnkiIdentity() throws {
        let database = try imported("anki-export-current")
        let identities = Set(try database.exportCards().compactMap(\.anki))
        try database.write { db in
            try db.execute(sql: "UPDATE card SET ankiCardId = NULL, ankiNoteId = NULL, ankiOrd = NULL")
            try db.execute(sql: "DELETE FROM ankiNote")
        }
        #expect(try database.exportCards().allSatisfy { $0.anki == nil })
        let again = try database.importCards(
            try ImportFileReader().open(contentsOf: AnkiFixtures.url("anki-export-current", "apkg")),
            replay: { _ in ReviewReplayTests.replay }, source: "anki-export-current.apkg", now: now)
        #expect(again.cardsAdded == 0)
        #expect(Set(try database.exportCards().compactMap(\.anki)) == identities)
    }
}

extension AnkiIdentityTests {
    /// The same Anki card in two decks (its deck renamed, then the package imported again):
    /// the first goes as itself, the second as one of recall's own cards.
    @Test func anAnkiCardHeldTwiceGoesAsItselfOnce() throws {
        let database = try imported("anki-export-current")
        try database.write { db in try db.execute(sql: "UPDATE deck SET name = name || ' (old)'") }
        try database.importCards(
            try ImportFileReader().open(contentsOf: AnkiFixtures.url("anki-export-current", "apkg")),
            replay: { _ in ReviewReplayTests.replay }, source: "anki-export-current.apkg", now: now)
        let original = try AnkiFixtures.read("anki-export-current")
        let back = try exported(database)
        #expect(back.cards.count == 2 * original.cards.count)
        #expect(Set(back.cards.map(\.id)).count == back.cards.count)
        #expect(Set(original.cards.map(\.id)).isSubset(of: Set(back.cards.map(\.id))))
        #expect(back.notes.filter { $0.notetypeID == AnkiCollection.recallNotetype.id }.count == original.cards.count)
    }
}

extension AnkiIdentityTests {
    /// A package whose note types, decks and settings pass what recall keeps is imported
    /// without them, with a sentence saying so, instead of being held in memory.
    @Test func objectsLargerThanRecallKeepsAreLeftWithAWarning() throws {
        let rows = AnkiKeptReader.limit / 1024 + 1000
        let url = try HostileCollection.package("large.apkg", in: directory, sql: HostileCollectionTests.SpoiledRow.schema18() + """
            ;
            CREATE TABLE tags (tag text, usn integer, collapsed boolean, config blob);
            WITH RECURSIVE n(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM n WHERE x < \(rows))
            INSERT INTO tags SELECT x || hex(randomblob(512)), 0, 0, NULL FROM n;
            """)
        let database = try AppDatabase.inMemory()
        let summary = try database.importCards(
            try ImportFileReader().open(contentsOf: url), replay: { _ in ReviewReplayTests.replay }, source: "large.apkg",
            now: now)
        #expect(summary.cardsAdded == 1)
        #expect(summary.warnings == ["\(url.path): its note types, decks and settings are larger than recall keeps "
            + "(64 MiB); they were not kept, so an export gives Anki its notes as recall's own."])
        #expect(try database.ankiKept().objects.isEmpty)
    }
}
