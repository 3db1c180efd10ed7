/// A date read from text, with only the parts the text gives: "April 9" has a month and a day,
/// "September 2017" a month and a year, "1990s" a decade, "mid-2024" a year and a qualifier.
///
/// Reads "April 9", "9 April", "9th of April", "Apr. 9", "April 9, 2023", "9 April 2023",
/// "September 2017", "Sept. 2017", "2017-09", "2017-09-04", "09/2017", "2024", "mid-2024",
/// "the middle of 2024", "early 1990s", "the 1990s", "1990's", with an optional leading
/// "on", "in" or weekday. All-number dates such as "9/4" are read both ways (9 April and
/// September 4) unless one of the numbers cannot be a month; "9.4.2023" is day first.
public struct DateReading: Sendable, Equatable {
    public enum Qualifier: String, Sendable, Hashable { case early, mid, late }

    public struct Parts: Sendable, Hashable {
        public var year: Int?
        public var month: Int?
        public var day: Int?
        /// The first year of a decade: 1990 for "the 1990s".
        public var decade: Int?
        public var qualifier: Qualifier?

        public init(year: Int? = nil, month: Int? = nil, day: Int? = nil, decade: Int? = nil, qualifier: Qualifier? = nil) {
            self.year = year
            self.month = month
            self.day = day
            self.decade = decade
            self.qualifier = qualifier
        }
    }

    /// One reading, or two when the order of an all-number date is ambiguous.
    public var readings: [Parts]

    public init(_ readings: [Parts]) { self.readings = readings }

    public init?(_ text: String) {
        self.init(tokens: AnswerLexer.tokens(text))
    }

    public var isAmbiguous: Bool { readings.count > 1 }

    /// Whether a typed date (`self`) names the answer's date: every way of reading it gives
    /// exactly the answer's year, month, day and decade. A typed "early", "mid" or "late" must
    /// be the answer's; leaving out the answer's qualifier is fine ("2024" for "mid-2024").
    public func matches(_ answer: DateReading) -> Bool {
        readings.allSatisfy { typed in answer.readings.contains { typed.matches($0) } }
    }

    init?(tokens: [AnswerToken]) {
        guard let elements = DateElements(tokens), let readings = elements.readings(), !readings.isEmpty else {
            return nil
        }
        self.readings = readings
    }
}

extension DateReading.Parts {
    func matches(_ answer: DateReading.Parts) -> Bool {
        year == answer.year && month == answer.month && day == answer.day && decade == answer.decade
            && (qualifier == nil || qualifier == answer.qualifier)
    }

    /// What a typed date gets wrong against the answer, as a short note.
    func difference(from answer: DateReading.Parts) -> String {
        let parts: [(String, Int?, Int?)] = [
            ("year", year, answer.year), ("month", month, answer.month), ("day", day, answer.day),
            ("decade", decade, answer.decade),
        ]
        for (name, typed, expected) in parts where typed != nil && expected != nil && typed != expected {
            return "wrong \(name)"
        }
        for (name, typed, expected) in parts where typed == nil && expected != nil {
            return "the answer also gives the \(name)"
        }
        for (name, typed, expected) in parts where typed != nil && expected == nil {
            return "the answer gives no \(name)"
        }
        return "the answer is not “\(qualifier?.rawValue ?? "")”"
    }
}

/// The tokens of a date with the filler taken out: months as numbers, ordinal words as digits.
private struct DateElements {
    enum Element: Equatable {
        case number(Int, digits: Int)
        case month(Int)
        case separator(String)
        case decadeSuffix
    }

    var qualifier: DateReading.Qualifier?
    var elements: [Element] = []

    init?(_ tokens: [AnswerToken]) {
        var index = 0
        while index < tokens.count {
            let token = tokens[index]
            index += 1
            switch token.kind {
            case .digits:
                guard token.text.count <= 4, let value = Int(token.text) else { return nil }
                elements.append(.number(value, digits: token.text.count))
                if let suffix = tokens.element(at: index), suffix.kind == .word, !suffix.spaceBefore {
                    if NumberWords.ordinalSuffixes.contains(suffix.text) {
                        index += 1
                    } else if suffix.text == "s" {
                        elements.append(.decadeSuffix)
                        index += 1
                    }
                }
            case .symbol:
                if ["/", "-", "."].contains(token.text), !token.spaceBefore,
                   case .number = elements.last, tokens.element(at: index)?.kind == .digits,
                   tokens.element(at: index)?.spaceBefore == false
                {
                    elements.append(.separator(token.text))
                } else if ![",", ".", "-"].contains(token.text) {
                    return nil
                }
            case .word:
                let word = token.text
                if let month = DateVocabulary.months[word] {
                    elements.append(.month(month))
                } else if elements.isEmpty, qualifier == nil, let said = DateVocabulary.qualifiers[word] {
                    qualifier = said
                } else if let spelled = NumberWords.read(tokens, at: index - 1), spelled.isOrdinal,
                          spelled.value >= 1, spelled.value <= 31
                {
                    elements.append(.number(Int(spelled.value), digits: 2))
                    index = spelled.end
                } else if !DateVocabulary.filler.contains(word) {
                    return nil
                }
            }
        }
        if elements.isEmpty { return nil }
    }

    /// The elements as letters: "Y" a four-digit number, "n" a shorter one, "M" a month,
    /// "/" a separator, "s" a decade suffix; and the numbers and months in order.
    private var shape: (letters: String, values: [Int], marks: [String]) {
        var letters = ""
        var values: [Int] = []
        var marks: [String] = []
        for element in elements {
            switch element {
            case let .number(value, digits):
                letters += digits == 4 ? "Y" : digits <= 2 ? "n" : "?"
                values.append(value)
            case let .month(month):
                letters += "M"
                values.append(month)
            case let .separator(mark):
                letters += "/"
                marks.append(mark)
            case .decadeSuffix:
                letters += "s"
            }
        }
        return (letters, values, marks)
    }

    func readings() -> [DateReading.Parts]? {
        let (letters, v, marks) = shape
        guard Set(marks).count <= 1 else { return nil }
        let dayFirstOnly = marks.first == "."
        var found: [DateReading.Parts]
        switch letters {
        case "Y": found = [.init(year: v[0])]
        case "Ys" where v[0] % 10 == 0: found = [.init(decade: v[0])]
        case "M": found = [.init(month: v[0])]
        case "MY": found = [.init(year: v[1], month: v[0])]
        case "Mn": found = [.init(month: v[0], day: v[1])]
        case "nM": found = [.init(month: v[1], day: v[0])]
        case "MnY": found = [.init(year: v[2], month: v[0], day: v[1])]
        case "nMY": found = [.init(year: v[2], month: v[1], day: v[0])]
        case "Y/n": found = [.init(year: v[0], month: v[1])]
        case "Y/n/n": found = [.init(year: v[0], month: v[1], day: v[2])]
        case "n/Y": found = [.init(year: v[1], month: v[0])]
        case "n/n": found = Self.dayMonthOrders(v[0], v[1], dayFirstOnly: dayFirstOnly, year: nil)
        case "n/n/Y": found = Self.dayMonthOrders(v[0], v[1], dayFirstOnly: dayFirstOnly, year: v[2])
        case "n/n/n":
            let year = v[2] < 70 ? 2000 + v[2] : 1900 + v[2]
            found = Self.dayMonthOrders(v[0], v[1], dayFirstOnly: dayFirstOnly, year: year)
        default: return nil
        }
        found = found.filter(\.isValid)
        if let qualifier {
            guard found.allSatisfy({ $0.day == nil && ($0.year != nil || $0.decade != nil) }) else { return nil }
            found = found.map { var parts = $0; parts.qualifier = qualifier; return parts }
        }
        return found
    }

    /// "9/4" as 9 April and as September 4, unless one of them is not a date.
    private static func dayMonthOrders(_ first: Int, _ second: Int, dayFirstOnly: Bool, year: Int?) -> [DateReading.Parts] {
        let dayFirst = DateReading.Parts(year: year, month: second, day: first)
        if dayFirstOnly || first == second { return [dayFirst] }
        return [dayFirst, DateReading.Parts(year: year, month: first, day: second)]
    }
}

extension DateReading.Parts {
    var isValid: Bool {
        if let year, !(1...9999).contains(year) { return false }
        if let month, !(1...12).contains(month) { return false }
        if let day {
            guard let month else { return false }
            let longest = [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1]
            if !(1...longest).contains(day) { return false }
        }
        return true
    }
}

enum DateVocabulary {
    static let months: [String: Int] = [
        "january": 1, "jan": 1, "february": 2, "feb": 2, "march": 3, "mar": 3, "april": 4, "apr": 4,
        "may": 5, "june": 6, "jun": 6, "july": 7, "jul": 7, "august": 8, "aug": 8, "september": 9,
        "sept": 9, "sep": 9, "october": 10, "oct": 10, "november": 11, "nov": 11, "december": 12,
        "dec": 12,
    ]

    static let qualifiers: [String: DateReading.Qualifier] = [
        "early": .early, "start": .early, "beginning": .early, "mid": .mid, "middle": .mid,
        "late": .late, "end": .late,
    ]

    static let filler: Set<String> = [
        "on", "in", "at", "during", "the", "of", "year", "monday", "tuesday", "wednesday",
        "thursday", "friday", "saturday", "sunday", "mon", "tue", "tues", "wed", "thu", "thur",
        "thurs", "fri", "sat", "sun",
    ]
}

fileprivate extension Array {
    func element(at index: Int) -> Element? { indices.contains(index) ? self[index] : nil }
}

extension DateReading.Parts {
    /// "9 April 2023", "September 2017", "the 1990s", "mid-2024".
    public var spoken: String {
        var words: [String] = []
        if let qualifier { words.append(qualifier.rawValue) }
        if let day { words.append(String(day)) }
        if let month, (1...12).contains(month) { words.append(Self.monthNames[month - 1]) }
        if let year { words.append(String(year)) }
        if let decade { words.append("the \(decade)s") }
        return words.joined(separator: " ")
    }

    private static let monthNames = [
        "January", "February", "March", "April", "May", "June", "July", "August", "September",
        "October", "November", "December",
    ]
}
