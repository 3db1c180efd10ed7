import Foundation
import RecallCore
import RecallStore

/// The HTML report of the 100k-card, 1M-review collection, end to end: reading the collection,
/// computing the model, rendering and writing the file, in process (with each part's share)
/// and as a whole `recall report` process.
struct ReportFileBenchmark {
    var runs: Int

    func run() throws {
        let data = try SyntheticCollection.directory(cards: 100_000, reviews: 1_000_000)
        let database = try AppDatabase.open(directory: data)
        let calendar = StudyCalendar(timeZone: .current)
        let output = FileManager.default.temporaryDirectory.appendingPathComponent("recall-bench-report.html")
        var read = Measurements(), model = Measurements(), render = Measurements(), total = Measurements()
        for _ in 0..<runs {
            let t0 = monotonicSeconds()
            let input = try database.reportInput(now: Date(), calendar: calendar)
            let t1 = monotonicSeconds()
            let report = ReportModel(input: input)
            let t2 = monotonicSeconds()
            try Data(HTMLReportRenderer().render(report).utf8).write(to: output)
            let t3 = monotonicSeconds()
            read.add((t1 - t0) * 1000)
            model.add((t2 - t1) * 1000)
            render.add((t3 - t2) * 1000)
            total.add((t3 - t0) * 1000)
        }
        print(read.line("report: read the collection", unit: "ms", target: "—"))
        print(model.line("report: compute the model", unit: "ms", target: "—"))
        print(render.line("report: render and write HTML", unit: "ms", target: "—"))
        print(total.line("report: HTML report of 1M reviews, in process", unit: "ms", target: "< 500 ms"))

        var process = Measurements()
        for _ in 0..<runs {
            let started = monotonicSeconds()
            let child = Process()
            child.executableURL = recallBinary()
            child.arguments = ["report", "--format", "html", "-o", output.path, "--data-dir", data.path]
            child.standardError = FileHandle.nullDevice
            try child.run()
            child.waitUntilExit()
            process.add((monotonicSeconds() - started) * 1000)
        }
        print(process.line("report: `recall report --format html` process", unit: "ms", target: "< 500 ms"))
    }
}
