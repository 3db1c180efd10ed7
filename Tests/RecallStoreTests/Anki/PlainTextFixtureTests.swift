import Foundation
import RecallCore
import Testing
@testable import RecallStore

/// Anki's "Notes in Plain Text" exports, checked against expected/<file>.json (which records
/// what Anki's own `get_csv_metadata` reads from them).
struct PlainTextFixtureTests {
    struct Expected: Decodable {
        struct Metadata: Decodable {
            var delimiter: String
            var isHtml: Bool
            var tagsColumn: Int?
            var guidColumn: Int?
            var notetypeColumn: Int?
            var deckColumn: Int?
        }

        var headerLines: [String]
        var rowCount: Int
        var columnsPerRow: [Int]
        var rows: [[String]]
        var ankiGetCsvMetadata: Metadata
    }

    static let files = ["notes-plain-text", "notes-plain-text-full"]

    func parse(_ name: String) throws -> DelimitedText {
        let url = AnkiFixtures.url(name, "txt")
        return try DelimitedText.parse(String(contentsOf: url, encoding: .utf8), file: url.lastPathComponent)
    }

    @Test(arguments: files)
    func headersMatchWhatAnkiReads(name: String) throws {
        let text = try parse(name)
        let expected = try AnkiFixtures.expected(name, as: Expected.self).ankiGetCsvMetadata
        #expect(expected.delimiter == "TAB")
        #expect(text.separator == "\t")
        #expect(!text.separatorWasGuessed)
        #expect(text.isHTML == expected.isHtml)
        #expect(text.tagsColumn == expected.tagsColumn)
        // Anki reports "no guid column" as 0.
        #expect(text.guidColumn == (expected.guidColumn == 0 ? nil : expected.guidColumn))
        #expect(text.notetypeColumn == expected.notetypeColumn)
        #expect(text.deckColumn == expected.deckColumn)
    }

    @Test(arguments: files)
    func rowsMatchAnkisExportCellByCell(name: String) throws {
        let text = try parse(name)
        let expected = try AnkiFixtures.expected(name, as: Expected.self)
        #expect(text.rows.count == expected.rowCount)
        #expect(Set(text.rows.map(\.fields.count)) == Set(expected.columnsPerRow))
        #expect(text.rows.map(\.line) == Array(expected.headerLines.count + 1...expected.headerLines.count + expected.rowCount))
        for (row, want) in zip(text.rows, expected.rows) {
            for (cell, wantCell) in zip(row.fields, want) where wantCell != "<guid>" {
                #expect(cell == wantCell)
            }
        }
    }

    @Test func fullExportGuidsAreTheNotesOfThePackage() throws {
        let text = try parse("notes-plain-text-full")
        let package = try AnkiFixtures.read("anki-export-current")
        #expect(text.rows.map { $0.fields[0] } == package.notes.map(\.guid))
    }

    /// The same notes imported from the HTML text export and from the package give the same
    /// cards under the same keys: the key is Anki's guid and ord either way.
    @Test func fullTextExportAndPackageGiveTheSameCards() throws {
        let url = AnkiFixtures.url("notes-plain-text-full", "txt")
        let fromText = try ImportFileReader().read(contentsOf: url)
        let fromPackage = try ImportFileReader().read(contentsOf: AnkiFixtures.url("anki-export-current", "apkg"))
        #expect(fromText.noteCount == 10)
        #expect(fromText.cards.count == 17)
        #expect(fromText.warnings.isEmpty)
        let packageCards = Dictionary(uniqueKeysWithValues: fromPackage.cards.map { ($0.key, $0) })
        for card in fromText.cards {
            let twin = try #require(packageCards[card.key], "\(card.key)")
            #expect(card.content == twin.content, "\(card.key)")
            #expect(card.deck == twin.deck)
        }
        #expect(Set(fromText.cards.map(\.key)) == Set(packageCards.keys))
        #expect(fromText.decks == ["Anki Fixture::Cloze", "Anki Fixture::Vocabulary"])
    }

    @Test func plainExportImportsIntoADeckNamedAfterTheFile() throws {
        let collection = try ImportFileReader().read(contentsOf: AnkiFixtures.url("notes-plain-text", "txt"))
        #expect(collection.decks == ["notes-plain-text"])
        #expect(collection.noteCount == 10)
        // 7 one-card notes (the reversed note type is not named in this export) and cloze
        // notes with 2, 2 and 3 deletions.
        #expect(collection.cards.count == 14)
        #expect(collection.cards[0].content.prompt == "chat")
        #expect(collection.cards[0].content.answer == "cat (French)")
        #expect(collection.cards[0].content.tags == ["fixture", "lang::fr", "marked"])
        #expect(collection.cards[2].content.prompt == "Picture:")
        #expect(collection.cards[3].content.tags == [])
        let athens = collection.cards.filter { $0.content.prompt.contains("capital of") && $0.content.kind == .cloze }
        #expect(athens.last?.content.prompt == "Ἀθῆναι is Athens, capital of [...].")
        #expect(athens.last?.content.answer == "Greece")
        #expect(athens.last?.content.explanation == "Greek")
    }
}
