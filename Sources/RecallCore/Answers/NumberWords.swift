/// English number words: "twenty-five", "a hundred", "three thousand", "second", "a third".
enum NumberWords {
    static let units: [String: Int] = [
        "zero": 0, "nil": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6,
        "seven": 7, "eight": 8, "nine": 9,
    ]
    static let teens: [String: Int] = [
        "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15,
        "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19,
    ]
    static let tens: [String: Int] = [
        "twenty": 20, "thirty": 30, "forty": 40, "fourty": 40, "fifty": 50, "sixty": 60,
        "seventy": 70, "eighty": 80, "ninety": 90,
    ]
    /// Words that multiply what comes before them; "thousands" reads like "thousand".
    static let scales: [String: Double] = [
        "hundred": 1e2, "thousand": 1e3, "million": 1e6, "billion": 1e9, "trillion": 1e12,
        "hundreds": 1e2, "thousands": 1e3, "millions": 1e6, "billions": 1e9, "trillions": 1e12,
    ]
    static let ordinals: [String: Int] = [
        "first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7,
        "eighth": 8, "ninth": 9, "tenth": 10, "eleventh": 11, "twelfth": 12, "thirteenth": 13,
        "fourteenth": 14, "fifteenth": 15, "sixteenth": 16, "seventeenth": 17, "eighteenth": 18,
        "nineteenth": 19, "twentieth": 20, "thirtieth": 30, "fortieth": 40, "fiftieth": 50,
        "sixtieth": 60, "seventieth": 70, "eightieth": 80, "ninetieth": 90,
    ]
    /// Denominators read after a count: "a third", "two thirds", "three quarters", "one half".
    static let denominators: [String: Double] = [
        "half": 2, "halves": 2, "third": 3, "thirds": 3, "quarter": 4, "quarters": 4,
        "fourth": 4, "fourths": 4, "fifth": 5, "fifths": 5, "sixth": 6, "sixths": 6,
        "seventh": 7, "sevenths": 7, "eighth": 8, "eighths": 8, "ninth": 9, "ninths": 9,
        "tenth": 10, "tenths": 10,
    ]
    /// Suffixes after digits that make an ordinal: "2nd", "9th".
    static let ordinalSuffixes: Set<String> = ["st", "nd", "rd", "th"]

    static func isNumberWord(_ word: String) -> Bool {
        units[word] != nil || teens[word] != nil || tens[word] != nil || scales[word] != nil
            || ordinals[word] != nil || word == "dozen" || word == "half"
    }

    /// A number spelled in words, starting at `start`.
    struct Spelled: Equatable {
        var value: Double
        var isOrdinal: Bool
        var end: Int
    }

    /// Reads a spelled number: "twenty-five", "one hundred and five", "a hundred", "six thousand",
    /// "a dozen", "second", "twenty-first", "a third", "two thirds", "half", "one and a half".
    /// Stops at the first word that cannot continue the number.
    static func read(_ tokens: [AnswerToken], at start: Int) -> Spelled? {
        var total = 0.0
        var current = 0.0
        var index = start
        var consumed = false
        var lastNumberEnd = start
        var leadingOne = false  // "a" or "an", worth 1 only before a scale or denominator
        if start < tokens.count, tokens[start].isWord("a") || tokens[start].isWord("an") {
            leadingOne = true
            index += 1
        }
        func next(_ offset: Int = 0) -> AnswerToken? {
            index + offset < tokens.count ? tokens[index + offset] : nil
        }
        while let token = next() {
            if consumed, token.isWord("and"), next(1)?.isWord("a") == true, next(2)?.isWord("half") == true {
                current += 0.5
                index += 3
                lastNumberEnd = index
                continue
            }
            if token.isSymbol("-") || (token.isWord("and") && consumed) {
                index += 1
                continue
            }
            guard token.kind == .word else { break }
            let word = token.text
            let lastTwo = Int(current.truncatingRemainder(dividingBy: 100))
            if let unit = units[word], consumed ? (lastTwo == 0 || (lastTwo >= 20 && lastTwo % 10 == 0)) : !leadingOne {
                current += Double(unit)
            } else if let teen = teens[word], consumed ? lastTwo == 0 : !leadingOne {
                current += Double(teen)
            } else if let ten = tens[word], consumed ? lastTwo == 0 : !leadingOne {
                current += Double(ten)
            } else if let scale = scales[word], consumed ? (current > 0 && current < (scale == 100 ? 100 : 1000)) : leadingOne {
                // "a hundred", "twenty hundred", "five hundred thousand"; never "hundred hundred".
                let base = consumed ? current : 1
                if scale == 100 {
                    current = base * 100
                } else {
                    total += base * scale
                    current = 0
                }
            } else if word == "dozen", consumed ? current > 0 && current < 100 : leadingOne {
                current = (consumed ? current : 1) * 12
            } else if let denominator = denominators[word],
                      consumed ? total == 0 && current < 20 : leadingOne || word == "half" || word == "quarter"
            {
                // "a third", "two thirds", "half"; "twenty-fifth" and "hundred and fifth" are ordinals.
                return Spelled(value: (consumed ? current : 1) / denominator, isOrdinal: false, end: index + 1)
            } else if let ordinal = ordinals[word], consumed ? lastTwo == 0 || (lastTwo >= 20 && lastTwo % 10 == 0 && ordinal < 10) : !leadingOne {
                return Spelled(value: total + current + Double(ordinal), isOrdinal: true, end: index + 1)
            } else {
                break
            }
            consumed = true
            index += 1
            lastNumberEnd = index
        }
        guard consumed else { return nil }
        return Spelled(value: total + current, isOrdinal: false, end: lastNumberEnd)
    }
}
