import RecallTestSupport
import Testing
@testable import RecallCore

private let example = """
    deck: Baku's Tightrope            # optional; defaults to the file name
    tags: [azerbaijan]                # added to every card
    cards:
      - q: How far is Baku from the White House?
        a: 6,000 miles
        accept: [6000 miles]
        explain: "Donald Trump’s loud re-entry …"
        tags: [figure]
        id: baku-distance
        hint: a distance in miles
      - cloze: "{{c1::Ilham Aliyev}} is the president of {{c2::Azerbaijan::country}}."
      - q: Which law restricts US aid to Azerbaijan?
        choices: [Section 907, Section 301, Article 5, Title IX]
        a: Section 907
      - q: What share of Azerbaijan's oil did Israel buy?   # numeric
        number: 40
        tolerance: 5
        unit: percent
    """

@Test func theExampleDeckReadsIntoOneCardPerQuestionAndOnePerClozeNumber() throws {
    let result = DeckParser.parse(example, file: "decks/baku.yaml")
    #expect(result.diagnostics.isEmpty)
    let deck = try #require(result.deck)
    #expect(deck.name == "Baku's Tightrope")
    let cloze = "{{c1::Ilham Aliyev}} is the president of {{c2::Azerbaijan::country}}."
    let mcPrompt = "Which law restricts US aid to Azerbaijan?"
    let numericPrompt = "What share of Azerbaijan's oil did Israel buy?"
    #expect(deck.cards == [
        DeckCard(
            key: "baku-distance",
            content: CardContent(
                kind: .basic, prompt: "How far is Baku from the White House?", answer: "6,000 miles",
                accepted: ["6000 miles"], hint: "a distance in miles", tags: ["azerbaijan", "figure"],
                explanation: "Donald Trump’s loud re-entry …"),
            location: SourceLocation(file: "decks/baku.yaml", line: 4, column: 5)),
        DeckCard(
            key: CardKey.derived(from: "cloze", cloze) + "-c1",
            content: CardContent(
                kind: .cloze, prompt: "[...] is the president of Azerbaijan.", answer: "Ilham Aliyev",
                tags: ["azerbaijan"]),
            location: SourceLocation(file: "decks/baku.yaml", line: 11, column: 5)),
        DeckCard(
            key: CardKey.derived(from: "cloze", cloze) + "-c2",
            content: CardContent(
                kind: .cloze, prompt: "Ilham Aliyev is the president of [country].", answer: "Azerbaijan",
                hint: "country", tags: ["azerbaijan"]),
            location: SourceLocation(file: "decks/baku.yaml", line: 11, column: 5)),
        DeckCard(
            key: CardKey.derived(from: "multiple-choice", mcPrompt),
            content: CardContent(
                kind: .multipleChoice, prompt: mcPrompt, answer: "Section 907",
                choices: ["Section 907", "Section 301", "Article 5", "Title IX"], tags: ["azerbaijan"]),
            location: SourceLocation(file: "decks/baku.yaml", line: 12, column: 5)),
        DeckCard(
            key: CardKey.derived(from: "numeric", numericPrompt),
            content: CardContent(
                kind: .numeric, prompt: numericPrompt, answer: "40 percent", tolerance: 5, tags: ["azerbaijan"]),
            location: SourceLocation(file: "decks/baku.yaml", line: 15, column: 5)),
    ])
}

@Test(arguments: [
    ("decks/baku-tightrope.yaml", "baku-tightrope"), ("capitals.yml", "capitals"), ("/tmp/a.b.YAML", "a.b"),
    ("notes", "notes"),
])
func aDeckWithoutANameIsNamedAfterItsFile(file: String, name: String) {
    let result = DeckParser.parse("cards:\n  - q: Where is Baku?\n    a: Azerbaijan\n", file: file)
    #expect(result.deck?.name == name)
}

@Test func aFileMayBeJustAListOfCards() {
    let result = DeckParser.parse("- q: Where is Baku?\n  a: Azerbaijan\n- q: Who leads it?\n  a: Aliyev\n", file: "x.yaml")
    #expect(result.diagnostics.isEmpty)
    #expect(result.deck?.cards.map(\.content.answer) == ["Azerbaijan", "Aliyev"])
}

@Test func anEditedPromptGetsANewDerivedKeyButAnIdStays() {
    func keys(_ text: String) -> [String] {
        DeckParser.parse(text, file: "x.yaml").deck?.cards.map(\.key) ?? []
    }
    let before = keys("- q: Where is Baku?\n  a: Azerbaijan\n- q: Who leads it?\n  a: Aliyev\n  id: leader\n")
    let punctuation = keys("- q: where is  Baku\n  a: Azerbaijan\n- q: Who leads Azerbaijan?\n  a: Aliyev\n  id: leader\n")
    let reworded = keys("- q: Where is the city of Baku?\n  a: Azerbaijan\n")
    #expect(before[0] == CardKey.derived(from: "basic", "Where is Baku?"))
    #expect(punctuation == before)
    #expect(reworded[0] != before[0])
}

@Test func clozeCardsWithAnIdGetTheNumberAsSuffix() {
    let result = DeckParser.parse("- cloze: '{{c2::Xi}} met {{c1::Aliyev}}'\n  id: summit\n", file: "x.yaml")
    #expect(result.deck?.cards.map(\.key) == ["summit-c1", "summit-c2"])
}

@Test func cardsThatAskTheSameThingGetDistinctKeys() {
    let result = DeckParser.parse("""
        - q: Where is Baku?
          a: Azerbaijan
        - q: where is baku
          a: In the Caucasus
        - q: Where is Baku?!
          a: On the Caspian
        """, file: "x.yaml")
    let base = CardKey.derived(from: "basic", "Where is Baku?")
    #expect(result.deck?.cards.map(\.key) == [base, base + "-2", base + "-3"])
    #expect(result.warnings.count == 2)
    #expect(!result.hasErrors)
}

@Test func generatedCardKeysReadBack() throws {
    let result = DeckParser.parse("""
        - kind: basic
          q: How far is Baku from the White House?
          a: 6,000 miles
          choices: ["6,000 miles", 600 miles, 60 miles]
          category: figure
          cloze-prompt: Baku is [...] from the White House.
          source:
            sentence: Donald Trump’s loud re-entry into the White House is being heard 6,000 miles away.
            line: 3
            column: 1
        - kind: numeric
          q: What was bilateral trade in 2024?
          a: $1.75 billion
          tolerance: 0.05
        """, file: "x.yaml")
    #expect(result.diagnostics.isEmpty)
    let cards = try #require(result.deck?.cards)
    try #require(cards.count == 2)
    #expect(cards[0].content.kind == .basic)
    #expect(cards[0].content.choices == ["6,000 miles", "600 miles", "60 miles"])
    #expect(cards[0].content.category == .figure)
    #expect(cards[0].content.clozePrompt == "Baku is [...] from the White House.")
    #expect(cards[0].content.source == SourceQuote(
        sentence: "Donald Trump’s loud re-entry into the White House is being heard 6,000 miles away.", line: 3, column: 1))
    #expect(cards[1].content.kind == .numeric)
    #expect(cards[1].content.answer == "$1.75 billion")
    #expect(cards[1].content.tolerance == 0.05)
}

@Test(arguments: ["40", "-3.5", "6,000", "1e6", "+2"])
func numbersReadAsAuthorsWriteThem(text: String) {
    #expect(DeckReader.number(text) != nil)
}

@Test(arguments: ["forty", "6,00", "1.2.3", "inf", "0x1F", ""])
func otherTextIsNotANumber(text: String) {
    #expect(DeckReader.number(text) == nil)
}

@Test(arguments: [7, 8, 9] as [UInt64])
func damagedDecksGiveDiagnosticsInsideTheFile(seed: UInt64) {
    var generator = SplitMix64(seed: seed)
    let pieces = [":", " ", "\n", "\t", "-", "\"", "'", "{{", "}}", "[", "]", "{", "}", ",", "#", "&", "*", "!",
                  "q: x", "a:", "  ", "cards:", "c1::", "é", "😀", "\r\n", "---", "|", ">"]
    let original = example
    for _ in 0..<150 {
        var characters = Array(original)
        for _ in 0..<Int.random(in: 1...4, using: &generator) {
            let position = Int.random(in: 0...characters.count, using: &generator)
            if Bool.random(using: &generator), position < characters.count {
                characters.removeSubrange(position..<min(characters.count, position + Int.random(in: 1...6, using: &generator)))
            } else {
                characters.insert(contentsOf: pieces.randomElement(using: &generator)!, at: position)
            }
        }
        let text = String(characters)
        let lineCount = text.unicodeScalars.count { $0 == "\n" } + 1
        let result = DeckParser.parse(text, file: "x.yaml")
        for diagnostic in result.diagnostics {
            #expect((1...lineCount).contains(diagnostic.location.line), "\(diagnostic)\n\(text)")
            #expect(diagnostic.location.column >= 1)
            #expect(!diagnostic.message.contains("YamlError"))
        }
        #expect(result.deck != nil || result.hasErrors)
    }
}

@Test func theDecksModeIsEveryCardsAndIsWrittenBack() throws {
    let text = """
        deck: Lists
        mode: reveal
        cards:
          - q: Name the three Baltic states.
            a: Estonia, Latvia, Lithuania
          - cloze: "{{c1::Baku}} is the capital."
        """
    let deck = try #require(DeckParser.parse(text, file: "decks/lists.yaml").deck)
    #expect(deck.mode == .reveal)
    #expect(deck.cards.map(\.content.mode) == [.reveal, .reveal])
    let again = try #require(DeckParser.parse(DeckWriter.render(deck), file: "decks/lists.yaml").deck)
    #expect(again.mode == .reveal)
    #expect(again.cards.map(\.content) == deck.cards.map(\.content))
    #expect(try #require(DeckParser.parse("cards:\n  - q: x\n    a: y\n", file: "x.yaml").deck).cards[0].content.mode == nil)
}

@Test func theDecksPresetIsReadAndWrittenBack() throws {
    let text = """
        deck: Verbs
        preset: "  Languages "
        cards:
          - q: Past of go?
            a: went
        """
    let deck = try #require(DeckParser.parse(text, file: "decks/verbs.yaml").deck)
    #expect(deck.preset == "Languages")
    let again = try #require(DeckParser.parse(DeckWriter.render(deck), file: "decks/verbs.yaml").deck)
    #expect(again.preset == "Languages" && again.cards.map(\.content) == deck.cards.map(\.content))
    #expect(try #require(DeckParser.parse("cards:\n  - q: x\n    a: y\n", file: "x.yaml").deck).preset == nil)
}
