import Foundation
import RecallCore

/// The methods of an incremental ("normal") sync, in the order a client calls them: `start`,
/// `applyGraves` (when recall deleted something), `applyChanges`, `chunk` until done, `applyChunk`
/// until done, `sanityCheck2`, `finish`; `abort` when anything fails after `start`, so the
/// server drops what it took.
extension AnkiSyncClient {
    /// Opens the sync: the server's deletions since `minUSN`.
    public func start(minUSN: Int, localIsNewer: Bool) throws(AnkiSyncError) -> AnkiGraves {
        try call(.start, AnkiStartRequest(minUSN: minUSN, localIsNewer: localIsNewer))
    }

    /// Sends recall's deletions (at most 250 ids a call, as Anki sends them).
    public func applyGraves(_ graves: AnkiGraves) throws(AnkiSyncError) {
        _ = try send(.applyGraves, body: Self.json(Wrapped(chunk: graves)))
    }

    /// Sends recall's note types, decks, deck options and tags changed since the last sync;
    /// the server's changed ones.
    public func applyChanges(_ changes: AnkiUnchunkedChanges) throws(AnkiSyncError) -> AnkiUnchunkedChanges {
        try call(.applyChanges, Wrapped(changes: changes))
    }

    /// The server's next chunk of changed review-log entries, cards and notes.
    public func chunk() throws(AnkiSyncError) -> AnkiSyncChunk {
        try call(.chunk, [String: String]())
    }

    public func applyChunk(_ chunk: AnkiSyncChunk) throws(AnkiSyncError) {
        _ = try send(.applyChunk, body: Self.json(Wrapped(chunk: chunk)))
    }

    public func sanityCheck(_ counts: AnkiSanityCounts) throws(AnkiSyncError) -> AnkiSanityAnswer {
        try call(.sanityCheck2, Wrapped(client: counts))
    }

    /// Ends the sync: the server collection's new modification stamp (epoch milliseconds).
    public func finish() throws(AnkiSyncError) -> Int64 {
        try call(.finish, [String: String]())
    }

    /// Tells the server to drop the sync in progress. Its own failure is not reported: the
    /// sync has already failed, and the server drops a sync left open when the next starts.
    public func abort() {
        _ = try? send(.abort, body: Data("{}".utf8))
    }

    /// A request that is one named object: `{"chunk": …}`, `{"changes": …}`, `{"client": …}`.
    private struct Wrapped<Value: Encodable>: Encodable {
        var chunk: Value?
        var changes: Value?
        var client: Value?

        init(chunk: Value? = nil, changes: Value? = nil, client: Value? = nil) {
            self.chunk = chunk
            self.changes = changes
            self.client = client
        }
    }

    private static func json(_ value: some Encodable) -> Data {
        do {
            return try JSONEncoder().encode(value)
        } catch {
            // Numbers, strings and arrays of them: encoding cannot fail.
            preconditionFailure("encoding a sync request: \(error)")
        }
    }
}
