import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Anki's own sync server (`python -m anki.syncserver`, from the `anki` package on PyPI) on a
/// free loopback port, with its data in a temporary folder, for the tests that sync. The Python
/// that has the package is named by `RECALL_ANKI_PYTHON` (`.ci/run` makes it in `.venv-ref`).
/// Without it the tests are skipped, except under CI, where they run and fail.
public final class AnkiSyncServer: @unchecked Sendable {
    public static let pythonVariable = "RECALL_ANKI_PYTHON"
    public static let user = "recall-test"
    public static let password = "correct horse"

    /// The Python with the `anki` package, if one is named.
    public static var python: String? {
        ProcessInfo.processInfo.environment[pythonVariable].flatMap { $0.isEmpty ? nil : $0 }
    }

    /// Whether the tests that need the server run: with a Python named, or under CI (to fail).
    public static var testsRun: Bool {
        python != nil || ProcessInfo.processInfo.environment["CI"].map { !$0.isEmpty } == true
    }

    public static let skipReason = "set \(pythonVariable) to a Python with the anki package "
        + "(python3 -m venv .venv-ref && .venv-ref/bin/pip install anki) to run the sync tests"

    public let url: URL
    public let folder: TemporaryDirectory
    private let process: Process
    private let log: URL

    /// Starts the server and waits until it says it listens. A port another test's server took
    /// between its choice and the bind makes the server exit: then another port is tried.
    public init() throws {
        guard let python = Self.python else { throw Failure("\(Self.pythonVariable) is not set; \(Self.skipReason)") }
        folder = try TemporaryDirectory("sync-server")
        log = folder.url.appendingPathComponent("server.log")
        var attempt = 0
        while true {
            attempt += 1
            let port = try Self.freePort()
            let process = try Self.launch(python: python, port: port, base: folder.url.appendingPathComponent("base"), log: log)
            if Self.waitUntilListening(process, log: log) {
                self.process = process
                url = URL(string: "http://127.0.0.1:\(port)/")!
                return
            }
            if process.isRunning { kill(process.processIdentifier, SIGKILL) }
            process.waitUntilExit()
            guard attempt < 3 else {
                throw Failure("the Anki sync server did not start: \((try? String(contentsOf: log, encoding: .utf8)) ?? "")")
            }
        }
    }

    private static func launch(python: String, port: UInt16, base: URL, log: URL) throws -> Process {
        FileManager.default.createFile(atPath: log.path, contents: nil)
        let process = Process()
        process.executableURL = URL(fileURLWithPath: python)
        process.arguments = ["-m", "anki.syncserver"]
        var environment = ProcessInfo.processInfo.environment
        environment["SYNC_USER1"] = "\(user):\(password)"
        environment["SYNC_BASE"] = base.path
        environment["SYNC_HOST"] = "127.0.0.1"
        environment["SYNC_PORT"] = String(port)
        // The line waited for ("listening") is logged at this level.
        environment["RUST_LOG"] = "anki=info"
        process.environment = environment
        let output = try FileHandle(forWritingTo: log)
        process.standardOutput = output
        process.standardError = output
        try process.run()
        return process
    }

    /// Whether `process` says it listens (in `log`) within a minute, still running.
    private static func waitUntilListening(_ process: Process, log: URL) -> Bool {
        let deadline = Date().addingTimeInterval(60)
        while process.isRunning, Date() < deadline {
            if let text = try? String(contentsOf: log, encoding: .utf8), text.contains("listening") { return true }
            usleep(100_000)
        }
        return false
    }

    deinit { stop() }

    public var serverLog: String { (try? String(contentsOf: log, encoding: .utf8)) ?? "" }

    /// Stops the server with SIGKILL: it keeps nothing the tests need (its folder goes with
    /// them), and a child of the test process may not get SIGTERM or SIGINT.
    public func stop() {
        guard process.isRunning else { return }
        kill(process.processIdentifier, SIGKILL)
        process.waitUntilExit()
    }

    public struct Failure: Error, CustomStringConvertible {
        public var description: String
        init(_ description: String) { self.description = description }
    }

    /// A loopback port nothing listens on now: one the system hands out, then closed.
    public static func freePort() throws -> UInt16 {
        let socket = Glibc.socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        guard socket >= 0 else { throw Failure("no socket") }
        defer { close(socket) }
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        address.sin_port = 0
        var length = socklen_t(MemoryLayout<sockaddr_in>.size)
        let bound = withUnsafeMutablePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { pointer in
                bind(socket, pointer, length) == 0 && getsockname(socket, pointer, &length) == 0
            }
        }
        guard bound else { throw Failure("no free port") }
        return UInt16(bigEndian: address.sin_port)
    }
}
