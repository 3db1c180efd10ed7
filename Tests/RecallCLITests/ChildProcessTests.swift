import Foundation
import Testing

/// The runner of the end-to-end tests neither deadlocks nor waits forever.
struct ChildProcessTests {
    let shell = URL(fileURLWithPath: "/bin/sh")

    @Test func aChildFloodingStandardErrorBeforeItsOutputDoesNotDeadlock() throws {
        // 1 MB on standard error, far past a pipe's buffer, before a line on standard output.
        let result = try ChildProcess.run(
            shell, arguments: ["-c", "head -c 1000000 /dev/zero | tr '\\\\0' e >&2; echo done"], timeout: 60)
        #expect(result.status == 0)
        #expect(result.error.count == 1_000_000)
        #expect(String(decoding: result.output, as: UTF8.self) == "done\n")
    }

    @Test func aChildNotReadingItsLargeInputDoesNotBlockTheTest() throws {
        let input = Data(count: 1_000_000)
        let result = try ChildProcess.run(shell, arguments: ["-c", "echo ignored"], input: input, timeout: 60)
        #expect(String(decoding: result.output, as: UTF8.self) == "ignored\n")
    }

    @Test func aChildStillRunningAtTheDeadlineIsKilledAndReported() throws {
        let started = Date()
        let error = #expect(throws: ChildProcess.TimedOut.self) {
            try ChildProcess.run(self.shell, arguments: ["-c", "echo waiting >&2; exec sleep 60"], timeout: 3)
        }
        #expect(Date().timeIntervalSince(started) < 30, "not the 60 s of the child's sleep")
        #expect(error?.error == "waiting\n")
        #expect(error?.description.hasPrefix("sh -c echo waiting >&2; exec sleep 60 was still running after 3 s and was killed") == true)
    }

    @Test func recallWritingManyDiagnosticsFinishes() throws {
        let recall = try RecallRunner()
        defer { recall.cleanUp() }
        // 3,000 cards without an answer: well over 64 KB of errors on standard error.
        let cards = (1...3000).map { "  - q: Question number \($0) that has no answer at all?\n" }.joined()
        let deck = recall.decksDirectory.appendingPathComponent("broken.yaml")
        try ("deck: Broken\ncards:\n" + cards).write(to: deck, atomically: true, encoding: .utf8)
        let result = try recall.run(["deck", "check", deck.path], timeout: 120)
        #expect(result.status == 1)
        #expect(result.error.utf8.count > 65_536)
        #expect(result.output == "\(deck.path): 0 cards, 3,000 errors\n")
    }
}
