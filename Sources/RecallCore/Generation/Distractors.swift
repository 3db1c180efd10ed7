import Foundation

/// Wrong answers for multiple choice: answers of the same kind and format from the same
/// article first, then ones made by rule (×2, ÷2, ±1 year, neighbouring months, next rank).
/// A distractor never matches the answer or one of its accepted forms, nor another distractor.
struct Distractors {
    private let facts: [Fact]
    /// People named in the article, then other speakers and holders who are people.
    private let people: [String]
    private let peopleSet: Set<String>
    /// Speakers and holders that are no person: groups, bodies, places.
    private let groups: [String]
    /// Indices of facts with a question, by kind (statements split into verb phrases and others).
    private let pools: [PoolKey: [Int]]
    private let cache = WordCache()

    private struct PoolKey: Hashable {
        var kind: AnswerKind
        var verbPhrase: Bool
    }

    init(facts: [Fact], article: Article) {
        self.facts = facts
        let named = article.names.personNames
        var people = named
        var seen = Set(named)
        var groups: [String] = []
        var seenGroups: Set<String> = []
        for fact in facts where fact.category == .quote || fact.category == .stance {
            guard let entity = fact.entity else { continue }
            if named.contains(where: { entity == $0 }) { continue }
            if seenGroups.insert(entity).inserted { groups.append(entity) }
            if seen.insert(entity).inserted { people.append(entity) }
        }
        self.people = people
        peopleSet = Set(named)
        self.groups = groups
        var pools: [PoolKey: [Int]] = [:]
        for (index, fact) in facts.enumerated() where !fact.prompt.isEmpty {
            pools[Self.key(fact), default: []].append(index)
        }
        self.pools = pools
    }

    private static func key(_ fact: Fact) -> PoolKey {
        PoolKey(kind: fact.kind, verbPhrase: fact.kind == .statement && fact.prompt.contains(" to do"))
    }

    /// Answer and three distractors, the answer at a position derived from the answer text;
    /// empty when fewer than three good distractors exist.
    func choices(for index: Int) -> [String] {
        let fact = facts[index]
        var candidates = (pools[Self.key(fact)] ?? []).filter { $0 != index }.map { facts[$0].answer }
        // Same format: digits with digits, words with words.
        let digitAnswer = fact.answer.unicodeScalars.contains { ("0"..."9").contains($0) }
        switch fact.kind {
        case .count, .measure, .money, .percent, .rank:
            candidates = candidates.filter { $0.unicodeScalars.contains { ("0"..."9").contains($0) } == digitAnswer }
        case .year:
            let decade = fact.answer.hasSuffix("s")
            candidates = candidates.filter { $0.hasSuffix("s") == decade }
            let value = Int(fact.answer.filter(\.isNumber)) ?? 0
            candidates = candidates.enumerated().sorted {
                (abs((Int($0.element.filter(\.isNumber)) ?? 0) - value), $0.offset) < (abs((Int($1.element.filter(\.isNumber)) ?? 0) - value), $1.offset)
            }.map(\.element)
        default:
            break
        }
        if fact.kind == .statement || fact.kind == .quote {
            // Similar length first.
            let length = fact.answer.count
            candidates = candidates.enumerated().sorted {
                (abs($0.element.count - length), $0.offset) < (abs($1.element.count - length), $1.offset)
            }.map(\.element)
        }
        if fact.kind == .relation {
            candidates += ["husband", "wife", "daughter", "son", "sister", "brother", "predecessor", "successor", "deputy"]
        }
        if fact.kind == .title {
            // Same shape: capitalised titles with capitalised titles.
            candidates += ["Prime Minister", "Foreign Minister", "Defence Minister", "Secretary of State", "General", "Senator", "Ambassador"]
            let capital = fact.answer.first?.isUppercase == true
            candidates = candidates.filter { ($0.first?.isUppercase == true) == capital }
        }
        candidates += ruleBased(fact)
        // Nothing the question itself shows ("between 2002 and which year?" offers no 2002).
        let promptWords = cache.words(fact.prompt)
        candidates = candidates.filter { !AnswerMatch.contains(promptWords, cache.words($0)) }
        return assemble(answer: fact.answer, accepted: fact.accepted, candidates: candidates)
    }

    /// People for a person; other named groups, places and bodies for anything else.
    func entityChoices(for entity: String, accepted: [String], prompt: String) -> [String] {
        let isPerson = peopleSet.contains(entity) && !entity.contains(" and ")
        let promptWords = cache.words(prompt)
        let candidates = (isPerson ? people.filter(peopleSet.contains) : groups).filter {
            !AnswerMatch.contains(promptWords, cache.words($0))
        }
        return assemble(answer: entity, accepted: accepted, candidates: candidates)
    }

    private func assemble(answer: String, accepted: [String], candidates: [String]) -> [String] {
        var picked: [String] = []
        var pickedWords: [[String]] = []
        let taken = ([answer] + accepted).map(cache.words)
        var seen: Set<String> = []
        for candidate in candidates where picked.count < 3 {
            let trimmed = candidate.trimmingSpaces
            guard !trimmed.isEmpty, seen.insert(trimmed).inserted else { continue }
            let words = cache.words(trimmed)
            guard !taken.contains(where: { AnswerMatch.close(words: words, $0) }),
                  !pickedWords.contains(where: { AnswerMatch.close(words: words, $0) }) else { continue }
            picked.append(trimmed)
            pickedWords.append(words)
        }
        guard picked.count == 3 else { return [] }
        let position = Int(CardKey.fnv1a(answer) % 4)
        var choices = picked
        choices.insert(answer, at: position)
        return choices
    }

    // MARK: - Made by rule

    private func ruleBased(_ fact: Fact) -> [String] {
        let answer = fact.answer
        switch fact.kind {
        case .money, .percent, .count, .measure:
            let lower = answer.lowercased()
            if lower.contains("century") || lower.contains("decade") {
                return ["a quarter century", "a century", "two decades", "a decade", "three decades"]
            }
            if ["hundreds", "thousands", "dozens", "millions"].contains(where: lower.hasPrefix) {
                return replacing(answer, in: ["hundreds", "thousands", "dozens", "millions", "tens of thousands"])
            }
            return numberVariants(answer)
        case .year:
            return yearVariants(answer, by: [1, -1, 2, -2, 3])
        case .monthDay, .monthYear, .month, .monthRange:
            return monthVariants(answer) + yearVariants(answer, by: [1, -1])
        case .partOfYear:
            var out: [String] = []
            for prefix in ["early", "late", "mid"] where !answer.lowercased().hasPrefix(prefix) {
                if let dash = answer.firstIndex(of: "-") { out.append(prefix + answer[dash...]) }
            }
            return out + yearVariants(answer, by: [1, -1])
        case .relative:
            return relativeVariants(answer)
        case .fraction:
            return replacing(answer, in: ["one-third", "two-thirds", "one-quarter", "three-quarters", "half", "a third", "a quarter", "one-fifth", "three-fourths"])
        case .multiple:
            return replacing(answer, in: ["double", "triple", "half", "quadruple", "twice", "three times"])
        case .rank:
            return numberVariants(answer)
        default:
            return []
        }
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

    /// The answer with its number ×2, ÷2, ×3, +1, ×1.5, in the answer's own format.
    private func numberVariants(_ answer: String) -> [String] {
        let scalars = Array(answer.unicodeScalars)
        // A written-out number?
        let words = answer.split(separator: " ", omittingEmptySubsequences: false).map(String.init)
        for (index, word) in words.enumerated() {
            let head = word.split(separator: "-").first.map(String.init) ?? word
            let lowerHead = head.lowercased()
            guard let value = Lexicon.numberWord(lowerHead) ?? (lowerHead.hasPrefix("number") ? nil : nil) else { continue }
            var out: [String] = []
            for other in [value + 1, value * 2, max(value - 1, 0), value + 2, value * 3] where other != value && other > 1 {
                guard var spelled = Lexicon.spell(other) else { continue }
                if head.first?.isUppercase == true { spelled = spelled.prefix(1).uppercased() + spelled.dropFirst() }
                var copy = words
                copy[index] = spelled + word.dropFirst(head.count)
                out.append(copy.joined(separator: " "))
            }
            return out
        }
        // "number-two"
        if let dash = answer.lowercased().range(of: "number-") {
            let rest = String(answer[dash.upperBound...])
            if let value = Int(rest) ?? Lexicon.numberWord(rest.lowercased()) {
                return [value + 1, max(value - 1, 1), value + 2, value + 3].filter { $0 != value }.map {
                    String(answer[..<dash.upperBound]) + (Int(rest) != nil ? String($0) : (Lexicon.spell($0) ?? String($0)))
                }
            }
        }
        // Digits.
        guard let start = scalars.firstIndex(where: { ("0"..."9").contains($0) }) else { return [] }
        var end = start
        while end < scalars.count, ("0"..."9").contains(scalars[end]) || ((scalars[end] == "," || scalars[end] == ".") && end + 1 < scalars.count && ("0"..."9").contains(scalars[end + 1])) {
            end += 1
        }
        let numberText = String(String.UnicodeScalarView(scalars[start..<end]))
        guard let value = Double(numberText.replacingOccurrences(of: ",", with: "")) else { return [] }
        let decimals = numberText.split(separator: ".").count == 2 ? numberText.split(separator: ".")[1].count : 0
        let grouped = numberText.contains(",")
        let prefix = String(String.UnicodeScalarView(scalars[..<start]))
        let suffix = String(String.UnicodeScalarView(scalars[end...]))
        var out: [String] = []
        for other in [value * 2, value / 2, value * 3, value * 1.5, value + 1] where other != value && (other >= 1 || value < 1) && other != 1 {
            guard let text = format(other, decimals: decimals, grouped: grouped) else { continue }
            out.append(prefix + text + suffix)
        }
        return out
    }

    private func format(_ value: Double, decimals: Int, grouped: Bool) -> String? {
        if decimals == 0 {
            guard value == value.rounded(), value >= 1 else { return nil }
            let integer = String(Int(value))
            guard grouped || integer.count > 3, integer.count > 3 else { return integer }
            var out = ""
            for (index, digit) in integer.enumerated() {
                if index > 0, (integer.count - index) % 3 == 0 { out.append(",") }
                out.append(digit)
            }
            return out
        }
        var scale = 1.0
        for _ in 0..<min(decimals, 3) { scale *= 10 }
        let scaled = (value * scale).rounded()
        let integer = Int(scaled) / Int(scale)
        var fraction = String(Int(scaled) % Int(scale))
        while fraction.count < decimals { fraction = "0" + fraction }
        while fraction.hasSuffix("0") { fraction.removeLast() }
        return fraction.isEmpty ? String(integer) : "\(integer).\(fraction)"
    }

    private func yearVariants(_ answer: String, by steps: [Int]) -> [String] {
        let scalars = Array(answer.unicodeScalars)
        var index = 0
        while index + 4 <= scalars.count {
            let slice = scalars[index..<(index + 4)]
            let before = index == 0 || !("0"..."9").contains(scalars[index - 1])
            let after = index + 4 == scalars.count || !("0"..."9").contains(scalars[index + 4])
            if before, after, slice.allSatisfy({ ("0"..."9").contains($0) }),
               let year = Int(String(String.UnicodeScalarView(slice))) {
                let prefix = String(String.UnicodeScalarView(scalars[..<index]))
                let suffix = String(String.UnicodeScalarView(scalars[(index + 4)...]))
                return steps.map { prefix + String(year + $0) + suffix }
            }
            index += 1
        }
        return []
    }

    private func monthVariants(_ answer: String) -> [String] {
        var out: [String] = []
        for (index, name) in Lexicon.months.enumerated() {
            var capital = name.prefix(1).uppercased() + name.dropFirst()
            var abbreviated = false
            if answer.range(of: capital) == nil {
                // "Sept. 11": abbreviated month names.
                let short = index == 8 && answer.contains("Sept") ? "Sept" : String(capital.prefix(3))
                guard answer.range(of: short) != nil, !answer.contains(capital) else { continue }
                capital = short
                abbreviated = true
            }
            guard let range = answer.range(of: capital) else { continue }
            for step in [1, -1, 2, -2] {
                let other = Lexicon.months[(index + step + 12) % 12]
                var otherCapital = other.prefix(1).uppercased() + other.dropFirst()
                if abbreviated { otherCapital = String(otherCapital.prefix(other == "september" ? 4 : 3)) }
                var copy = answer
                copy.replaceSubrange(range, with: otherCapital)
                // A range "June-July": move the second month too.
                for (second, secondName) in Lexicon.months.enumerated() where second != index {
                    let secondCapital = secondName.prefix(1).uppercased() + secondName.dropFirst()
                    if let secondRange = copy.range(of: secondCapital), secondRange.lowerBound > copy.startIndex,
                       copy[copy.index(before: secondRange.lowerBound)] == "-" {
                        let moved = Lexicon.months[(second + step + 12) % 12]
                        copy.replaceSubrange(secondRange, with: moved.prefix(1).uppercased() + moved.dropFirst())
                        break
                    }
                }
                out.append(copy)
            }
            return out
        }
        return out
    }

    private func relativeVariants(_ answer: String) -> [String] {
        let lower = answer.lowercased()
        let units = ["week", "month", "year"]
        if lower.hasPrefix("last ") || lower.hasPrefix("next ") || lower.hasPrefix("this ") || lower.hasPrefix("past ") {
            let head = String(answer.prefix(5))
            return units.filter { !lower.hasSuffix($0) }.map { head + $0 } + ["two weeks ago", "next \(lower.split(separator: " ").last ?? "week")", "yesterday"]
        }
        return numberVariants(answer) + units.compactMap { unit in
            guard !lower.contains(unit) else { return nil }
            let words = answer.split(separator: " ")
            guard words.count == 3 else { return nil }
            let plural = ["a", "an", "one"].contains(words[0].lowercased()) ? "" : "s"
            return "\(words[0]) \(unit)\(plural) \(words[2])"
        }
    }
}

/// Normalised words of strings seen before.
private final class WordCache {
    private var known: [String: [String]] = [:]

    func words(_ text: String) -> [String] {
        if let words = known[text] { return words }
        let words = AnswerMatch.words(text)
        known[text] = words
        return words
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
