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

        /// Runs a tmux client through the shell with popen/pclose, which wait for exactly that
        /// client. (The server that `new-session` forks keeps running; its output goes nowhere.)
        @discardableResult
        func tmux(_ arguments: [String], discardOutput: Bool = false) throws -> String {
            let command = (["tmux", "-L", socket] + arguments).map(Self.quote).joined(separator: " ")
                + (discardOutput ? " >/dev/null 2>&1" : " 2>/dev/null")
            guard let pipe = popen(command, "r") else { throw CocoaError(.fileReadUnknown) }
            var output = Data()
            var buffer = [UInt8](repeating: 0, count: 4096)
            while true {
                let count = fread(&buffer, 1, buffer.count, pipe)
                if count <= 0 { break }
                output.append(contentsOf: buffer[0..<count])
            }
            pclose(pipe)
            return String(decoding: output, as: UTF8.self)
        }

        static func quote(_ word: String) -> String {
            "'" + word.replacingOccurrences(of: "'", with: "'\\''") + "'"
        }

        func start(_ command: [String], environment: [String: String] = [:], width: Int = 150) throws {
            let quoted = command.map(Self.quote).joined(separator: " ")
            let variables = environment.map { Self.quote("\($0.key)=\($0.value)") }.sorted().joined(separator: " ")
            try tmux(["new-session", "-d", "-s", session, "-x", "\(width)", "-y", "50",
                      "env -u COLUMNS TERM=xterm-256color \(variables) \(quoted); echo EXITED-$?; sleep 30"], discardOutput: true)
        }

        /// Runs recall with `command` on `recall`'s folders, its history under `recall`'s root.
        func start(_ recall: RecallRunner, _ command: [String], width: Int = 150) throws {
            try start([RecallRunner.binary.path] + recall.arguments(command),
                      environment: ["XDG_STATE_HOME": recall.root.appendingPathComponent("state").path], width: width)
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
        try terminal.start(recall, ["study"])
        try terminal.waitFor("What is the capital of France?\n›")

        // Tab completes a command.
        try terminal.send(":he", "Tab")
        try terminal.waitFor("› :help")
        try terminal.send("Enter")
        try terminal.waitFor("list these commands")

        // Ctrl-C cancels the line being typed; nothing is answered.
        try terminal.send("Lyon")
        try terminal.waitFor("› Lyon")
        try terminal.send("C-c")
        try terminal.waitFor("› Lyon^C")

        // Line editing: type, move left, fix, answer.
        try terminal.send("pars", "Left", "i", "Enter")
        try terminal.waitFor("Correct. Paris")
        try terminal.send("Enter")
        try terminal.waitFor("Next in")

        // History: the Up arrow brings back the last command; answers are not kept.
        try terminal.waitFor("What is the capital of Azerbaijan?")
        try terminal.send("Up")
        try terminal.waitFor("› :help")
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
        let history = try String(contentsOf: recall.root.appendingPathComponent("state/recall/history"), encoding: .utf8)
        #expect(history.contains(":help"))
        #expect(!history.contains("paris") && !history.contains("baku") && !history.contains("Lyon"), "\(history)")
    }

    @Test func aNarrowTerminalGetsLinesWrappedAtWords() throws {
        let recall = try RecallRunner()
        defer { recall.cleanUp() }
        try recall.writeDeck("trade.yaml", """
        deck: Trade
        cards:
          - q: What value did bilateral trade between Azerbaijan and Israel reach in 2024?
            a: $1.75 billion
        """)
        let terminal = Tmux()
        defer { terminal.stop() }
        try terminal.start(recall, ["study"], width: 40)
        // The width comes from the terminal itself (COLUMNS is unset).
        let screen = try terminal.waitFor("Azerbaijan and Israel reach in 2024?\n›")
        #expect(screen.contains("What value did bilateral trade between\nAzerbaijan and Israel reach in 2024?"))
        try terminal.send("C-d")
        try terminal.waitFor("EXITED-0")
    }

    @Test func tabCompletesTheKindWhenAddingACard() throws {
        let recall = try RecallRunner()
        defer { recall.cleanUp() }
        try recall.writeDeck("planets.yaml", "deck: Planets\ncards: []\n")
        let file = recall.decksDirectory.appendingPathComponent("planets.yaml").path
        let terminal = Tmux()
        defer { terminal.stop() }
        try terminal.start(recall, ["add", file])
        try terminal.waitFor("[basic]:")
        try terminal.send("mu", "Tab")
        try terminal.waitFor("[basic]: multiple-choice")
        try terminal.send("Enter")
        try terminal.waitFor("Question:")
        try terminal.send("C-d")
        try terminal.waitFor("EXITED-1")
    }
}

/// What a person sees on a terminal when stopping at the rating prompt, or asking for HTML there.
@Suite(.serialized)
struct TerminalOutputTests {
    @Test func ctrlDAtTheRatingPromptKeepsTheAnswerAndSaysSo() throws {
        let recall = try RecallRunner()
        defer { recall.cleanUp() }
        try recall.writeDeck("capitals.yaml", capitalsDeck)
        let terminal = ReadlineTerminalTests.Tmux()
        defer { terminal.stop() }
        try terminal.start(recall, ["study"])
        try terminal.waitFor("What is the capital of France?\n›")
        try terminal.send("paris", "Enter")
        try terminal.waitFor("rate ›")
        try terminal.send("C-d")
        let screen = try terminal.waitFor("EXITED-0")
        #expect(screen.contains("Rated good, as proposed, before stopping; next in 10m."))
        #expect(screen.contains("Cards reviewed: 1   Right: 1 (100%)"))
        #expect(try recall.cardInfo("france")["reps"] as? Int == 1)
    }

    @Test func anHTMLReportIsNeverDumpedOnATerminal() throws {
        let recall = try RecallRunner()
        defer { recall.cleanUp() }
        let terminal = ReadlineTerminalTests.Tmux()
        defer { terminal.stop() }
        try terminal.start(recall, ["report", "-o", "-"])
        let screen = try terminal.waitFor("EXITED-64")
        #expect(screen.contains("recall: error: an HTML report is a page for a browser: leave out -o to write it to a file, or send standard output to one"))
        #expect(!screen.contains("<html"))
    }
}
