import Foundation
import Testing
import RecallCore
import RecallStore

@Suite(.serialized)
struct StudyEndToEndTests {
    @Test func aScriptedSessionChecksAnswersAndSavesEveryReview() throws {
        let recall = try RecallRunner()
        defer { recall.cleanUp() }
        try recall.writeDeck("capitals.yaml", capitalsDeck)
        // France: right (Enter accepts Good). Azerbaijan: a typo (near miss), rated easy.
        // Australia: wrong, Enter accepts Again; then quit.
        let result = try recall.run(["study"], input: "paris\n\nBakku\n4\nSydney\n\n:quit\n")
        #expect(result.status == 0, "\(result.error)")
        #expect(result.output.contains("0 due · 3 new · 0 learning · streak 0 days"))
        #expect(result.output.contains("✓ Correct. Paris"))
        #expect(result.output.contains("≈ Near miss"))
        #expect(result.output.contains("✗ Not quite. The answer is Canberra"))
        #expect(result.output.contains("Cards reviewed: 3   Right: 2 (67%)   Again: 1"))
        #expect(!result.output.contains("\u{1b}["), "no colour when not on a terminal")

        let france = try recall.cardInfo("france")
        #expect(france["phase"] as? String == "learning")
        #expect(france["reps"] as? Int == 1)
        let history = france["history"] as? [[String: Any]] ?? []
        #expect(history.first?["rating"] as? String == "good")
        #expect(history.first?["typedAnswer"] as? String == "paris")
        #expect(try recall.cardInfo("azerbaijan")["phase"] as? String == "review")
        #expect((try recall.cardInfo("australia")["history"] as? [[String: Any]])?.first?["rating"] as? String == "again")
    }

    @Test(arguments: [":quit\n", ":q\n", ""])
    func stoppingAtTheRatingPromptKeepsTheAnswerWithTheProposedRating(stop: String) throws {
        let recall = try RecallRunner()
        defer { recall.cleanUp() }
        try recall.writeDeck("capitals.yaml", capitalsDeck)
        // "" ends standard input at the rating prompt, as Ctrl-D does.
        let result = try recall.run(["study"], input: "lyon\n" + stop)
        #expect(result.status == 0, "\(result.error)")
        #expect(result.output.contains("Rated again, as proposed, before stopping; next in 1m.\n"))
        #expect(result.output.contains("Cards reviewed: 1   Right: 0 (0%)   Again: 1"))
        let history = try recall.cardInfo("france")["history"] as? [[String: Any]] ?? []
        #expect(history.map { $0["rating"] as? String } == ["again"])
        #expect(history.first?["typedAnswer"] as? String == "lyon")
    }

    @Test func undoTakesBackTheLastAnswerInTheDatabaseToo() throws {
        let recall = try RecallRunner()
        defer { recall.cleanUp() }
        try recall.writeDeck("capitals.yaml", capitalsDeck)
        let result = try recall.run(["study"], input: "paris\n\n:undo\n:quit\n")
        #expect(result.output.contains("Undone"))
        let france = try recall.cardInfo("france")
        #expect(france["reps"] as? Int == 0)
        #expect((france["history"] as? [Any])?.isEmpty == true)
    }

    @Test func aBrokenDeckIsReportedWithItsPlaceAndTheOthersStillLoad() throws {
        let recall = try RecallRunner()
        defer { recall.cleanUp() }
        try recall.writeDeck("capitals.yaml", capitalsDeck)
        try recall.writeDeck("broken.yaml", "cards:\n  - q: A question with no answer\n")
        let result = try recall.run(["study"], input: ":quit\n")
        #expect(result.error.contains("broken.yaml:2:"))
        #expect(result.output.contains("3 new"))
    }

    @Test func aDeckFileThatIsNotUTF8IsSkippedWithItsPlaceAndTheOthersStillLoad() throws {
        let recall = try RecallRunner()
        defer { recall.cleanUp() }
        try recall.writeDeck("capitals.yaml", capitalsDeck)
        // “Zürich” saved as Latin-1: ü is the single byte 0xFC, at line 3, column 20.
        let latin1 = "deck: Swiss\ncards:\n  - q: Capital of Zürich's canton?\n    a: Zürich\n"
        try Data(latin1.unicodeScalars.map { UInt8($0.value) })
            .write(to: recall.decksDirectory.appendingPathComponent("swiss.yaml"))
        let result = try recall.run(["study"], input: ":quit\n")
        #expect(result.status == 0, "\(result.error)")
        #expect(result.error.contains("swiss.yaml:3:20: error: the file is not UTF-8 text: byte 0xFC here is not part of a UTF-8 character\n"))
        #expect(result.output.contains("3 new"))
    }

    @Test func aCollectionWideNewCardLimitCapsEveryDeckTogether() throws {
        let recall = try RecallRunner()
        defer { recall.cleanUp() }
        try recall.writeDeck("capitals.yaml", capitalsDeck)
        try recall.writeDeck("more.yaml", capitalsDeck.replacingOccurrences(of: "deck: Capitals", with: "deck: More"))
        #expect(try recall.run(["study"], input: ":quit\n").output.contains("0 due · 6 new"), "each deck its own limit")
        #expect(try recall.run(["config", "set", "new-per-day-total", "4"]).output == "new-per-day-total = 4\n")
        #expect(try recall.run(["study"], input: ":quit\n").output.contains("0 due · 4 new"))
        #expect(try recall.run(["config", "set", "new-per-day-total", "none"]).output == "new-per-day-total = none\n")
    }

    @Test func configSetChangesTheDailyNewCardLimit() throws {
        let recall = try RecallRunner()
        defer { recall.cleanUp() }
        try recall.writeDeck("capitals.yaml", capitalsDeck)
        #expect(try recall.run(["config", "set", "new-per-day", "2"]).output == "new-per-day = 2\n")
        #expect(try recall.run(["study"], input: ":quit\n").output.contains("0 due · 2 new"))
        let bad = try recall.run(["config", "set", "rollover-hour", "25"])
        #expect(bad.status != 0)
        #expect(bad.error.contains("rollover-hour must be a number in 0…23, not “25”"))
    }

    @Test func anUnwritableDataDirectoryGetsASentenceNotACrash() throws {
        let recall = try RecallRunner()
        defer { recall.cleanUp() }
        let blocker = recall.root.appendingPathComponent("file")
        try Data().write(to: blocker)
        // Both ways of naming the directory: the environment and --data-dir (which wins).
        let viaEnvironment = try recall.run(["decks"], environment: ["RECALL_HOME": blocker.path], ownDataDirectory: false)
        #expect(viaEnvironment.status == 1)
        let result = try recall.run(["config", "get", "--data-dir", blocker.appendingPathComponent("x").path], ownDataDirectory: false)
        #expect(result.status == 1)
        #expect(result.error == "recall: error: the data directory \(blocker.path)/x cannot be made: \(blocker.path) is a file, "
            + "not a folder; choose another with --data-dir or RECALL_HOME\n")
    }

    @Test func killingRecallMidSessionLosesNoAnsweredReview() throws {
        let recall = try RecallRunner()
        defer { recall.cleanUp() }
        try recall.writeDeck("capitals.yaml", capitalsDeck)
        let process = Process()
        process.executableURL = RecallRunner.binary
        process.arguments = recall.arguments(["study"])
        process.environment = ProcessInfo.processInfo.environment.merging(["NO_COLOR": "1"]) { $1 }
        let stdin = Pipe(), stdout = Pipe()
        process.standardInput = stdin
        process.standardOutput = stdout
        process.standardError = FileHandle.nullDevice
        try process.run()
        // availableData blocks: a recall that stops printing is killed, which ends the wait.
        let watchdog = ChildProcess.watchdog(process, seconds: 60)
        defer { watchdog.cancel() }
        var seen = ""
        func waitFor(_ text: String, count: Int) {
            let deadline = Date().addingTimeInterval(20)
            while Date() < deadline, seen.components(separatedBy: text).count - 1 < count {
                let chunk = stdout.fileHandleForReading.availableData
                if chunk.isEmpty { break }
                seen += String(decoding: chunk, as: UTF8.self)
            }
        }
        for (index, answer) in ["paris", "baku"].enumerated() {
            stdin.fileHandleForWriting.write(Data("\(answer)\n\n".utf8))
            waitFor("Next in", count: index + 1)
        }
        // The third answer is being typed when the process dies.
        stdin.fileHandleForWriting.write(Data("canb".utf8))
        kill(process.processIdentifier, SIGKILL)
        process.waitUntilExit()
        #expect(process.terminationReason == .uncaughtSignal)

        let database = try AppDatabase.open(directory: recall.dataDirectory)
        #expect(try database.reviewCount() == 2)
        #expect(try database.card("france").state.reps == 1)
        #expect(try database.card("azerbaijan").state.reps == 1)
        #expect(try database.card("australia").state.reps == 0)
    }
}

@Suite(.serialized)
struct DeckLoadingEndToEndTests {
    @Test func twoFilesNamingTheSameDeckKeepTheirCardsApart() throws {
        let recall = try RecallRunner()
        defer { recall.cleanUp() }
        try recall.writeDeck("a.yaml", capitalsDeck)
        try recall.writeDeck("b.yaml", "deck: Capitals\ncards:\n  - q: Capital of Peru?\n    a: Lima\n")
        _ = try recall.run(["study"], input: ":quit\n")
        let decks = try recall.run(["decks"]).output
        #expect(decks.contains("Capitals ") && decks.contains("Capitals (b.yaml)"))
        _ = try recall.run(["study"], input: ":quit\n")
        #expect(try recall.run(["decks"]).output == decks, "loading again changes nothing")
    }

    @Test func renamingADeckInItsFileKeepsItsProgress() throws {
        let recall = try RecallRunner()
        defer { recall.cleanUp() }
        try recall.writeDeck("a.yaml", capitalsDeck)
        _ = try recall.run(["study"], input: "paris\n\n:quit\n")
        try recall.writeDeck("a.yaml", capitalsDeck.replacingOccurrences(of: "deck: Capitals", with: "deck: World capitals"))
        _ = try recall.run(["study"], input: ":quit\n")
        let info = try recall.cardInfo("france")
        #expect(info["deck"] as? String == "World capitals")
        #expect(info["reps"] as? Int == 1)
    }

    @Test func anArticleInTheDecksFolderIsStudiedAsGeneratedQuestions() throws {
        let recall = try RecallRunner()
        defer { recall.cleanUp() }
        try recall.writeDeck("note.txt", """
            Budget vote

            The council approved a budget of $4.2 million on March 3, 2024. "We kept our promise," said Mayor Jane Alvarez.
            """)
        let result = try recall.run(["study"], input: ":quit\n")
        #expect(result.status == 0, "\(result.error)")
        #expect(try recall.run(["decks"]).output.contains("Budget vote"))
        #expect(result.output.contains("new · Budget vote"))
    }
}

@Suite(.serialized)
struct UndoEndToEndTests {
    @Test func undoBringsBackABuriedCardAndThenTheAnswerBeforeIt() throws {
        let recall = try RecallRunner()
        defer { recall.cleanUp() }
        try recall.writeDeck("capitals.yaml", capitalsDeck)
        // Answer France wrongly (Again), bury Azerbaijan, then undo twice: the bury, the answer.
        let result = try recall.run(["study"], input: "lyon\n\n:bury\n:undo\n:undo\n:quit\n")
        #expect(result.output.contains("Buried until tomorrow. `:undo` or `recall card undo 1` takes it back."))
        #expect(result.output.contains("Undone: the buried card is back today."))
        #expect(result.output.contains("Undone: “What is the capital of France?” is back as it was."))
        #expect(result.output.contains("Cards reviewed: 0   Right: 0 (0%)   Again: 0"))
        #expect(try recall.cardInfo("france")["reps"] as? Int == 0)
        // Nothing is left buried: all three cards are new again today.
        #expect(try recall.run(["study"], input: ":quit\n").output.contains("0 due · 3 new · 0 learning"))
    }

    @Test func undoTakesBackASuspension() throws {
        let recall = try RecallRunner()
        defer { recall.cleanUp() }
        try recall.writeDeck("capitals.yaml", capitalsDeck)
        let result = try recall.run(["study"], input: ":suspend\n:undo\n:quit\n")
        #expect(result.output.contains("Undone: the card is no longer suspended."))
        #expect(try recall.cardInfo("france")["suspended"] as? Bool == false)
        // The session's :undo took back change 1 in the card-change log, so nothing is left there.
        let again = try recall.run(["card", "undo", "1"])
        #expect(again.error == "recall: error: change 1 (suspend) has already been undone\n")
    }

    @Test func aSessionsSuspendAndBuryAreTakenBackByRecallCardUndo() throws {
        let recall = try RecallRunner()
        defer { recall.cleanUp() }
        try recall.writeDeck("capitals.yaml", capitalsDeck)
        let session = try recall.run(["study"], input: ":suspend\n:bury\n:quit\n")
        #expect(session.output.contains(
            "Suspended. `recall card unsuspend 1` brings it back. `:undo` or `recall card undo 1` takes it back."))
        #expect(session.output.contains("Buried until tomorrow. `:undo` or `recall card undo 2` takes it back."))
        let bury = try recall.run(["card", "undo"])
        #expect(bury.output == "Undone change 2 (bury): 1 card back as they were: 2.\n", "\(bury.error)")
        let suspend = try recall.run(["card", "undo"])
        #expect(suspend.output == "Undone change 1 (suspend): 1 card back as they were: 1.\n", "\(suspend.error)")
        #expect(try recall.cardInfo("france")["suspended"] as? Bool == false)
        #expect(try recall.run(["study"], input: ":quit\n").output.contains("0 due · 3 new · 0 learning"))
    }
}
