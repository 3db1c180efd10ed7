import Foundation
import Testing

/// The command line as people write it: shared options on either side of the subcommand,
/// mistyped commands, bad values and impossible dates.
@Suite(.serialized)
struct CommandLineEndToEndTests {
    @Test func sharedOptionsWorkBeforeAndAfterTheSubcommand() throws {
        let recall = try RecallRunner()
        defer { recall.cleanUp() }
        let data = recall.dataDirectory.path
        let before = try recall.run(["--data-dir", data, "config", "set", "new-per-day", "7"], ownDataDirectory: false)
        #expect(before.status == 0, "\(before.error)")
        #expect(before.output == "new-per-day = 7\n")
        let after = try recall.run(["config", "get", "new-per-day", "--data-dir", data], ownDataDirectory: false)
        #expect(after.output == "7\n", "the setting went to the data directory given before the command")
        let joined = try recall.run(["--data-dir=\(data)", "stats"], ownDataDirectory: false)
        #expect(joined.status == 0, "\(joined.error)")
        #expect(joined.output.hasPrefix("recall stats · study day 2025-04-20"))
        let every = try recall.run(["--plain", "--decks", recall.decksDirectory.path, "stats", "--data-dir", data], ownDataDirectory: false)
        #expect(every.status == 0, "every command takes the shared options: \(every.error)")
    }

    @Test func generateTakesTheSharedOptionsOnEitherSide() throws {
        let recall = try RecallRunner()
        defer { recall.cleanUp() }
        let article = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("decks/baku-tightrope.txt").path
        let plain = try recall.run(["generate", article])
        #expect(plain.status == 0, "\(plain.error)")
        #expect(plain.output.hasPrefix("deck: "))
        let before = try recall.run(["--plain", "generate", article])
        #expect(before.status == 0, "\(before.error)")
        #expect(before.output == plain.output)
        let every = try recall.run(
            ["--data-dir", recall.dataDirectory.path, "--decks", recall.decksDirectory.path, "generate", article, "--plain"],
            ownDataDirectory: false)
        #expect(every.status == 0, "\(every.error)")
        #expect(every.output == plain.output)
        #expect(!FileManager.default.fileExists(atPath: recall.dataDirectory.path), "generating opens no collection")
    }

    @Test func sharedOptionsAloneStillStartAStudySession() throws {
        let recall = try RecallRunner()
        defer { recall.cleanUp() }
        try recall.writeDeck("capitals.yaml", capitalsDeck)
        let result = try recall.run(
            ["--data-dir", recall.dataDirectory.path, "--decks", recall.decksDirectory.path, "--plain"],
            input: ":quit\n", ownDataDirectory: false)
        #expect(result.status == 0, "\(result.error)")
        #expect(result.output.contains("recall — all decks\n0 due · 3 new"))
    }

    @Test func aMistypedCommandGetsDidYouMean() throws {
        let recall = try RecallRunner()
        defer { recall.cleanUp() }
        let result = try recall.run(["stast"])
        #expect(result.status == 1)
        #expect(result.error == "recall: error: no command, deck or deck file named “stast”; did you mean `recall stats`?\n")
    }

    @Test func helpOnAnUnknownCommandFails() throws {
        let recall = try RecallRunner()
        defer { recall.cleanUp() }
        let unknown = try recall.run(["help", "nonsense"], ownDataDirectory: false)
        #expect(unknown.status == 64)
        #expect(unknown.error.hasPrefix("recall: error: there is no command `recall nonsense`; the commands are study, decks,"))
        #expect(unknown.output.isEmpty)
        let close = try recall.run(["help", "deck", "nwe"], ownDataDirectory: false)
        #expect(close.status == 64)
        #expect(close.error == "recall: error: there is no command `recall deck nwe`; did you mean `recall deck new`?\n")
        let direct = try recall.run(["config", "gett", "new-per-day"])
        #expect(direct.status == 64)
        #expect(direct.error == "recall: error: there is no command `recall config gett`; did you mean `recall config get`?\n")
    }

    @Test func aNegativeOrMissingSettingValueGetsASentence() throws {
        let recall = try RecallRunner()
        defer { recall.cleanUp() }
        let negative = try recall.run(["config", "set", "new-per-day", "-1"])
        #expect(negative.error == "recall: error: new-per-day must be a number in 0…9999, not “-1”\n")
        let missing = try recall.run(["config", "set", "new-per-day"])
        #expect(missing.status == 64)
        #expect(missing.error == "recall: error: give new-per-day a value: `recall config set new-per-day VALUE`; "
            + "`recall config get` lists the settings and their ranges\n")
        #expect(try recall.run(["config", "set", "new-per-day=9"]).output == "new-per-day = 9\n")
    }

    @Test(arguments: ["2025-02-31", "2025-13-01", "2025-4-31", "2023-02-29", "25-04-01", "2025-04-01x"])
    func anImpossibleDateIsRefused(date: String) throws {
        let recall = try RecallRunner()
        defer { recall.cleanUp() }
        let result = try recall.run(["report", "--since", date, "-o", "-"])
        #expect(result.status == 64)
        #expect(result.error == "recall: error: --since takes a date such as 2025-04-01, not “\(date)”\n")
        #expect(result.output.isEmpty)
    }

    @Test func aLeapDayIsADate() throws {
        let recall = try RecallRunner()
        defer { recall.cleanUp() }
        let result = try recall.run(["report", "--since", "2024-02-29", "--format", "json", "-o", "-"])
        #expect(result.status == 0, "\(result.error)")
        #expect(result.output.contains("\"since\" : \"2024-02-29T04:00:00Z\""))
    }
}

@Suite(.serialized)
struct FirstRunEndToEndTests {
    @Test func aFirstRunSaysWhereDecksGoAndHowToStart() throws {
        let recall = try RecallRunner()
        defer { recall.cleanUp() }
        let study = try recall.run(["study"], input: ":quit\n")
        #expect(study.status == 0, "\(study.error)")
        #expect(study.output.hasPrefix("No decks yet. Deck files (.yaml) and articles (.txt, .md) go in\n  \(recall.decksDirectory.path)\n"))
        for start in ["recall generate ARTICLE.txt -o \(recall.decksDirectory.path)/NAME.yaml", "recall deck new NAME", "recall import FILE.apkg"] {
            #expect(study.output.contains("\n  \(start)\n"), "\(start)")
        }
        #expect(!study.output.contains("Session summary"), "no empty session")
        #expect(try recall.run(["decks"]).output.hasPrefix("No decks yet. Deck files"))
    }
}
