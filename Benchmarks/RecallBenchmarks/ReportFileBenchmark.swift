import Foundation
import RecallCore
import RecallStore

/// The HTML report of a large collection, end to end: in process (reading and folding the
/// collection into the figures, then rendering and writing the file) and as a whole
/// `recall report --format html` process: wall time, peak memory (from `wait4`) and processor
/// time, medians. The collection is the synthetic one of 100,000 cards and 1,000,000 reviews, or
/// with `--anki-package FILE` that package imported by `recall import` (once, into a folder kept
/// in the temporary directory beside the package's name and size).
struct ReportFileBenchmark {
    var runs: Int
    var ankiPackage: String?

    func run() throws {
        let data: URL, name: String
        if let ankiPackage {
            data = try Self.imported(URL(fileURLWithPath: ankiPackage))
            name = URL(fileURLWithPath: ankiPackage).lastPathComponent + " imported"
        } else {
            data = try SyntheticCollection.directory(cards: 100_000, reviews: 1_000_000)
            name = "100k cards, 1M reviews"
        }
        let output = FileManager.default.temporaryDirectory.appendingPathComponent("recall-bench-report.html")
        // The processes first: a child's peak memory (`ru_maxrss`) starts from this process's
        // own peak when it is spawned, which the report in process would raise to its own.
        // (So the synthetic collection is best built by a run before the one that counts.)
        var times = Measurements(), memory = Measurements(), processor = Measurements()
        _ = try reportOnce(data: data, output: output)  // warm the page cache
        for _ in 0..<max(runs, 3) {
            let (seconds, kilobytes, cpuSeconds) = try reportOnce(data: data, output: output)
            times.add(seconds * 1000)
            memory.add(Double(kilobytes) / 1024)
            processor.add(cpuSeconds * 1000)
        }
        print(times.line("report: `recall report --format html` of \(name), whole process", unit: "ms", target: "≤ 250 ms"))
        print(memory.line("report: peak memory (max RSS) of that process", unit: "MB", target: "≤ 100 MB"))
        print(processor.line("report: processor time of that process (user + system)", unit: "ms", target: "—"))
        try inProcess(data: data, output: output, name: name)
    }

    /// Reading and folding the collection, then rendering and writing, in this process.
    private func inProcess(data: URL, output: URL, name: String) throws {
        let database = try AppDatabase.open(directory: data, access: .readOnlyWhenNotWritable)
        let scope = ReportScope(now: Date(), calendar: StudyCalendar(timeZone: .current))
        var read = Measurements(), render = Measurements(), total = Measurements()
        for _ in 0..<runs {
            let t0 = monotonicSeconds()
            let report = try database.report(scope)
            let t1 = monotonicSeconds()
            try Data(HTMLReportRenderer().render(report).utf8).write(to: output)
            let t2 = monotonicSeconds()
            read.add((t1 - t0) * 1000)
            render.add((t2 - t1) * 1000)
            total.add((t2 - t0) * 1000)
        }
        print(read.line("report: read and fold the collection (\(name))", unit: "ms", target: "—"))
        print(render.line("report: render and write HTML", unit: "ms", target: "—"))
        print(total.line("report: HTML report, in process", unit: "ms", target: "—"))
    }

    /// One `recall report --format html` process: wall seconds, peak RSS in KB, processor seconds.
    private func reportOnce(data: URL, output: URL) throws -> (Double, Int, Double) {
        let started = monotonicSeconds()
        let child = try SpawnedProcess(
            [recallBinary().path, "report", "--format", "html", "-o", output.path, "--data-dir", data.path])
        let (status, maxRSS, cpuSeconds) = child.finishWithUsage()
        let elapsed = monotonicSeconds() - started
        guard status == 0 else { throw BenchmarkError("recall report exited with status \(status)") }
        return (elapsed, maxRSS, cpuSeconds)
    }

    /// The collection `recall import` makes of `package`, imported once and kept.
    static func imported(_ package: URL) throws -> URL {
        let size = (try FileManager.default.attributesOfItem(atPath: package.path)[.size] as? Int) ?? 0
        let data = FileManager.default.temporaryDirectory
            .appendingPathComponent("recall-bench-report-\(package.deletingPathExtension().lastPathComponent)-\(size)")
        let marker = data.appendingPathComponent("complete")
        if FileManager.default.fileExists(atPath: marker.path) { return data }
        try? FileManager.default.removeItem(at: data)
        let (status, _) = try SpawnedProcess(
            [recallBinary().path, "import", package.path, "--data-dir", data.path]).finish()
        guard status == 0 else { throw BenchmarkError("recall import of \(package.path) exited with status \(status)") }
        try Data().write(to: marker)
        return data
    }
}
