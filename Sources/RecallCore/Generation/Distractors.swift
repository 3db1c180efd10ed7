import Foundation

/// Wrong answers for multiple choice, for the kinds that offer them (`AnswerKind.offersChoices`:
/// amounts, counts, shares, multiples): made by rule around the answer, in its own format,
/// currency and unit, and possible (see `Distractors+Values.swift`).
///
/// A distractor is never equal to the answer or an accepted form (by the answer checker: "75%"
/// is "three-quarters", "$1.75 billion" is "1,750 million"), never a value its own sentence or
/// prompt states (the other end of a comparison, a figure also true), never a repeat. With
/// fewer than three such distractors there are no choices.
struct Distractors {
    private let facts: [Fact]
    private let sentences: [Sentence]
    private let cache = TextCache()

    init(facts: [Fact], article: Article) {
        self.facts = facts
        sentences = article.sentences
    }

    /// Answer and three distractors, the answer at a position derived from the answer text;
    /// empty when the kind offers no choices or fewer than three good distractors exist.
    func choices(for index: Int) -> [String] {
        let fact = facts[index]
        // "85% or more", "fewer than 5%": a bound in the answer makes every option on its far
        // side true too ("80% or more"), so such an answer is typed.
        guard fact.kind.offersChoices, !AnswerContext.carriesBound(fact.answer) else { return [] }
        let neighbours = facts.indices.filter { $0 != index && facts[$0].sentence == fact.sentence }.map { facts[$0].answer }
        let context = AnswerContext(fact: fact, sentence: sentences[fact.sentence], others: neighbours, cache: cache)
        let candidates = ValueVariants(context: context).variants(of: fact).filter { !context.shows(cache.words($0)) }
        return assemble(answer: fact.answer, accepted: fact.accepted, candidates: candidates, excluded: alsoTrue(of: index))
    }

    // MARK: - Picking

    /// What the article also states as true: the other values of the answer's sentence (the
    /// other end of "from $84 billion to $375 billion"), and what the same speaker or holder
    /// said or holds.
    private func alsoTrue(of index: Int) -> [String] {
        let fact = facts[index]
        return facts.indices.filter { other in
            other != index && (facts[other].sentence == fact.sentence
                || (fact.entity != nil && facts[other].entity == fact.entity && facts[other].category == fact.category))
        }.flatMap { [facts[$0].answer] + facts[$0].accepted }
    }

    private func assemble(answer: String, accepted: [String], candidates: [String], excluded: [String]) -> [String] {
        var picked: [String] = []
        let taken = [answer] + accepted
        var seen: Set<String> = []
        for candidate in candidates where picked.count < 3 {
            let trimmed = candidate.trimmingSpaces
            guard !trimmed.isEmpty, seen.insert(trimmed).inserted,
                  !taken.contains(where: { same(trimmed, $0) }),
                  !picked.contains(where: { same(trimmed, $0) }),
                  !excluded.contains(where: { same(trimmed, $0) }) else { continue }
            picked.append(trimmed)
        }
        guard picked.count == 3 else { return [] }
        let position = Int(CardKey.fnv1a(answer) % 4)
        var choices = picked
        choices.insert(answer, at: position)
        return choices
    }

    /// The same answer: the same words (loosely), or the same value by the answer checker
    /// either way round, or the same share of a whole ("75%" and "three-quarters").
    private func same(_ a: String, _ b: String) -> Bool {
        let (wa, wb) = (cache.words(a), cache.words(b))
        // Loosely the same words, unless a number tells them apart ("two decades ago", "a decade ago").
        if AnswerMatch.close(words: wa, wb), Self.numbers(wa) == Self.numbers(wb) { return true }
        let (x, y) = (cache.text(a), cache.text(b))
        let checker = AnswerChecker()
        if checker.compare(x, with: y, tolerance: nil).verdict == .correct
            || checker.compare(y, with: x, tolerance: nil).verdict == .correct {
            return true
        }
        if let p = x.number?.share, let q = y.number?.share { return AnswerChecker.same(p, q, tolerance: 1e-9) }
        return false
    }
}

extension Distractors {
    /// The numbers among normalised words, in digits or in words.
    static func numbers(_ words: [String]) -> [String] {
        words.filter { word in word.first?.isNumber == true || Lexicon.numberWord(word) != nil }
    }
}

/// Normalised words and checker readings of strings seen before.
final class TextCache {
    private var words: [String: [String]] = [:]
    private var texts: [String: AnswerText] = [:]

    func words(_ text: String) -> [String] {
        if let known = words[text] { return known }
        let result = AnswerMatch.words(text)
        words[text] = result
        return result
    }

    func text(_ text: String) -> AnswerText {
        if let known = texts[text] { return known }
        let result = AnswerText(text)
        texts[text] = result
        return result
    }
}

extension String {
    var trimmingSpaces: String {
        var scalars = Substring(self)
        while scalars.first == " " { scalars = scalars.dropFirst() }
        while scalars.last == " " { scalars = scalars.dropLast() }
        return String(scalars)
    }
}
