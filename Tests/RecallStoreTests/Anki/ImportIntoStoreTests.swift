import Foundation
import RecallCore
import Testing
@testable import RecallStore

/// The import's hand-over to the store: bulk cards per deck and media files.
@Suite final class ImportIntoStoreTests {
    let directory: URL
    let now = Date(timeIntervalSince1970: 1_795_800_000)

    init() throws {
        directory = FileManager.default.temporaryDirectory
            .appendingPathComponent("recall-import-store-\(UUID().uuidString)", isDirectory: true)
    }

    deinit {
        try? FileManager.default.removeItem(at: directory)
    }

    @Test func importingTheSamePackageTwiceAddsNothingTheSecondTime() throws {
        let imported = try ImportFileReader().read(contentsOf: AnkiFixtures.url("anki-export-current", "apkg"))
        let groups = imported.bulkCardsByDeck(replay: { _ in ReviewReplayTests.replay }, now: now)
        #expect(groups.map(\.deck) == ["Anki Fixture::Cloze", "Anki Fixture::Vocabulary"])
        #expect(groups.map(\.cards.count) == [7, 10])
        let database = try AppDatabase.inMemory()
        var first = BulkSummary()
        var second = BulkSummary()
        for (deck, cards) in groups {
            let added = try database.insertBulk(cards, intoDeck: deck, source: "anki-export-current.apkg", now: now)
            first.cardsAdded += added.cardsAdded
            first.reviewsAdded += added.reviewsAdded
            first.manualEntriesAdded += added.manualEntriesAdded
        }
        for (deck, cards) in groups {
            let again = try database.insertBulk(cards, intoDeck: deck, source: "anki-export-current.apkg", now: now)
            second.cardsAdded += again.cardsAdded
            second.cardsSkipped += again.cardsSkipped
        }
        #expect(first.cardsAdded == 17)
        #expect(first.reviewsAdded == 13)
        // The fixture's two "Set due date" entries are kept beside the 13 answers: 15 in all.
        #expect(first.manualEntriesAdded == 2)
        #expect(second.cardsAdded == 0)
        #expect(second.cardsSkipped == 17)
        #expect(try database.reviewCount() == 13)
        let suspended = try #require(groups[1].cards.first { $0.card.content.prompt == "voiceless postalveolar fricative (IPA)" })
        #expect(suspended.suspended)
    }

    @Test func anImportThatFailsInItsLastDeckLeavesNothingBehind() throws {
        let imported = try ImportFileReader().read(contentsOf: AnkiFixtures.url("anki-export-current", "apkg"))
        var groups = imported.bulkCardsByDeck(replay: { _ in ReviewReplayTests.replay }, now: now)
        // SQLite stores a NaN as NULL, which the card table refuses: the second deck fails.
        groups[1].cards[3].state.due = Date(timeIntervalSince1970: .nan)
        let database = try AppDatabase.inMemory()
        #expect(throws: (any Error).self) { try database.importCards(groups, source: "x.apkg", now: now) }
        #expect(try database.deckSummaries(now: now, calendar: ReviewReplayTests.calendar).isEmpty)
        #expect(try database.reviewCount() == 0)
        #expect(try database.importCards(imported.bulkCardsByDeck(replay: { _ in ReviewReplayTests.replay }, now: now),
                                         source: "x.apkg", now: now).cardsAdded == 17)
    }

    @Test func mediaIsWrittenOnceAndLoadedBackForExport() throws {
        let media = try AnkiPackageReader().read(contentsOf: AnkiFixtures.url("genanki-basic-cloze", "apkg")).media
        let folder = MediaDirectory(url: directory.appendingPathComponent("media"))
        #expect(try folder.save(media) == .init(written: ["fixture-image.png"]))
        #expect(try folder.save(media) == .init(unchanged: ["fixture-image.png"]))
        let changed = [ImportedMedia(name: "fixture-image.png", data: Data("other".utf8))]
        #expect(try folder.save(changed) == .init(replaced: ["fixture-image.png"]))
        #expect(folder.load(named: ["fixture-image.png", "missing.png", "../x"]) == changed)
        #expect(throws: MediaDirectoryError.unsafeName("../x")) {
            try folder.save([ImportedMedia(name: "../x", data: Data())])
        }
    }

    @Test func imageMarkersNameTheMediaACardNeeds() {
        #expect(MediaDirectory.referencedNames(in: "What colour? [image: a.png] and [image: b c.jpg]") == ["a.png", "b c.jpg"])
        #expect(MediaDirectory.referencedNames(in: "no images [image: unclosed") == [])
    }
}
