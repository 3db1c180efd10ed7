import Foundation

/// Time from starting `recall study` to its first question, and the process's peak memory,
/// on a collection of 100,000 cards and 1,000,000 reviews.
struct StudyStartBenchmark {
    var runs: Int

    func run() throws {
        let data = try SyntheticCollection.directory(cards: 100_000, reviews: 1_000_000)
        let emptyDecks = FileManager.default.temporaryDirectory.appendingPathComponent("recall-bench-no-decks")
        try FileManager.default.createDirectory(at: emptyDecks, withIntermediateDirectories: true)
        var times = Measurements(), memory = Measurements()
        _ = try firstQuestion(data: data, decks: emptyDecks)  // warm the page cache
        for _ in 0..<runs {
            let (seconds, kilobytes) = try firstQuestion(data: data, decks: emptyDecks)
            times.add(seconds * 1000)
            memory.add(Double(kilobytes) / 1024)
        }
        print(times.line("study start to first question (100k cards, 1M reviews)", unit: "ms", target: "< 60 ms"))
        print(memory.line("peak memory (max RSS) of that process", unit: "MB", target: "< 50 MB"))
    }

    /// Starts recall, waits for the first answer prompt on its output, then ends it. Spawned
    /// with posix_spawn and reaped with wait4 here, so the child's peak memory is ours to read.
    private func firstQuestion(data: URL, decks: URL) throws -> (Double, Int) {
        let started = monotonicSeconds()
        let child = try SpawnedProcess(
            [recallBinary().path, "study", "--data-dir", data.path, "--decks", decks.path, "--plain"])
        var seen = Data()
        var elapsed = Double.nan
        var buffer = [UInt8](repeating: 0, count: 65_536)
        while true {
            let count = read(child.output, &buffer, buffer.count)
            if count <= 0 { break }
            seen.append(contentsOf: buffer[0..<count])
            if String(decoding: seen, as: UTF8.self).contains("› ") {
                elapsed = monotonicSeconds() - started
                break
            }
        }
        let (_, maxRSS) = child.finish()  // end of input ends the session
        guard elapsed.isFinite else {
            throw BenchmarkError("recall never showed a question; output: \(String(decoding: seen, as: UTF8.self))")
        }
        return (elapsed, maxRSS)
    }
}

struct BenchmarkError: Error, CustomStringConvertible {
    var description: String
    init(_ description: String) { self.description = description }
}
