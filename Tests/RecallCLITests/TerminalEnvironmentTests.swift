import Foundation
import RecallCore
import Testing
@testable import RecallCLI

/// What recall reads from the environment about the person's terminal and locale.
struct TerminalEnvironmentTests {
    @Test(arguments: [
        (["LANG": "en_GB.UTF-8"], DateOrder.dayFirst),
        (["LANG": "de_DE.UTF-8"], .dayFirst),
        (["LANG": "en_US.UTF-8"], .monthFirst),
        (["LANG": "en_GB.UTF-8", "LC_TIME": "en_US.UTF-8"], .monthFirst),
        (["LANG": "en_US.UTF-8", "LC_ALL": "en_GB.UTF-8"], .dayFirst),
        (["LANG": "C.UTF-8"], nil),
        (["LANG": "POSIX"], nil),
        ([:], nil),
    ] as [([String: String], DateOrder?)])
    func theDateOrderComesFromTheLocale(environment: [String: String], order: DateOrder?) {
        #expect(DateOrder.fromLocale(environment: environment) == order)
    }

    @Test func columnsComesFirstAndAPipeHasNoWidth() throws {
        #expect(TerminalSize.columns(environment: ["COLUMNS": "60"]) == 60)
        var pipe: [Int32] = [0, 0]
        #expect(makePipe(&pipe) == 0)
        defer { close(pipe[0]); close(pipe[1]) }
        #expect(TerminalSize.columns(environment: [:], descriptor: pipe[1]) == nil)
        #expect(TerminalSize.columns(environment: ["COLUMNS": "none"], descriptor: pipe[1]) == nil)
    }
}

private func makePipe(_ fds: inout [Int32]) -> Int32 {
    fds.withUnsafeMutableBufferPointer { pipe($0.baseAddress!) }
}
