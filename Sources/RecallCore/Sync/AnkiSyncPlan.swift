import Foundation

/// What recall keeps of its last sync with an Anki server: the server collection's stamps as
/// they were when both sides last held the same collection. A later incremental sync asks the
/// server for what changed after `usn`; a different `schemaModified` on the server means only
/// a full sync can bring the two together.
public struct AnkiSyncState: Equatable, Sendable {
    /// The server's update sequence number after the last sync.
    public var usn: Int
    /// The collection's schema stamp (epoch milliseconds) both sides share.
    public var schemaModified: Int64
    /// The server collection's modification stamp (epoch milliseconds) after the last sync.
    public var modified: Int64
    /// When the last sync ended, by this machine's clock.
    public var lastSync: Date

    public init(usn: Int, schemaModified: Int64, modified: Int64, lastSync: Date) {
        self.usn = usn
        self.schemaModified = schemaModified
        self.modified = modified
        self.lastSync = lastSync
    }
}

/// recall's side of a sync, as the plan needs it.
public struct AnkiSyncLocal: Equatable, Sendable {
    /// The state of the last sync, nil when recall never synced with this server.
    public var state: AnkiSyncState?
    /// Whether recall holds no cards.
    public var empty: Bool
    /// Whether cards were added or answered since the last sync.
    public var changedSinceSync: Bool

    public init(state: AnkiSyncState?, empty: Bool, changedSinceSync: Bool) {
        self.state = state
        self.empty = empty
        self.changedSinceSync = changedSinceSync
    }
}

/// What a sync has to do, decided from recall's side and the server's `meta`, as Anki decides
/// it: the same modification stamp on both sides is nothing to do; a schema stamp that differs
/// (or no sync before) takes a full sync one way or the other; anything else is an incremental
/// sync.
public enum AnkiSyncPlan: Equatable, Sendable {
    /// Both sides hold the same collection.
    case upToDate
    /// Both sides are empty: nothing to send either way.
    case bothEmpty
    /// One side's collection must replace the other's. A side that is empty may not replace
    /// one that is not.
    case fullSync(uploadAllowed: Bool, downloadAllowed: Bool)
    /// Changes on either side or both, to be exchanged object by object.
    case incremental(localChanged: Bool, serverChanged: Bool)

    /// The plan for `local` and the server's `meta`, or the reason the server's answer stops
    /// the sync: a message the server asks to show instead, or a clock that differs from the
    /// server's by more than Anki allows (`now` is this machine's clock).
    public static func decide(
        local: AnkiSyncLocal, server: AnkiSyncMeta, now: Date
    ) throws(AnkiSyncRefusal) -> AnkiSyncPlan {
        guard server.shouldContinue else { throw .serverStopped(message: server.message) }
        let skew = TimeInterval(server.serverTime) - now.timeIntervalSince1970
        if abs(skew) > AnkiSyncProtocol.allowedClockSkew { throw .clockSkew(seconds: Int(skew.rounded())) }
        guard let state = local.state, state.schemaModified == server.schemaModified else {
            if local.empty && server.empty { return .bothEmpty }
            return .fullSync(uploadAllowed: !local.empty || server.empty, downloadAllowed: !server.empty || local.empty)
        }
        let serverChanged = server.modified != state.modified
        if !serverChanged && !local.changedSinceSync { return .upToDate }
        return .incremental(localChanged: local.changedSinceSync, serverChanged: serverChanged)
    }
}

/// Why the server's `meta` stops a sync before anything is exchanged.
public enum AnkiSyncRefusal: Error, Equatable, Sendable {
    case serverStopped(message: String)
    /// The server's clock minus this machine's.
    case clockSkew(seconds: Int)
}

extension AnkiSyncRefusal: LocalizedError {
    public var errorDescription: String? {
        switch self {
        case .serverStopped(let message):
            let said = message.trimmingCharacters(in: .whitespacesAndNewlines)
            return said.isEmpty ? "the sync server stopped the sync without saying why; nothing was changed"
                : "the sync server stopped the sync: “\(said)”; nothing was changed"
        case .clockSkew(let seconds):
            let minutes = (abs(seconds) + 30) / 60
            let way = seconds > 0 ? "behind" : "ahead of"
            return "this computer's clock is \(minutes) minute\(minutes == 1 ? "" : "s") \(way) the sync server's, "
                + "and Anki's servers refuse a sync when clocks differ by more than 5 minutes; set the clock "
                + "(and time zone) right and sync again; nothing was changed"
        }
    }
}

/// Which way a full sync goes, and how it is chosen.
public enum AnkiFullSyncDirection: String, Equatable, Sendable {
    /// The server's collection replaces recall's.
    case download
    /// recall's collection replaces the server's.
    case upload

    /// The direction a full sync takes: the one `requested` in advance when the plan allows
    /// it, nil when the user must be asked, or a refusal.
    public static func resolve(
        uploadAllowed: Bool, downloadAllowed: Bool, requested: AnkiFullSyncDirection?
    ) throws(AnkiFullSyncRefusal) -> AnkiFullSyncDirection? {
        switch requested {
        case .download? where !downloadAllowed: throw .serverEmpty
        case .upload? where !uploadAllowed: throw .recallEmpty
        default: return requested
        }
    }
}

public enum AnkiFullSyncRefusal: Error, Equatable, Sendable {
    /// A download would leave recall empty.
    case serverEmpty
    /// An upload would leave the server empty.
    case recallEmpty
    /// A full sync is needed, nobody can be asked and no direction was given.
    case needsAnswer
}

extension AnkiFullSyncRefusal: LocalizedError {
    public var errorDescription: String? {
        switch self {
        case .serverEmpty:
            "the sync server's collection is empty, so a full download would leave recall with no cards; "
                + "use --full-upload to send recall's collection instead; nothing was changed"
        case .recallEmpty:
            "recall has no cards, so a full upload would empty the sync server's collection; "
                + "use --full-download to take the server's instead; nothing was changed"
        case .needsAnswer:
            "this sync must replace one side's collection with the other's, and there is no terminal to ask "
                + "which; run `recall sync --full-download` to take the server's collection or "
                + "`recall sync --full-upload` to send recall's; nothing was changed"
        }
    }
}
