import Foundation
import RecallTestSupport

/// The first full download of a large collection (issue 11: no slower than Anki's own full
/// download of it on the same machine). A package Anki built (`--anki-package FILE`, e.g.
/// `tools/anki-benchmark.py build`: 100,000 notes, 865,000 reviews) is imported into a fresh
/// Anki collection and sent to Anki's own sync server on loopback by a full upload; then, in
/// turns, `recall sync --full-download` into a fresh data folder (logged in before) and Anki
/// taking the same collection into a fresh one through its Python library (login, sync, full
/// download; `tools/anki-benchmark.py download`), each timed as a whole process with its peak
/// memory. Needs `RECALL_ANKI_PYTHON`, a Python with the `anki` package.
struct SyncDownloadBenchmark {
    let runs: Int
    let ankiPackage: String?

    func run() throws {
        guard let python = AnkiSyncServer.python else {
            print("sync-download: skipped; set \(AnkiSyncServer.pythonVariable) to a Python with the anki package")
            return
        }
        guard let ankiPackage else {
            print("sync-download: skipped; name a package Anki built with --anki-package FILE (tools/anki-benchmark.py build)")
            return
        }
        let server = try AnkiSyncServer()
        defer { server.stop() }
        let tool = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("tools/anki-benchmark.py").path
        let login = ["--server", server.url.absoluteString, "--user", AnkiSyncServer.user, "--password", AnkiSyncServer.password]
        let (uploaded, _) = try SpawnedProcess([python, tool, "upload", ankiPackage] + login).finish()
        guard uploaded == 0 else { throw BenchmarkError("Anki's upload of \(ankiPackage) exited with status \(uploaded)") }

        var recallTimes = Measurements(), recallMemory = Measurements()
        var ankiTimes = Measurements(), ankiMemory = Measurements()
        for _ in 0..<max(3, runs) {
            let (seconds, kilobytes) = try recallOnce(server: server)
            recallTimes.add(seconds)
            recallMemory.add(Double(kilobytes) / 1024)
            let (ankiSeconds, ankiKilobytes) = try timed([python, tool, "download"] + login, what: "Anki's full download")
            ankiTimes.add(ankiSeconds)
            ankiMemory.add(Double(ankiKilobytes) / 1024)
        }
        let name = URL(fileURLWithPath: ankiPackage).lastPathComponent
        print(recallTimes.line("sync-download: `recall sync --full-download` of \(name), whole process", unit: "s",
                               target: "≤ Anki's"))
        print(recallMemory.line("sync-download: peak memory (max RSS) of recall's download", unit: "MB", target: "—"))
        print(ankiTimes.line("sync-download: Anki's full download of \(name) (Python, whole process)", unit: "s", target: "—"))
        print(ankiMemory.line("sync-download: peak memory (max RSS) of Anki's download", unit: "MB", target: "—"))
    }

    /// recall logged in with a fresh data folder, then its full download timed.
    private func recallOnce(server: AnkiSyncServer) throws -> (Double, Int) {
        let folder = try TemporaryDirectory("sync-download-benchmark")
        let data = folder.url.path
        let recall = recallBinary().path
        let login = try SpawnedProcess([recall, "sync", "login", "--server", server.url.absoluteString,
                                        "--user", AnkiSyncServer.user, "--data-dir", data])
        let password = Array((AnkiSyncServer.password + "\n").utf8)
        _ = password.withUnsafeBytes { write(login.input, $0.baseAddress, $0.count) }
        guard login.finish().status == 0 else { throw BenchmarkError("`recall sync login` failed") }
        return try timed([recall, "sync", "--full-download", "--data-dir", data], what: "`recall sync --full-download`")
    }

    private func timed(_ arguments: [String], what: String) throws -> (Double, Int) {
        let started = monotonicSeconds()
        let (status, maxRSS) = try SpawnedProcess(arguments).finish()
        let elapsed = monotonicSeconds() - started
        guard status == 0 else { throw BenchmarkError("\(what) exited with status \(status)") }
        return (elapsed, maxRSS)
    }
}
