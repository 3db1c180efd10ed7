import Foundation
import GRDB
import RecallCore
import RecallTestSupport
import Testing
@testable import RecallStore

/// recall's side of an incremental sync against a collection downloaded from a server (the
/// current Anki fixture): what it counts, and that what it refuses, or an exchange that fails,
/// leaves everything as it was.
@Suite final class AnkiSyncMergeTests {
    let folder: TemporaryDirectory
    let now = Date(timeIntervalSince1970: 1_795_800_000)
    let server = "http://127.0.0.1:27701/"
    let original: AnkiCollection

    init() throws {
        folder = try TemporaryDirectory("sync-merge")
        original = try AnkiFixtures.read("anki-export-current")
    }

    /// A recall that downloaded the fixture's collection from `server`.
    func downloaded() throws -> AppDatabase {
        let url = folder.url.appendingPathComponent("downloaded.anki2")
        try PackageArchive(url: AnkiFixtures.url("anki-export-current", "apkg"), limits: .standard)
            .unpack("collection.anki21b", to: url, zstd: true)
        let database = try AppDatabase.inMemory()
        try database.replaceWithAnkiCollection(
            at: url, name: "the download", replay: { _ in ReviewReplayTests.replay }, now: now, server: server)
        return database
    }

    func merge(
        _ database: AppDatabase, _ incoming: AnkiServerChanges,
        exchange: (AnkiSyncChunk, AnkiSanityCounts) throws -> Int64 = { _, _ in 1_795_800_000_000 }
    ) throws -> AnkiIncrementalSummary {
        try database.mergeAnkiSync(
            incoming, serverUSN: 7, schemaModified: 1, server: server, replay: { _ in ReviewReplayTests.replay },
            now: now, calendar: ReviewReplayTests.calendar, exchange: exchange)
    }

    func changes(created: Int64? = 1_795_700_000, notetypes: [AnkiSyncObject] = []) -> AnkiServerChanges {
        AnkiServerChanges(graves: AnkiGraves(), changes: AnkiUnchunkedChanges(notetypes: notetypes, created: created))
    }

    /// Every card, review and manual entry, to tell that nothing changed.
    func snapshot(_ database: AppDatabase) throws -> String {
        try database.read { db in
            try ["card", "review", "ankiManualEntry", "ankiNote", "ankiObject", "ankiSync", "deck"].map { table in
                try Row.fetchAll(db, sql: "SELECT * FROM \(table) ORDER BY 1").description
            }.joined(separator: "\n")
        }
    }

    @Test func withNothingToCarryTheCountsAreTheDownloadedCollectionsAndTheSyncIsRecorded() throws {
        let database = try downloaded()
        var sent: (AnkiSyncChunk, AnkiSanityCounts)?
        let summary = try merge(database, changes()) { chunk, counts in
            sent = (chunk, counts)
            return 1_795_800_000_123
        }
        #expect(summary == AnkiIncrementalSummary())
        let (chunk, counts) = try #require(sent)
        #expect(chunk == AnkiSyncChunk(done: true))
        #expect(counts.cards == original.cards.count)
        #expect(counts.notes == original.notes.count)
        #expect(counts.revlog == original.reviewCount)
        let state = try #require(try database.ankiSyncLocal(server: server).state)
        #expect(state == AnkiSyncState(usn: 8, schemaModified: 1, modified: 1_795_800_000_123, lastSync: now))
    }

    /// A server that sends what Anki never writes, or what recall cannot merge yet: a sentence,
    /// the exchange never reached, nothing changed.
    @Test func aHostileOrUnmergeableAnswerChangesNothing() throws {
        let database = try downloaded()
        let before = try snapshot(database)
        let card = try #require(original.cards.first)
        var badCard = changes()
        badCard.cards = [AnkiSyncCard(
            id: card.id, noteID: card.noteID, deckID: card.deckID, ord: 0, modified: 1_795_790_000, usn: 7, type: 9,
            queue: 0, due: 1, interval: 0, factor: 0, reps: 0, lapses: 0, data: "")]
        var badReview = changes()
        badReview.revlog = [AnkiSyncReview(cardID: card.id, usn: 7, entry: AnkiReviewEntry(
            milliseconds: -5, ease: 3, kind: .review, interval: 1, lastInterval: 1, factor: 2500, durationMilliseconds: 1))]
        let cases: [(AnkiServerChanges, AnkiIncrementalRefusal)] = [
            (badCard, .badRow(server: server, reason: "card \(card.id) with a value out of range")),
            (badReview, .badRow(server: server, reason: "review -5 of card \(card.id) with a value out of range")),
            (changes(created: nil), .noCreationTime(server: server)),
            (changes(created: Int64.max), .badRow(server: server, reason: "a creation time of its collection out of range")),
            (changes(notetypes: [AnkiSyncObject(id: 42, name: "Image\u{1b}[31mOcclusion", modified: 1)]),
             .object(server: server, kind: "note type", name: "Image\u{1b}[31mOcclusion")),
        ]
        for (incoming, refusal) in cases {
            #expect(throws: refusal) {
                try self.merge(database, incoming) { _, _ in
                    Issue.record("the exchange was reached")
                    return 0
                }
            }
        }
        #expect(try snapshot(database) == before)
        // The sentence shows the server's name with no control character of its own.
        let sentence = cases[4].1.errorDescription ?? ""
        #expect(sentence.hasPrefix("\(server) has a note type “\(TerminalText.sanitize("Image\u{1b}[31mOcclusion"))” that is new"))
        #expect(!sentence.contains("\u{1b}"))
    }

    /// An answer from the server merged, then an exchange that fails (the connection lost,
    /// counts that differ): nothing of it stays.
    @Test func anExchangeThatFailsUndoesTheMerge() throws {
        let database = try downloaded()
        let before = try snapshot(database)
        let card = try #require(original.cards.first { $0.type == .review })
        var incoming = changes()
        incoming.revlog = [AnkiSyncReview(cardID: card.id, usn: 7, entry: AnkiReviewEntry(
            milliseconds: 1_795_790_000_000, ease: 3, kind: .review, interval: 9, lastInterval: card.interval,
            factor: 500, durationMilliseconds: 4000))]
        var reached = false
        #expect(throws: AnkiIncrementalRefusal.countsDiffer(server: server, recall: nil, anki: nil)) {
            try self.merge(database, incoming) { _, counts in
                reached = true
                #expect(counts.revlog == self.original.reviewCount + 1)
                throw AnkiIncrementalRefusal.countsDiffer(server: self.server, recall: nil, anki: nil)
            }
        }
        #expect(reached)
        #expect(try snapshot(database) == before)
        // The same answer with an exchange that succeeds is stored, once.
        let summary = try merge(database, incoming)
        #expect(summary.reviewsReceived == 1 && summary.cardsUpdated == 1)
        let again = try merge(database, incoming)
        #expect(again.reviewsReceived == 0)
    }
}
