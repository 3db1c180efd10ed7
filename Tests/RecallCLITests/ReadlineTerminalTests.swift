import Foundation
import Testing
import RecallStore

/// Drives the readline REPL on a real pseudo-terminal through tmux, as a person would: typing,
/// Tab completion, Ctrl-C, history with the Up arrow, Ctrl-D.
@Suite(.serialized)
struct ReadlineTerminalTests {
    final class Tmux {
        let socket = "recall-test-\(UUID().uuidString.prefix(8))"
        let session = "study"

        @discardableResult
        func tmux(_ arguments: [String]) throws -> String {
            let process = Process()
            process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
            process.arguments = ["tmux", "-L", socket] + arguments
            let out = Pipe()
            process.standardOutput = out
            process.standardError = FileHandle.nullDevice
            try process.run()
            let data = out.fileHandleForReading.readDataToEndOfFile()
            process.waitUntilExit()
            return String(decoding: data, as: UTF8.self)
        }

        func start(_ command: [String]) throws {
            let quoted = command.map { "'" + $0.replacingOccurrences(of: "'", with: "'\\''") + "'" }.joined(separator: " ")
            try tmux(["new-session", "-d", "-s", session, "-x", "150", "-y", "50",
                      "env TERM=xterm-256color \(quoted); echo EXITED-$?; sleep 30"])
        }

        func send(_ keys: String...) throws { try tmux(["send-keys", "-t", session] + keys) }

        func screen() throws -> String { try tmux(["capture-pane", "-p", "-t", session, "-S", "-200"]) }

        /// Waits until the screen shows `text` (at least `count` times).
        @discardableResult
        func waitFor(_ text: String, count: Int = 1, timeout: TimeInterval = 20) throws -> String {
            let deadline = Date().addingTimeInterval(timeout)
            var last = ""
            while Date() < deadline {
                last = try screen()
                if last.components(separatedBy: text).count - 1 >= count { return last }
                usleep(50_000)
            }
            Issue.record("timed out waiting for “\(text)”; the screen shows:\n\(last)")
            return last
        }

        func stop() { _ = try? tmux(["kill-server"]) }
    }

    @Test func theReplEditsCompletesCancelsAndRemembersLikeReadline() throws {
        let recall = try RecallRunner()
        defer { recall.cleanUp() }
        try recall.writeDeck("capitals.yaml", capitalsDeck)
        let terminal = Tmux()
        defer { terminal.stop() }
        try terminal.start([RecallRunner.binary.path] + recall.arguments(["study"]))
        try terminal.waitFor("What is the capital of France?")
        try terminal.waitFor("› ")

        // Tab completes a command.
        try terminal.send(":he", "Tab")
        try terminal.waitFor("› :help")
        try terminal.send("Enter")
        try terminal.waitFor("list these commands")

        // Ctrl-C cancels the line being typed; nothing is answered.
        try terminal.send("Lyon")
        try terminal.waitFor("› Lyon")
        try terminal.send("C-c")
        try terminal.waitFor("^C")

        // Line editing: type, move left, fix, answer.
        try terminal.send("pars", "Left", "Left", "i", "Enter")
        try terminal.waitFor("Correct. Paris")
        try terminal.send("Enter")
        try terminal.waitFor("Next in")

        // History: the Up arrow brings back the last answer typed.
        try terminal.waitFor("What is the capital of Azerbaijan?")
        try terminal.send("Up")
        try terminal.waitFor("› paris")
        try terminal.send("C-u", "baku", "Enter")
        try terminal.waitFor("Correct. Baku")
        try terminal.send("3", "Enter")
        try terminal.waitFor("Next in", count: 2)

        // Ctrl-D ends the session with its summary.
        try terminal.waitFor("What is the capital of Australia?")
        try terminal.send("C-d")
        let screen = try terminal.waitFor("EXITED-0")
        #expect(screen.contains("Cards reviewed: 2   Right: 2 (100%)"))

        let database = try AppDatabase.open(directory: recall.dataDirectory)
        #expect(try database.reviewCount() == 2)
        let history = try String(contentsOf: recall.dataDirectory.appendingPathComponent("history"), encoding: .utf8)
        #expect(history.contains("paris") && history.contains(":help"))
        #expect(!history.contains("Lyon"))
    }
}
