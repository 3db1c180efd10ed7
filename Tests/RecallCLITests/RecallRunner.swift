import Foundation
import Testing

/// Runs the built `recall` binary on a private data directory and a private decks folder.
struct RecallRunner {
    let root: URL
    var dataDirectory: URL { root.appendingPathComponent("data") }
    var decksDirectory: URL { root.appendingPathComponent("decks") }
    /// The fixed start of the clock for every run (time still passes during a run).
    var now = "2025-04-20T09:00:00Z"

    init() throws {
        root = FileManager.default.temporaryDirectory.appendingPathComponent("recall-e2e-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: decksDirectory, withIntermediateDirectories: true)
    }

    func cleanUp() { try? FileManager.default.removeItem(at: root) }

    static var binary: URL {
        let here = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent()
        for candidate in [here, here.deletingLastPathComponent()] {
            let url = candidate.appendingPathComponent("recall")
            if FileManager.default.isExecutableFile(atPath: url.path) { return url }
        }
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent()
        return root.appendingPathComponent(".build/debug/recall")
    }

    func writeDeck(_ name: String, _ text: String) throws {
        try text.write(to: decksDirectory.appendingPathComponent(name), atomically: true, encoding: .utf8)
    }

    /// The arguments that point recall at this runner's folders and clock.
    func arguments(_ command: [String], ownDataDirectory: Bool = true) -> [String] {
        return command + (ownDataDirectory ? ["--data-dir", dataDirectory.path] : []) + ["--now", now, "--seed", "7"]
            + (command.first == "study" ? ["--decks", decksDirectory.path] : [])
    }

    struct Result {
        var status: Int32
        var output: String
        var error: String
    }

    /// Runs recall to the end with `input` on standard input; a run past `timeout` seconds
    /// is killed and thrown as `ChildProcess.TimedOut`.
    func run(
        _ command: [String], input: String = "", environment: [String: String] = [:], ownDataDirectory: Bool = true,
        in directory: URL? = nil, timeout: TimeInterval = 120
    ) throws -> Result {
        var env = ProcessInfo.processInfo.environment
        env["NO_COLOR"] = "1"
        env["COLUMNS"] = nil  // no wrapping unless a test asks for a width
        for (key, value) in environment { env[key] = value }
        let result = try ChildProcess.run(
            Self.binary, arguments: arguments(command, ownDataDirectory: ownDataDirectory), input: Data(input.utf8),
            environment: env, directory: directory, timeout: timeout)
        return Result(status: result.status, output: String(decoding: result.output, as: UTF8.self),
                      error: String(decoding: result.error, as: UTF8.self))
    }

    /// `recall card info KEY --json`, decoded.
    func cardInfo(_ key: String) throws -> [String: Any] {
        let result = try run(["card", "info", key, "--json"])
        #expect(result.status == 0, "card info failed: \(result.error)")
        return try JSONSerialization.jsonObject(with: Data(result.output.utf8)) as? [String: Any] ?? [:]
    }
}

let capitalsDeck = """
deck: Capitals
cards:
  - q: What is the capital of France?
    a: Paris
    id: france
  - q: What is the capital of Azerbaijan?
    a: Baku
    id: azerbaijan
  - q: What is the capital of Australia?
    a: Canberra
    id: australia
"""
