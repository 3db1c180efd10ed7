import Testing
@testable import RecallCore

/// One typed answer against one card, and what the checker must say.
struct AnswerCase: CustomTestStringConvertible, Sendable {
    var id: String
    var card: CardContent
    var typed: String
    var verdict: AnswerCheck.Verdict
    /// Checked when given; `AnswerCase.nothing` when nothing may be matched.
    var matched: String?
    /// Checked when given.
    var note: String?

    var testDescription: String { id }

    static let nothing = "(nothing)"

    init(_ id: String, _ card: CardContent, _ typed: String, _ verdict: AnswerCheck.Verdict, matched: String? = nil, note: String? = nil) {
        self.id = id
        self.card = card
        self.typed = typed
        self.verdict = verdict
        self.matched = matched
        self.note = note
    }
}

private func basic(_ answer: String, accepted: [String] = []) -> CardContent {
    CardContent(kind: .basic, prompt: "?", answer: answer, accepted: accepted)
}

private func choice(_ answer: String, of choices: [String]) -> CardContent {
    CardContent(kind: .multipleChoice, prompt: "?", answer: answer, choices: choices)
}

private func numeric(_ answer: String, tolerance: Double? = nil) -> CardContent {
    CardContent(kind: .numeric, prompt: "?", answer: answer, tolerance: tolerance)
}

// Facts from the bundled article "Baku's Tightrope", and a few more.
private let trade = basic("$1.75 billion")
private let distance = basic("6,000 miles")
private let photo = basic("September 2017")
private let forum = basic("April 9")
private let documents = basic("20 cooperation documents")
private let aliyev = basic("Ilham Aliyev")
private let president = basic("President Ilham Aliyev")
private let section = basic("Section 907")
private let suspended = basic("mid-2024")
private let predecessor = basic("Trump’s predecessor")
private let capitals = choice("Baku", of: ["Baku", "Yerevan", "Tbilisi", "Ankara"])
/// A surname answer whose source sentence gives the fuller name and a title.
private let trump = CardContent(
    kind: .basic, prompt: "Who met Aliyev in New York?", answer: "Trump",
    source: SourceQuote(sentence: "US President Donald Trump met Ilham Aliyev in New York.", line: 1, column: 1))
private let nelson = basic("NASA Administrator Bill Nelson")

extension AnswerCase {
    static let normalisation: [AnswerCase] = [
        .init("normalise.case", aliyev, "ilham ALIYEV", .correct, matched: "Ilham Aliyev"),
        .init("normalise.surrounding-whitespace", aliyev, "  Ilham Aliyev \n", .correct),
        .init("normalise.inner-whitespace", aliyev, "Ilham \t  Aliyev", .correct),
        .init("normalise.punctuation", aliyev, "Ilham Aliyev!", .correct),
        .init("normalise.straight-apostrophe-for-curly", predecessor, "Trump's predecessor", .correct),
        .init("normalise.curly-apostrophe-for-straight", basic("Trump's predecessor"), "Trump’s predecessor", .correct),
        .init("normalise.curly-quotes", basic("Russian “soft power” activities"), "Russian \"soft power\" activities", .correct),
        .init("normalise.diacritics-left-out", basic("São Paulo"), "Sao Paulo", .correct),
        .init("normalise.diacritics-added", aliyev, "Ilham Alíyev", .correct),
        .init("normalise.leading-article-in-answer", basic("the Supreme Leader"), "Supreme Leader", .correct),
        .init("normalise.leading-article-typed", basic("senseless waste"), "a senseless waste", .correct),
        .init("normalise.ampersand", basic("Trump and Musk"), "Trump & Musk", .correct),
        .init("normalise.hyphen", basic("Nagorno-Karabakh"), "Nagorno Karabakh", .correct),
        .init("normalise.british-spelling", basic("criminal organization"), "criminal organisation", .correct),
        .init("normalise.control-character", aliyev, "Ilham\u{7}Aliyev", .correct),
        .init("normalise.zero-width-space", aliyev, "Ilham Ali\u{200B}yev", .correct),
        .init("normalise.full-width-letters", basic("Baku"), "ＢＡＫＵ", .correct),
        .init("normalise.country-abbreviation", basic("President of the United States"), "President of the U.S.", .correct),
        .init("normalise.only-a-leading-article-goes", basic("Belt and Road Initiative"), "Belt and the Road Initiative", .incorrect),
    ]

    static let money: [AnswerCase] = [
        .init("money.as-written", trade, "$1.75 billion", .correct, matched: "$1.75 billion"),
        .init("money.bn-abbreviation", trade, "1.75bn", .correct),
        .init("money.spaced-bn", trade, "$1.75 bn", .correct),
        .init("money.thousand-millions", trade, "1,750 million", .correct),
        .init("money.dollars-word", trade, "1.75 billion dollars", .correct),
        .init("money.currency-left-out", trade, "1.75 billion", .correct),
        .init("money.us-dollar-sign", trade, "US$1.75 billion", .correct),
        .init("money.currency-code", trade, "USD 1.75 billion", .correct),
        .init("money.all-digits", trade, "1,750,000,000", .correct),
        .init("money.hedged", trade, "about $1.75 billion", .correct),
        .init("money.swapped-digits", trade, "1.57 billion", .incorrect, note: nil),
        .init("money.close-but-wrong", trade, "1.7 billion", .incorrect, note: "close: 1.7 billion vs $1.75 billion"),
        .init("money.other-currency", trade, "€1.75 billion", .incorrect, note: "right number, wrong currency"),
        .init("money.wrong-scale", trade, "1.75 million", .incorrect, note: "right digits, wrong scale"),
        .init("money.scale-left-out", trade, "1.75", .incorrect, note: "right digits, wrong scale"),
        .init("money.pounds-m", basic("£2m"), "2 million pounds", .correct),
        .init("money.pounds-in-dollars", basic("£2m"), "$2m", .incorrect),
        .init("money.euros-for-dollars-with-a-bare-accepted-form",
              CardContent(kind: .numeric, prompt: "?", answer: "1.75 billion dollars", accepted: ["1.75 billion"], tolerance: 0),
              "€1.75 billion", .incorrect, note: "right number, wrong currency"),
        .init("money.euros-for-dollar-words", basic("1.75 billion dollars"), "€1.75 billion", .incorrect,
              note: "right number, wrong currency"),
        .init("money.dollars-with-a-bare-accepted-form", basic("$1.75 billion", accepted: ["1.75 billion"]), "1.75bn dollars", .correct),
    ]

    static let quantities: [AnswerCase] = [
        .init("distance.as-written", distance, "6,000 miles", .correct),
        .init("distance.no-separator", distance, "6000 miles", .correct),
        .init("distance.unit-left-out", distance, "6000", .correct),
        .init("distance.separator-unit-left-out", distance, "6,000", .correct),
        .init("distance.space-separator", distance, "6 000 miles", .correct),
        .init("distance.words", distance, "six thousand miles", .correct),
        .init("distance.abbreviated-unit", distance, "6000 mi", .correct),
        .init("distance.other-unit", distance, "6000 km", .incorrect, note: "right number, wrong unit"),
        .init("distance.currency-for-unit", distance, "$6000", .incorrect, note: "right number, wrong unit"),
        .init("distance.misspelt-unit", distance, "6000 mils", .nearMiss, note: "small typo: you typed “mils”"),
        .init("distance.wrong-number", distance, "7000 miles", .incorrect),
        .init("distance.more-detail", distance, "6,000 miles away", .correct),
        .init("distance.unit-changed-by-a-word", distance, "6000 square miles", .incorrect, note: "right number, wrong unit"),
        .init("hyphenated.with-noun", basic("60-day"), "a 60-day ultimatum", .correct),
        .init("count.other-word-for-unit", basic("three weeks ago"), "three weeks earlier", .incorrect),
        .init("distance.extra-zero", distance, "60000", .incorrect),
        .init("documents.digits", documents, "20", .correct),
        .init("documents.word", documents, "twenty", .correct),
        .init("documents.words-and-unit", documents, "twenty cooperation documents", .correct),
        .init("documents.part-of-unit", documents, "20 documents", .correct),
        .init("documents.other-unit", documents, "20 agreements", .incorrect),
        .init("documents.wrong-number", documents, "21", .incorrect),
        .init("documents.wrong-word-number", documents, "twelve", .incorrect),
        .init("percent.word", basic("38%"), "38 percent", .correct),
        .init("percent.two-words", basic("38%"), "38 per cent", .correct),
        .init("percent.sign-left-out", basic("38%"), "38", .correct),
        .init("percent.wrong-number", basic("38%"), "83%", .incorrect),
        .init("count.spelled-with-unit", basic("38 people"), "thirty-eight", .correct),
        .init("count.other-unit-word", basic("38 people"), "38 dead", .incorrect),
        .init("count.unit-added-to-bare-answer", basic("38"), "38 people", .correct),
        .init("count.percent-added-to-unit-answer", basic("38 people"), "38%", .incorrect),
        .init("label.as-written", section, "Section 907", .correct),
        .init("label.left-out", section, "907", .correct),
        .init("label.other-label", section, "Article 907", .incorrect),
        .init("label.misspelt", section, "Sectoin 907", .nearMiss),
        .init("label.number-typo-is-wrong", section, "Section 970", .incorrect),
        .init("ordinal.digits", basic("second"), "2nd", .correct),
        .init("ordinal.cardinal", basic("second"), "2", .correct),
        .init("ordinal.wrong", basic("second"), "third", .incorrect),
        .init("ordinal.misspelt-is-a-near-miss", basic("second term"), "secnod term", .nearMiss,
              note: "spelling: “secnod” is “second”"),
        .init("ordinal.another-number-is-wrong", basic("second term"), "third term", .incorrect),
        .init("hyphenated.plural", basic("60-day"), "60 days", .correct),
        .init("hyphenated.words", basic("60-day"), "sixty days", .correct),
        .init("hyphenated.wrong", basic("60-day"), "90 days", .incorrect),
        .init("fraction.words-for-digits", basic("1/3"), "a third", .correct),
        .init("fraction.half", basic("0.5"), "half", .correct),
    ]

    static let dates: [AnswerCase] = [
        .init("date.month-year.as-written", photo, "September 2017", .correct),
        .init("date.month-year.sept-dot", photo, "Sept. 2017", .correct),
        .init("date.month-year.sep", photo, "sep 2017", .correct),
        .init("date.month-year.iso", photo, "2017-09", .correct),
        .init("date.month-year.wrong-year", photo, "September 2018", .incorrect, note: "wrong year"),
        .init("date.month-year.wrong-month", photo, "October 2017", .incorrect, note: "wrong month"),
        .init("date.month-year.year-only", photo, "2017", .incorrect, note: "the answer also gives the month"),
        .init("date.month-year.misspelt-month", photo, "Septmber 2017", .nearMiss),
        .init("date.day-month.other-order", forum, "9 April", .correct),
        .init("date.day-month.ordinal", forum, "9th April", .correct),
        .init("date.day-month.abbreviated", forum, "Apr 9", .correct),
        .init("date.day-month.suffix", forum, "April 9th", .correct),
        .init("date.day-month.preposition", forum, "on April 9", .correct),
        .init("date.day-month.wrong-day", forum, "April 8", .incorrect, note: "wrong day"),
        .init("date.day-month.ambiguous-numbers", forum, "9/4", .incorrect,
              note: "ambiguous date: it could be 9 April or 4 September; write the month as a word"),
        .init("date.day-month.unambiguous-numbers", basic("December 25"), "25/12", .correct),
        .init("date.day-month.month-only", forum, "April", .incorrect, note: "the answer also gives the day"),
        .init("date.day-month.year-added", forum, "April 9, 2025", .incorrect, note: "the answer gives no year"),
        .init("date.day-month.bare-day", forum, "9", .incorrect),
        .init("date.qualified.no-hyphen", suspended, "mid 2024", .correct),
        .init("date.qualified.words", suspended, "in the middle of 2024", .correct),
        .init("date.qualified.qualifier-left-out", suspended, "2024", .correct),
        .init("date.qualified.other-qualifier", suspended, "late 2024", .incorrect),
        .init("date.year.wrong", basic("2018"), "2017", .incorrect, note: "wrong year"),
        .init("date.decade.apostrophe", basic("the 1990s"), "1990's", .correct),
        .init("date.decade.wrong", basic("the 1990s"), "1980s", .incorrect),
    ]

    static let names: [AnswerCase] = [
        .init("name.full", aliyev, "Ilham Aliyev", .correct),
        .init("name.surname", aliyev, "Aliyev", .correct, matched: "Ilham Aliyev"),
        .init("name.surname-typo", aliyev, "Alyev", .nearMiss, note: "small typo: you typed “Alyev”"),
        .init("name.full-typo", aliyev, "Ilham Aliev", .nearMiss, note: "small typo: you typed “Aliev”"),
        .init("name.first-name-only", aliyev, "Ilham", .incorrect),
        .init("name.swapped-order", aliyev, "Aliyev Ilham", .incorrect),
        .init("name.title-left-out", president, "Ilham Aliyev", .correct),
        .init("name.title-and-surname", president, "President Aliyev", .correct),
        .init("name.surname-after-title", president, "Aliyev", .correct),
        .init("name.title-added", aliyev, "President Ilham Aliyev", .correct),
        .init("name.described-title", basic("Azerbaijan leader Ilham Aliyev"), "Ilham Aliyev", .correct),
        .init("name.other-surname", basic("Elon Musk"), "Trump", .incorrect),
        .init("name.surname-of-two", basic("Elon Musk"), "Musk", .correct),
        .init("name.institution-is-not-a-person", basic("European Union"), "Union", .incorrect),
        .init("name.place-is-not-a-person", basic("White House"), "House", .incorrect),
        .init("name.regnal-number-alone", basic("Catholicos Aram I"), "I", .incorrect),
        .init("name.regnal-name-without-title", basic("Catholicos Aram I"), "Aram I", .correct),
        .init("name.phrase-is-not-a-name", basic("Belt and Road Initiative"), "Initiative", .incorrect),
        .init("name.fuller-form-from-source", trump, "Donald Trump", .correct, matched: "Trump"),
        .init("name.title-before-surname", trump, "President Trump", .correct, matched: "Trump"),
        .init("name.title-and-fuller-form", trump, "president donald trump", .correct, matched: "Trump"),
        .init("name.fuller-form-typo", trump, "Donal Trump", .nearMiss, matched: "Trump"),
        .init("name.other-first-name-than-source", trump, "Melania Trump", .incorrect),
        .init("name.first-name-from-source-alone", trump, "Donald", .incorrect),
        .init("name.title-before-surname-without-source", basic("Trump"), "President Trump", .correct),
        .init("name.fuller-form-without-source", basic("Trump"), "Donald Trump", .incorrect),
        .init("name.described-title-left-out", nelson, "Bill Nelson", .correct),
        .init("name.described-title-surname", nelson, "Nelson", .correct),
        .init("name.title-and-surname-of-described", nelson, "Administrator Nelson", .correct),
        .init("name.middle-initial-left-out", basic("Donald J. Trump"), "Donald Trump", .correct),
        .init("name.middle-initial-given", basic("Donald J. Trump"), "Donald J Trump", .correct),
    ]

    static let typos: [AnswerCase] = [
        .init("typo.swapped-letters", basic("Baku"), "Bkau", .nearMiss),
        .init("typo.short-word-missing-letter", basic("Iran"), "Irn", .nearMiss),
        .init("typo.short-word-other-letter", basic("Iran"), "Iraq", .incorrect),
        .init("typo.three-letters-exact-only", basic("USA"), "UAS", .incorrect),
        .init("typo.long-two-edits", basic("criminal organization"), "crimnal organizaton", .nearMiss),
        .init("typo.long-too-many-edits", basic("criminal organization"), "crminl orgnztn", .incorrect),
        .init("typo.short-word-inside-phrase", basic("Trump and Musk"), "Trump and Mask", .incorrect),
        .init("typo.missing-space", basic("Nagorno-Karabakh"), "NagornoKarabakh", .nearMiss),
        .init("typo.number-in-phrase-exact", basic("nearly double the 2023 total"), "nearly doulbe the 2023 total", .nearMiss),
        .init("typo.number-in-phrase-wrong", basic("nearly double the 2023 total"), "nearly double the 2022 total", .incorrect),
        .init("typo.model-number", basic("Boeing 737 MAX"), "Boeing 738 MAX", .incorrect),
        .init("typo.unrelated", basic("Baku"), "Tehran", .incorrect),
    ]

    static let choices: [AnswerCase] = [
        .init("choice.text", capitals, "baku", .correct, matched: "Baku"),
        .init("choice.number", capitals, "1", .correct, matched: "Baku"),
        .init("choice.letter", capitals, "a", .correct, matched: "Baku"),
        .init("choice.letter-with-parenthesis", capitals, "A)", .correct, matched: "Baku"),
        .init("choice.letter-in-parentheses", capitals, "(a)", .correct, matched: "Baku"),
        .init("choice.other-text", capitals, "Yerevan", .incorrect, matched: "Yerevan"),
        .init("choice.other-number", capitals, "2", .incorrect, matched: "Yerevan"),
        .init("choice.other-letter", capitals, "D.", .incorrect, matched: "Ankara"),
        .init("choice.letter-beyond-choices", capitals, "e", .incorrect, matched: nothing),
        .init("choice.number-beyond-choices", capitals, "5", .incorrect, matched: nothing),
        .init("choice.typo", capitals, "Bakku", .nearMiss, matched: "Baku"),
        .init("choice.typo-near-two-choices", choice("Australia", of: ["Austria", "Australia"]), "Austraia", .incorrect),
        .init("choice.index-for-year-choices", choice("2017", of: ["2019", "2017", "2018"]), "2", .correct, matched: "2017"),
        .init("choice.text-beats-index", choice("2", of: ["3", "1", "2"]), "2", .correct, matched: "2"),
        .init("choice.other-text-beats-index", choice("2", of: ["3", "1", "2"]), "3", .incorrect, matched: "3"),
        .init("choice.surname-fits-two-choices", choice("Ilham Aliyev", of: ["Ilham Aliyev", "Heydar Aliyev"]), "Aliyev", .incorrect,
              note: "that fits more than one choice"),
        .init("choice.full-name-among-namesakes", choice("Ilham Aliyev", of: ["Ilham Aliyev", "Heydar Aliyev"]), "ilham aliyev", .correct),
        .init("choice.other-number-form", choice("$1.75 billion", of: ["$1.75 billion", "$2 billion"]), "2bn", .incorrect, matched: "$2 billion"),
        .init("choice.number-forms", choice("$1.75 billion", of: ["$1.75 billion", "$2 billion"]), "1.75bn", .correct),
    ]

    static let kinds: [AnswerCase] = [
        .init("numeric.exact", numeric("100", tolerance: 5), "100", .correct),
        .init("numeric.within-tolerance", numeric("100", tolerance: 5), "103", .correct),
        .init("numeric.at-tolerance", numeric("100", tolerance: 5), "95", .correct),
        .init("numeric.outside-tolerance", numeric("100", tolerance: 5), "106", .incorrect),
        .init("numeric.words", numeric("100", tolerance: 5), "a hundred", .correct),
        .init("numeric.separators", numeric("6000"), "6,000", .correct),
        .init("numeric.spelled", numeric("6000"), "six thousand", .correct),
        .init("numeric.negative-words", numeric("-40"), "minus forty", .correct),
        .init("numeric.sign-matters", numeric("5"), "-5", .incorrect),
        .init("numeric.minus-sign-character", numeric("-5"), "−5", .correct),
        .init("numeric.not-a-number", numeric("100", tolerance: 5), "lots", .incorrect),
        .init("numeric.no-tolerance-is-exact", numeric("6000"), "6001", .incorrect),
        .init("numeric.year-within-tolerance", numeric("2024", tolerance: 1), "2025", .correct),
        .init("numeric.close-note", numeric("100", tolerance: 1), "103", .incorrect, note: "close: 103 vs 100"),
        .init("cloze.exact", CardContent(kind: .cloze, prompt: "The capital is {{c1::…}}", answer: "Baku"), "baku", .correct),
        .init("cloze.typo", CardContent(kind: .cloze, prompt: "The capital is {{c1::…}}", answer: "Baku"), "Bakuu", .nearMiss),
        .init("cloze.number", CardContent(kind: .cloze, prompt: "Trade reached {{c1::…}}", answer: "$1.75 billion"), "1.75bn", .correct),
        .init("accepted.alternative", basic("wife", accepted: ["his wife", "Aliyev's wife"]), "Aliyev’s wife", .correct, matched: "Aliyev's wife"),
        .init("accepted.alternative-typo", basic("wife", accepted: ["his wife", "Aliyev's wife"]), "Aliev's wife", .nearMiss, matched: "Aliyev's wife"),
        .init("accepted.matched-as-written", basic(" wife ", accepted: ["his wife "]), "His wife", .correct, matched: "his wife "),
        .init("accepted.none-fits", basic("wife", accepted: ["his wife"]), "sister", .incorrect),
        .init("empty.nothing", aliyev, "", .empty),
        .init("empty.whitespace", aliyev, "  \t\n ", .empty),
        .init("empty.invisible", aliyev, "\u{200B}\u{200F}", .empty),
        .init("empty.multiple-choice", capitals, " ", .empty),
    ]

    static let spelling: [AnswerCase] = [
        .init("spelling.thousand", distance, "six thosand miles", .nearMiss, note: "spelling: “thosand” is “thousand”"),
        .init("spelling.ninety", basic("90"), "ninty", .nearMiss, note: "spelling: “ninty” is “ninety”"),
        .init("spelling.february", basic("February 2017"), "Febuary 2017", .nearMiss),
        .init("spelling.transposed-month", basic("9 February"), "9 Feburary", .nearMiss),
        .init("spelling.wrong-number-stays-wrong", distance, "seven thosand miles", .incorrect),
        .init("spelling.short-words-are-not-guessed", basic("nine"), "none", .incorrect),
        .init("spelling.nearest-of-two", basic("ninth"), "ninty", .nearMiss, note: "spelling: “ninty” is “ninth”"),
    ]

    static let asides: [AnswerCase] = [
        .init("aside.parenthesised-part-left-out", basic("cat (French)"), "cat", .correct, matched: "cat (French)"),
        .init("aside.parenthesised-part-typed", basic("cat (French)"), "cat French", .correct),
        .init("aside.bracketed-part-left-out", basic("Baku [the capital]"), "baku", .correct),
        .init("aside.after-a-dash", basic("Baku — the capital"), "Baku", .correct),
        .init("aside.after-a-semicolon", basic("chat; also minou"), "chat", .correct),
        .init("aside.typo-in-the-essential-part", basic("Azerbaijan (country)"), "Azerbaijn", .nearMiss),
        .init("aside.the-aside-alone-is-wrong", basic("cat (French)"), "French", .incorrect),
        .init("aside.of-an-accepted-answer", basic("feline", accepted: ["cat (informal)"]), "cat", .correct, matched: "cat (informal)"),
        .init("aside.a-wrong-essential-part-is-wrong", basic("cat (French)"), "dog", .incorrect),
        .init("aside.a-hyphenated-word-is-not-split", basic("mid-2024"), "mid", .incorrect),
    ]

    static let all = normalisation + money + quantities + dates + names + typos + choices + kinds + spelling + asides
}

@Test(arguments: AnswerCase.all)
func checkerJudgesTypedAnswers(_ example: AnswerCase) {
    let check = AnswerChecker().check(example.typed, against: example.card)
    #expect(check.verdict == example.verdict)
    if let matched = example.matched { #expect(check.matched ?? AnswerCase.nothing == matched) }
    if let note = example.note { #expect(check.note == note) }
}

@Test(arguments: [
    ("cat (French)", "cat"), ("Baku [the capital]", "Baku"), ("Baku — the capital", "Baku"),
    ("chat; also minou", "chat"), ("(French)", nil), ("cat (French", nil), ("mid-2024", nil), ("cat", nil), ("a) first", nil),
] as [(String, String?)])
func theEssentialPartLeavesOutAsides(_ answer: String, _ essential: String?) {
    #expect(OptionalParts.essential(of: answer) == essential)
}

@Test func caseIdsAreUnique() {
    let ids = AnswerCase.all.map(\.id)
    #expect(Set(ids).count == ids.count)
}

@Test func nearMissCountsAsRight() {
    let check = AnswerChecker().check("Alyev", against: aliyev)
    #expect(check.verdict == .nearMiss)
    #expect(check.isRight)
    #expect(!AnswerChecker().check("Ilham", against: aliyev).isRight)
}

@Test func anAllNumberDateIsReadInTheGivenOrder() {
    let forum = CardContent(kind: .basic, prompt: "?", answer: "April 9")
    #expect(AnswerChecker(dateOrder: .dayFirst).check("9/4", against: forum).verdict == .correct)
    #expect(AnswerChecker(dateOrder: .monthFirst).check("4/9", against: forum).verdict == .correct)
    #expect(AnswerChecker(dateOrder: .monthFirst).check("9/4", against: forum).verdict == .incorrect)
    // A date only one order can read needs no order.
    #expect(AnswerChecker(dateOrder: .monthFirst).check("25/12", against: CardContent(kind: .basic, prompt: "?", answer: "December 25")).verdict == .correct)
}

@Test func theSpellingVocabularyIsNumberAndMonthWords() {
    #expect(NumberWordSpelling.corrections(of: "thosand") == ["thousand"])
    #expect(NumberWordSpelling.corrections(of: "septembre") == ["september"])
    #expect(NumberWordSpelling.corrections(of: "ninty") == ["ninety", "ninth"])
    #expect(NumberWordSpelling.corrections(of: "thousand") == [], "a right word is left alone")
    #expect(NumberWordSpelling.corrections(of: "house") == [])
}
