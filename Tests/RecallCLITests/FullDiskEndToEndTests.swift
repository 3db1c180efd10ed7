import Foundation
import RecallCore
import RecallStore
import Testing

/// `recall import` into a data folder whose disk is full (a small tmpfs, filled to its last
/// byte): a sentence saying so, nothing of the package stored, and nothing lost of what the
/// collection held before.
@Suite(.serialized, .enabled(if: SmallFilesystem.canMount, "mounting a tmpfs needs root, as CI runs; skipped here"))
final class FullDiskEndToEndTests {
    let runner: RecallRunner
    let disk: SmallFilesystem
    /// The TMPDIR of each run, on the runner's own disk, so a leftover unpacked package shows.
    let temporary: URL
    let package = Bundle.module.url(forResource: "anki-export-current", withExtension: "apkg", subdirectory: "Fixtures/anki")!
    var data: URL { disk.folder.appendingPathComponent("data") }

    init() throws {
        runner = try RecallRunner()
        disk = try SmallFilesystem(kilobytes: 2048)
        temporary = runner.root.appendingPathComponent("tmp")
        try FileManager.default.createDirectory(at: temporary, withIntermediateDirectories: true)
    }

    deinit { runner.cleanUp() }

    func run(_ command: [String]) throws -> RecallRunner.Result {
        try runner.run(command + ["--data-dir", data.path], environment: ["TMPDIR": temporary.path], ownDataDirectory: false)
    }

    /// A package of `notes` Basic cards in deck `Many`, each with one past review.
    func manyNotes(_ notes: Int) throws -> URL {
        let ids = (0..<Int64(notes)).map { 1_700_000_000_000 + $0 * 2 }
        let collection = AnkiCollection(
            schemaVersion: 11, createdSeconds: 1_699_999_200,
            notetypes: [AnkiNotetype(id: 1, name: "Basic", kind: .normal, fields: ["Front", "Back"], templates: ["Card 1"])],
            decks: [AnkiDeck(id: 1, name: "Many")],
            notes: ids.enumerated().map { index, id in
                AnkiNote(id: id, guid: "g\(index)", notetypeID: 1,
                         fields: ["Question \(index) about something long enough to take room?", "Answer \(index)"], tags: [])
            },
            cards: ids.map { id in
                AnkiCard(
                    id: id + 1, noteID: id, deckID: 1, ord: 0, type: .review, queue: .review,
                    due: 10, interval: 5, easeFactor: 2500, reps: 1, lapses: 0, flag: 0,
                    reviews: [AnkiReviewEntry(
                        milliseconds: id + 100_000, ease: 3, kind: .learning, interval: 5,
                        lastInterval: 0, factor: 2500, durationMilliseconds: 3000)])
            },
            media: [])
        let url = runner.root.appendingPathComponent("many.apkg")
        try AnkiPackageWriter().write(collection, to: url, now: Date(timeIntervalSince1970: 1_700_000_000))
        return url
    }

    /// Cards and reviews in the collection.
    func contents() throws -> (cards: Int, reviews: Int) {
        let database = try AppDatabase.open(directory: data)
        let calendar = StudyCalendar(timeZone: TimeZone(identifier: "UTC")!, rolloverHour: 4)
        let cards = try database.deckSummaries(now: Date(), calendar: calendar).map(\.total).reduce(0, +)
        return (cards, try database.reviewCount())
    }

    /// A disk with no byte left refuses the collection as it opens; one with a little room left
    /// refuses the import part-way, which takes back what it wrote.
    @Test(arguments: [0, 96 * 1024])
    func anImportOntoAFullDiskGetsASentenceAndKeepsWhatWasThere(roomLeft: Int) throws {
        let first = try run(["import", package.path])
        #expect(first.status == 0, "\(first.error)")
        #expect(try contents() == (17, 13))
        let many = try manyNotes(2_000)

        try disk.fill(leaving: roomLeft)
        let refused = try run(["import", many.path])
        #expect(refused.status == 1)
        let collection = data.appendingPathComponent("collection.sqlite").path
        #expect(refused.error == "recall: error: the disk holding \(collection) is full; free some space and try again\n")
        #expect(try FileManager.default.contentsOfDirectory(atPath: temporary.path) == [])

        try disk.free()
        #expect(try contents() == (17, 13))
        let again = try run(["import", many.path])
        #expect(again.status == 0, "\(again.error)")
        #expect(try contents() == (2_017, 2_013))
    }
}
