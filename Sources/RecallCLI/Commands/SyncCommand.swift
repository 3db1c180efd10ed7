import ArgumentParser
import Foundation
import RecallCore
import RecallStore
import RecallSync

struct SyncCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "sync",
        abstract: "Sync with Anki's sync server (AnkiWeb or your own), as Anki and AnkiDroid do.",
        discussion: """
        Log in first with `recall sync login`. When recall and the server hold different \
        collections, one must replace the other (a full sync): recall asks which on a terminal; \
        --full-download or --full-upload answer in advance (and force a full sync when none is \
        needed). recall keeps a copy of its collection in backups/ before a download replaces \
        it. Otherwise both sides' changes are merged (an incremental sync): answers, suspensions, \
        buries, deck moves, new cards and deletions, both ways, and the text of recall's own \
        cards (an edit made to one in Anki is reported, and the deck file's text goes back).
        """,
        subcommands: [SyncLoginCommand.self, SyncLogoutCommand.self])

    @OptionGroup var global: GlobalOptions

    @Flag(help: "Replace recall's collection with the server's.")
    var fullDownload = false

    @Flag(help: "Replace the server's collection with recall's.")
    var fullUpload = false

    func validate() throws {
        if fullDownload && fullUpload { throw ValidationError("choose one of --full-download and --full-upload") }
    }

    func run() throws {
        try Console.run {
            guard let login = try AnkiSyncLogin.load(from: global.dataDirectoryURL()) else { throw SyncFailure.notLoggedIn }
            let server = try SyncServer.url(login.server)
            let database = try global.openDatabase()
            let now = try global.makeClock().now()
            var client = SyncServer.client(server: server, hostKey: login.hostKey)
            let (meta, movedTo) = try client.metaFollowingMove()
            if let movedTo {
                // The same collection at another address: the login and the last sync go with it.
                try database.moveAnkiSync(from: server.absoluteString, to: movedTo.absoluteString)
                try AnkiSyncLogin(server: movedTo.absoluteString, user: login.user, hostKey: login.hostKey)
                    .save(in: global.dataDirectoryURL())
                Console.note("The sync server has moved to \(TerminalText.sanitize(movedTo.absoluteString)); recall syncs there from now on.")
            }
            let local = try database.ankiSyncLocal(server: client.server.absoluteString)
            let plan = try AnkiSyncPlan.decide(local: local, server: meta, now: now)
            if meta.shouldContinue, !meta.message.isEmpty { Console.note("The sync server says: \(TerminalText.sanitize(meta.message))") }
            let requested: AnkiFullSyncDirection? = fullDownload ? .download : fullUpload ? .upload : nil
            let session = FullSyncSession(global: global, database: database, client: client, meta: meta, now: now)
            switch plan {
            case .bothEmpty:
                print("Nothing to sync: neither recall nor \(client.server.absoluteString) has any cards.")
            case .upToDate where requested == nil:
                print("Already in sync with \(client.server.absoluteString).")
            case .incremental where requested == nil:
                guard let state = local.state else { break }
                try IncrementalSyncSession(database: database, client: client, meta: meta, state: state, now: now).run()
            case .fullSync(let uploadAllowed, let downloadAllowed):
                try session.run(uploadAllowed: uploadAllowed, downloadAllowed: downloadAllowed, requested: requested)
            case .upToDate, .incremental:
                // A full sync forced by a flag; an empty side still may not replace a full one.
                try session.run(uploadAllowed: !local.empty || meta.empty, downloadAllowed: !meta.empty || local.empty,
                                requested: requested)
            }
        }
    }
}

/// Why `recall sync` stopped before changing anything.
enum SyncFailure: LocalizedError {
    case notLoggedIn

    var errorDescription: String? {
        switch self {
        case .notLoggedIn:
            "recall is not logged in to a sync server; log in with `recall sync login` first"
        }
    }
}
