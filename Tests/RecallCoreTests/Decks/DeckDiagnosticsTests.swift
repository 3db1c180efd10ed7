import RecallTestSupport
import Testing
@testable import RecallCore

/// One deck file with problems, and every diagnostic it must give: where (a marker in the
/// text), how bad, the message and its notes.
struct DiagnosticCase: CustomTestStringConvertible, Sendable {
    struct Expected: Sendable {
        var marker: String
        var severity: DeckDiagnostic.Severity
        var message: String
        var notes: [String] = []
    }

    var name: String
    var marked: String
    var expected: [Expected]

    var testDescription: String { name }

    init(_ name: String, _ marked: String, _ expected: [Expected]) {
        self.name = name
        self.marked = marked
        self.expected = expected
    }

    static func error(_ marker: String, _ message: String, notes: [String] = []) -> Expected {
        Expected(marker: marker, severity: .error, message: message, notes: notes)
    }

    static func warning(_ marker: String, _ message: String, notes: [String] = []) -> Expected {
        Expected(marker: marker, severity: .warning, message: message, notes: notes)
    }
}

extension DiagnosticCase {
    static let cardProblems: [DiagnosticCase] = [
        DiagnosticCase("a card with no answer", """
            cards:
              - q: Where is Baku?
                a: Azerbaijan
              - 1️⃣q: How far is Baku from the White House?
                explain: It is 6,000 miles away.
            """, [error("1️⃣", "card has no answer (give `a:`, or `number:` for a numeric card)")]),
        DiagnosticCase("a card with no prompt", """
            cards:
              - 1️⃣a: Baku
            """, [error("1️⃣", "card has no prompt (give `q:`, or `cloze:` for a cloze card)")]),
        DiagnosticCase("empty prompts and answers, quoted or left blank", """
            cards:
              - q: 1️⃣""
                a: Baku
              - 2️⃣q:
                a: Baku
              - q: What is the capital?
                3️⃣a:
            """, [
                error("1️⃣", "prompt is empty"), error("2️⃣", "prompt is empty"), error("3️⃣", "answer is empty"),
            ]),
        DiagnosticCase("unknown keys, with a suggestion when one is near", """
            cards:
              - q: Where is Baku?
                2️⃣anwser: Azerbaijan
                a: Azerbaijan
                3️⃣question: Where?
                4️⃣zzz: 1
            """, [
                error("2️⃣", "unknown card key `anwser`", notes: ["did you mean `a`?"]),
                error("3️⃣", "unknown card key `question`", notes: ["did you mean `q`?"]),
                error("4️⃣", "unknown card key `zzz`", notes: [
                    "a card may use: `id`, `kind`, `q`, `cloze`, `a`, `number`, `unit`, `tolerance`, `accept`, "
                        + "`choices`, `hint`, `explain`, `tags`, `category`, `cloze-prompt`, `source`",
                ]),
            ]),
        DiagnosticCase("a study mode that is not one", """
            mode: 1️⃣revael
            cards:
              - q: Where is Baku?
                a: Azerbaijan
            """, [
                error("1️⃣", "mode `revael` is not one of `typed`, `reveal`, `auto`", notes: ["did you mean `reveal`?"]),
            ]),
        DiagnosticCase("an empty preset name", """
            preset: 1️⃣""
            cards:
              - q: Where is Baku?
                a: Azerbaijan
            """, [
                error("1️⃣", "the preset name should be one line of 1 to 100 characters",
                      notes: ["decks that name the same preset share its FSRS parameters and desired retention"]),
            ]),
        DiagnosticCase("a top-level key that is not a deck key", """
            1️⃣card:
              - q: Where is Baku?
                a: Azerbaijan
            """, [
                error("1️⃣", "unknown deck key `card`", notes: ["did you mean `cards`?"]),
                error("1️⃣", "the deck has no `cards:` list",
                      notes: ["list the cards under `cards:`, each starting with `- q:` or `- cloze:`"]),
            ]),
        DiagnosticCase("card keys at the top of the file", """
            1️⃣q: Where is Baku?
            2️⃣a: Azerbaijan
            """, [
                error("1️⃣", "`q` is a card key, not a deck key",
                      notes: ["list the cards under `cards:`, each starting with `- q:` or `- cloze:`"]),
                error("1️⃣", "the deck has no `cards:` list",
                      notes: ["list the cards under `cards:`, each starting with `- q:` or `- cloze:`"]),
                error("2️⃣", "`a` is a card key, not a deck key",
                      notes: ["list the cards under `cards:`, each starting with `- q:` or `- cloze:`"]),
            ]),
        DiagnosticCase("an answer that is not among the choices", """
            cards:
              - q: Which law restricts US aid to Azerbaijan?
                choices: [Section 907, Section 301, Title IX]
                a: 1️⃣section 907
            """, [
                error("1️⃣", "answer `section 907` is not one of the choices", notes: [
                    "the choices are: `Section 907`, `Section 301`, `Title IX`", "did you mean `Section 907`?",
                ]),
            ]),
        DiagnosticCase("too few choices, written as one text", """
            cards:
              - q: Which law?
                choices: 1️⃣Section 907, Section 301
                a: Section 907
            """, [
                error("1️⃣", "multiple choice needs at least 2 choices",
                      notes: ["write the choices as a list: `[A, B, C]`"]),
            ]),
        DiagnosticCase("the same choice twice", """
            cards:
              - q: Which city is the capital of Azerbaijan?
                choices:
                  - Baku
                  - Ganja
                  - 1️⃣baku
                a: Baku
            """, [error("1️⃣", "choice `baku` appears twice", notes: ["it reads the same as `Baku`"])]),
        DiagnosticCase("a number that is not a number and a negative tolerance", """
            cards:
              - q: How many people died in the crash?
                number: 1️⃣thirty-eight
              - q: How many cooperation documents were signed?
                number: 20
                tolerance: 2️⃣-1
            """, [
                error("1️⃣", "`number` should be a number, not `thirty-eight`",
                      notes: ["write digits such as `40`, `1.75` or `6,000`; put the unit in `unit:`"]),
                error("2️⃣", "tolerance must not be negative"),
            ]),
        DiagnosticCase("numeric keys on a card that is not numeric", """
            cards:
              - q: Where is Baku?
                a: Azerbaijan
                1️⃣unit: km
                2️⃣tolerance: 3
              - q: How far?
                a: 6,000 miles
                3️⃣number: 6000
            """, [
                error("1️⃣", "`unit` goes with `number:`", notes: ["write the whole answer, unit included, in `a:`"]),
                error("2️⃣", "`tolerance` only applies to numeric cards (those with `number:`)"),
                error("3️⃣", "give either `a:` or `number:`, not both"),
            ]),
        DiagnosticCase("cloze texts without deletions or with broken braces", """
            cards:
              - cloze: 1️⃣Ilham Aliyev is the president of Azerbaijan.
              - cloze: "{{c1::Ilham Aliyev}} is the president of 2️⃣{{c2::Azerbaijan."
              - cloze: Aliyev met 3️⃣{{Xi Jinping}} in China.
              - cloze: "He signed 4️⃣{{c1::}} documents."
            """, [
                error("1️⃣", "cloze text has no deletion; mark one like `{{c1::answer}}`"),
                error("2️⃣", "`{{` is never closed with `}}`"),
                error("3️⃣", "a deletion must start with a number such as `{{c1::`"),
                error("4️⃣", "deletion c1 is empty"),
            ]),
        DiagnosticCase("question keys on a cloze card", """
            cards:
              - cloze: "{{c1::Baku}} is the capital of Azerbaijan."
                1️⃣a: Baku
                2️⃣hint: a city
            """, [
                error("1️⃣", "`a` cannot be used with `cloze`",
                      notes: ["a cloze card's prompt and answer come from its text"]),
                error("2️⃣", "`hint` cannot be used with `cloze`",
                      notes: ["give a deletion its hint inside the braces: `{{c1::answer::hint}}`"]),
            ]),
        DiagnosticCase("the same id twice, and the same prompt twice", """
            cards:
              - q: Where is Baku?
                a: Azerbaijan
                id: baku
              - q: 1️⃣Where is  baku
                a: Azerbaijan
                id: 2️⃣baku
              - q: 3️⃣Where is Baku?
                a: In Azerbaijan
            """, [
                warning("1️⃣", "this prompt repeats the card at line 2",
                        notes: ["cards that ask the same thing are hard to tell apart in a review"]),
                error("2️⃣", "id `baku` is already used by the card at line 2"),
                warning("3️⃣", "this prompt repeats the card at line 2",
                        notes: ["cards that ask the same thing are hard to tell apart in a review"]),
            ]),
        DiagnosticCase("a mapping or a list where text belongs", """
            cards:
              - q: Where is Baku?
                a:
                  1️⃣country: Azerbaijan
              - q: Where is Baku?
                a: 2️⃣[Azerbaijan, the Caucasus]
              - 3️⃣Where is Baku?
            """, [
                error("1️⃣", "`a` should be text, not a mapping", notes: ["put text that contains `: ` in quotes"]),
                error("2️⃣", "`a` should be text, not a list",
                      notes: ["give one answer in `a:` and list the other accepted answers under `accept:`"]),
                error("3️⃣", "a card should be a mapping of keys such as `q:` and `a:`, not text",
                      notes: ["start each card with `- q: …` or `- cloze: …`"]),
            ]),
        DiagnosticCase("ids, kinds and categories that are not allowed", """
            cards:
              - q: Where is Baku?
                a: Azerbaijan
                id: 1️⃣where is baku
                kind: 2️⃣numerik
                category: 3️⃣figures
            """, [
                error("1️⃣", "id `where is baku` may hold only letters, digits, `-`, `_` and `.`"),
                error("2️⃣", "kind `numerik` is not one of `basic`, `cloze`, `multiple-choice`, `numeric`",
                      notes: ["did you mean `numeric`?"]),
                error("3️⃣", "category `figures` is not one of `figure`, `date`, `quote`, `position`, `stance`",
                      notes: ["did you mean `figure`?"]),
            ]),
        DiagnosticCase("a key given twice in a card, and the cards after it still checked", """
            cards:
              - q: Where is Baku?
                a: Azerbaijan
                1️⃣a: Caucasus
              - 2️⃣q: How far is Baku from the White House?
            """, [
                error("1️⃣", "key `a` appears twice in the same mapping", notes: ["its first use is at decks/x.yaml:3:5"]),
                error("2️⃣", "card has no answer (give `a:`, or `number:` for a numeric card)"),
            ]),
        DiagnosticCase("a number with a thousands comma in a flow list", """
            cards:
              - q: How far is Baku from the White House?
                a: six thousand miles
                accept: [1️⃣6,000 miles, "6,000 mi", 6000 miles]
            """, [error("1️⃣", "the comma in `6,000 miles` splits it into two items", notes: ["put it in quotes: `\"6,000 miles\"`"])]),
        DiagnosticCase("a deck with no cards", "1️⃣cards: []\n", [warning("1️⃣", "the deck has no cards")]),
    ]

    static let yamlSyntax: [DiagnosticCase] = [
        DiagnosticCase("a colon and space inside unquoted text", """
            cards:
              - q: Aliyev said1️⃣: USAID is a monster
                a: x
            """, [
                error("1️⃣", "`: ` cannot appear here in unquoted text",
                      notes: ["put text that contains `: `, ` #` or starts with a symbol in quotes"]),
            ]),
        DiagnosticCase("a quote that is never closed", """
            cards:
              - q: 1️⃣"What did Musk call USAID?
                a: a criminal organization
            """, [error("1️⃣", "quoted text is never closed", notes: ["close it with the same quote mark it starts with"])]),
        DiagnosticCase("a tab used to indent", "cards:\n1️⃣\t- q: x\n", [error("1️⃣", "tabs cannot indent YAML; use spaces")]),
        DiagnosticCase("a list that is never closed", """
            cards:
              - q: Which law?
                choices: 1️⃣[Section 907, Section 301
                a: Section 907
            """, [
                error("1️⃣", "a `[` list is not closed with `]`",
                      notes: ["separate the items with `, ` and quote items that contain `,` or `]`"]),
            ]),
        DiagnosticCase("a line indented too little", """
            cards:
              - q: Where is Baku?
               1️⃣a: Azerbaijan
            """, [error("1️⃣", "expected a `- ` list item here; check the indentation of this line")]),
        DiagnosticCase("a key indented further than the others", """
            cards:
              - q: Where is Baku?
                a: Azerbaijan
                  1️⃣explain: It is the capital.
            """, [error("1️⃣", "`explain` is indented differently from the keys above it",
                        notes: ["line up the keys of a card under its first key"])]),
        DiagnosticCase("text after a closing quote", """
            cards:
              - q: "Where is Baku?" 1️⃣in Azerbaijan
                a: Azerbaijan
            """, [error("1️⃣", "unexpected text after the closing quote", notes: ["put the whole text in quotes"])]),
        DiagnosticCase("a second document", """
            cards:
              - q: Where is Baku?
                a: Azerbaijan
            1️⃣---
            cards: []
            """, [error("1️⃣", "a deck file holds one document; remove the second `---`")]),
        DiagnosticCase("an alias that refers to nothing", """
            cards:
              - q: Where is Baku?
                a: 1️⃣*capital
            """, [error("1️⃣", "this alias refers to no anchor",
                        notes: ["put text that contains `: `, ` #` or starts with a symbol in quotes"])]),
        DiagnosticCase("a top-level key given twice", """
            cards:
              - q: Where is Baku?
                a: Azerbaijan
            1️⃣cards:
              - q: 2️⃣Who leads Azerbaijan?
            """, [error("1️⃣", "key `cards` appears twice in the same mapping", notes: ["its first use is at decks/x.yaml:1:1"])]),
        DiagnosticCase("a percent sign starting a line", """
            1️⃣%YAML text
            cards: []
            """, [error("1️⃣", "`%` at the start of a line starts a YAML directive",
                        notes: ["put text that contains `: `, ` #` or starts with a symbol in quotes"])]),
        DiagnosticCase("a backtick starting a value", """
            cards:
              - q: Where is Baku?
                a: 1️⃣`Azerbaijan`
            """, [
                error("1️⃣", "a backtick cannot start unquoted text",
                      notes: ["put text that contains `: `, ` #` or starts with a symbol in quotes"]),
            ]),
    ]
}

@Test(arguments: DiagnosticCase.cardProblems + DiagnosticCase.yamlSyntax)
func everyProblemIsReportedWithItsPlaceAndMessage(_ example: DiagnosticCase) {
    let file = "decks/x.yaml"
    let marked = MarkedText(example.marked)
    let result = DeckParser.parse(marked.text, file: file)
    let expected = example.expected.map {
        DeckDiagnostic($0.severity, at: marked.location($0.marker, file: file), $0.message, notes: $0.notes)
    }
    #expect(result.diagnostics.map(\.description) == expected.map(\.description))
    #expect(result.hasErrors == expected.contains { $0.severity == .error })
}

@Test func diagnosticsPrintLikeACompiler() {
    let marked = MarkedText("""
        cards:
          - 1️⃣q: How far is Baku from the White House?
        """)
    let result = DeckParser.parse(marked.text, file: "decks/x.yaml")
    #expect(result.diagnostics.map(\.description) == [
        "decks/x.yaml:2:5: error: card has no answer (give `a:`, or `number:` for a numeric card)",
    ])
}

@Test func aSyntaxErrorInTheOnlyCardGivesADeckWithoutCards() {
    let result = DeckParser.parse("cards:\n  - q: \"open\n", file: "decks/x.yaml")
    #expect(result.deck == Deck(name: "x", cards: []))
    #expect(result.errors.map(\.description) == ["decks/x.yaml:2:8: error: quoted text is never closed\n  note: close it with the same quote mark it starts with"])
}

@Test func cardsWithErrorsAreLeftOutAndTheRestKept() {
    let result = DeckParser.parse("""
        cards:
          - q: Where is Baku?
            a: Azerbaijan
          - q: How far?
          - q: Who is the president?
            a: Ilham Aliyev
        """, file: "decks/x.yaml")
    #expect(result.deck?.cards.map(\.content.answer) == ["Azerbaijan", "Ilham Aliyev"])
    #expect(result.errors.count == 1)
}
