import Foundation

/// What an answer's own sentence says around it: the limits a wrong value must respect.
struct AnswerContext {
    /// Words of the prompt and of the sentence on each side of the answer: a distractor that
    /// stands there is shown by the question or its cloze.
    let shownWords: [[String]]
    /// Which side of the answer a wrong value must lie on, when the answer is a bound.
    let bound: Bound?
    /// "70 of 188": what a count cannot exceed.
    let ceiling: Double?
    /// Other values the sentence states ("down from 21 percent"): a wrong value stays on the
    /// answer's side of each one of the same kind.
    let otherValues: [NumberReading]
    /// The bare numbers the sentence states besides the answer ("South Africa (89)").
    let bareValues: [Double]

    enum Bound: Equatable {
        /// "at least 85%": every smaller value is also true, so wrong values lie above.
        case lower
        /// "fewer than 5%": every larger value is also true, so wrong values lie below.
        case upper
    }

    /// `others`: the answers of the other facts of the same sentence.
    init(fact: Fact, sentence: Sentence, others: [String], cache: TextCache) {
        let before = sentence.text(0..<fact.span.lowerBound)
        let after = sentence.text(fact.span.upperBound..<sentence.scalars.count)
        shownWords = [cache.words(fact.prompt), cache.words(before), cache.words(after)]
        bound = Self.bound(before: before, answer: fact.answer, after: after)
        // "a score of 89": a score is out of 100 unless the sentence says otherwise.
        ceiling = Self.ceiling(after: after)
            ?? (before.lowercased().split(separator: " ").suffix(4).contains("score") && (NumberReading(fact.answer)?.value ?? 101) <= 100 ? 100 : nil)
        // With the bare numbers the sentence states beside it: "New Zealand (with a score of
        // 89), South Africa (89) and Sweden (87)" puts the first above 87.
        let bare = sentence.tokens.filter { token in
            token.kind == .number && (token.end <= fact.span.lowerBound || token.start >= fact.span.upperBound)
                && Double(token.text.filter { $0.isNumber || $0 == "." }) != nil && !token.text.contains("-")
        }.compactMap { cache.text($0.text).number }.filter { $0.value < 1_000 || $0.value > 2_100 }
        otherValues = others.compactMap { cache.text($0).number }
        // (A bare number shares the answer's unit: "rose from 5 to 10%".)
        bareValues = bare.filter { $0.unit.isEmpty && $0.currency == nil && !$0.isPercent }.map(\.value)
    }

    func shows(_ words: [String]) -> Bool {
        shownWords.contains { AnswerMatch.contains($0, words) }
    }

    /// "at least 40", "more than 40" (the words before the number or its own first words),
    /// "40 or more" (the words after it or its own last words).
    private static func bound(before: String, answer: String, after: String) -> Bound? {
        func words(_ text: String) -> [String] {
            text.lowercased().split(separator: " ").map { $0.trimmingCharacters(in: .punctuationCharacters) }
        }
        let (head, own, tail) = (words(before), words(answer), words(after))
        func marked(before: [String], after: [String]) -> Bool {
            before.map(words).contains { head.suffix($0.count) == $0[...] || own.prefix($0.count) == $0[...] }
                || after.map(words).contains { tail.prefix($0.count) == $0[...] || own.suffix($0.count) == $0[...] }
        }
        if marked(before: Lexicon.lowerBoundsBefore, after: Lexicon.lowerBoundsAfter) { return .lower }
        if marked(before: Lexicon.upperBoundsBefore, after: Lexicon.upperBoundsAfter) { return .upper }
        return nil
    }

    /// Whether the answer itself states a bound: "85% or more", "fewer than 5%".
    static func carriesBound(_ answer: String) -> Bool {
        bound(before: "", answer: answer, after: "") != nil
    }

    /// "70 of 188 ambassadors", "3 out of 10": the whole a part cannot exceed.
    private static func ceiling(after: String) -> Double? {
        var words = after.split(separator: " ").prefix(3).map(String.init)
        if words.first == "out" { words.removeFirst() }
        guard words.first == "of", words.count > 1 else { return nil }
        return Double(words[1].filter { $0.isNumber || $0 == "." })
    }
}

/// Wrong values made by rule from the answer, in the answer's own format: numbers ×2, ÷2 and
/// the like (percentages near the answer), other fractions and multiples. Each is kept only
/// when it is possible: within an order of magnitude of the answer, a percentage within 0–100,
/// no more countries than the world has, on the right side of a bound and of the sentence's
/// other values ("down from 21 percent").
struct ValueVariants {
    let context: AnswerContext

    func variants(of fact: Fact) -> [String] {
        let answer = fact.answer
        let lower = answer.lowercased()
        switch fact.kind {
        case .money, .percent, .count, .measure, .rank:
            if lower.contains("century") || lower.contains("decade") { return Lexicon.spansOfYears }
            if Lexicon.vagueQuantities.contains(where: lower.hasPrefix) { return replacing(answer, in: Lexicon.vagueQuantities) }
            return numberVariants(answer, percent: fact.kind == .percent).filter { possible($0, answer: answer) }
        case .fraction:
            return replacing(answer, in: Lexicon.fractionChoices)
        case .multiple:
            let style = Lexicon.multipleChoices.first { $0.contains(where: lower.contains) } ?? []
            return replacing(answer, in: style)
        default:
            return []
        }
    }

    // MARK: - Numbers

    /// Within an order of magnitude of the answer, a percentage below 100, under the limits of
    /// its unit and of the sentence ("of 188"), on the answer's side of the sentence's other
    /// values of its kind, on the false side of a bound.
    private func possible(_ candidate: String, answer: String) -> Bool {
        guard let value = NumberReading(candidate), let target = NumberReading(answer), target.value > 0, value.value > 0
        else { return true }
        let ratio = value.value / target.value
        guard ratio >= 0.1 - 1e-9, ratio <= 10 + 1e-9 else { return false }
        if value.isPercent, value.value >= 100 { return false }
        for word in value.unit {
            if let limit = Lexicon.valueLimits[word], target.value <= limit, value.value > limit { return false }
        }
        if let ceiling = context.ceiling, target.value <= ceiling, value.value >= ceiling { return false }
        // A bare number shares the unit of the value beside it: "to 149 countries – up from 138".
        for other in context.otherValues
        where other.currency == target.currency && other.isPercent == target.isPercent
            && (other.unit == target.unit || other.unit.isEmpty || target.unit.isEmpty) {
            if target.value < other.value, value.value >= other.value { return false }
            if target.value > other.value, value.value <= other.value { return false }
            // ("rose from 5% to [...]": not 5% again.)
            if target.value != other.value, abs(value.value - other.value) < 1e-9 { return false }
        }
        for other in context.bareValues where other != target.value {
            if target.value < other, value.value >= other { return false }
            if target.value > other, value.value <= other { return false }
        }
        switch context.bound {
        case .lower: return value.value > target.value
        case .upper: return value.value < target.value
        case nil: return true
        }
    }

    /// Below this a share told to a tenth gets wrong values a few tenths away.
    static let smallShare = 10.0
    /// How far the wrong values of a small share told to a tenth lie from it, in the order tried.
    static let tenthSteps: [Double] = [-0.3, 0.3, -0.5, 0.2, -0.2, 0.5, -0.7, 0.7]

    /// The step of round shares: 20%, 25%, 85%.
    static let roundShareStep = 5.0

    /// The answer with its number changed, written the way the answer writes it: spelled-out
    /// counts ±1, ×2; digits ×2, ÷2, ×3, ×1.5 … (the first ones chosen by the answer's hash,
    /// so the answer is not always the middle value); percentages near the answer.
    private func numberVariants(_ answer: String, percent: Bool) -> [String] {
        guard let slot = NumberSlot(answer) else { return [] }
        let value = slot.value
        var values: [Double]
        if slot.isSpelled || slot.isRank {
            values = [value + 1, value * 2, value - 1, value + 2, value * 3].filter { $0 > 1 }
        } else if percent || slot.isPercent {
            // Near values; above 50 % near the complement, so they stay below 100 %.
            let base = value > 50 ? 100 - value : value
            let factors: [Double] = [2.0 / 3, 4.0 / 3, 0.5, 1.5, 5.0 / 3, 1.0 / 3, 5.0 / 6, 7.0 / 6]
            values = factors.map { factor -> Double in value > 50 ? 100 - base * factor : base * factor }
            // A small share told to a tenth ("2.2%") moves by tenths: 1.1% against an expected
            // 2.2% is a miss no reader believes (a strict reader).
            if value < Self.smallShare, answer.contains("."), value != value.rounded() {
                values = Self.tenthSteps.map { value + $0 }.filter { $0 > 0 } + values
            }
            // A round share ("almost 20%") has round wrong ones first: "almost 27%" gives itself
            // away. Near ones follow for when a bound leaves too few round ones ("85% or more").
            if value >= Self.roundShareStep * 2, value.truncatingRemainder(dividingBy: Self.roundShareStep) == 0 {
                values = values.map { ($0 / Self.roundShareStep).rounded() * Self.roundShareStep } + values
            }
        } else {
            // Near the answer: a reader judged doubled and tripled values impossible too often
            // (28 months for an office held 14, 12,000 miles between two capitals 6,000 apart).
            let patterns: [[Double]] = [[1.5, 0.5, 0.75], [1.25, 0.75, 1.5], [0.5, 0.75, 1.25], [0.8, 1.2, 1.5]]
            values = patterns[Int(CardKey.fnv1a(answer) % UInt64(patterns.count))].map { value * $0 }
                + [1.5, 0.5, 0.75, 1.25, 0.8, 1.2, 2, 0.6, 1.4].map { value * $0 }
            if value < 20, value == value.rounded() { values.append(value + 1) }
        }
        return values.compactMap { slot.text($0, rounding: percent || slot.isPercent ? .decimals : .significant) }
    }

    /// Replaces the first word of `answer` found in `words` by each other word of the list.
    private func replacing(_ answer: String, in words: [String]) -> [String] {
        let lower = answer.lowercased()
        guard let found = words.sorted(by: { $0.count > $1.count }).first(where: { lower.contains($0) }),
              let range = lower.range(of: found) else { return [] }
        let prefix = String(answer[..<range.lowerBound])
        let suffix = String(answer[range.upperBound...])
        return words.filter { $0 != found }.map { prefix + $0 + suffix }
    }
}
