import Foundation
import RecallCore
import Testing

/// `recall deck new`, `recall add` and `:add`, run as the built binary with scripted input.
@Suite(.serialized)
struct AuthoringEndToEndTests {
    let handWritten = """
    # Capitals I keep forgetting.
    deck: Capitals
    cards:
      # the easy one
      - q: What is the capital of France?
        a: Paris   # not Lyon
        id: france

    """

    func deckText(_ recall: RecallRunner, _ name: String) throws -> String {
        try String(contentsOf: recall.decksDirectory.appendingPathComponent(name), encoding: .utf8)
    }

    /// Runs `recall add` on a new deck holding no cards; the output and the file afterwards.
    func addToEmptyDeck(_ name: String, kind: String, input: String) throws -> (RecallRunner.Result, String) {
        let recall = try RecallRunner()
        defer { recall.cleanUp() }
        try recall.writeDeck("deck.yaml", "deck: \(name)\ncards: []\n")
        let file = recall.decksDirectory.appendingPathComponent("deck.yaml").path
        let result = try recall.run(["add", file, "--kind", kind], input: input)
        #expect(result.status == 0, "\(result.error)")
        return (result, try deckText(recall, "deck.yaml"))
    }

    @Test func deckNewCreatesAnEmptyDeckThatChecksCleanAndRefusesToOverwrite() throws {
        let recall = try RecallRunner()
        defer { recall.cleanUp() }
        let folder = recall.decksDirectory.appendingPathComponent("new")
        let made = try recall.run(["deck", "new", "Rivers of Europe", "--decks", folder.path])
        #expect(made.status == 0, "\(made.error)")
        let file = folder.appendingPathComponent("rivers-of-europe.yaml")
        #expect(made.output.contains("Created \(file.path)."))
        let text = try String(contentsOf: file, encoding: .utf8)
        #expect(text.hasPrefix("# Rivers of Europe: a recall deck.\n"))
        #expect(text.hasSuffix("deck: Rivers of Europe\ncards: []\n"))
        let parsed = DeckParser.parse(text, file: "x")
        #expect(parsed.diagnostics.map(\.message) == ["the deck has no cards"])
        #expect(parsed.deck == Deck(name: "Rivers of Europe", cards: []))
        #expect(try recall.run(["deck", "check", file.path]).output == "\(file.path): 0 cards, 1 warning\n")

        try "changed by hand\n".write(to: file, atomically: true, encoding: .utf8)
        let again = try recall.run(["deck", "new", "Rivers of Europe", "--decks", folder.path])
        #expect(again.status == 1)
        #expect(again.error.contains("\(file.path) already exists; nothing was changed"))
        #expect(try String(contentsOf: file, encoding: .utf8) == "changed by hand\n")
    }

    @Test func addAppendsABasicAndAClozeCardLeavingTheFileAsItWas() throws {
        let recall = try RecallRunner()
        defer { recall.cleanUp() }
        try recall.writeDeck("capitals.yaml", handWritten)
        let file = recall.decksDirectory.appendingPathComponent("capitals.yaml").path
        let basic = try recall.run(["add", file, "--kind", "basic"],
                                   input: "What is the capital of Peru?\nLima\nCiudad de los Reyes, lima city\ngeo\n\n")
        #expect(basic.status == 0, "\(basic.error)")
        #expect(basic.output.contains("Question: "))
        #expect(basic.output.contains("Added card “"))
        #expect(basic.output.contains("Study it with `recall study`."))
        let cloze = try recall.run(["add", file, "--kind", "cloze"],
                                   input: "The {{c1::Nile}} flows into the {{c2::Mediterranean}}.\n\nLongest river.\n")
        #expect(cloze.status == 0, "\(cloze.error)")
        let text = try deckText(recall, "capitals.yaml")
        #expect(text == handWritten + """
          - id: what-is-the-capital-of-peru
            q: What is the capital of Peru?
            a: Lima
            accept: [Ciudad de los Reyes, lima city]
            tags: [geo]
          - id: the-nile-flows-into-the-mediterranean
            cloze: The {{c1::Nile}} flows into the {{c2::Mediterranean}}.
            explain: Longest river.

        """)
        let check = try recall.run(["deck", "check", file])
        #expect(check.output == "\(file): 4 cards, no problems\n")
        #expect(basic.output.contains("Added card “what-is-the-capital-of-peru”"))
        #expect(cloze.output.contains("Added cards “the-nile-flows-into-the-mediterranean-c1”, “the-nile-flows-into-the-mediterranean-c2”"))
    }

    @Test func aMultipleChoiceAnswerNamesItsChoiceInAnyCaseOrByNumber() throws {
        let (lower, text) = try addToEmptyDeck(
            "Planets", kind: "multiple-choice", input: "Which planet is largest?\nMars, Jupiter, Venus\njupiter\n\n\n")
        #expect(lower.status == 0, "\(lower.error)")
        #expect(!lower.output.contains("not one of the choices"))
        #expect(text.contains("    a: Jupiter\n    choices: [Mars, Jupiter, Venus]\n"))
        let (numbered, second) = try addToEmptyDeck(
            "Planets", kind: "multiple-choice", input: "Which planet is largest?\nMars, Jupiter, Venus\n2\n\n\n")
        #expect(numbered.status == 0, "\(numbered.error)")
        #expect(second.contains("    a: Jupiter\n"))
    }

    @Test func aMultipleChoiceAnswerNotAmongTheChoicesIsAskedAgainWithTheParsersMessage() throws {
        let (result, text) = try addToEmptyDeck(
            "Planets", kind: "multiple-choice", input: "Which planet is largest?\nMars, Jupiter, Venus\nSaturn\nJupiter\n\n\n")
        #expect(result.output.contains("answer `Saturn` is not one of the choices\n  note: the choices are: `Mars`, `Jupiter`, `Venus`\nAnswer: "))
        #expect(text == """
        deck: Planets
        cards:
          - id: which-planet-is-largest
            q: Which planet is largest?
            a: Jupiter
            choices: [Mars, Jupiter, Venus]

        """)
    }

    @Test func aNumberThatIsNotANumberIsAskedAgain() throws {
        let (result, text) = try addToEmptyDeck(
            "Heights", kind: "numeric", input: "How high is Everest?\nabout 8849\n8849\nm\n-5\n10\n\n\n")
        #expect(result.output.contains("`number` should be a number, not `about 8849`"))
        #expect(result.output.contains("tolerance must not be negative\nTolerance (optional): "))
        #expect(text.hasSuffix("""
          - id: how-high-is-everest
            q: How high is Everest?
            number: 8849
            unit: m
            tolerance: 10

        """))
    }

    @Test func aCardThatRepeatsAPromptIsAddedWithTheParsersWarning() throws {
        let recall = try RecallRunner()
        defer { recall.cleanUp() }
        try recall.writeDeck("capitals.yaml", handWritten)
        let file = recall.decksDirectory.appendingPathComponent("capitals.yaml").path
        let result = try recall.run(["add", file, "--kind", "basic"], input: "What is the capital of France?\nParis\n\n\n\n")
        #expect(result.status == 0, "\(result.error)")
        #expect(result.output.contains("warning: this prompt repeats the card at line 5"))
        #expect(try deckText(recall, "capitals.yaml").hasPrefix(handWritten))
    }

    @Test func anAddedCardKeepsItsHistoryWhenItsQuestionIsReworded() throws {
        let recall = try RecallRunner()
        defer { recall.cleanUp() }
        try recall.writeDeck("capitals.yaml", handWritten)
        let file = recall.decksDirectory.appendingPathComponent("capitals.yaml")
        _ = try recall.run(["add", file.path, "--kind", "basic"], input: "What is the capital of Peru?\nLima\n\n\n\n")
        _ = try recall.run(["study"], input: "paris\n\nlima\n\n:quit\n")
        #expect(try recall.cardInfo("what-is-the-capital-of-peru")["reps"] as? Int == 1)
        let reworded = try deckText(recall, "capitals.yaml")
            .replacingOccurrences(of: "q: What is the capital of Peru?", with: "q: Which city is Peru's seat of government?")
        try reworded.write(to: file, atomically: true, encoding: .utf8)
        _ = try recall.run(["study"], input: ":quit\n")
        let info = try recall.cardInfo("what-is-the-capital-of-peru")
        #expect(info["reps"] as? Int == 1, "the reworded card is the same card")
        #expect((info["history"] as? [[String: Any]])?.first?["typedAnswer"] as? String == "lima")
    }

    @Test func ctrlDOrAnEmptyRequiredFieldAddsNothing() throws {
        let recall = try RecallRunner()
        defer { recall.cleanUp() }
        try recall.writeDeck("capitals.yaml", handWritten)
        let file = recall.decksDirectory.appendingPathComponent("capitals.yaml").path
        let endOfInput = try recall.run(["add", file, "--kind", "basic"], input: "What is the capital of Chile?\n")
        #expect(endOfInput.status == 1)
        #expect(endOfInput.output.contains("Nothing added."))
        let emptyAnswer = try recall.run(["add", file], input: "\nWhat is the capital of Chile?\n\n")
        #expect(emptyAnswer.output.hasSuffix("Answer: \nNothing added.\n"))
        #expect(emptyAnswer.status == 1)
        #expect(try deckText(recall, "capitals.yaml") == handWritten)
    }

    @Test func addInAStudySessionAddsACardThatIsAskedInTheSameSession() throws {
        let recall = try RecallRunner()
        defer { recall.cleanUp() }
        try recall.writeDeck("capitals.yaml", handWritten)
        let input = ":add\n\nbasic\nWhat is the capital of Peru?\nLima\n\n\n\nparis\n\nlima\n\n:quit\n"
        let result = try recall.run(["study"], input: input)
        #expect(result.status == 0, "\(result.error)")
        let file = recall.decksDirectory.appendingPathComponent("capitals.yaml").standardizedFileURL.path
        #expect(result.output.contains("Deck file [\(file)]: "))
        // The card being asked comes back with its header, so it is clear what to answer.
        #expect(result.output.contains("It joins this session's queue.\n\n[2 left] new · Capitals\nWhat is the capital of France?"))
        #expect(result.output.contains("What is the capital of Peru?\n› "))
        #expect(result.output.contains("✓ Correct. Lima"))
        #expect(result.output.contains("Cards reviewed: 2   Right: 2"))
        #expect(try deckText(recall, "capitals.yaml").hasPrefix(handWritten))
    }

    @Test func deckCheckReadsEveryKindAndReportsEachKindsProblems() throws {
        let recall = try RecallRunner()
        defer { recall.cleanUp() }
        try recall.writeDeck("all.yaml", """
        deck: Every kind
        cards:
          - q: What is the capital of France?
            a: Paris
          - q: Which planet is largest?
            a: Jupiter
            choices: [Mars, Jupiter]
          - q: How high is Everest?
            number: 8849
            unit: m
            tolerance: 10
          - cloze: The {{c1::Nile}} flows into the {{c2::Mediterranean}}.
          - q: Spell the word.
            a: necessary
            kind: basic

        """)
        let file = recall.decksDirectory.appendingPathComponent("all.yaml").path
        let good = try recall.run(["deck", "check", file])
        #expect(good.status == 0)
        #expect(good.output == "\(file): 6 cards, no problems\n")

        try recall.writeDeck("broken.yaml", """
        cards:
          - q: No answer here
          - q: Which planet is largest?
            a: Saturn
            choices: [Mars, Jupiter]
          - q: How high is Everest?
            number: very
          - cloze: The {{c1::Nile flows on.

        """)
        let broken = recall.decksDirectory.appendingPathComponent("broken.yaml").path
        let bad = try recall.run(["deck", "check", broken])
        #expect(bad.status == 1)
        #expect(bad.output == "\(broken): 0 cards, 4 errors\n")
        let lines = bad.error.split(separator: "\n").filter { $0.contains(": error: ") }.map {
            String($0.dropFirst(broken.count + 1))
        }
        #expect(lines.count == 4)
        #expect(lines[0].hasPrefix("2:5: error: card has no answer"))
        #expect(lines[1].hasPrefix("4:8: error: answer `Saturn` is not one of the choices"))
        #expect(lines[2].hasPrefix("7:13: error: `number` should be a number, not `very`"))
        #expect(lines[3].hasPrefix("8:16: error: "))
    }
}
