import Foundation
import RecallCore
import RecallTestSupport
import Testing
@testable import RecallStore
import ZIPFoundation

/// Collections whose rows hold what Anki never writes. Each is refused with a sentence naming
/// the package, the row and the column, before anything is stored.
@Suite final class HostileCollectionTests {
    /// A fresh directory for this test's files, removed afterwards.
    let folder: TemporaryDirectory
    var directory: URL { folder.url }

    init() throws {
        folder = try TemporaryDirectory("hostile-rows")
    }

    struct SpoiledRow: CustomTestStringConvertible, Sendable {
        var name: String
        var sql: String
        var place: String
        var column: String
        var problem: String

        var testDescription: String { name }

        static let note = "note \(HostileCollection.noteID)"
        static let card = "card \(HostileCollection.cardID)"
        static let review = "review \(HostileCollection.reviewID)"

        /// The tables schema 18 keeps note types and decks in, with one note type and one deck.
        static func schema18(notetypeName: String = "'Basic'", deckName: String = "'Default'") -> String {
            """
            CREATE TABLE notetypes (id integer, name text, config blob);
            INSERT INTO notetypes VALUES (1, \(notetypeName), x'');
            CREATE TABLE fields (ntid integer, ord integer, name text);
            INSERT INTO fields VALUES (1, 0, 'Front'), (1, 1, 'Back');
            CREATE TABLE templates (ntid integer, ord integer, name text);
            INSERT INTO templates VALUES (1, 0, 'Card 1');
            CREATE TABLE decks (id integer, name text);
            INSERT INTO decks VALUES (1, \(deckName));
            """
        }

        static let all: [SpoiledRow] = [
            .init(name: "schema-18 note type name NULL", sql: schema18(notetypeName: "NULL"),
                  place: "note type 1", column: "notetypes.name", problem: "is missing (NULL)"),
            .init(name: "schema-18 deck name not UTF-8", sql: schema18(deckName: "x'ff'"),
                  place: "deck 1", column: "decks.name", problem: "holds 1 byte of binary data where text belongs"),
            .init(name: "fields NULL", sql: "UPDATE notes SET flds = NULL",
                  place: note, column: "notes.flds", problem: "is missing (NULL)"),
            .init(name: "guid NULL", sql: "UPDATE notes SET guid = NULL",
                  place: note, column: "notes.guid", problem: "is missing (NULL)"),
            .init(name: "tags NULL", sql: "UPDATE notes SET tags = NULL",
                  place: note, column: "notes.tags", problem: "is missing (NULL)"),
            .init(name: "note id text", sql: "UPDATE notes SET id = 'first'",
                  place: "note in row 1", column: "notes.id", problem: "holds the text “first” where a whole number belongs"),
            .init(name: "schema version NULL", sql: "UPDATE col SET ver = NULL",
                  place: "the col row", column: "col.ver", problem: "is missing (NULL)"),
            .init(name: "schema version text", sql: "UPDATE col SET ver = 'eleven'",
                  place: "the col row", column: "col.ver", problem: "holds the text “eleven” where a whole number belongs"),
            .init(name: "note types NULL", sql: "UPDATE col SET models = NULL",
                  place: "the col row", column: "col.models", problem: "is missing (NULL)"),
            .init(name: "col without its models column", sql: "ALTER TABLE col DROP COLUMN models",
                  place: "the col row", column: "col.models", problem: "is missing: the table has no such column"),
            .init(name: "col without its ver column", sql: "ALTER TABLE col RENAME COLUMN ver TO version",
                  place: "the col row", column: "col.ver", problem: "is missing: the table has no such column"),
            .init(name: "creation time at Int64.max", sql: "UPDATE col SET crt = 9223372036854775807",
                  place: "the col row", column: "col.crt",
                  problem: "is 9223372036854775807, outside the -10000000000…10000000000 recall accepts"),
            .init(name: "card due at Int64.max", sql: "UPDATE cards SET due = 9223372036854775807",
                  place: card, column: "cards.due",
                  problem: "is 9223372036854775807, outside the -10000000000…10000000000 recall accepts"),
            .init(name: "card interval at Int64.max", sql: "UPDATE cards SET ivl = 9223372036854775807",
                  place: card, column: "cards.ivl",
                  problem: "is 9223372036854775807, outside the -100000000…1000000 recall accepts"),
            .init(name: "card reps negative", sql: "UPDATE cards SET reps = -1",
                  place: card, column: "cards.reps", problem: "is -1, outside the 0…100000000 recall accepts"),
            .init(name: "card ord a blob", sql: "UPDATE cards SET ord = x'00ff'",
                  place: card, column: "cards.ord", problem: "holds 2 bytes of binary data where a whole number belongs"),
            .init(name: "card memory state huge", sql: #"UPDATE cards SET data = '{"s": 1e300, "d": 5}'"#,
                  place: card, column: "cards.data",
                  problem: "holds the memory state s 1e+300, d 5.0, outside what FSRS computes (s 0.0001…1000000.0, d 1…10)"),
            .init(name: "review interval at Int64.max", sql: "UPDATE revlog SET ivl = 9223372036854775807",
                  place: review, column: "revlog.ivl",
                  problem: "is 9223372036854775807, outside the -100000000…1000000 recall accepts"),
            .init(name: "review time at Int64.min", sql: "UPDATE revlog SET id = -9223372036854775808",
                  place: "review -9223372036854775808", column: "revlog.id",
                  problem: "is -9223372036854775808, outside the 0…10000000000000 recall accepts"),
            .init(name: "review ease real", sql: "UPDATE revlog SET ease = 2.5",
                  place: review, column: "revlog.ease", problem: "holds the number 2.5 where a whole number belongs"),
        ]
    }

    @Test(arguments: SpoiledRow.all)
    func aSpoiledValueIsRefusedWithItsPlace(_ spoiled: SpoiledRow) throws {
        let url = try HostileCollection.package("spoiled.apkg", in: directory, sql: spoiled.sql)
        let error = #expect(throws: ImportFileError.self) { try ImportFileReader().read(contentsOf: url) }
        #expect(error == .package(.badValue(
            file: url.path, place: spoiled.place, column: spoiled.column, problem: spoiled.problem)))
        #expect(error?.localizedDescription
            == "\(url.path): \(spoiled.place): `\(spoiled.column)` \(spoiled.problem); nothing was imported.")
    }

    @Test(arguments: ["", SpoiledRow.schema18()])
    func theUnspoiledCollectionReadsBack(sql: String) throws {
        let url = try HostileCollection.package("plain.apkg", in: directory, sql: sql)
        let collection = try ImportFileReader().read(contentsOf: url)
        #expect(collection.cards.map(\.content.prompt) == ["Capital of Peru?"])
        #expect(collection.cards.first?.reviews.count == 1)
    }

    @Test func aDeckNameInJSONWithAHugeIdIsReadWithoutTrapping() throws {
        let url = try HostileCollection.package("deck-id.apkg", in: directory, sql: """
            UPDATE col SET decks = '{"1": {"id": 1e300, "name": "Default"}}'
            """)
        let collection = try AnkiPackageReader().read(contentsOf: url)
        #expect(collection.decks == [AnkiDeck(id: 1, name: "Default")])
    }

    /// FuzzAnkiCollection's first crash: a collection whose `col` table had lost its `models`
    /// column (a mutated byte in the column's name) trapped in GRDB's row subscript.
    @Test func theFuzzedCollectionWithoutAModelsColumnIsRefusedWithItsPlace() throws {
        let collection = try #require(Bundle.module.url(
            forResource: "col-without-models", withExtension: "anki2", subdirectory: "Fixtures/anki/fuzz"))
        let url = directory.appendingPathComponent("fuzzed.apkg")
        let archive = try Archive(url: url, accessMode: .create)
        try archive.addEntry(with: "collection.anki2", fileURL: collection)
        let error = #expect(throws: AnkiPackageError.self) { try AnkiPackageReader().read(contentsOf: url) }
        #expect(error == .badValue(
            file: url.path, place: "the col row", column: "col.models", problem: "is missing: the table has no such column"))
    }
}
