import Foundation

/// The number inside an answer and the way it is written, so that another value can be
/// written the same way: "$1.75 billion" → "$3.5 billion", "two Russian diplomats" → "three
/// Russian diplomats", "60-day" → "30-day", "number-two" → "number-three", "6,000 miles" →
/// "12,000 miles".
struct NumberSlot {
    let prefix: String
    let suffix: String
    let value: Double
    private let style: Style

    private enum Style {
        /// "two", "Seven", "twenty-three".
        case words(capital: Bool)
        /// "number-two", "number-3".
        case rank(spelled: Bool)
        /// `grouped`: thousands separated by commas ("6,000"), as the answer does or would.
        case digits(decimals: Int, grouped: Bool, significant: Int)
    }

    enum Rounding {
        /// To the answer's significant digits (at least two): 60 × 1.5 is 90, 687 × 1.5 is 1,030.
        case significant
        /// To the answer's decimals: 18.4 × 2/3 is 12.3.
        case decimals
    }

    var isSpelled: Bool { if case .words = style { true } else { false } }
    var isRank: Bool { if case .rank = style { true } else { false } }
    var isPercent: Bool {
        let lower = suffix.lowercased()
        return lower.hasPrefix("%") || lower.hasPrefix(" percent") || lower.hasPrefix(" per cent")
    }

    init?(_ answer: String) {
        let words = answer.split(separator: " ", omittingEmptySubsequences: false).map(String.init)
        for (index, word) in words.enumerated() {
            let lower = word.lowercased()
            let head = lower.split(separator: "-").first.map(String.init) ?? lower
            let number = Lexicon.numberWord(lower).map { ($0, word.count) } ?? Lexicon.numberWord(head).map { ($0, head.count) }
            guard let (value, length) = number else { continue }
            prefix = words[..<index].map { $0 + " " }.joined()
            suffix = String(word.dropFirst(length)) + words[(index + 1)...].map { " " + $0 }.joined()
            self.value = Double(value)
            style = .words(capital: word.first?.isUppercase == true)
            return
        }
        if let dash = answer.lowercased().range(of: "number-") {
            let rest = String(answer[dash.upperBound...])
            guard let value = Int(rest) ?? Lexicon.numberWord(rest.lowercased()) else { return nil }
            prefix = String(answer[..<dash.upperBound])
            suffix = ""
            self.value = Double(value)
            style = .rank(spelled: Int(rest) == nil)
            return
        }
        let scalars = Array(answer.unicodeScalars)
        guard let start = scalars.firstIndex(where: \.isDigit) else { return nil }
        var end = start
        while end < scalars.count, scalars[end].isDigit
            || ((scalars[end] == "," || scalars[end] == ".") && end + 1 < scalars.count && scalars[end + 1].isDigit) {
            end += 1
        }
        let text = String(String.UnicodeScalarView(scalars[start..<end]))
        guard let value = Double(text.replacingOccurrences(of: ",", with: "")) else { return nil }
        let parts = text.split(separator: ".")
        let decimals = parts.count == 2 ? parts[1].count : 0
        var digits = text.filter(\.isNumber).drop { $0 == "0" }
        if decimals == 0 { while digits.last == "0" { digits.removeLast() } }
        prefix = String(String.UnicodeScalarView(scalars[..<start]))
        suffix = String(String.UnicodeScalarView(scalars[end...]))
        self.value = value
        // "6,000" and "375" group thousands in their distractors; "1500" does not.
        let integerDigits = (parts.first ?? "").filter(\.isNumber).count
        style = .digits(decimals: decimals, grouped: text.contains(",") || integerDigits < 4, significant: max(digits.count, 1))
    }

    /// `other` written like the answer; nil when it cannot be (a spelled number that is not a
    /// whole number from 2 to 99, a value below 1 for an answer of 1 or more, or the answer's own value).
    func text(_ other: Double, rounding: Rounding) -> String? {
        guard other > 0, other.isFinite, value < 1 || other >= 1 else { return nil }
        switch style {
        case .words(let capital):
            guard other == other.rounded(), other > 1, other < 100, other != value, var spelled = Lexicon.spell(Int(other)) else { return nil }
            if capital { spelled = spelled.prefix(1).uppercased() + spelled.dropFirst() }
            return prefix + spelled + suffix
        case .rank(let spelled):
            guard let rank = Int(exactly: other), rank >= 1, other != value else { return nil }
            let text = spelled ? Lexicon.spell(rank) : String(rank)
            return text.map { prefix + $0 + suffix }
        case .digits(let decimals, let grouped, let significant):
            var places = decimals
            if rounding == .significant {
                let magnitude = Int(floor(log10(other)))
                places = min(decimals, max(0, max(significant, 2) - 1 - magnitude))
                let unit = pow(10, Double(max(0, magnitude - max(significant, 2) + 1)))
                if places == 0 { return format((other / unit).rounded() * unit, places: 0, grouped: grouped) }
            }
            return format(other, places: places, grouped: grouped)
        }
    }

    private func format(_ number: Double, places: Int, grouped: Bool) -> String? {
        var scale = 1.0
        for _ in 0..<places { scale *= 10 }
        let scaled = (number * scale).rounded()
        guard scaled > 0, scaled / scale != value, scaled < 1e15 else { return nil }
        let whole = Int(scaled) / Int(scale)
        var fraction = places > 0 ? String(Int(scaled) % Int(scale)) : ""
        while fraction.count < places { fraction = "0" + fraction }
        while fraction.hasSuffix("0") { fraction.removeLast() }
        var integer = String(whole)
        if grouped || integer.count > 4 {
            // Groups of three from the right.
            var out = ""
            for (index, digit) in integer.enumerated() {
                if index > 0, (integer.count - index) % 3 == 0 { out.append(",") }
                out.append(digit)
            }
            integer = out
        }
        guard whole > 0 || !fraction.isEmpty else { return nil }
        return prefix + integer + (fraction.isEmpty ? "" : "." + fraction) + suffix
    }
}
