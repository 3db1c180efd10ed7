import Foundation
import RecallTestSupport

/// A day's reviews through an incremental sync with Anki's own server on loopback (issue 11:
/// 200 reviews in under 1 s): a collection seeded in Anki (tools/anki-sync-peer.py, 200 notes
/// in each of two decks besides its own) is downloaded by recall; Anki answers the 200 cards of
/// one deck and syncs, and `recall sync` brings them in; recall answers the 200 of the other
/// and `recall sync` sends them. Each `recall sync` is timed as a whole process. Needs
/// `RECALL_ANKI_PYTHON`, a Python with the `anki` package.
struct SyncBenchmark {
    let runs: Int
    static let reviews = 200

    func run() throws {
        guard let python = AnkiSyncServer.python else {
            print("sync: skipped; set \(AnkiSyncServer.pythonVariable) to a Python with the anki package")
            return
        }
        var receive = Measurements(), send = Measurements()
        for _ in 0..<max(1, min(runs, 5)) {
            let (received, sent) = try once(python: python)
            receive.add(received * 1000)
            send.add(sent * 1000)
        }
        print(receive.line("sync: `recall sync` receiving \(Self.reviews) reviews made in Anki, whole process", unit: "ms",
                           target: "< 1000 ms"))
        print(send.line("sync: `recall sync` sending \(Self.reviews) reviews made in recall, whole process", unit: "ms",
                        target: "< 1000 ms"))
    }

    /// One round: the seconds of the receiving and of the sending sync.
    private func once(python: String) throws -> (Double, Double) {
        let server = try AnkiSyncServer()
        defer { server.stop() }
        let folder = try TemporaryDirectory("sync-benchmark")
        let data = folder.url.appendingPathComponent("recall").path
        let anki = folder.url.appendingPathComponent("anki").path
        let login = ["--server", server.url.absoluteString, "--user", AnkiSyncServer.user, "--password", AnkiSyncServer.password]
        let tool = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("tools/anki-sync-peer.py").path
        try launch(python, [tool, "seed", anki, "--bulk", String(Self.reviews)] + login)
        let recall = recallBinary().path
        try launch(recall, ["sync", "login", "--server", server.url.absoluteString, "--user", AnkiSyncServer.user,
                            "--data-dir", data], input: AnkiSyncServer.password + "\n")
        try launch(recall, ["sync", "--full-download", "--data-dir", data])
        try launch(python, [tool, "sync", anki, "--answer-deck", "Bulk A:3"] + login)
        let received = try timed([recall, "sync", "--data-dir", data])
        for setting in [["imported-mode", "reveal"], ["new-per-day", "9999"]] {
            try launch(recall, ["config", "set"] + setting + ["--data-dir", data])
        }
        try launch(recall, ["study", "Bulk B", "--data-dir", data],
                   input: String(repeating: "\n4\n", count: Self.reviews) + ":quit\n")
        let sent = try timed([recall, "sync", "--data-dir", data])
        return (received, sent)
    }

    /// Runs a process to its end; a failure is an error with what it said.
    private func launch(_ executable: String, _ arguments: [String], input: String = "") throws {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: executable)
        process.arguments = arguments
        let stdin = Pipe(), stderr = Pipe()
        process.standardInput = stdin
        process.standardOutput = FileHandle.nullDevice
        process.standardError = stderr
        try process.run()
        stdin.fileHandleForWriting.write(Data(input.utf8))
        try stdin.fileHandleForWriting.close()
        let said = stderr.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        guard process.terminationStatus == 0 else {
            throw BenchmarkError("\(arguments.first ?? executable) failed: \(String(decoding: said, as: UTF8.self))")
        }
    }

    private func timed(_ arguments: [String]) throws -> Double {
        let started = monotonicSeconds()
        let (status, _) = try SpawnedProcess(arguments).finish()
        guard status == 0 else { throw BenchmarkError("`recall sync` exited with status \(status)") }
        return monotonicSeconds() - started
    }
}
