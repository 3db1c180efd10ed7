import Foundation
import RecallCLI
import RecallCore
import RecallStore

/// Loading a deck file the way `recall study` does before its first question (`DeckLibrary.load`:
/// read, decode, parse, check and sync into a new collection), for a 10,000-card deck of mixed
/// content and for a 5 MB deck. The parse alone is timed too, to show where the time goes.
struct DeckLoadBenchmark {
    var runs: Int

    func run() throws {
        let folder = FileManager.default.temporaryDirectory
            .appendingPathComponent("recall-bench-decks-\(getpid())")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let tenThousand = folder.appendingPathComponent("ten-thousand.yaml")
        try Self.deck(cards: 10_000).write(to: tenThousand, atomically: true, encoding: .utf8)
        let fiveMB = folder.appendingPathComponent("five-mb.yaml")
        try Self.deck(bytes: 5_000_000).write(to: fiveMB, atomically: true, encoding: .utf8)
        try measure(tenThousand, in: folder, name: "10,000-entry deck", target: "< 500 ms")
        try measure(fiveMB, in: folder, name: "5 MB deck", target: "< 3000 ms")
    }

    private func measure(_ file: URL, in folder: URL, name: String, target: String) throws {
        let size = (try FileManager.default.attributesOfItem(atPath: file.path)[.size] as? Int) ?? 0
        var load = Measurements(), parse = Measurements()
        var cards = 0
        for run in 0..<runs {
            let data = folder.appendingPathComponent("data-\(run)")
            let database = try AppDatabase.open(directory: data)
            let started = monotonicSeconds()
            let (loaded, diagnostics) = try DeckLibrary.load([file], into: database, now: Date())
            load.add((monotonicSeconds() - started) * 1000)
            guard let deck = loaded.first, !diagnostics.contains(where: { $0.severity == .error }) else {
                throw BenchmarkError("\(file.lastPathComponent) did not load cleanly: \(diagnostics.prefix(3))")
            }
            cards = deck.sync.added
            try? FileManager.default.removeItem(at: data)

            let text = try String(contentsOf: file, encoding: .utf8)
            let parseStarted = monotonicSeconds()
            _ = DeckParser.parse(text, file: file.lastPathComponent)
            parse.add((monotonicSeconds() - parseStarted) * 1000)
        }
        let label = "\(name) (\(cards) cards, \(size / 1000) KB)"
        print(load.line("load into a new collection, \(label)", unit: "ms", target: target))
        print(parse.line("  of which parsing and checking", unit: "ms", target: "-"))
    }

    /// One card of the mix: plain, cloze, long answer, or a question shared with other cards.
    static func card(_ index: Int, longText: Int = 600) -> String {
        switch index % 5 {
        case 0:
            return "  - q: What is fact number \(index) about river \(index % 97)?\n    a: answer \(index)\n"
        case 1:
            return "  - cloze: \"The {{c1::capital \(index)}} lies on {{c2::river \(index % 89)}} in {{c3::region \(index % 13)}}.\"\n"
        case 2:
            let long = (0..<(longText / 40)).map { "word\($0 + index) of a long answer, " }.joined()
            return "  - q: Explain point \(index).\n    a: \"\(long)end\"\n    explain: \"\(long)\"\n"
        case 3:
            // Many cards share one question text, told apart by their answers.
            return "  - q: Name a prime number.\n    a: \"\(index)\"\n    tags: [shared, group\(index % 7)]\n"
        default:
            return "  - q: How many items in set \(index)?\n    number: \(index)\n    tolerance: 1\n"
        }
    }

    static func deck(cards: Int) -> String {
        "deck: Benchmark ten thousand\ntags: [bench]\ncards:\n" + (0..<cards).map { card($0) }.joined()
    }

    static func deck(bytes: Int) -> String {
        var text = "deck: Benchmark five MB\ncards:\n"
        var index = 0
        while text.utf8.count < bytes {
            text += card(index, longText: 2_000)
            index += 1
        }
        return text
    }
}
