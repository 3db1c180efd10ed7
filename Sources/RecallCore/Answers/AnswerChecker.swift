/// Checks typed answers leniently, like a good teacher: case, accents, punctuation, articles,
/// the way a number or a date is written, a title before a name and small typos do not matter;
/// a wrong number, a wrong date or another choice is wrong.
///
/// For each accepted answer, in order:
/// 1. The folded texts are equal (see `AnswerNormalizer`) → correct.
/// 2. The answer and the typed text read as dates: equal parts → correct, else wrong.
/// 3. The answer is a quantity and the typed text reads as one: the same value (within the
///    card's tolerance for numeric cards) with no conflicting unit, currency or percent sign →
///    correct (a misspelt unit word is a near miss); anything else is wrong. A unit, currency
///    or label may be left out ("6000" for "6,000 miles").
/// 4. The answer is a person's name: the name without its title, or the surname alone under
///    the rules of `NameForms` → correct, or a near miss with a small typo. An answer that is a
///    surname alone takes a title before it ("President Trump").
/// 5. The same numbers in the same order and a small edit distance (`EditDistance.allowance`;
///    words of four letters or fewer take no substituted letter, so "Iraq" is not "Iran") →
///    near miss.
/// The best result over all accepted answers wins. When none is right, the essential part of
/// an answer with an aside is enough ("cat" for "cat (French)", see `OptionalParts`); else a
/// fuller form of a name answer that the card's source sentence or explanation gives ("Donald
/// Trump" for "Trump").
public struct AnswerChecker: Sendable {
    /// How an all-number date such as "9/4" is read; nil leaves it ambiguous (wrong, with a
    /// note, unless both readings are the answer) so that the caller can ask.
    public var dateOrder: DateOrder?

    public init(dateOrder: DateOrder? = nil) {
        self.dateOrder = dateOrder
    }

    public func check(_ typed: String, against content: CardContent) -> AnswerCheck {
        guard !AnswerText.isBlank(typed) else { return AnswerCheck(verdict: .empty) }
        let input = AnswerText(typed)
        switch content.kind {
        case .multipleChoice:
            return checkChoice(input, content: content)
        case .basic, .cloze:
            let check = best(input, among: content.allAnswers, tolerance: nil)
            guard check.verdict == .incorrect else { return check }
            return withoutAsides(input, content: content) ?? fullerName(input, content: content) ?? check
        case .numeric:
            let tolerance = content.tolerance.map { $0.isFinite ? abs($0) : 0 } ?? 0
            return best(input, among: content.allAnswers, tolerance: tolerance)
        }
    }

    /// The best check of `input` against any of `answers`: a correct one, else a near miss,
    /// else the first wrong one with a note.
    /// A right answer whose number words or months were misspelt ("six thosand miles") is a
    /// near miss. A typed currency must be the card's own: "€1.75 billion" is not right for a
    /// card in dollars even when one accepted form leaves the currency out.
    func best(_ input: AnswerText, among answers: [String], tolerance: Double?) -> AnswerCheck {
        let check = bestAsTyped(input, among: answers, tolerance: tolerance)
        if let currency = input.number?.currency, check.isRight {
            let currencies = Set(answers.compactMap { NumberReading($0)?.currency })
            if !currencies.isEmpty, !currencies.contains(currency) {
                return AnswerCheck(verdict: .incorrect, note: "right number, wrong currency")
            }
        }
        guard check.verdict == .incorrect else { return check }
        for fixed in NumberWordSpelling.corrected(input.original) {
            let again = best(AnswerText(fixed.text), among: answers, tolerance: tolerance)
            guard again.isRight else { continue }
            let spelling = fixed.fixes.map { "“\($0.0)” is “\($0.1)”" }.joined(separator: ", ")
            return AnswerCheck(verdict: .nearMiss, matched: again.matched, note: "spelling: " + spelling)
        }
        return check
    }

    private func bestAsTyped(_ input: AnswerText, among answers: [String], tolerance: Double?) -> AnswerCheck {
        var nearMiss: AnswerCheck?
        var wrong: AnswerCheck?
        for answer in answers {
            let check = compare(input, with: AnswerText(answer), tolerance: tolerance)
            switch check.verdict {
            case .correct: return check
            case .nearMiss: nearMiss = nearMiss ?? check
            case .incorrect, .empty: if wrong?.note == nil { wrong = check }
            }
        }
        return nearMiss ?? wrong ?? AnswerCheck(verdict: .incorrect)
    }

    /// Checks `typed` against one answer. A `tolerance` makes the answer a number (numeric
    /// cards): "2025" is then within 1 of "2024" rather than the wrong year.
    func compare(_ typed: AnswerText, with expected: AnswerText, tolerance: Double?) -> AnswerCheck {
        let answer = expected.original
        if expected.folded.isEmpty {
            let same = typed.raw == expected.raw
            return AnswerCheck(verdict: same ? .correct : .incorrect, matched: same ? answer : nil)
        }
        if typed.folded.words == expected.folded.words {
            return AnswerCheck(verdict: .correct, matched: answer)
        }
        if tolerance == nil, let answerDate = expected.date, let typedDate = typed.date {
            return compareDates(typedDate.resolved(dateOrder), answerDate, matched: answer)
        }
        // An answer like "2024" or "1/3" is a number too, but "April 9" is not the number 9.
        if let answerNumber = expected.number, let typedNumber = typed.number,
           tolerance != nil || expected.date == nil || (typed.date == nil && !expected.namesMonth)
        {
            return compareQuantities(typed, typedNumber, expected, answerNumber, tolerance: tolerance ?? 0)
        }
        // A name, or a surname alone ("Trump", which "President Trump" names too).
        let surname = expected.tokens.count == 1 && expected.tokens[0].kind == .word && expected.tokens[0].isCapitalised
        if let forms = NameForms(expected.tokens)?.forms ?? (surname ? [expected.folded.words] : nil) {
            let typedWords = NameForms.strippingTitle(typed.folded.words)
            if forms.contains(typedWords) { return AnswerCheck(verdict: .correct, matched: answer) }
            if forms.contains(where: { Typo.isSmall(typedWords, of: $0) }) {
                return AnswerCheck(verdict: .nearMiss, matched: answer, note: Typo.note(typed, expected))
            }
        }
        if typed.folded.numbers == expected.folded.numbers, Typo.isSmall(typed.folded.words, of: expected.folded.words) {
            return AnswerCheck(verdict: .nearMiss, matched: answer, note: Typo.note(typed, expected))
        }
        return AnswerCheck(verdict: .incorrect)
    }

    /// A right answer to the essential part of an answer with an aside ("cat" for
    /// "cat (French)", see `OptionalParts`), matched to the answer as written.
    private func withoutAsides(_ input: AnswerText, content: CardContent) -> AnswerCheck? {
        for answer in content.allAnswers {
            guard let essential = OptionalParts.essential(of: answer) else { continue }
            var check = best(input, among: [essential], tolerance: nil)
            guard check.isRight else { continue }
            check.matched = answer
            return check
        }
        return nil
    }

    /// A fuller form of a name answer that the card's source gives ("Donald Trump" for
    /// "Trump" when the sentence says "President Donald Trump"), typed with or without a title.
    private func fullerName(_ input: AnswerText, content: CardContent) -> AnswerCheck? {
        let context = [content.source?.sentence, content.explanation].compactMap { $0 }.joined(separator: "\n")
        guard !context.isEmpty else { return nil }
        let typedWords = NameForms.strippingTitle(input.folded.words)
        var nearMiss: AnswerCheck?
        for answer in content.allAnswers {
            let expected = AnswerText(answer)
            for form in NameForms.fullerForms(of: expected.tokens, in: context) {
                if typedWords == form { return AnswerCheck(verdict: .correct, matched: answer) }
                if nearMiss == nil, Typo.isSmall(typedWords, of: form) {
                    nearMiss = AnswerCheck(verdict: .nearMiss, matched: answer, note: Typo.note(input, AnswerText(form.joined(separator: " "))))
                }
            }
        }
        return nearMiss
    }

    private func compareDates(_ typed: DateReading, _ answer: DateReading, matched: String) -> AnswerCheck {
        if typed.matches(answer) { return AnswerCheck(verdict: .correct, matched: matched) }
        let oneReadingFits = typed.readings.contains { reading in answer.readings.contains { reading.matches($0) } }
        if typed.isAmbiguous, oneReadingFits {
            let readings = typed.readings.map(\.spoken).joined(separator: " or ")
            return AnswerCheck(verdict: .incorrect, note: "ambiguous date: it could be \(readings); write the month as a word")
        }
        guard let first = typed.readings.first, let expected = answer.readings.first else {
            return AnswerCheck(verdict: .incorrect)
        }
        return AnswerCheck(verdict: .incorrect, note: first.difference(from: expected))
    }

    private func compareQuantities(
        _ typedText: AnswerText, _ typed: NumberReading, _ expectedText: AnswerText, _ answer: NumberReading,
        tolerance: Double
    ) -> AnswerCheck {
        guard Self.same(typed.value, answer.value, tolerance: tolerance) else {
            return AnswerCheck(verdict: .incorrect, note: Self.numberNote(typedText, typed, expectedText, answer))
        }
        switch UnitMatch(typed, answer) {
        case .same:
            return AnswerCheck(verdict: .correct, matched: expectedText.original)
        case .typo:
            return AnswerCheck(verdict: .nearMiss, matched: expectedText.original, note: Typo.note(typedText, expectedText))
        case .otherCurrency:
            return AnswerCheck(verdict: .incorrect, note: "right number, wrong currency")
        case .otherUnit:
            return AnswerCheck(verdict: .incorrect, note: "right number, wrong unit")
        }
    }

    static func same(_ a: Double, _ b: Double, tolerance: Double) -> Bool {
        guard a.isFinite, b.isFinite else { return a == b }
        return abs(a - b) <= max(tolerance, 1e-9 * max(abs(a), abs(b)))
    }

    /// "close: 1.7 billion vs $1.75 billion" within 5 %, "right digits, wrong scale" for
    /// "1.75" against "$1.75 billion".
    private static func numberNote(_ typedText: AnswerText, _ typed: NumberReading, _ expectedText: AnswerText, _ answer: NumberReading) -> String? {
        guard typed.value.isFinite, answer.value.isFinite, typed.value != 0, answer.value != 0 else { return nil }
        let ratio = abs(answer.value / typed.value)
        for scale in [1e3, 1e6, 1e9, 1e12] where same(ratio, scale, tolerance: 0) || same(1 / ratio, scale, tolerance: 0) {
            return "right digits, wrong scale"
        }
        if abs(typed.value - answer.value) <= 0.05 * abs(answer.value) {
            return "close: \(typedText.raw.prefix(40)) vs \(expectedText.raw)"
        }
        return nil
    }
}

/// How the unit, currency and label of a typed quantity fit the answer's.
enum UnitMatch: Equatable {
    case same, typo, otherCurrency, otherUnit

    /// Anything typed must agree with the answer; what is left out is fine. When the answer
    /// gives no unit, currency or percent sign, any typed one is accepted ("38 people" for "38").
    /// Typed unit words must be among the answer's ("20 documents" for "20 cooperation
    /// documents") or hold all of them ("6,000 miles away" for "6,000 miles"), but never add a
    /// word that changes the unit ("square miles", "nautical miles").
    init(_ typed: NumberReading, _ answer: NumberReading) {
        var typo = false
        if let typedLabel = typed.label, let answerLabel = answer.label, typedLabel != answerLabel {
            guard Typo.isSmall(typedLabel, of: answerLabel) else { self = .otherUnit; return }
            typo = true
        }
        if answer.hasDimension {
            if let currency = typed.currency, currency != answer.currency {
                self = answer.currency == nil ? .otherUnit : .otherCurrency
                return
            }
            if typed.isPercent, !answer.isPercent { self = .otherUnit; return }
            let changesUnit = typed.unit.contains { Self.unitModifiers.contains($0) && !answer.unit.contains($0) }
            if let fit = Self.fit(typed.unit, within: answer.unit) {
                typo = typo || fit
            } else if !answer.unit.isEmpty, !changesUnit, let fit = Self.fit(answer.unit, within: typed.unit) {
                typo = typo || fit
            } else {
                self = .otherUnit
                return
            }
        }
        self = typo ? .typo : .same
    }

    /// Whether every word of `part` appears in `whole`, in order, allowing small typos: nil
    /// when they do not, else whether a typo was needed.
    private static func fit(_ part: [String], within whole: [String]) -> Bool? {
        var typo = false
        var remaining = whole[...]
        for word in part {
            guard let index = remaining.firstIndex(where: { $0 == word || Typo.isSmall(word, of: $0) || Typo.isSmall($0, of: word) })
            else { return nil }
            typo = typo || remaining[index] != word
            remaining = remaining[(index + 1)...]
        }
        return typo
    }

    private static let unitModifiers: Set<String> = [
        "square", "cubic", "cu", "nautical", "light", "per", "metric", "imperial", "short", "long",
    ]
}
