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
        let database = try AppDatabase.inMemory()
        let first = try database.importCards(
            .collection(imported), replay: { _ in ReviewReplayTests.replay }, source: "anki-export-current.apkg", now: now)
        let second = try database.importCards(
            .collection(imported), replay: { _ in ReviewReplayTests.replay }, source: "anki-export-current.apkg", now: now)
        #expect(Set(first.decks) == ["Anki Fixture::Cloze", "Anki Fixture::Vocabulary"])
        #expect(try database.deckSummaries(now: now, calendar: ReviewReplayTests.calendar).map(\.total) == [7, 10])
        #expect(first.cardsAdded == 17)
        #expect(first.reviewsAdded == 13)
        // The fixture's two "Set due date" entries are kept beside the 13 answers: 15 in all.
        #expect(first.manualEntriesAdded == 2)
        #expect(second.cardsAdded == 0)
        #expect(second.cardsSkipped == 17)
        #expect(second.reviewsAdded == 0)
        #expect(try database.reviewCount() == 13)
        let suspended = try #require(imported.cards.first { $0.content.prompt == "voiceless postalveolar fricative (IPA)" })
        #expect(try database.card(suspended.key).suspended)
    }

    @Test(arguments: ["anki-export-current", "anki-export-legacy", "genanki-basic-cloze"])
    func aStreamedPackageStoresWhatReadingItWholeStores(package: String) throws {
        let url = AnkiFixtures.url(package, "apkg")
        let streamed = try AppDatabase.inMemory()
        let whole = try AppDatabase.inMemory()
        let summary = try streamed.importCards(
            try ImportFileReader().open(contentsOf: url), replay: { _ in ReviewReplayTests.replay }, source: "p.apkg", now: now)
        let collection = try ImportFileReader().read(contentsOf: url)
        let expected = try whole.importCards(
            .collection(collection), replay: { _ in ReviewReplayTests.replay }, source: "p.apkg", now: now)
        #expect(summary.cardsAdded == collection.cards.count)
        #expect(summary.reviewsAdded == expected.reviewsAdded)
        #expect(summary.warnings == expected.warnings)
        #expect(try streamed.exportCards() == whole.exportCards())
        let again = try streamed.importCards(
            try ImportFileReader().open(contentsOf: url), replay: { _ in ReviewReplayTests.replay }, source: "p.apkg", now: now)
        #expect(again.cardsAdded == 0)
        #expect(again.cardsSkipped == collection.cards.count)
    }

    @Test func aStreamedImportThatFailsLeavesNothingBehind() throws {
        let database = try AppDatabase.inMemory()
        struct MediaFailed: Error {}
        #expect(throws: MediaFailed.self) {
            try database.importCards(
                try ImportFileReader().open(contentsOf: AnkiFixtures.url("anki-export-current", "apkg")),
                replay: { _ in ReviewReplayTests.replay }, source: "x.apkg", now: now, beforeCommit: { throw MediaFailed() })
        }
        #expect(try database.deckSummaries(now: now, calendar: ReviewReplayTests.calendar).isEmpty)
        #expect(try database.reviewCount() == 0)
    }

    @Test func anImportThatFailsAtItsLastCardLeavesNothingBehind() throws {
        let imported = try ImportFileReader().read(contentsOf: AnkiFixtures.url("anki-export-current", "apkg"))
        var cards = imported.cards.map { ($0.deck, $0.bulkCard(replay: ReviewReplayTests.replay, now: now)) }
        // SQLite stores a NaN as NULL, which the card table refuses: the last card fails.
        cards[cards.count - 1].1.state.due = Date(timeIntervalSince1970: .nan)
        let database = try AppDatabase.inMemory()
        #expect(throws: (any Error).self) {
            try database.importCards(source: "x.apkg", now: now, expectedReviews: 13) { writer in
                for (deck, card) in cards { try writer.add(card, toDeck: deck) }
            }
        }
        #expect(try database.deckSummaries(now: now, calendar: ReviewReplayTests.calendar).isEmpty)
        #expect(try database.reviewCount() == 0)
        #expect(try database.importCards(.collection(imported), replay: { _ in ReviewReplayTests.replay }, source: "x.apkg", now: now)
            .cardsAdded == 17)
    }

    @Test func anImportWhoseLastStepFailsLeavesNothingBehind() throws {
        let imported = try ImportFileReader().read(contentsOf: AnkiFixtures.url("anki-export-current", "apkg"))
        let database = try AppDatabase.inMemory()
        struct MediaFailed: Error {}
        #expect(throws: MediaFailed.self) {
            try database.importCards(.collection(imported), replay: { _ in ReviewReplayTests.replay }, source: "x.apkg", now: now,
                                     beforeCommit: { throw MediaFailed() })
        }
        #expect(try database.deckSummaries(now: now, calendar: ReviewReplayTests.calendar).isEmpty)
        #expect(try database.reviewCount() == 0)
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

    @Test func aSaveThatFailsPartWayTakesBackTheFilesItWrote() throws {
        let folder = MediaDirectory(url: directory.appendingPathComponent("media"))
        // A folder where the second file belongs: it cannot be written.
        let blocker = folder.url.appendingPathComponent("b.png")
        try FileManager.default.createDirectory(at: blocker, withIntermediateDirectories: true)
        let media = [ImportedMedia(name: "a.png", data: Data("a".utf8)), ImportedMedia(name: "b.png", data: Data("b".utf8))]
        #expect(throws: MediaDirectoryError.self) { try folder.save(media) }
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.url.path) == ["b.png"])
        // A file replaced before the failure gets its bytes back.
        try Data("old".utf8).write(to: folder.url.appendingPathComponent("a.png"))
        #expect(throws: MediaDirectoryError.self) { try folder.save(media) }
        #expect(try Data(contentsOf: folder.url.appendingPathComponent("a.png")) == Data("old".utf8))
        try FileManager.default.removeItem(at: folder.url.appendingPathComponent("a.png"))
        // An unsafe name anywhere in the list refuses the save before a file is written.
        #expect(throws: MediaDirectoryError.unsafeName("../x")) {
            try folder.save([ImportedMedia(name: "c.png", data: Data()), ImportedMedia(name: "../x", data: Data())])
        }
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.url.path) == ["b.png"])
    }

    @Test func undoingASaveRemovesWhatItWroteAndRestoresWhatItReplaced() throws {
        // As when the import's commit fails after its media were saved.
        let folder = MediaDirectory(url: directory.appendingPathComponent("media"))
        try FileManager.default.createDirectory(at: folder.url, withIntermediateDirectories: true)
        try Data("old".utf8).write(to: folder.url.appendingPathComponent("a.png"))
        let saved = try folder.save([ImportedMedia(name: "a.png", data: Data("new".utf8)), ImportedMedia(name: "b.png", data: Data("b".utf8))])
        #expect(saved == .init(written: ["b.png"], replaced: ["a.png"]))
        folder.undo(saved)
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.url.path) == ["a.png"])
        #expect(try Data(contentsOf: folder.url.appendingPathComponent("a.png")) == Data("old".utf8))
    }

    @Test func imageMarkersNameTheMediaACardNeeds() {
        #expect(MediaDirectory.referencedNames(in: "What colour? [image: a.png] and [image: b c.jpg]") == ["a.png", "b c.jpg"])
        #expect(MediaDirectory.referencedNames(in: "no images [image: unclosed") == [])
    }
}
