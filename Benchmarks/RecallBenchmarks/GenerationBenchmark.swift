import Foundation
import RecallCore

/// Question generation on a 100 KB article: the articles kept in the repository (decks/ and
/// the generation test fixtures) joined again and again, blank line between them.
/// Target: under 200 ms median (release build).
public func runGenerationBenchmark(runs: Int = 9) {
    let text = generationBenchmarkText(minimumBytes: 100_000)
    guard !text.isEmpty else {
        print("question generation: no articles found under decks/ or the generation fixtures")
        return
    }
    var times = Measurements()
    var cards = 0
    _ = QuestionGenerator().generate(from: Article(text: text), fileName: "bench")  // warm up
    for _ in 0..<max(runs, 7) {
        let started = monotonicSeconds()
        let result = QuestionGenerator().generate(from: Article(text: text), fileName: "bench")
        times.add((monotonicSeconds() - started) * 1000)
        cards = result.cards.count
    }
    let kilobytes = text.utf8.count / 1024
    print(times.line("question generation (\(kilobytes) KB article, \(cards) cards)", unit: "ms", target: "< 200 ms"))
    runGenerationLinearity(text, runs: runs)
    // Texts made to be slow: one numeric fact a line, and one run-on sentence of nested
    // quotations (each took seconds to minutes before the limits in docs/generation.md).
    let facts = (0..<2_000).map { index in
        "The agency reported that exports rose to $\(index % 900 + 10) billion in \(1990 + index % 35), up \(index % 90 + 5) percent."
    }.joined(separator: "\n")
    runGenerationLinearity("Numbers\n" + facts, runs: runs, label: "2,000 numeric facts")
    runGenerationLinearity("Quotes\nHe said “" + String(repeating: "she said ‘they said “", count: 3_000) + "ok.", runs: runs,
                           label: "one sentence of 3,000 nested quotations")
    runGenerateProcess(runs: runs)
}

/// Time linear in the article's length: the whole text against its first half.
private func runGenerationLinearity(_ text: String, runs: Int, label: String = "article") {
    let half = String(text.prefix(text.count / 2))
    func median(_ article: String) -> Double {
        var times: [Double] = []
        for _ in 0..<max(runs, 5) {
            let started = monotonicSeconds()
            _ = QuestionGenerator().generate(from: Article(text: article), fileName: "bench")
            times.append(monotonicSeconds() - started)
        }
        return times.sorted()[times.count / 2]
    }
    let whole = median(text)
    let ratio = whole / median(half)
    print(String(format: "question generation, whole %@ (%d KB, %.0f ms) against its first half: %.2f× the time (linear: 2×, target ≤ 2.2×)",
                 label, text.utf8.count / 1024, whole * 1000, ratio))
}

/// `recall generate` as a reader runs it, on the bundled article (about 1,100 words): whole
/// process from start to exit, and its peak memory.
private func runGenerateProcess(runs: Int) {
    let article = benchmarkRepositoryRoot().appendingPathComponent("decks/baku-tightrope.txt")
    var times = Measurements()
    var memory = Measurements()
    for _ in 0..<max(runs, 5) {
        let started = monotonicSeconds()
        guard let child = try? SpawnedProcess([recallBinary().path, "generate", article.path, "--format", "json"]) else {
            print("recall generate: cannot start \(recallBinary().path)")
            return
        }
        let (status, maxRSS) = child.finish()
        guard status == 0 else {
            print("recall generate exited with status \(status)")
            return
        }
        times.add((monotonicSeconds() - started) * 1000)
        memory.add(Double(maxRSS) / 1024)
    }
    print(times.line("recall generate, whole process, 1,100-word article", unit: "ms", target: "< 2000 ms"))
    print(memory.line("peak memory (max RSS) of that process", unit: "MB", target: "< 300 MB"))
}

/// The repository: the working directory when it holds decks/, else the folder above the
/// benchmark binary that holds Package.swift.
func benchmarkRepositoryRoot() -> URL {
    let current = URL(fileURLWithPath: FileManager.default.currentDirectoryPath)
    if FileManager.default.fileExists(atPath: current.appendingPathComponent("decks").path) { return current }
    var directory = URL(fileURLWithPath: CommandLine.arguments[0]).resolvingSymlinksInPath().deletingLastPathComponent()
    for _ in 0..<8 {
        if FileManager.default.fileExists(atPath: directory.appendingPathComponent("Package.swift").path) { return directory }
        directory.deleteLastPathComponent()
    }
    return current
}

/// The repository's articles, repeated until the text has at least `minimumBytes` bytes.
func generationBenchmarkText(minimumBytes: Int) -> String {
    let base = benchmarkRepositoryRoot()
    let folders = ["decks", "Tests/RecallCoreTests/Fixtures/generation"]
    var articles: [String] = []
    for folder in folders {
        let url = base.appendingPathComponent(folder)
        let names = (try? FileManager.default.contentsOfDirectory(atPath: url.path)) ?? []
        for name in names.sorted() where name.hasSuffix(".txt") && !name.hasSuffix(".source.txt") {
            if let text = try? String(contentsOf: url.appendingPathComponent(name), encoding: .utf8) {
                articles.append(text)
            }
        }
    }
    guard !articles.isEmpty else { return "" }
    var parts: [String] = []
    var size = 0
    while size < minimumBytes {
        for article in articles {
            parts.append(article)
            size += article.utf8.count + 2
        }
    }
    return parts.joined(separator: "\n\n")
}
