import Foundation

/// Runs a program to the end for a test without ever hanging the test run: standard input is
/// written, and standard output and error are read, each on its own thread (a child that
/// fills one pipe while the test waits on the other would block forever), and a child still
/// running at the deadline is killed and reported.
enum ChildProcess {
    struct Result {
        var status: Int32
        var output: Data
        var error: Data
    }

    struct TimedOut: Error, CustomStringConvertible {
        var command: [String]
        var seconds: TimeInterval
        var output: String
        var error: String

        var description: String {
            "\(command.joined(separator: " ")) was still running after \(Int(seconds)) s and was killed; "
                + "it had written \(output.utf8.count) bytes of output and \(error.utf8.count) of errors, ending: "
                + String(error.suffix(300))
        }
    }

    /// Bytes collected on one thread and read on another.
    private final class Collected: @unchecked Sendable {
        private let lock = NSLock()
        private var data = Data()
        func append(_ chunk: Data) { lock.withLock { data.append(chunk) } }
        var value: Data { lock.withLock { data } }
    }

    static func run(
        _ executable: URL, arguments: [String], input: Data = Data(), environment: [String: String]? = nil,
        directory: URL? = nil, timeout: TimeInterval = 120
    ) throws -> Result {
        let process = Process()
        process.executableURL = executable
        process.currentDirectoryURL = directory
        process.arguments = arguments
        if let environment { process.environment = environment }
        let stdin = Pipe(), stdout = Pipe(), stderr = Pipe()
        process.standardInput = stdin
        process.standardOutput = stdout
        process.standardError = stderr
        try process.run()

        let output = Collected(), error = Collected()
        let group = DispatchGroup()
        for (pipe, collected) in [(stdout, output), (stderr, error)] {
            let handle = pipe.fileHandleForReading
            DispatchQueue.global().async(group: group) {
                while true {
                    let chunk = handle.availableData
                    if chunk.isEmpty { break }
                    collected.append(chunk)
                }
            }
        }
        let writer = stdin.fileHandleForWriting
        // A child that exits before reading its input must not kill the test run with SIGPIPE.
        signal(SIGPIPE, SIG_IGN)
        DispatchQueue.global().async {
            // A child that exits without reading all of it closes the pipe: not an error here.
            try? writer.write(contentsOf: input)
            try? writer.close()
        }

        if group.wait(timeout: .now() + timeout) == .timedOut {
            kill(process.processIdentifier, SIGKILL)
            // Not waited for past a moment: a grandchild still holding the pipes open keeps
            // Foundation from seeing the exit (and the readers from ending) until it ends too.
            for _ in 0..<20 where process.isRunning { usleep(100_000) }
            // The readers may not have run yet on a loaded machine: what the child wrote before
            // it was killed is still in the pipes, so give them a moment to take it.
            _ = group.wait(timeout: .now() + 5)
            throw TimedOut(
                command: [executable.lastPathComponent] + arguments, seconds: timeout,
                output: String(decoding: output.value, as: UTF8.self), error: String(decoding: error.value, as: UTF8.self))
        }
        process.waitUntilExit()
        return Result(status: process.terminationStatus, output: output.value, error: error.value)
    }

    /// Kills `process` unless `cancel` is called on the result within `seconds`, for tests
    /// that talk to a running child themselves.
    static func watchdog(_ process: Process, seconds: TimeInterval) -> DispatchWorkItem {
        let pid = process.processIdentifier
        let item = DispatchWorkItem { kill(pid, SIGKILL) }
        DispatchQueue.global().asyncAfter(deadline: .now() + seconds, execute: item)
        return item
    }
}
