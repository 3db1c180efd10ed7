import Foundation
import RecallCore
import RecallStore
import Testing

/// `recall import` killed with SIGKILL part-way: the collection holds nothing of the package
/// or all of it, and importing again brings it in whole.
@Suite(.serialized) final class ImportKillEndToEndTests {
    let runner: RecallRunner
    static let notes = 2_000

    init() throws { runner = try RecallRunner() }
    deinit { runner.cleanUp() }

    /// `notes` reviewed Basic cards in one deck, each with one past review.
    func package() throws -> URL {
        let cards = (0..<Self.notes).map { index in
            AnkiCard(
                id: 1_700_000_000_000 + Int64(index) * 2 + 1, noteID: 1_700_000_000_000 + Int64(index) * 2,
                deckID: 1, ord: 0, type: .review, queue: .review,
                due: 10, interval: 5, easeFactor: 2500, reps: 1, lapses: 0, flag: 0,
                reviews: [AnkiReviewEntry(
                    milliseconds: 1_700_000_100_000 + Int64(index), ease: 3, kind: .learning, interval: 5,
                    lastInterval: 0, factor: 2500, durationMilliseconds: 3000)])
        }
        let notes = (0..<Self.notes).map { index in
            AnkiNote(id: 1_700_000_000_000 + Int64(index) * 2, guid: "g\(index)", notetypeID: 1,
                     fields: ["Question \(index)?", "Answer \(index)"], tags: [])
        }
        let collection = AnkiCollection(
            schemaVersion: 11, createdSeconds: 1_699_999_200,
            notetypes: [AnkiNotetype(id: 1, name: "Basic", kind: .normal, fields: ["Front", "Back"], templates: ["Card 1"])],
            decks: [AnkiDeck(id: 1, name: "Many")], notes: notes, cards: cards, media: [])
        let url = runner.root.appendingPathComponent("many.apkg")
        try AnkiPackageWriter().write(collection, to: url, now: Date(timeIntervalSince1970: 1_700_000_000))
        return url
    }

    /// Cards and reviews in the collection at `directory`.
    func contents(of directory: URL) throws -> (cards: Int, reviews: Int) {
        let database = try AppDatabase.open(directory: directory)
        let calendar = StudyCalendar(timeZone: TimeZone(identifier: "UTC")!, rolloverHour: 4)
        let cards = try database.deckSummaries(now: Date(), calendar: calendar).map(\.total).reduce(0, +)
        return (cards, try database.reviewCount())
    }

    /// Starts an import into `directory` and kills it after `delay` seconds (or lets it end).
    func importKilled(_ url: URL, into directory: URL, after delay: TimeInterval) throws -> Process {
        let process = Process()
        process.executableURL = RecallRunner.binary
        process.arguments = ["import", url.path, "--data-dir", directory.path, "--now", runner.now]
        process.standardInput = FileHandle.nullDevice
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        try process.run()
        let watchdog = ChildProcess.watchdog(process, seconds: 30)
        defer { watchdog.cancel() }
        usleep(useconds_t(delay * 1_000_000))
        kill(process.processIdentifier, SIGKILL)
        process.waitUntilExit()
        return process
    }

    @Test func aKillAtAnyMomentOfAnImportLeavesNothingOrEverything() throws {
        let url = try package()
        // How long a whole import takes here, so the kills land across it.
        // The shorter of two whole imports, each into an empty collection: on a loaded machine
        // the first may take far longer than the ones killed, and kills timed from it would
        // land after them.
        var duration = Double.infinity
        for run in 0..<2 {
            let whole = runner.root.appendingPathComponent("whole-\(run)")
            let started = Date()
            let full = try runner.run(["import", url.path, "--data-dir", whole.path], ownDataDirectory: false, timeout: 60)
            duration = min(duration, Date().timeIntervalSince(started))
            #expect(full.status == 0, "\(full.error)")
            #expect(try contents(of: whole) == (Self.notes, Self.notes))
        }

        var random = SplitMix64(seed: 12)
        var killedMidway = 0
        for attempt in 0..<6 {
            let directory = runner.root.appendingPathComponent("killed-\(attempt)")
            // Spread over the import, with a seeded jitter inside each sixth.
            let fraction = (Double(attempt) + Double(random.next() % 1000) / 1000) / 6
            let process = try importKilled(url, into: directory, after: duration * fraction)
            if process.terminationReason == .uncaughtSignal { killedMidway += 1 }
            let after = try contents(of: directory)
            #expect(after == (0, 0) || after == (Self.notes, Self.notes),
                    "killed after \(Int(fraction * 100))% of the import: \(after.cards) cards, \(after.reviews) reviews")
            let again = try runner.run(["import", url.path, "--data-dir", directory.path], ownDataDirectory: false, timeout: 60)
            #expect(again.status == 0, "\(again.error)")
            #expect(try contents(of: directory) == (Self.notes, Self.notes))
        }
        // The test pins nothing unless some kills hit a running import.
        #expect(killedMidway >= 3)
    }
}
