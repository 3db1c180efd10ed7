import Foundation
import RecallTestSupport
import Testing

/// Incremental syncs whose connection drops part-way (issue 11): recall's side stays as it
/// was, the server's either as it was or as the sync leaves it, and the next sync completes.
extension SyncEndToEndTests {
    /// A small HTTP server in Python on a free loopback port: `handler` is the body of a
    /// `BaseHTTPRequestHandler` subclass's methods (messages are not logged), and `arguments`
    /// are its `sys.argv[2...]`.
    final class LoopbackServer {
        let url: URL
        private let process: Process

        init(handler: String, arguments: [String]) throws {
            let python = try #require(AnkiSyncServer.python)
            let port = try AnkiSyncServer.freePort()
            let methods = handler.split(separator: "\n", omittingEmptySubsequences: false).map { "    " + $0 }
            process = Process()
            process.executableURL = URL(fileURLWithPath: python)
            process.arguments = ["-c", (["import http.server, os, socket, sys, time, urllib.error, urllib.request",
                                         "class Handler(http.server.BaseHTTPRequestHandler):",
                                         "    def log_message(self, *args):", "        pass"] + methods + [
                "listener = http.server.ThreadingHTTPServer((\"127.0.0.1\", int(sys.argv[1])), Handler)",
                "print(\"ready\", flush=True)", "listener.serve_forever()",
            ]).joined(separator: "\n"), String(port)] + arguments
            let ready = Pipe()
            process.standardOutput = ready
            try process.run()
            _ = ready.fileHandleForReading.availableData
            url = URL(string: "http://127.0.0.1:\(port)/")!
        }

        func stop() {
            // SIGKILL: a child of the test process may not get SIGTERM.
            kill(process.processIdentifier, SIGKILL)
            process.waitUntilExit()
        }
    }

    /// A proxy in front of Anki's server that drops the connection on the method a file names:
    /// `METHOD before` drops the request unsent, `METHOD after` sends it and drops the answer,
    /// `METHOD hang` holds the request unsent for a minute (and makes the file `….seen`).
    final class DroppingProxy {
        let rule: URL
        let server: LoopbackServer
        var url: URL { server.url }

        init(to target: URL, folder: URL) throws {
            rule = folder.appendingPathComponent("drop-rule")
            server = try LoopbackServer(handler: """
                def drop(self):
                    self.connection.shutdown(socket.SHUT_RDWR)
                    self.close_connection = True
                def do_POST(self):
                    target, rule = sys.argv[2], sys.argv[3]
                    body = self.rfile.read(int(self.headers.get("Content-Length", 0)))
                    method = self.path.rsplit("/", 1)[-1]
                    wanted = open(rule).read().split() if os.path.exists(rule) else []
                    if wanted == [method, "before"]:
                        return self.drop()
                    if wanted == [method, "hang"]:
                        open(rule + ".seen", "w").close()
                        time.sleep(60)
                        return self.drop()
                    request = urllib.request.Request(target + self.path.lstrip("/"), data=body, method="POST")
                    for name in ("anki-sync", "Content-Type"):
                        if self.headers.get(name) is not None:
                            request.add_header(name, self.headers[name])
                    try:
                        answer = urllib.request.urlopen(request)
                    except urllib.error.HTTPError as error:
                        answer = error
                    data = answer.read()
                    if wanted == [method, "after"]:
                        return self.drop()
                    self.send_response(answer.status)
                    for name in ("anki-original-size", "Content-Type", "Location"):
                        if answer.headers.get(name) is not None:
                            self.send_header(name, answer.headers[name])
                    self.send_header("Content-Length", str(len(data)))
                    self.end_headers()
                    self.wfile.write(data)
                """, arguments: [target.absoluteString, rule.path])
        }

        /// Drops the connection on `method`, `when` "before" or "after" the server has it, or
        /// holds it ("hang"); nil lets everything through.
        func drop(_ method: String?, _ when: String = "before") throws {
            guard let method else {
                try? FileManager.default.removeItem(at: rule)
                return
            }
            try "\(method) \(when)".write(to: rule, atomically: true, encoding: .utf8)
        }

        func stop() { server.stop() }
    }

    /// Anki seeds and uploads; recall downloads through `proxy`; Anki answers a card and syncs,
    /// recall answers two. recall's cards then.
    func answeredOnBothSides(_ server: AnkiSyncServer, through proxy: DroppingProxy) throws -> [[String: Any]] {
        let seeded = try peer("seed", server, "anki")
        let login = try recall.run(["sync", "login", "--server", proxy.url.absoluteString, "--user", AnkiSyncServer.user],
                                   input: AnkiSyncServer.password + "\n")
        try #require(login.status == 0, "login failed: \(login.error)")
        #expect(try recall.run(["sync", "--full-download"]).status == 0)
        let cards = try #require(seeded["cards"] as? [[String: Any]])
        let answered = try #require(cards.first { $0["deck"] as? String == "Geography::Capitals" }?["id"] as? Int)
        #expect(try peer("sync", server, "anki", ["--answer", "\(answered):3"])["sync"] as? String == "incremental")
        #expect(try recall.run(["config", "set", "imported-mode", "reveal"]).status == 0)
        #expect(try recall.run(["study", "Words"], input: "\n3\n\n3\n:quit\n").output.contains("Cards reviewed: 2"))
        return try exported()
    }

    /// Anki answers a card and recall two; recall's sync loses its connection before the server
    /// checks the counts (the server drops what it took), then after the server ended the sync
    /// (the server has it all, recall nothing). Each time recall is as it was; the next sync
    /// completes, and both sides hold every answer once.
    @Test func aConnectionDroppedMidSyncLeavesRecallAsItWasAndTheNextSyncCompletes() throws {
        let server = try AnkiSyncServer()
        let proxy = try DroppingProxy(to: server.url, folder: folder.url)
        defer { proxy.stop() }
        let before = try answeredOnBothSides(server, through: proxy)

        try proxy.drop("sanityCheck2")
        let lost = try recall.run(["sync"])
        #expect(lost.status == 1)
        #expect(lost.error == "recall: error: the sync server at \(proxy.url.absoluteString) could not be reached: the "
            + "connection was closed before any answer came; nothing was changed\n")
        #expect(try text(exported()) == text(before))
        #expect((try peer("fetch", server, "after-lost-check")["revlog"] as? [Any])?.count == 6)

        try proxy.drop("finish", "after")
        let unconfirmed = try recall.run(["sync"])
        #expect(unconfirmed.status == 1)
        #expect(unconfirmed.error == "recall: error: the connection to \(proxy.url.absoluteString) was lost while it "
            + "ended the sync, so the server may hold the sync's changes while recall does not yet; recall is as it "
            + "was, and the next `recall sync` brings both sides together\n")
        #expect(try text(exported()) == text(before))
        #expect((try peer("fetch", server, "after-lost-finish")["revlog"] as? [Any])?.count == 8)

        try proxy.drop(nil)
        let completed = try recall.run(["sync"])
        #expect(completed.status == 0, "\(completed.error)")
        #expect(try recall.run(["sync"]).output == "Already in sync with \(proxy.url.absoluteString).\n")
        let synced = try exported()
        #expect(synced.reduce(0) { $0 + reviewCount($1) } == before.reduce(0) { $0 + reviewCount($1) } + 1)
        let anki = try peer("sync", server, "anki")
        #expect(anki["check_database_ok"] as? Bool == true, "\(anki["check_database"] ?? "")")
        #expect((anki["revlog"] as? [Any])?.count == 8)
    }

    /// recall killed (SIGKILL) while the server has its changes but has not checked the counts:
    /// recall is as it was, and the next sync completes, each answer once on both sides.
    @Test func aSyncKilledPartWayLeavesRecallAsItWasAndTheNextSyncCompletes() throws {
        let server = try AnkiSyncServer()
        let proxy = try DroppingProxy(to: server.url, folder: folder.url)
        defer { proxy.stop() }
        let before = try answeredOnBothSides(server, through: proxy)

        try proxy.drop("sanityCheck2", "hang")
        let sync = Process()
        sync.executableURL = RecallRunner.binary
        sync.arguments = recall.arguments(["sync"])
        sync.standardInput = FileHandle.nullDevice
        sync.standardOutput = FileHandle.nullDevice
        sync.standardError = FileHandle.nullDevice
        try sync.run()
        let seen = proxy.rule.appendingPathExtension("seen")
        let deadline = Date().addingTimeInterval(30)
        while !FileManager.default.fileExists(atPath: seen.path), Date() < deadline { usleep(20_000) }
        #expect(FileManager.default.fileExists(atPath: seen.path))
        kill(sync.processIdentifier, SIGKILL)
        sync.waitUntilExit()
        #expect(sync.terminationReason == .uncaughtSignal)
        #expect(try text(exported()) == text(before))

        try proxy.drop(nil)
        let completed = try recall.run(["sync"])
        #expect(completed.status == 0, "\(completed.error)")
        #expect(completed.output == "Synced with \(proxy.url.absoluteString): received 1 review and 1 card; sent 2 reviews "
            + "and 2 cards.\n")
        let anki = try peer("sync", server, "anki")
        #expect(anki["check_database_ok"] as? Bool == true, "\(anki["check_database"] ?? "")")
        #expect((anki["revlog"] as? [Any])?.count == 8)
    }
}
