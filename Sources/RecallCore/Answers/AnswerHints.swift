/// What `:hint` shows, one step more each time it is asked: the author's hint when the card has
/// one, then the answer's first letter, then more of it (the first word of a longer answer,
/// else about half its letters), then its length with every word's first letter.
public struct AnswerHints: Sendable, Equatable {
    public let steps: [String]

    public init(answer: String, authorHint: String? = nil) {
        var steps: [String] = []
        if let authorHint, !authorHint.isEmpty { steps.append(authorHint) }
        let words = answer.split(separator: " ").map(String.init)
        guard let first = answer.first(where: { !$0.isWhitespace }) else {
            self.steps = steps
            return
        }
        steps.append("it starts with “\(first)”")
        if words.count > 1 {
            steps.append("it starts with “\(words[0])” and has \(words.count) words")
        } else if answer.count > 3 {
            let shown = answer.prefix((answer.count + 1) / 2)
            steps.append("it starts with “\(shown)”")
        }
        steps.append(Self.pattern(answer) + " (" + Self.length(of: answer) + ")")
        self.steps = Self.distinct(steps)
    }

    /// The hint for the `number`-th request (from 1); nil once every step has been shown.
    public func hint(_ number: Int) -> String? {
        steps.indices.contains(number - 1) ? steps[number - 1] : nil
    }

    /// "6,000 miles" → "6,___ m____": the first letter or digit of each word, a blank for
    /// every other letter or digit, punctuation as it is.
    public static func pattern(_ answer: String) -> String {
        answer.split(separator: " ", omittingEmptySubsequences: false).map { word in
            guard let first = word.first else { return String(word) }
            return String(first) + String(word.dropFirst().map { $0.isLetter || $0.isNumber ? "_" : $0 })
        }.joined(separator: " ")
    }

    /// "9 letters", "4 digits", "6 letters and digits".
    static func length(of answer: String) -> String {
        let letters = answer.filter(\.isLetter).count
        let digits = answer.filter(\.isNumber).count
        let count = letters + digits
        return ReportFormat.plural(count, digits == 0 ? "letter" : letters == 0 ? "digit" : "letters and digit")
    }

    private static func distinct(_ steps: [String]) -> [String] {
        var seen = Set<String>()
        return steps.filter { seen.insert($0).inserted }
    }
}
