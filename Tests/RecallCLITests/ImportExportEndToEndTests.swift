import Foundation
import RecallCore
import RecallStore
import Testing

/// `recall import` and `recall export` run as a person would run them.
@Suite final class ImportExportEndToEndTests {
    let runner: RecallRunner
    let package = Bundle.module.url(forResource: "anki-export-current", withExtension: "apkg", subdirectory: "Fixtures/anki")!

    init() throws { runner = try RecallRunner() }
    deinit { runner.cleanUp() }

    @Test func importingAnAnkiPackageTwiceAddsItsCardsOnce() throws {
        let first = try runner.run(["import", package.path])
        #expect(first.status == 0, "\(first.error)")
        #expect(first.output == "Imported \(package.path): 17 cards added to 2 decks (12 new, 1 learning, 4 in review), 13 past reviews, 2 manual log entries (set due date, forget), 1 media file.\n")
        let second = try runner.run(["import", package.path])
        #expect(second.output == "Imported \(package.path): no cards added to 2 decks, 17 already there.\n")
        let decks = try runner.run(["decks"])
        #expect(decks.output.contains("\nAnki Fixture   "))
        #expect(decks.output.contains("\n  Cloze   "))
        #expect(decks.output.contains("\n  Vocabulary   "))
        let media = runner.dataDirectory.appendingPathComponent("media/anki-fixture.png")
        #expect((try? Data(contentsOf: media))?.count == 73)
    }

    @Test func aDamagedPackageIsRefusedAndChangesNothing() throws {
        let cut = runner.root.appendingPathComponent("cut.apkg")
        try Data(contentsOf: package).prefix(20_000).write(to: cut)
        let result = try runner.run(["import", cut.path])
        #expect(result.status == 1)
        #expect(result.error == "recall: error: \(cut.path) is truncated: the zip archive ends before its table of contents, so part of the file is missing.\n")
        #expect(try runner.run(["decks"]).output.hasPrefix("No decks yet."))
    }

    @Test func exportedPackageHoldsTheCardsAndTheirHistory() throws {
        _ = try runner.run(["import", package.path])
        let output = runner.root.appendingPathComponent("out.apkg")
        let result = try runner.run(["export", "--format", "apkg", "--deck", "Anki Fixture", "-o", output.path])
        #expect(result.error == "Exported 17 cards and 13 reviews to \(output.path).\n")
        #expect(result.output.isEmpty)
        let collection = try AnkiPackageReader().read(contentsOf: output)
        // Anki's own 10 notes, not a note a card: the 17 cards keep their notes.
        #expect(collection.notes.count == 10)
        #expect(collection.cards.count == 17)
        // Anki gets its whole log back: 13 answers and the 2 manual entries.
        #expect(collection.reviewCount == 15)
        #expect(collection.cards.flatMap(\.reviews).filter { $0.kind == .manual }.count == 2)
        #expect(collection.media.map(\.name) == ["anki-fixture.png"])
        #expect(collection.cards.filter { $0.storedMemory != nil }.count == 5)
        // The cards keep their notes' guids and ordinals, so their keys: importing it back
        // matches them all.
        let again = try runner.run(["import", output.path])
        #expect(again.output == "Imported \(output.path): no cards added to 2 decks, 17 already there.\n")
    }

    @Test func exportedDeckFilePassesTheDeckCheck() throws {
        _ = try runner.run(["import", package.path])
        let deck = runner.root.appendingPathComponent("vocabulary.yaml")
        let result = try runner.run(["export", "--format", "yaml", "--deck", "Anki Fixture::Vocabulary", "-o", deck.path])
        #expect(result.status == 0, "\(result.error)")
        let parsed = DeckParser.parse(try String(contentsOf: deck, encoding: .utf8), file: deck.path)
        #expect(parsed.diagnostics.isEmpty, "\(parsed.diagnostics)")
        #expect(parsed.deck?.name == "Anki Fixture::Vocabulary")
        #expect(parsed.deck?.cards.count == 10)
        let many = try runner.run(["export", "--format", "yaml", "-o", deck.path])
        #expect(many.status == 64)
        #expect(many.error == "recall: error: a deck file holds one deck; choose one with --deck: "
            + "“Anki Fixture::Cloze”, “Anki Fixture::Vocabulary”\n", "no usage of the root command after it")
    }

    @Test func exportedTextAndJSONReadBack() throws {
        _ = try runner.run(["import", package.path])
        let csv = runner.root.appendingPathComponent("out.txt")
        #expect(try runner.run(["export", "--format", "csv", "--deck", "Anki Fixture::Cloze", "-o", csv.path]).status == 0)
        let text = try DelimitedText.parse(String(contentsOf: csv, encoding: .utf8), file: csv.path)
        #expect(text.rows.count == 7)
        let json = runner.root.appendingPathComponent("out.json")
        #expect(try runner.run(["export", "--format", "json", "-o", json.path]).status == 0)
        let decoder = JSONDecoder()
        decoder.dateDecodingStrategy = .iso8601
        let cards = try decoder.decode([ExportCard].self, from: Data(contentsOf: json))
        #expect(cards.count == 17)
        #expect(cards.reduce(0) { $0 + $1.reviews.count } == 13)
        #expect(cards.contains { $0.state.memory != nil && $0.state.phase == .review })
    }

    @Test func exportWritesToStandardOutputWithDashAndCountsOnlyWhatTheFormatHolds() throws {
        _ = try runner.run(["import", package.path])
        let yaml = try runner.run(["export", "--format", "yaml", "--deck", "Anki Fixture::Vocabulary", "-o", "-"])
        #expect(yaml.status == 0, "\(yaml.error)")
        #expect(DeckParser.parse(yaml.output, file: "stdin.yaml").deck?.cards.count == 10)
        #expect(yaml.error == "Exported 10 cards to standard output.\n", "a deck file keeps no reviews")
        let json = try runner.run(["export", "--format", "json", "-o", "-"])
        #expect(json.output.hasPrefix("["))
        #expect(json.error == "Exported 17 cards and 13 reviews to standard output.\n")
        let package = try runner.run(["export", "--format", "apkg", "-o", "-"])
        #expect(package.output.hasPrefix("PK"), "a zip archive on standard output")
    }

    @Test func aMissingFileIsOneSentenceWithOneFullStop() throws {
        let missing = runner.root.appendingPathComponent("missing.apkg").path
        let result = try runner.run(["import", missing])
        #expect(result.status == 1)
        #expect(result.error == "recall: error: \(missing) could not be read: no such file or directory.\n")
    }
}
