import Foundation
import RecallTestSupport
import Testing
@testable import RecallCore

@Test func aCardIsWrittenAsOneListItem() {
    let card = DeckCard(
        key: "baku-distance",
        content: CardContent(
            kind: .basic, prompt: "How far is Baku from the White House?", answer: "6,000 miles",
            accepted: ["6000 miles", "6,000 mi"], hint: "a distance in miles", tags: ["figure"],
            explanation: "Donald Trump’s loud re-entry into the White House is being heard 6,000 miles away in Azerbaijan’s capital Baku."))
    #expect(DeckWriter.renderCard(card) == """
          - id: baku-distance
            q: How far is Baku from the White House?
            a: 6,000 miles
            accept: [6000 miles, "6,000 mi"]
            hint: a distance in miles
            explain: Donald Trump’s loud re-entry into the White House is being heard 6,000 miles away in Azerbaijan’s capital Baku.
            tags: [figure]

        """)
}

@Test func aGeneratedCardKeepsItsExtraKeys() {
    let prompt = "How long was Trump's ultimatum to Tehran?"
    let card = DeckCard(
        key: CardKey.derived(from: "numeric", prompt),
        content: CardContent(
            kind: .numeric, prompt: prompt, answer: "60 days", choices: ["30 days", "60 days", "90 days"],
            tolerance: 0, clozePrompt: "Trump set a [...] ultimatum for Tehran.",
            source: SourceQuote(sentence: "Trump set a 60-day ultimatum for Tehran: to curb its nuclear program.", line: 32, column: 1),
            category: .figure))
    #expect(DeckWriter.renderCard(card) == """
          - q: How long was Trump's ultimatum to Tehran?
            number: 60
            unit: days
            tolerance: 0
            choices: [30 days, 60 days, 90 days]
            category: figure
            cloze-prompt: Trump set a [...] ultimatum for Tehran.
            source:
              sentence: "Trump set a 60-day ultimatum for Tehran: to curb its nuclear program."
              line: 32
              column: 1

        """)
}

@Test func theCardsOfOneClozeEntryAreWrittenBackAsThatEntry() {
    let text = "{{c1::Ilham Aliyev}} is the president of {{c2::Azerbaijan::country}}."
    let deck = DeckParser.parse("- cloze: \"\(text)\"\n  tags: [position]\n", file: "x.yaml").deck!
    #expect(DeckWriter.render(deck) == """
        deck: x
        cards:
          - cloze: "{{c1::Ilham Aliyev}} is the president of {{c2::Azerbaijan::country}}."
            tags: [position]

        """)
}

@Test func aClozeCardOnItsOwnIsWrittenWithItsNumberAndId() {
    let text = "{{c1::Ilham Aliyev}} is the president of {{c2::Azerbaijan::country}}."
    let deck = DeckParser.parse("- cloze: \"\(text)\"\n", file: "x.yaml").deck!
    let second = DeckWriter.renderCard(deck.cards[1])
    #expect(second == """
          - id: \(CardKey.derived(from: "cloze", text))
            cloze: Ilham Aliyev is the president of {{c2::Azerbaijan::country}}.

        """)
    let again = DeckParser.parse(second, file: "x.yaml")
    #expect(again.diagnostics.isEmpty)
    #expect(again.deck?.cards == [DeckCard(key: deck.cards[1].key, content: deck.cards[1].content,
                                           location: SourceLocation(file: "x.yaml", line: 1, column: 5))])
}

@Test(arguments: [
    ("Baku", "Baku"), ("6,000 miles", "6,000 miles"), ("2017", "2017"), ("yes", "yes"),
    ("null", "\"null\""), ("~", "\"~\""), ("", "\"\""),
    ("Aliyev said: no", "\"Aliyev said: no\""), ("C# and F#", "C# and F#"), ("a #tag", "\"a #tag\""),
    ("- dash", "\"- dash\""), ("-3", "\"-3\""), ("'quoted'", "\"'quoted'\""), ("“curly”", "“curly”"),
    ("say \"hi\"", "say \"hi\""), ("back\\slash", "back\\slash"), ("{{c1::x}}", "\"{{c1::x}}\""),
    ("two\nlines", "\"two\\nlines\""), ("tab\there", "\"tab\\there\""), (" padded ", "\" padded \""),
    ("ends with:", "\"ends with:\""), ("bell\u{7}", "\"bell\\x07\""), ("line\u{2028}sep", "\"line\\u2028sep\""),
    ("😀 ok", "😀 ok"), ("*star", "\"*star\""), ("&amp", "\"&amp\""), ("!bang", "\"!bang\""),
    ("%percent", "\"%percent\""), ("@at", "\"@at\""), ("`tick`", "\"`tick`\""), ("? q", "\"? q\""),
    ("| pipe", "\"| pipe\""), ("> gt", "\"> gt\""), ("[x]", "\"[x]\""),
])
func textIsQuotedOnlyWhenItMustBe(text: String, written: String) {
    #expect(YAMLText.scalar(text) == written)
    let readBack = DeckParser.parse("- q: \(written)\n  a: x\n", file: "x.yaml")
    if !text.isEmpty, text == text.trimmingWhitespace {
        #expect(readBack.deck?.cards.first?.content.prompt == text)
    }
}

@Test(arguments: [("a,b", "\"a,b\""), ("[x", "\"[x\""), ("x]", "\"x]\""), ("{y}", "\"{y}\""), ("plain", "plain")])
func listItemsQuoteFlowPunctuation(text: String, written: String) {
    #expect(YAMLText.scalar(text, inFlow: true) == written)
}

@Test(arguments: [
    ("# My deck\ncards:\n- q: Where is Baku? # a comment\n  a: Azerbaijan\n", 0),
    ("deck: Mine\ncards:\n    - q: Where is Baku?\n      a: Azerbaijan", 4),
    ("- q: Where is Baku?\n  a: Azerbaijan\n", 0),
    ("cards:\n  - q: Where is Baku?\n    a: Azerbaijan\n\n# The deck's tags\ntags: [azerbaijan]\n", 2),
    ("deck: Mine\ncards: []\n", 2),
    ("deck: Mine\n", 2),
])
func appendingACardKeepsTheFileAndItsIndentation(file: String, indent: Int) throws {
    let card = DeckCard(key: CardKey.derived(from: "basic", "Who leads it?"),
                        content: CardContent(kind: .basic, prompt: "Who leads it?", answer: "Aliyev"))
    let appended = DeckWriter.appending(card, to: file)
    let added = DeckWriter.renderCard(card, indent: indent)
    #expect(appended.contains(added))
    if file.contains("- q") {
        // Every line of the file is still there, in order, and the card is the only addition.
        #expect(appended.replacingOccurrences(of: added, with: "") == (file.hasSuffix("\n") ? file : file + "\n"))
    }
    let result = DeckParser.parse(appended, file: "x.yaml")
    #expect(result.diagnostics.isEmpty, "\(appended)")
    let last = try #require(result.deck?.cards.last)
    #expect(last.key == card.key)
    #expect(last.content.prompt == card.content.prompt)
    #expect(last.content.answer == card.content.answer)
}

@Test func appendingTheCardsOfOneClozeTextAddsOneClozeEntryBeforeLaterKeys() throws {
    let text = "The {{c1::Nile}} flows into the {{c2::Mediterranean}}."
    let cards = try #require(DeckParser.parse("- cloze: \(text)\n", file: "x.yaml").deck?.cards)
    let file = "deck: Rivers\ncards:\n  - q: Longest river?\n    a: Nile\n# shared tags\ntags: [rivers]\n"
    let appended = DeckWriter.appending(entry: cards, to: file)
    #expect(appended == """
        deck: Rivers
        cards:
          - q: Longest river?
            a: Nile
          - cloze: The {{c1::Nile}} flows into the {{c2::Mediterranean}}.
        # shared tags
        tags: [rivers]

        """)
    #expect(DeckParser.parse(appended, file: "x.yaml").deck?.cards.suffix(2).map(\.key) == cards.map(\.key))
}

// MARK: Round trip

/// Random cards of every kind, with text full of the characters YAML treats specially.
struct RandomCards {
    var generator: SplitMix64
    private var counter = 0

    init(seed: UInt64) { generator = SplitMix64(seed: seed) }

    private static let pieces = [
        "Baku", "Aliyev", "6,000", "miles", ":", ": ", "#", " #", "'", "\"", "-", "- ", "é", "😀", "{", "}",
        "[", "]", ",", "\\", "\t", "\n", "~", "null", "yes", "2017", "&", "*", "!", "%", "@", "`", "?", "|",
        ">", " ", "…", "\u{2028}", "\u{85}", "\u{7}", "{{", "::", "“", "”", "[...]", "0.5",
    ]

    mutating func text() -> String {
        var text = ""
        for _ in 0..<Int.random(in: 1...6, using: &generator) {
            text += Self.pieces.randomElement(using: &generator)!
        }
        let trimmed = text.trimmingWhitespace
        return trimmed.isEmpty ? "x" : trimmed
    }

    mutating func maybe<T>(_ make: (inout RandomCards) -> T) -> T? {
        Bool.random(using: &generator) ? make(&self) : nil
    }

    mutating func card() -> DeckCard {
        counter += 1
        let kind = CardContent.Kind.allCases.randomElement(using: &generator)!
        var content = CardContent(kind: kind, prompt: text() + " (\(counter))", answer: text())
        content.tags = Array(Set((0..<Int.random(in: 0...3, using: &generator)).map { _ in "t" + text() })).sorted()
        content.explanation = maybe { $0.text() }
        content.category = maybe { FactCategory.allCases.randomElement(using: &$0.generator)! }
        content.source = maybe {
            SourceQuote(sentence: $0.text(), line: Int.random(in: 1...500, using: &$0.generator), column: 1,
                        file: Bool.random(using: &$0.generator) ? "article.txt" : nil)
        }
        content.clozePrompt = maybe { $0.text() }
        switch kind {
        case .basic, .multipleChoice:
            content.accepted = (0..<Int.random(in: 0...2, using: &generator)).map { _ in text() }
            content.hint = maybe { $0.text() }
            if kind == .multipleChoice || Bool.random(using: &generator) {
                content.choices = (1...Int.random(in: 2...4, using: &generator)).map { "c\($0) " + text() }
                content.answer = content.choices.randomElement(using: &generator)!
            }
        case .numeric:
            let number = ["40", "-3.5", "6,000", "1.75", "0"].randomElement(using: &generator)!
            content.answer = Bool.random(using: &generator) ? number + " " + text() : "$" + number
            content.tolerance = maybe { [0, 0.5, 5, 1e-5, 12.25].randomElement(using: &$0.generator)! }
        case .cloze:
            content.prompt = text() + " [...] " + text() + " (\(counter))"
            content.hint = maybe { $0.text() }
            if let hint = content.hint { content.prompt = content.prompt.replacingOccurrences(of: "[...]", with: "[\(hint)]") }
        }
        let derived = CardKey.derived(from: kind.rawValue, content.prompt)
        let key = Bool.random(using: &generator) ? derived : "id-\(counter)" + (kind == .cloze ? "-c1" : "")
        return DeckCard(key: key, content: content)
    }
}

extension RandomCards {
    /// The cards of one random cloze entry, as the parser makes them, or nil when the random
    /// text happens not to be valid cloze text.
    mutating func clozeEntry() -> [DeckCard]? {
        var text = text()
        for _ in 0..<Int.random(in: 1...4, using: &generator) {
            let number = Int.random(in: 1...3, using: &generator)
            let hint = maybe { "::" + $0.text() } ?? ""
            text += " {{c\(number)::" + self.text() + hint + "}} " + self.text()
        }
        guard let cloze = try? Cloze(parsing: text), text == text.trimmingWhitespace else { return nil }
        let base = Bool.random(using: &generator) ? CardKey.derived(from: "cloze", text) : "entry-\(text.count)-\(cloze.numbers.count)"
        let tags = maybe { ["t" + $0.text()] } ?? []
        return cloze.numbers.map { number in
            DeckCard(key: base + "-c\(number)", content: CardContent(
                kind: .cloze, prompt: cloze.prompt(for: number), answer: cloze.answer(for: number),
                hint: cloze.hint(for: number), tags: tags))
        }
    }
}

@Test(arguments: [1, 2, 3, 42, 2026] as [UInt64])
func randomCardsSurviveWriteThenParse(seed: UInt64) throws {
    var random = RandomCards(seed: seed)
    var cards: [DeckCard] = []
    while cards.count < 80 {
        if Int.random(in: 0..<4, using: &random.generator) == 0, let entry = random.clozeEntry(),
           !entry.contains(where: { card in cards.contains { $0.key == card.key } }) {
            cards += entry
        } else {
            cards.append(random.card())
        }
    }
    let deck = Deck(name: random.text(), cards: cards)
    let written = DeckWriter.render(deck)
    let result = DeckParser.parse(written, file: "random.yaml")
    #expect(result.diagnostics.isEmpty, "\(result.diagnostics.first?.description ?? "")")
    let read = try #require(result.deck)
    #expect(read.name == deck.name)
    #expect(read.cards.count == deck.cards.count)
    for (original, back) in zip(deck.cards, read.cards) {
        #expect(back.key == original.key)
        #expect(back.content == original.content, "\(DeckWriter.renderCard(original))")
    }
    // And writing what was read gives the same file.
    #expect(DeckWriter.render(read) == written)
}

@Test func parsedClozeEntriesSurviveWriteThenParse() throws {
    let text = """
        deck: Clozes
        tags: [summit]
        cards:
          - cloze: "{{c1::Aliyev}} met {{c2::Xi Jinping::a leader}} for a {{c3::three-day}} summit, and {{c1::Aliyev}} signed."
            explain: Aliyev visited China for a three-day state summit with Xi Jinping last week.
          - cloze: "They signed {{c1::20}} documents [...] in {{c2::aerospace}}."
            id: documents
        """
    let first = try #require(DeckParser.parse(text, file: "x.yaml").deck)
    let second = try #require(DeckParser.parse(DeckWriter.render(first), file: "x.yaml").deck)
    #expect(second.cards.map(\.key) == first.cards.map(\.key))
    #expect(second.cards.map(\.content) == first.cards.map(\.content))
}
