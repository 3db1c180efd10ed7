import Foundation

/// Medians and spreads of repeated measurements.
struct Measurements {
    var values: [Double] = []

    mutating func add(_ value: Double) { values.append(value) }

    var median: Double {
        let sorted = values.sorted()
        guard !sorted.isEmpty else { return .nan }
        return sorted.count % 2 == 1 ? sorted[sorted.count / 2]
            : (sorted[sorted.count / 2 - 1] + sorted[sorted.count / 2]) / 2
    }

    func line(_ name: String, unit: String, target: String) -> String {
        let sorted = values.sorted()
        return "\(name): median \(format(median)) \(unit) (min \(format(sorted.first ?? .nan)), max \(format(sorted.last ?? .nan)), n=\(values.count)); target \(target)"
    }

    private func format(_ value: Double) -> String { String(format: value < 10 ? "%.2f" : "%.1f", value) }
}

func monotonicSeconds() -> Double {
    var time = timespec()
    clock_gettime(CLOCK_MONOTONIC, &time)
    return Double(time.tv_sec) + Double(time.tv_nsec) / 1e9
}

/// CPU time of the whole process (user and system), all threads.
func processCPUSeconds() -> Double {
    var usage = rusage()
    getrusage(RUSAGE_SELF.rawValue, &usage)
    return Double(usage.ru_utime.tv_sec + usage.ru_stime.tv_sec) + Double(usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1e6
}

/// The `recall` binary built alongside this benchmark.
func recallBinary() -> URL {
    URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent().appendingPathComponent("recall")
}

/// A child process started with posix_spawn and reaped here with wait4, so its peak memory
/// can be read (Foundation's Process reaps children itself and loses their usage).
struct SpawnedProcess {
    let pid: pid_t
    /// Write end of its standard input, read end of its standard output.
    let input: Int32, output: Int32

    init(_ arguments: [String]) throws {
        var stdin: [Int32] = [0, 0], stdout: [Int32] = [0, 0]
        guard pipe(&stdin) == 0, pipe(&stdout) == 0 else { throw BenchmarkError("pipe failed") }
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_adddup2(&actions, stdin[0], 0)
        posix_spawn_file_actions_adddup2(&actions, stdout[1], 1)
        posix_spawn_file_actions_addopen(&actions, 2, "/dev/null", O_WRONLY, 0)
        for fd in stdin + stdout { posix_spawn_file_actions_addclose(&actions, fd) }
        var argv = arguments.map { strdup($0) } + [nil]
        defer { argv.forEach { free($0) } }
        var pid: pid_t = 0
        guard posix_spawn(&pid, argv[0]!, &actions, nil, &argv, environ) == 0 else {
            throw BenchmarkError("cannot start \(arguments[0])")
        }
        close(stdin[0])
        close(stdout[1])
        self.pid = pid
        input = stdin[1]
        output = stdout[0]
    }

    /// Closes its input, drains its output, waits for it: exit status and peak RSS in KB.
    func finish() -> (status: Int32, maxRSS: Int) {
        let usage = finishWithUsage()
        return (usage.status, usage.maxRSS)
    }

    /// As `finish`, with the processor time it took (user and system, all its threads).
    func finishWithUsage() -> (status: Int32, maxRSS: Int, cpuSeconds: Double) {
        close(input)
        var buffer = [UInt8](repeating: 0, count: 65_536)
        while read(output, &buffer, buffer.count) > 0 {}
        close(output)
        var status: Int32 = 0
        var usage = rusage()
        wait4(pid, &status, 0, &usage)
        let cpu = Double(usage.ru_utime.tv_sec + usage.ru_stime.tv_sec)
            + Double(usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1e6
        return (status, usage.ru_maxrss, cpu)
    }
}
