import Foundation
import RecallCore
import RecallStore
import Testing

@Suite(.serialized)
struct OptimizeEndToEndTests {
    /// 400 cards studied over months through the scheduler, recalled as a learner with weights
    /// unlike the defaults would (seeded draws), stored in the runner's collection.
    func studiedCollection(_ recall: RecallRunner, deck: String = "Studied", firstCard: Int = 0) throws {
        let database = try AppDatabase.open(directory: recall.dataDirectory)
        let truth = FSRS(parameters: FSRSParameters(clamped: FSRSParameters.defaultWeights.enumerated().map { index, weight in
            index == 8 ? 1.2 : index == 20 ? 0.3 : weight
        }))
        let scheduler = Scheduler()
        var generator = SplitMix64(seed: 3)
        let start = Date(timeIntervalSince1970: 1_700_000_000)
        var cards: [BulkCard] = []
        for index in firstCard..<firstCard + 400 {
            var state = CardState.new(availableFrom: start)
            var time = start.addingTimeInterval(Double(index / 20) * 86_400)
            var logs: [ReviewLog] = []
            var memory: MemoryState?
            var last: Date?
            for _ in 0..<6 {
                let elapsed = last.map { Int(time.timeIntervalSince($0) / 86_400) }
                let recall = memory.map { truth.retrievability(elapsedDays: elapsed ?? 0, stability: $0.stability) } ?? 0.8
                let rating: Rating = Double(generator.next() % 1000) / 1000 < recall ? .good : .again
                memory = truth.nextMemory(after: memory, rating: rating, elapsedDays: elapsed)
                let log = scheduler.review(state, rating: rating, at: time, fuzz: nil)
                logs.append(log)
                state = log.after
                last = time
                time = max(state.due, time.addingTimeInterval(86_400))
            }
            cards.append(BulkCard(card: DeckCard(key: "k\(index)", content: CardContent(kind: .basic, prompt: "Q\(index)?", answer: "A")),
                                  state: state, reviews: logs))
        }
        try database.insertBulk(cards, intoDeck: deck, source: nil, now: start)
    }

    @Test func optimizeAppliesABetterFitAndRevertGoesBack() throws {
        let recall = try RecallRunner()
        defer { recall.cleanUp() }
        try studiedCollection(recall)

        let dry = try recall.run(["optimize", "--dry-run"])
        #expect(dry.status == 0, "\(dry.error)")
        #expect(dry.output.contains("Fitted FSRS on 2,400 reviews of all decks"))
        #expect(dry.output.contains("--dry-run, so nothing was applied"))
        #expect(try recall.run(["optimize", "--revert"]).error.contains("already schedules with FSRS's default parameters"))

        let applied = try recall.run(["optimize"])
        #expect(applied.output.contains("now schedule every deck (preset “Default”); memory states were recomputed"), "\(applied.output)")
        let database = try AppDatabase.open(directory: recall.dataDirectory)
        let fitted = try #require(try database.currentParameters())
        #expect(fitted.reviewCount == 2_400 && fitted.logLoss < fitted.previousLogLoss)
        let card = try database.card("Studied/k5")
        let history = try database.cardHistories(calendar: StudyCalendar(timeZone: .current)).first { $0.cardID == card.id }!
        #expect(card.state.memory == FSRS(parameters: fitted.parameters).memoryState(after: history))

        let stats = try recall.run(["stats"])
        #expect(stats.output.contains("Predicted against actual recall (parameters fitted "), "\(stats.output)")

        let reverted = try recall.run(["optimize", "--revert"])
        #expect(reverted.output == "Back to FSRS's default parameters; memory states were recomputed.\n")
        #expect(try database.currentParameters() == nil)
        #expect(try database.card("Studied/k5").state.memory == FSRS().memoryState(after: history))

        let retention = try recall.run(["optimize", "--retention"])
        #expect(retention.output.contains("← least time per remembered card"))
    }

    @Test func eachPresetIsFittedOnItsOwnDecksAndRevertedOnItsOwn() throws {
        let recall = try RecallRunner()
        defer { recall.cleanUp() }
        // Languages first: its cards get the ids (and so the held-out cards) the fit above improves on.
        try studiedCollection(recall, deck: "Languages")
        try studiedCollection(recall, firstCard: 400)
        let moved = try recall.run(["preset", "use", "Words", "Languages"])
        #expect(moved.output == "“Languages” now uses the preset “Words”.\n", "\(moved.error)")
        #expect(try recall.run(["preset"]).output
            == "Default: parameters FSRS-6 defaults, desired retention 0.9 (the collection's); decks Studied\n"
            + "Words: parameters FSRS-6 defaults, desired retention 0.9 (the collection's); decks Languages\n")

        let applied = try recall.run(["optimize", "--preset", "Words"])
        #expect(applied.output.contains("Fitted FSRS on 2,400 reviews of preset “Words”"), "\(applied.output)")
        #expect(applied.output.contains("now schedule the deck “Languages” (preset “Words”)"))
        #expect(applied.output.contains("`recall optimize --revert --preset Words` goes back."), "\(applied.output)")
        let database = try AppDatabase.open(directory: recall.dataDirectory)
        let words = try #require(try database.currentParameters(preset: "Words"))
        #expect(try database.currentParameters(preset: "Default") == nil)
        let histories = try database.cardHistories(calendar: StudyCalendar(timeZone: .current))
        func memory(_ key: String) throws -> (stored: MemoryState?, history: CardHistory) {
            let card = try database.card(key)
            return (card.state.memory, histories.first { $0.cardID == card.id }!)
        }
        let word = try memory("Languages/k5")
        #expect(word.stored == FSRS(parameters: words.parameters).memoryState(after: word.history))
        let studied = try memory("Studied/k405")
        #expect(studied.stored == FSRS().memoryState(after: studied.history))

        let info = try recall.run(["card", "info", "Languages/k5", "--json"])
        let object = try #require(try JSONSerialization.jsonObject(with: Data(info.output.utf8)) as? [String: Any])
        let now = try #require(ISO8601DateFormatter().date(from: recall.now))
        func retrievability(_ parameters: FSRSParameters) throws -> Double? {
            Scheduler(configuration: SchedulerConfiguration(
                parameters: parameters, dayCounting: .studyDays(StudyCalendar(timeZone: .current)))
            ).retrievability(of: try database.card("Languages/k5").state, at: now)
        }
        #expect(object["retrievability"] as? Double == (try retrievability(words.parameters)), "\(info.output)")
        #expect(try retrievability(words.parameters) != (try retrievability(.default)))

        let all = try recall.run(["optimize", "--dry-run"])
        #expect(all.output.contains("# Preset “Default”") && all.output.contains("# Preset “Words”"), "\(all.output)")
        #expect(try recall.run(["optimize", "--revert"]).error.contains("say which to revert with --preset"))
        // --dry-run promises that nothing changes; --revert always applies, so the two are refused together.
        let dryRevert = try recall.run(["optimize", "--revert", "--preset", "Words", "--dry-run"])
        #expect(dryRevert.status != 0 && dryRevert.error.contains("--dry-run and --revert cannot be combined"), "\(dryRevert.error)")
        #expect(try database.currentParameters(preset: "Words") == words)
        // Each preset's retention table says how to set that preset's own desired retention.
        let retention = try recall.run(["optimize", "--retention"])
        #expect(retention.output.contains("Set it for this preset with: recall preset retention Words 0."), "\(retention.output)")
        #expect(!retention.output.contains("recall config set desired-retention"))
        let reverted = try recall.run(["optimize", "--revert", "--preset", "Words"])
        #expect(reverted.output == "Back to FSRS's default parameters of preset “Words”; memory states were recomputed.\n")
        #expect(try database.card("Languages/k5").state.memory == FSRS().memoryState(after: word.history))
        #expect(try recall.run(["optimize", "--preset", "Nope"]).error
            == "recall: error: no deck uses the preset “Nope”; the presets in use are Default, Words (`recall preset` lists them)\n")
    }

    @Test func tooLittleHistoryGetsASentence() throws {
        let recall = try RecallRunner()
        defer { recall.cleanUp() }
        let result = try recall.run(["optimize"])
        #expect(result.status == 1)
        #expect(result.error.hasPrefix("recall: error: there is too little review history to fit FSRS: 0 reviews were made"))
    }

    @Test func aReviewLogFileIsFittedWithoutACollection() throws {
        let recall = try RecallRunner()
        defer { recall.cleanUp() }
        let file = recall.root.appendingPathComponent("log.csv")
        var csv = "card_id,day,rating\n"
        for card in 1...300 {
            csv += "\(card),0,3\n\(card),3,\(card % 7 == 0 ? 1 : 3)\n\(card),\(card % 7 == 0 ? 4 : 12),3\n"
        }
        try FileManager.default.createDirectory(at: recall.root, withIntermediateDirectories: true)
        try csv.write(to: file, atomically: true, encoding: .utf8)
        let result = try recall.run(["optimize", "--from-csv", file.path, "--json"])
        #expect(result.status == 0, "\(result.error)")
        let object = try #require(try JSONSerialization.jsonObject(with: Data(result.output.utf8)) as? [String: Any])
        #expect((object["parameters"] as? [Double])?.count == 21)
        #expect(object["evaluatedOn"] as? String == "all")
        #expect(((object["metrics"] as? [String: Any])?["fitted"]) != nil)

        try "card_id,day,rating\n1,0,7\n".write(to: file, atomically: true, encoding: .utf8)
        let bad = try recall.run(["optimize", "--from-csv", file.path])
        #expect(bad.status == 1)
        #expect(bad.error == "recall: error: \(file.path):2:5: rating must be 1, 2, 3 or 4, not “7”\n")
    }
}
