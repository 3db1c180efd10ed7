import Foundation

/// What an answer's own sentence says around it: the limits a wrong value must respect.
struct AnswerContext {
    /// Words of the prompt and of the sentence on each side of the answer: a distractor that
    /// stands there is shown by the question or its cloze.
    let shownWords: [[String]]
    /// Years the sentence names outside the answer ("down from 21 percent in 2006").
    let otherYears: [Int]
    /// The latest year the article names.
    let latestYear: Int?
    /// Which side of the answer a wrong value must lie on, when the answer is a bound.
    let bound: Bound?
    /// "70 of 188": what a count cannot exceed.
    let ceiling: Double?
    /// Other values the sentence states ("down from 21 percent"): a wrong value stays on the
    /// answer's side of each one of the same kind.
    let otherValues: [NumberReading]

    enum Bound: Equatable {
        /// "at least 85%": every smaller value is also true, so wrong values lie above.
        case lower
        /// "fewer than 5%": every larger value is also true, so wrong values lie below.
        case upper
    }

    /// `others`: the answers of the other facts of the same sentence.
    init(fact: Fact, sentence: Sentence, others: [String], latestYear: Int?, cache: TextCache) {
        let before = sentence.text(0..<fact.span.lowerBound)
        let after = sentence.text(fact.span.upperBound..<sentence.scalars.count)
        shownWords = [cache.words(fact.prompt), cache.words(before), cache.words(after)]
        otherYears = Self.years(in: sentence.scalars[..<fact.span.lowerBound])
            + Self.years(in: sentence.scalars[fact.span.upperBound...])
        self.latestYear = latestYear
        bound = Self.bound(before: before, answer: fact.answer, after: after)
        ceiling = Self.ceiling(after: after)
        otherValues = others.compactMap { cache.text($0).number }
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

    /// "70 of 188 ambassadors", "3 out of 10": the whole a part cannot exceed.
    private static func ceiling(after: String) -> Double? {
        var words = after.split(separator: " ").prefix(3).map(String.init)
        if words.first == "out" { words.removeFirst() }
        guard words.first == "of", words.count > 1 else { return nil }
        return Double(words[1].filter { $0.isNumber || $0 == "." })
    }

    /// Years (1000–2199) written in digits, a decade as its first year: "2006", "1930s",
    /// "mid-2024"; not "1,500" or "$2000".
    static func years(in scalars: ArraySlice<Unicode.Scalar>) -> [Int] {
        var years: [Int] = []
        var index = scalars.startIndex
        while index < scalars.endIndex {
            guard scalars[index].isDigit else { index += 1; continue }
            var end = index
            while end < scalars.endIndex, scalars[end].isDigit { end += 1 }
            let previous = index > scalars.startIndex ? scalars[index - 1] : " "
            let next = end < scalars.endIndex ? scalars[end] : " "
            let afterNext = end + 1 < scalars.endIndex ? scalars[end + 1] : " "
            let inNumber = [",", ".", "$", "£", "€"].contains(previous) || ([",", "."].contains(next) && afterNext.isDigit)
            if end - index == 4, !inNumber, let year = Int(String(String.UnicodeScalarView(scalars[index..<end]))),
               year >= 1000, year < 2200 {
                years.append(year)
            }
            index = end
        }
        return years
    }

    /// A wrong year keeps the answer's place among the sentence's other years ("down from 21
    /// percent in 2006" for 2016: no year before 2006) and comes no later than the article.
    func allows(year candidate: Int, answer: Int) -> Bool {
        if let latestYear, answer <= latestYear, candidate > latestYear { return false }
        return otherYears.allSatisfy { other in
            answer < other ? candidate < other : answer > other ? candidate > other : true
        }
    }
}

/// Wrong values made by rule from the answer, in the answer's own format: numbers ×2, ÷2 and
/// the like (percentages near the answer), years a few years off, decades by ten, other months,
/// other fractions. Each is kept only when it is possible: within an order of magnitude of the
/// answer, a percentage within 0–100, no more countries than the world has, on the right side
/// of a bound and of the sentence's other values ("down from 21 percent"), a year in the
/// sentence's order.
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
        case .year:
            return yearVariants(answer, steps: decade(answer) ? [-10, 10, -20, 20, -30, 30] : [-3, 4, -6, 2, -1, 1, -9, 7, -2, 5, -12, 10])
        case .monthDay, .monthYear, .month, .monthRange:
            return monthVariants(answer) + yearVariants(answer, steps: [1, -1, 2, -2])
        case .partOfYear:
            var out: [String] = []
            for prefix in ["early", "late", "mid"] where !lower.hasPrefix(prefix) {
                if let dash = answer.firstIndex(of: "-") { out.append(prefix + answer[dash...]) }
            }
            return out + yearVariants(answer, steps: [1, -1, 2, -2])
        case .relative:
            return relativeVariants(answer)
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
        for other in context.otherValues
        where other.currency == target.currency && other.isPercent == target.isPercent && (other.unit == target.unit || other.unit.isEmpty) {
            if target.value < other.value, value.value >= other.value { return false }
            if target.value > other.value, value.value <= other.value { return false }
        }
        switch context.bound {
        case .lower: return value.value > target.value
        case .upper: return value.value < target.value
        case nil: return true
        }
    }

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

    // MARK: - Dates

    private func decade(_ answer: String) -> Bool {
        guard let (_, range) = yearIn(answer) else { return false }
        let scalars = Array(answer.unicodeScalars)
        return range.upperBound < scalars.count && scalars[range.upperBound] == "s"
    }

    /// The first four-digit year of `answer` and its scalar range.
    private func yearIn(_ answer: String) -> (Int, Range<Int>)? {
        let scalars = Array(answer.unicodeScalars)
        var index = 0
        while index + 4 <= scalars.count {
            let before = index == 0 || !scalars[index - 1].isDigit
            let after = index + 4 == scalars.count || !scalars[index + 4].isDigit
            if before, after, scalars[index..<(index + 4)].allSatisfy(\.isDigit),
               let year = Int(String(String.UnicodeScalarView(scalars[index..<(index + 4)]))) {
                return (year, index..<(index + 4))
            }
            index += 1
        }
        return nil
    }

    /// The answer with its year moved by each step, where the sentence and the article allow
    /// it; a decade moves by whole decades ("1920s", never "1931s").
    private func yearVariants(_ answer: String, steps: [Int]) -> [String] {
        guard let (year, range) = yearIn(answer) else { return [] }
        let scalars = Array(answer.unicodeScalars)
        let prefix = String(String.UnicodeScalarView(scalars[..<range.lowerBound]))
        let suffix = String(String.UnicodeScalarView(scalars[range.upperBound...]))
        let isDecade = suffix.hasPrefix("s")
        return steps.compactMap { step in
            let candidate = year + step
            if isDecade, candidate % 10 != 0 { return nil }
            guard context.allows(year: candidate, answer: year) else { return nil }
            return prefix + String(candidate) + suffix
        }
    }

    /// Other months, each end of a range moved together ("May-June" for "June-July", never
    /// "July-July"), a day kept only where the month has it (no "February 30").
    private func monthVariants(_ answer: String) -> [String] {
        let found = months(in: answer)
        guard let first = found.first else { return [] }
        var out: [String] = []
        // With a year, "December 2015" does not become "January 2015".
        let hasYear = yearIn(answer) != nil
        for step in [1, -1, 2, -2] {
            if hasYear, found.contains(where: { !(0..<12).contains($0.index + step) }) { continue }
            var copy = answer
            // Replace from the end, so earlier ranges stay valid.
            for month in found.reversed() {
                let moved = (month.index + step + 12) % 12
                let name = Lexicon.months[moved]
                var text = name.prefix(1).uppercased() + name.dropFirst()
                if month.abbreviated { text = String(text.prefix(name == "september" ? 4 : 3)) }
                copy.replaceSubrange(month.range, with: text)
            }
            if found.count == 2, (found[0].index + step + 12) % 12 == (found[1].index + step + 12) % 12 { continue }
            if let day = day(after: first, in: answer), day > Self.daysIn[(first.index + step + 12) % 12] { continue }
            out.append(copy)
        }
        return out
    }

    private struct MonthName {
        var index: Int
        var range: Range<String.Index>
        var abbreviated: Bool
    }

    /// Capitalised month names and abbreviations ("Sept.", "Oct") in `answer`, in order.
    private func months(in answer: String) -> [MonthName] {
        var found: [MonthName] = []
        var position = answer.startIndex
        while position < answer.endIndex {
            let rest = answer[position...]
            guard let start = rest.firstIndex(where: \.isUppercase) else { break }
            let end = answer[start...].firstIndex(where: { !$0.isLetter }) ?? answer.endIndex
            let word = answer[start..<end].lowercased()
            if let index = Lexicon.months.firstIndex(of: word) {
                found.append(MonthName(index: index, range: start..<end, abbreviated: false))
            } else if let index = Lexicon.monthAbbreviations[word] ?? Lexicon.monthAbbreviations[word + "."] {
                found.append(MonthName(index: index, range: start..<end, abbreviated: true))
            }
            position = end
        }
        return found
    }

    /// The day right after a month name: 22 in "March 22".
    private func day(after month: MonthName, in answer: String) -> Int? {
        let rest = answer[month.range.upperBound...].drop { $0 == "." || $0 == " " }
        let digits = rest.prefix(while: \.isNumber)
        guard (1...2).contains(digits.count), rest.dropFirst(digits.count).first?.isNumber != true else { return nil }
        return Int(digits)
    }

    /// Days in each month, February at its longest.
    private static let daysIn = [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]

    /// "last week" → "last month"; "three weeks ago" → "four weeks ago", "three months ago";
    /// "a decade ago" → "two decades ago", "a year ago", "a century ago": units of the same scale.
    private func relativeVariants(_ answer: String) -> [String] {
        let lower = answer.lowercased()
        let words = answer.split(separator: " ").map(String.init)
        if ["last", "next", "this", "past"].contains(words.first?.lowercased() ?? ""), words.count == 2,
           let unit = Lexicon.timeUnits.firstIndex(of: words[1].lowercased()) {
            // "last day" is no English: weeks to decades, nearest first.
            let near = [unit - 1, unit + 1, unit + 2, unit - 2].filter { (1...4).contains($0) }.map { Lexicon.timeUnits[$0] }
            let opposite = (lower.hasPrefix("next") ? "last " : "next ") + words[1]
            return Array(near.prefix(1).map { words[0] + " " + $0 }) + [opposite] + near.dropFirst().map { words[0] + " " + $0 }
        }
        guard words.count == 3 else { return [] }
        let singular = words[1].lowercased().hasSuffix("ies") ? String(words[1].lowercased().dropLast(3)) + "y"
            : words[1].lowercased().hasSuffix("s") ? String(words[1].lowercased().dropLast()) : words[1].lowercased()
        guard let unit = Lexicon.timeUnits.firstIndex(of: singular) else { return numberVariants(answer, percent: false) }
        let one = ["a", "an", "one"].contains(words[0].lowercased())
        var out = numberVariants(answer, percent: false)
        if one {
            let plural = singular == "century" ? "centuries" : singular + "s"
            out += ["two \(plural) \(words[2])", "three \(plural) \(words[2])"]
        }
        for near in [unit - 1, unit + 1] where Lexicon.timeUnits.indices.contains(near) {
            let name = Lexicon.timeUnits[near]
            let plural = one ? name : name == "century" ? "centuries" : name + "s"
            out.append("\(words[0]) \(plural) \(words[2])")
        }
        return out
    }
}
