import Foundation
import RecallCore
import RecallStore

/// `recall import` of an Anki package into a fresh collection: read, convert, replay every
/// review log through FSRS, store in one transaction. With `--anki-package FILE` (a package
/// Anki built, see `tools/anki-benchmark.py build`) Anki's own import of the same file is timed
/// in the same run, alternating with recall's, through the Python at `$ANKI_PYTHON` (default
/// `.venv-ref/bin/python`). Without it, a package recall's writer builds: `notes` notes (basic,
/// reversed and cloze, HTML fields, tags, 10 decks; 3 cards for every 2 notes) and 1,000,000
/// reviews; `--notes 666667` makes a million cards.
struct ImportBenchmark {
    var runs: Int
    var ankiPackage: String?
    var notes = 100_000

    func run() throws {
        let package = try ankiPackage.map { URL(fileURLWithPath: $0) } ?? Self.builtPackage(notes: notes)
        var times = Measurements(), memory = Measurements()
        var ankiTimes = Measurements(), ankiMemory = Measurements()
        for _ in 0..<max(1, runs) {
            let (seconds, kilobytes) = try importOnce(package)
            times.add(seconds)
            memory.add(Double(kilobytes) / 1024)
            if ankiPackage != nil {
                let (ankiSeconds, ankiKilobytes) = try ankiImportOnce(package)
                ankiTimes.add(ankiSeconds)
                ankiMemory.add(Double(ankiKilobytes) / 1024)
            }
        }
        let name = package.lastPathComponent
        print(times.line("recall import of \(name)", unit: "s", target: ankiPackage == nil ? "< 30 s" : "≤ half of Anki's"))
        print(memory.line("peak memory (max RSS) of that import", unit: "MB", target: "≤ 200 MB"))
        if ankiPackage != nil {
            print(ankiTimes.line("Anki's import of \(name) (whole process)", unit: "s", target: "—"))
            print(ankiMemory.line("peak memory (max RSS) of Anki's import", unit: "MB", target: "—"))
        }
    }

    /// The package `package(notes:reviews:)` makes, built by a child process: a process that
    /// held the whole collection keeps that memory, and a child spawned from it starts with the
    /// parent's resident size in its own peak (`ru_maxrss`), which would hide recall's.
    static func builtPackage(notes: Int) throws -> URL {
        let url = packageURL(notes: notes, reviews: 1_000_000)
        if !FileManager.default.fileExists(atPath: url.path) {
            let (status, _) = try SpawnedProcess([CommandLine.arguments[0], "import-package", "--notes", String(notes)]).finish()
            guard status == 0 else { throw BenchmarkError("building the import package exited with status \(status)") }
        }
        return url
    }

    static func packageURL(notes: Int, reviews: Int) -> URL {
        FileManager.default.temporaryDirectory.appendingPathComponent("recall-bench-\(notes)-\(reviews).apkg")
    }

    /// Anki importing the package into a fresh collection, as a whole Python process.
    private func ankiImportOnce(_ package: URL) throws -> (Double, Int) {
        let python = ProcessInfo.processInfo.environment["ANKI_PYTHON"] ?? ".venv-ref/bin/python"
        let started = monotonicSeconds()
        let (status, maxRSS) = try SpawnedProcess([python, "tools/anki-benchmark.py", "import", package.path]).finish()
        let elapsed = monotonicSeconds() - started
        guard status == 0 else { throw BenchmarkError("Anki's import exited with status \(status)") }
        return (elapsed, maxRSS)
    }

    private func importOnce(_ package: URL) throws -> (Double, Int) {
        let data = FileManager.default.temporaryDirectory.appendingPathComponent("recall-bench-import-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: data) }
        let started = monotonicSeconds()
        let (status, maxRSS) = try SpawnedProcess(
            [recallBinary().path, "import", package.path, "--data-dir", data.path]).finish()
        let elapsed = monotonicSeconds() - started
        guard status == 0 else { throw BenchmarkError("recall import exited with status \(status)") }
        return (elapsed, maxRSS)
    }

    /// The package, built once in a cache folder with recall's own writer: notes of three
    /// kinds, each card with its share of the reviews at realistic intervals.
    static func package(notes: Int, reviews: Int) throws -> URL {
        let url = packageURL(notes: notes, reviews: reviews)
        if FileManager.default.fileExists(atPath: url.path) { return url }
        var random = SplitMix64(seed: 4)
        let day: Int64 = 86_400_000
        let start: Int64 = 1_700_000_000_000
        var ankiNotes: [AnkiNote] = [], cards: [AnkiCard] = []
        let basic = AnkiNotetype(id: 11, name: "Basic (and reversed card)", kind: .normal, fields: ["Front", "Back"], templates: ["Card 1", "Card 2"])
        let cloze = AnkiNotetype(id: 12, name: "Cloze", kind: .cloze, fields: ["Text", "Back Extra"], templates: ["Cloze"])
        let decks = (0..<10).map { AnkiDeck(id: Int64(100 + $0), name: "Bench::Deck \($0)") }
        var cardCount = 0
        for index in 0..<notes {
            let id = start + Int64(index)
            let isCloze = index % 3 == 0
            let fields = isCloze
                ? ["The <b>{{c1::fact \(index)}}</b> was found in {{c2::\(1800 + index % 200)::year}}.", "<i>note \(index)</i>"]
                : ["<div>Question \(index) &amp; more</div>", "Answer <b>\(index)</b><br>line two"]
            ankiNotes.append(AnkiNote(id: id, guid: "bench\(index)", notetypeID: isCloze ? cloze.id : basic.id,
                                      fields: fields, tags: ["bench", "t\(index % 40)"]))
            for ord in 0..<(index % 2 == 0 ? 2 : 1) {
                cards.append(AnkiCard(id: id * 4 + Int64(ord), noteID: id, deckID: decks[index % 10].id, ord: ord, type: .new,
                                      queue: .new, due: Int64(index), interval: 0, easeFactor: 0, reps: 0, lapses: 0, flag: 0))
                cardCount += 1
            }
        }
        // Spread the reviews: each card gets `reviews / cards` answers, a few one more.
        for index in cards.indices {
            let count = reviews / cardCount + (index < reviews % cardCount ? 1 : 0)
            var time = start + Int64(index)
            var entries: [AnkiReviewEntry] = []
            var interval = 1
            for answer in 0..<count {
                let ease = Int(random.next() % 10) == 0 ? 1 : 3
                entries.append(AnkiReviewEntry(milliseconds: time, ease: ease, kind: answer == 0 ? .learning : .review,
                                               interval: interval, lastInterval: 0, factor: 500, durationMilliseconds: 4000))
                interval = ease == 1 ? 1 : interval * 2
                time += Int64(interval) * day
            }
            cards[index].type = .review
            cards[index].queue = .review
            cards[index].interval = interval
            cards[index].reps = count
            cards[index].due = (time - 1_699_990_000_000) / day
            cards[index].reviews = entries
        }
        let collection = AnkiCollection(schemaVersion: 11, createdSeconds: 1_699_990_000, notetypes: [basic, cloze],
                                        decks: decks, notes: ankiNotes, cards: cards, media: [])
        try AnkiPackageWriter().write(collection, to: url, now: Date())
        return url
    }
}

