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
}

/// The repository's articles, repeated until the text has at least `minimumBytes` bytes.
func generationBenchmarkText(minimumBytes: Int) -> String {
    var directory = URL(fileURLWithPath: CommandLine.arguments[0]).resolvingSymlinksInPath().deletingLastPathComponent()
    var root: URL?
    let current = URL(fileURLWithPath: FileManager.default.currentDirectoryPath)
    if FileManager.default.fileExists(atPath: current.appendingPathComponent("decks").path) { root = current }
    for _ in 0..<8 where root == nil {
        if FileManager.default.fileExists(atPath: directory.appendingPathComponent("Package.swift").path) {
            root = directory
            break
        }
        directory.deleteLastPathComponent()
    }
    let base = root ?? URL(fileURLWithPath: FileManager.default.currentDirectoryPath)
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
