import Foundation
import RecallCore
import RecallStore

/// An incremental ("normal") sync, as Anki's clients run one: the server's deletions and
/// changed objects, its chunks of changed review-log entries, cards and notes, then recall's
/// changes, a check that both sides hold the same counts, and the end of the sync. recall's
/// side changes in one transaction that commits only once the server has ended the sync; on
/// any failure after `start` the server is told to drop what it took (`abort`), and neither
/// side has changed.
public struct AnkiIncrementalSync {
    public let client: AnkiSyncClient
    public let database: AppDatabase

    public init(client: AnkiSyncClient, database: AppDatabase) {
        self.client = client
        self.database = database
    }

    /// Syncs from `state` (the last sync's) with a server whose `meta` said `meta`.
    public func run(
        state: AnkiSyncState, meta: AnkiSyncMeta, replay: (_ preset: String) -> ReviewReplay, now: Date,
        calendar: StudyCalendar
    ) throws -> AnkiIncrementalSummary {
        let server = client.server.absoluteString
        // recall sends no settings, so it never claims to be the newer side: the server then
        // sends its collection's creation time, which its due days count from.
        let graves = try client.start(minUSN: state.usn, localIsNewer: false)
        do {
            // recall's deletions go first, as Anki's clients send them, in chunks of 250 ids;
            // without any, the call is skipped, as they skip it.
            let deletions = try database.ankiGravesToSend()
            for chunk in Self.chunks(of: deletions) { try client.applyGraves(chunk) }
            var incoming = AnkiServerChanges(graves: graves, changes: try client.applyChanges(AnkiUnchunkedChanges()))
            var chunks = 0
            while true {
                let chunk = try client.chunk()
                incoming.add(chunk)
                chunks += 1
                if chunk.done { break }
                // Anki sends 250 objects a chunk; a server that never ends is not one.
                guard chunks < Self.chunkLimit else {
                    throw AnkiSyncError.notAnkiProtocol(server: server, method: "chunk", reason: "it sent chunks without end")
                }
            }
            return try database.mergeAnkiSync(
                incoming, sentGraves: deletions, serverUSN: meta.usn, schemaModified: meta.schemaModified, server: server,
                replay: replay, now: now, calendar: calendar
            ) { outgoing, counts in
                try client.applyChunk(outgoing)
                let answer = try client.sanityCheck(counts)
                guard answer.status == "ok" else {
                    throw AnkiIncrementalRefusal.countsDiffer(server: server, recall: answer.client ?? counts, anki: answer.server)
                }
                do {
                    return try client.finish()
                } catch AnkiSyncError.unreachable {
                    // The server may have ended the sync before the connection failed.
                    throw AnkiSyncError.endUnconfirmed(server: server)
                }
            }
        } catch {
            client.abort()
            throw error
        }
    }

    /// `graves` in chunks of at most 250 ids, cards first, then notes, then decks, as Anki
    /// sends its own.
    static func chunks(of graves: AnkiGraves) -> [AnkiGraves] {
        var left = graves
        var chunks: [AnkiGraves] = []
        while !left.isEmpty {
            var chunk = AnkiGraves()
            var room = 250
            func take(_ ids: inout [Int64]) -> [Int64] {
                let taken = Array(ids.prefix(room))
                ids.removeFirst(taken.count)
                room -= taken.count
                return taken
            }
            chunk.cards = take(&left.cards)
            chunk.notes = take(&left.notes)
            chunk.decks = take(&left.decks)
            chunks.append(chunk)
        }
        return chunks
    }

    /// The most chunks one sync takes: 250 objects each, a hundred million objects.
    static let chunkLimit = 400_000
}
