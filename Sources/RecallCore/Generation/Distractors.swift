import Foundation

/// Wrong answers for multiple choice, of the answer's own kind and slot:
/// - numbers and dates are made by rule around the answer, in its own format, currency and unit,
///   and stay possible (see `Distractors+Values.swift`);
/// - quotes and statements come from the article, of similar length and never from the same
///   speaker or holder; titles and relations of the same shape;
/// - people for a person, one-word names (places, bodies called by one name) for their like,
///   other groups for a group, pairs for a pair.
///
/// A distractor is never equal to the answer or an accepted form (by the answer checker: "75%"
/// is "three-quarters", "$1.75 billion" is "1,750 million"), never a value its own sentence or
/// prompt states (the other end of a comparison, a figure also true), never said by the same
/// speaker, never a repeat. With fewer than three such distractors there are no choices.
struct Distractors {
    private let facts: [Fact]
    private let sentences: [Sentence]
    /// People named in the article.
    private let people: [String]
    /// Speakers and holders that are people: named people, and holders of a title or relation.
    private let persons: Set<String>
    /// Speakers and holders that are no person: groups, bodies, places.
    private let groups: [String]
    /// Indices of facts with a question, by kind (statements split into verb phrases and others).
    private let pools: [PoolKey: [Int]]
    /// The latest year the article names.
    private let latestYear: Int?
    private let cache = TextCache()

    private struct PoolKey: Hashable {
        var kind: AnswerKind
        var verbPhrase: Bool
    }

    init(facts: [Fact], article: Article) {
        self.facts = facts
        sentences = article.sentences
        let named = article.names.personNames
        people = named.filter(Self.looksLikeName)
        var persons = Set(named)
        for fact in facts {
            guard let entity = fact.entity else { continue }
            let surnameOfSomeone = !entity.contains(" ") && named.contains { $0.hasSuffix(" " + entity) }
            if fact.kind == .title || fact.kind == .relation || surnameOfSomeone { persons.insert(entity) }
        }
        self.persons = persons
        var groups: [String] = []
        for fact in facts where fact.category == .quote || fact.category == .stance {
            guard let entity = fact.entity, !persons.contains(entity), !groups.contains(entity) else { continue }
            groups.append(entity)
        }
        self.groups = groups
        var pools: [PoolKey: [Int]] = [:]
        for (index, fact) in facts.enumerated() where !fact.prompt.isEmpty {
            pools[Self.key(fact), default: []].append(index)
        }
        self.pools = pools
        latestYear = article.sentences.flatMap { AnswerContext.years(in: $0.scalars[...]) }.max()
    }

    /// A person's name as a distractor: no place or body word in it ("US-led Asia-Pacific"),
    /// no lower-case part after a hyphen.
    private static func looksLikeName(_ name: String) -> Bool {
        name.split(whereSeparator: { $0 == " " || $0 == "-" }).enumerated().allSatisfy { index, part in
            !Lexicon.institutionWords.contains(part.lowercased())
                && (index == 0 || part.first?.isUppercase == true || !name.contains("-" + part))
        }
    }

    private static func key(_ fact: Fact) -> PoolKey {
        PoolKey(kind: fact.kind, verbPhrase: fact.kind == .statement && fact.prompt.contains(" to do"))
    }

    /// Answer and three distractors, the answer at a position derived from the answer text;
    /// empty when fewer than three good distractors exist.
    func choices(for index: Int) -> [String] {
        let fact = facts[index]
        if asksForSomeone(fact) {
            return entityChoices(for: fact.answer, accepted: fact.accepted, prompt: fact.prompt)
        }
        let neighbours = facts.indices.filter { $0 != index && facts[$0].sentence == fact.sentence }.map { facts[$0].answer }
        let context = AnswerContext(
            fact: fact, sentence: sentences[fact.sentence], others: neighbours, latestYear: latestYear, cache: cache)
        var candidates: [String]
        switch fact.kind {
        case .quote, .statement:
            // Things for a thing: no one asked for by a "who" question, no person or pair of people.
            candidates = (pools[Self.key(fact)] ?? []).filter { $0 != index && !asksForSomeone(facts[$0]) }
                .map { facts[$0].answer }
                .filter { Self.similarLength($0, fact.answer) && ![.person, .pair(.person)].contains(entityKind($0)) }
        case .title:
            // Same shape: capitalised titles with capitalised titles, abbreviations with abbreviations.
            let capital = fact.answer.first?.isUppercase == true
            let abbreviated = fact.answer.hasSuffix(".")
            candidates = (pool(of: index) + Lexicon.commonTitles).filter {
                ($0.first?.isUppercase == true) == capital && $0.hasSuffix(".") == abbreviated
            }
        case .relation:
            let lower = fact.answer.lowercased()
            candidates = Lexicon.relationChoices.first { $0.contains(lower) } ?? []
        case .person:
            candidates = people
        default:
            candidates = ValueVariants(context: context).variants(of: fact)
        }
        candidates = candidates.filter { !context.shows(cache.words($0)) }
        return assemble(answer: fact.answer, accepted: fact.accepted, candidates: candidates, excluded: alsoTrue(of: index))
    }

    /// Who said, did or holds what fact `index` asks about, the other way round: people for a
    /// person, one-word names for a one-word name, groups for a group, pairs for a pair.
    func entityChoices(for entity: String, accepted: [String], prompt: String) -> [String] {
        let kind = entityKind(entity)
        let pool: [String]
        switch kind {
        case .person: pool = people
        case .pair(let members):
            let names = Self.members(entity)
            pool = groups.filter {
                entityKind($0) == .pair(members) && Set(Self.members($0)).isDisjoint(with: names)
            }
        default: pool = groups.filter { entityKind($0) == kind }
        }
        // Nobody the question names, even by surname alone.
        let promptWords = cache.words(prompt)
        let candidates = pool.filter { candidate in
            let words = cache.words(candidate)
            return !AnswerMatch.contains(promptWords, words)
                && !(kind == .person && words.last.map { promptWords.contains($0) } == true)
        }
        // Whoever the article credits with the same words or stance is no wrong answer.
        let alsoTrue = facts.filter { fact in
            guard let other = fact.entity, other != entity, fact.category == .quote || fact.category == .stance else { return false }
            return AnswerMatch.contains(promptWords, cache.words(fact.answer))
        }.compactMap(\.entity)
        return assemble(answer: entity, accepted: accepted, candidates: candidates, excluded: alsoTrue)
    }

    // MARK: - Kinds of entity

    /// "Who …?", "Whom …?": a statement that names a person or a group, whatever the rule called it.
    private func asksForSomeone(_ fact: Fact) -> Bool {
        guard fact.kind == .statement, let first = fact.prompt.split(separator: " ").first else { return false }
        return first == "Who" || first == "Whom"
    }

    private indirect enum EntityKind: Equatable {
        case person, oneWordName, group
        case pair(EntityKind)
    }

    private func entityKind(_ entity: String) -> EntityKind {
        let members = Self.members(entity)
        if members.count > 1 { return .pair(entityKind(members[0])) }
        if persons.contains(entity) || people.contains(where: { $0.hasSuffix(" " + entity) }) { return .person }
        let words = entity.split(separator: " ")
        if words.count == 1, entity.first?.isUppercase == true { return .oneWordName }
        return .group
    }

    /// "Turnbull and Bishop" → ["Turnbull", "Bishop"]; one member for anything else.
    private static func members(_ entity: String) -> [String] {
        entity.components(separatedBy: " and ").flatMap { $0.components(separatedBy: ", ") }
            .map(\.trimmingSpaces).filter { !$0.isEmpty }
    }

    // MARK: - Picking

    /// Answers of other questions of the same kind.
    private func pool(of index: Int) -> [String] {
        (pools[Self.key(facts[index])] ?? []).filter { $0 != index }.map { facts[$0].answer }
    }

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

    /// Quotes and statements of about the same length: neither more than twice (plus a word)
    /// as long as the other.
    static func similarLength(_ a: String, _ b: String) -> Bool {
        let (x, y) = (a.split(separator: " ").count, b.split(separator: " ").count)
        return max(x, y) <= 2 * min(x, y) + 1
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
