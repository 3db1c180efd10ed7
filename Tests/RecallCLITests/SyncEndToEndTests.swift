import Foundation
import RecallSync
import RecallTestSupport
import Testing

/// `recall sync` against Anki's own sync server, with Anki's Python library as the second
/// device (tools/anki-sync-peer.py). Each test starts its own server on a free loopback port.
@Suite(.enabled(if: AnkiSyncServer.testsRun, Comment(rawValue: AnkiSyncServer.skipReason)))
final class SyncEndToEndTests {
    let recall: RecallRunner
    let folder: TemporaryDirectory

    init() throws {
        var runner = try RecallRunner()
        // The server refuses clocks more than five minutes off its own: recall's is the real one.
        runner.now = ISO8601DateFormatter().string(from: Date())
        recall = runner
        folder = try TemporaryDirectory("sync-e2e")
    }

    deinit { recall.cleanUp() }

    /// Runs the peer tool on the collection in folder `name`, syncing with `server` when there
    /// is one; its JSON report.
    func peer(_ action: String, _ server: AnkiSyncServer?, _ name: String, _ extra: [String] = []) throws -> [String: Any] {
        let python = try #require(AnkiSyncServer.python)
        let tool = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("tools/anki-sync-peer.py")
        let login = server.map {
            ["--server", $0.url.absoluteString, "--user", AnkiSyncServer.user, "--password", AnkiSyncServer.password]
        } ?? []
        let result = try ChildProcess.run(
            URL(fileURLWithPath: python),
            arguments: [tool.path, action, folder.url.appendingPathComponent(name).path] + login + extra,
            timeout: 120)
        try #require(result.status == 0, "anki-sync-peer.py \(action) failed: \(String(decoding: result.error, as: UTF8.self))")
        return try #require(try JSONSerialization.jsonObject(with: result.output) as? [String: Any])
    }

    func logIn(_ server: AnkiSyncServer) throws {
        let login = try recall.run(["sync", "login", "--server", server.url.absoluteString, "--user", AnkiSyncServer.user],
                                   input: AnkiSyncServer.password + "\n")
        try #require(login.status == 0, "login failed: \(login.error)")
        #expect(login.output == "Logged in to \(server.url.absoluteString) as \(AnkiSyncServer.user).\n")
    }

    /// Every card of `runner`'s collection with its state and history (`recall export --format
    /// json`), as JSON text with sorted keys; a new card's due time (the moment it was stored) left out.
    func exported(_ runner: RecallRunner? = nil) throws -> [[String: Any]] {
        let file = folder.url.appendingPathComponent("export-\(UUID().uuidString).json").path
        let result = try (runner ?? recall).run(["export", "--format", "json", "-o", file])
        if result.error == "recall: error: there are no cards to export\n" { return [] }
        try #require(result.status == 0, "export failed: \(result.error)")
        let cards = try #require(try JSONSerialization.jsonObject(with: Data(contentsOf: URL(fileURLWithPath: file))) as? [[String: Any]])
        return cards.map { card in
            var card = card
            if var state = card["state"] as? [String: Any], state["phase"] as? String == "new" {
                state["due"] = nil
                card["state"] = state
            }
            return card
        }
    }

    func text(_ cards: [[String: Any]]) throws -> String {
        String(decoding: try JSONSerialization.data(withJSONObject: cards, options: [.sortedKeys]), as: UTF8.self)
    }

    /// Notes made and answered in Anki, uploaded from there, come down into recall as
    /// `recall import` brings the same collection: every card, review and memory state.
    @Test func aFullDownloadBringsAnkisCardsReviewsAndMemoryStates() throws {
        let server = try AnkiSyncServer()
        let package = folder.url.appendingPathComponent("anki.apkg")
        let anki = try peer("seed", server, "anki", ["--apkg", package.path])
        try logIn(server)

        let login = try String(contentsOf: recall.dataDirectory.appendingPathComponent("sync-login.json"), encoding: .utf8)
        #expect(!login.contains(AnkiSyncServer.password))
        let mode = try FileManager.default.attributesOfItem(
            atPath: recall.dataDirectory.appendingPathComponent("sync-login.json").path)[.posixPermissions] as? NSNumber
        #expect(mode?.intValue == 0o600)

        // No terminal and no flag: a sentence, and nothing changed.
        let unasked = try recall.run(["sync"])
        #expect(unasked.status == 1)
        #expect(unasked.error == "recall: error: this sync must replace one side's collection with the other's, and there "
            + "is no terminal to ask which; run `recall sync --full-download` to take the server's collection or "
            + "`recall sync --full-upload` to send recall's; nothing was changed\n")
        #expect(try exported().isEmpty)

        let download = try recall.run(["sync", "--full-download"])
        #expect(download.status == 0, "\(download.error)")
        #expect(download.output == "Downloaded the collection from \(server.url.absoluteString): 7 cards added to 2 decks "
            + "(4 new, 1 learning, 2 in review), 5 past reviews.\n")
        let cards = try exported()
        #expect(cards.count == 7)
        #expect(cards.reduce(0) { $0 + (($1["reviews"] as? [Any])?.count ?? 0) } == 5)
        #expect(cards.filter { $0["isSuspended"] as? Bool == true }.count == 1)
        #expect(Set(cards.compactMap { $0["deck"] as? String }) == ["Geography::Capitals", "Words"])

        // The same states Anki's own FSRS gave those cards.
        let ankiCards = try #require(anki["cards"] as? [[String: Any]])
        let ankiStabilities = ankiCards.compactMap { $0["stability"] as? Double }.sorted()
        let recallStabilities = cards.compactMap { (($0["state"] as? [String: Any])?["memory"] as? [String: Any])?["stability"] as? Double }
            .sorted()
        #expect(ankiStabilities.count == 3)
        #expect(recallStabilities.count == ankiStabilities.count)
        for (ours, theirs) in zip(recallStabilities, ankiStabilities) {
            #expect(abs(ours - theirs) <= theirs * 0.001, "stability \(ours) in recall, \(theirs) in Anki")
        }

        // Exactly what importing Anki's own export of the collection stores.
        var importer = try RecallRunner()
        importer.now = recall.now
        defer { importer.cleanUp() }
        #expect(try importer.run(["import", package.path]).status == 0)
        #expect(try text(exported(importer)) == text(cards))

        let again = try recall.run(["sync"])
        #expect(again.output == "Already in sync with \(server.url.absoluteString).\n")
        let backups = try FileManager.default.contentsOfDirectory(atPath: recall.dataDirectory.appendingPathComponent("backups").path)
        #expect(backups.count == 1 && backups[0].hasPrefix("before-full-download-"))

        // A change in recall goes up in an incremental sync.
        #expect(try recall.run(["card", "suspend", "1"]).status == 0)
        let changed = try exported()
        let incremental = try recall.run(["sync"])
        #expect(incremental.status == 0, "\(incremental.error)")
        #expect(incremental.output == "Synced with \(server.url.absoluteString): received 0 reviews and 0 cards; sent "
            + "0 reviews and 1 card.\n")
        #expect(try text(exported()) == text(changed))
        let secondAnki = try peer("fetch", server, "second-anki")
        #expect((secondAnki["revlog"] as? [Any])?.count == 5)
        let suspended = try #require(secondAnki["cards"] as? [[String: Any]]).filter { $0["queue"] as? Int == -1 }
        #expect(suspended.count == 2)
    }

    /// Cards studied in recall go up in a full upload, and a fresh Anki downloads them with
    /// their reviews; Anki's Check Database finds nothing to fix.
    @Test func aFullUploadReachesAnkiWhoseCheckDatabaseFindsNothingToFix() throws {
        let server = try AnkiSyncServer()
        try recall.writeDeck("capitals.yaml", capitalsDeck)
        let study = try recall.run(["study"], input: "paris\n\nbaku\n\n:quit\n")
        #expect(study.status == 0, "\(study.error)")
        let cards = try exported()
        let reviews = cards.reduce(0) { $0 + (($1["reviews"] as? [Any])?.count ?? 0) }
        #expect(reviews == 2)
        try logIn(server)

        let upload = try recall.run(["sync", "--full-upload"])
        #expect(upload.status == 0, "\(upload.error)")
        #expect(upload.output == "Uploaded recall's collection to \(server.url.absoluteString): \(cards.count) cards and "
            + "2 reviews; other devices download it at their next sync.\n")
        #expect(try recall.run(["sync"]).output == "Already in sync with \(server.url.absoluteString).\n")

        let anki = try peer("fetch", server, "anki")
        #expect(anki["check_database_ok"] as? Bool == true, "\(anki["check_database"] ?? "")")
        let notes = try #require(anki["notes"] as? [[String: Any]])
        #expect(notes.count == cards.count)
        #expect(notes.contains { ($0["fields"] as? [String])?.first == "What is the capital of France?" })
        #expect((anki["revlog"] as? [Any])?.count == 2)
        let ankiCards = try #require(anki["cards"] as? [[String: Any]])
        #expect(ankiCards.filter { $0["stability"] as? Double != nil }.count == 2)
        #expect((anki["decks"] as? [String])?.contains("Capitals") == true)
        #expect(anki["fsrs"] as? Bool == true)
    }

    /// On a terminal: the user name asked, the password typed without echo, and the full sync
    /// asked for with what each side loses; cancelling changes nothing, "d" downloads.
    @Test func onATerminalThePasswordIsNotEchoedAndTheFullSyncIsAskedFor() throws {
        let server = try AnkiSyncServer()
        _ = try peer("seed", server, "anki")
        try recall.writeDeck("capitals.yaml", capitalsDeck)
        #expect(try recall.run(["study"], input: "paris\n\n:quit\n").status == 0)
        let terminal = ReadlineTerminalTests.Tmux()
        defer { terminal.stop() }
        try terminal.start(recall, ["sync", "login", "--server", server.url.absoluteString])
        try terminal.waitFor("User name:")
        try terminal.send(AnkiSyncServer.user, "Enter")
        try terminal.waitFor("Password for \(AnkiSyncServer.user) at \(server.url.absoluteString):")
        try terminal.send(AnkiSyncServer.password, "Enter")
        let login = try terminal.waitFor("EXITED-0")
        #expect(login.contains("Logged in to \(server.url.absoluteString) as \(AnkiSyncServer.user)."))
        #expect(!login.contains(AnkiSyncServer.password))
        terminal.stop()

        let before = try exported()
        let asking = ReadlineTerminalTests.Tmux()
        defer { asking.stop() }
        try asking.start(recall, ["sync"], width: 400)
        let question = try asking.waitFor("Download, upload or cancel? [d/u/C]")
        #expect(question.contains("download: the server's collection replaces recall's; recall loses its 3 cards and 1 review"))
        #expect(question.contains("upload: recall's 3 cards and 1 review replace the server's collection"))
        try asking.send("Enter")
        #expect(try asking.waitFor("EXITED-0").contains("Cancelled; nothing was changed."))
        #expect(try text(exported()) == text(before))
        asking.stop()

        let choosing = ReadlineTerminalTests.Tmux()
        defer { choosing.stop() }
        try choosing.start(recall, ["sync"], width: 400)
        try choosing.waitFor("Download, upload or cancel? [d/u/C]")
        try choosing.send("d", "Enter")
        #expect(try choosing.waitFor("EXITED-0").contains("Downloaded the collection from \(server.url.absoluteString): 7 cards"))
        #expect(try exported().count == 7)
    }

    /// A server that sends recall elsewhere with a permanent redirect, as AnkiWeb sends a client
    /// to the host of its collection: recall follows it, and keeps the new address.
    @Test func aServerThatMovesIsFollowedAndTheNewAddressKept() throws {
        let server = try AnkiSyncServer()
        _ = try peer("seed", server, "anki")
        try logIn(server)
        let redirector = try LoopbackServer(handler: """
            def do_POST(self):
                self.rfile.read(int(self.headers.get("Content-Length", 0)))
                self.send_response(308)
                self.send_header("Location", sys.argv[2])
                self.send_header("Content-Length", "0")
                self.end_headers()
            """, arguments: [server.url.absoluteString])
        defer { redirector.stop() }
        let old = redirector.url.absoluteString
        let key = try #require(try AnkiSyncLogin.load(from: recall.dataDirectory)).hostKey
        try AnkiSyncLogin(server: old, user: AnkiSyncServer.user, hostKey: key).save(in: recall.dataDirectory)

        let result = try recall.run(["sync", "--full-download"])
        #expect(result.status == 0, "\(result.error)")
        #expect(result.error.hasPrefix("The sync server has moved to \(server.url.absoluteString); recall syncs there from now on.\n"))
        #expect(result.output.hasPrefix("Downloaded the collection from \(server.url.absoluteString): 7 cards"))
        #expect(try AnkiSyncLogin.load(from: recall.dataDirectory)?.server == server.url.absoluteString)
        #expect(try recall.run(["sync"]).output == "Already in sync with \(server.url.absoluteString).\n")
    }

    @Test func aWrongPasswordIsRefusedAndNothingIsStored() throws {
        let server = try AnkiSyncServer()
        let result = try recall.run(["sync", "login", "--server", server.url.absoluteString, "--user", AnkiSyncServer.user],
                                    input: "not the password\n")
        #expect(result.status == 1)
        #expect(result.error == "recall: error: the sync server at \(server.url.absoluteString) refused that user name and "
            + "password; nothing was stored\n")
        #expect(!FileManager.default.fileExists(atPath: recall.dataDirectory.appendingPathComponent("sync-login.json").path))
    }

    /// A server that stopped after the login: a sentence, and recall's cards as they were.
    @Test func aServerThatIsDownChangesNothing() throws {
        let server = try AnkiSyncServer()
        try logIn(server)
        try recall.writeDeck("capitals.yaml", capitalsDeck)
        #expect(try recall.run(["study"], input: "paris\n\n:quit\n").status == 0)
        let before = try exported()
        server.stop()
        let result = try recall.run(["sync", "--full-download"])
        #expect(result.status == 1)
        #expect(result.error == "recall: error: the sync server at \(server.url.absoluteString) could not be reached: the "
            + "connection was refused (is the server running, and is the address right?); nothing was changed\n")
        #expect(try text(exported()) == text(before))
    }

    @Test func aClockFarFromTheServersIsRefusedAndNothingChanges() throws {
        let server = try AnkiSyncServer()
        try logIn(server)
        var late = recall
        late.now = ISO8601DateFormatter().string(from: Date().addingTimeInterval(-3600))
        let result = try late.run(["sync", "--full-download"])
        #expect(result.status == 1)
        #expect(result.error.hasPrefix("recall: error: this computer's clock is 60 minutes behind the sync server's"))
        #expect(try exported().isEmpty)
    }

    @Test func syncWithoutALoginSaysHowToLogInAndLogoutForgetsTheLogin() throws {
        let server = try AnkiSyncServer()
        let unknown = try recall.run(["sync"])
        #expect(unknown.error == "recall: error: recall is not logged in to a sync server; log in with `recall sync login` first\n")
        try logIn(server)
        #expect(try recall.run(["sync", "logout"]).output == "Logged out of \(server.url.absoluteString).\n")
        #expect(!FileManager.default.fileExists(atPath: recall.dataDirectory.appendingPathComponent("sync-login.json").path))
        #expect(try recall.run(["sync", "logout"]).output == "Not logged in to a sync server.\n")
    }
}
