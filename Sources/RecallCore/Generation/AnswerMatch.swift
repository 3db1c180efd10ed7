import Foundation

/// Loose comparison of answers, as the evaluation scorer and a lenient reader do it: case,
/// accents, punctuation, thousands separators, articles and plural "s" aside.
enum AnswerMatch {
    /// The accepted forms that say what the answer says: a bounded answer ("fewer than 5%")
    /// accepts the bare figure's other forms only with its bound ("fewer than 5 percent"), never
    /// the bare figure, which would be another claim.
    static func trueAlternatives(of answer: String, _ accepted: [String]) -> [String] {
        guard AnswerContext.carriesBound(answer) else { return accepted }
        let lower = answer.lowercased()
        let prefix = (Lexicon.lowerBoundsBefore + Lexicon.upperBoundsBefore).first { lower.hasPrefix($0 + " ") }
        let suffix = (Lexicon.lowerBoundsAfter + Lexicon.upperBoundsAfter).first { lower.hasSuffix(" " + $0) }
        var out: [String] = []
        for form in accepted {
            let bounded: String
            if AnswerContext.carriesBound(form) {
                bounded = form
            } else if let prefix {
                bounded = prefix + " " + form
            } else if let suffix {
                bounded = form + " " + suffix
            } else {
                continue
            }
            if !out.contains(bounded), bounded.lowercased() != lower { out.append(bounded) }
        }
        return out
    }

    /// The words of `text`, normalised.
    static func words(_ text: String) -> [String] {
        var out: [String] = []
        var current = ""
        let lowered = text.lowercased()
        let scalars = lowered.unicodeScalars.allSatisfy(\.isASCII)
            ? Array(lowered.unicodeScalars) : Array(lowered.decomposedStringWithCompatibilityMapping.unicodeScalars)
        func flush() {
            guard !current.isEmpty else { return }
            var word = current
            if word.hasSuffix("'s") { word.removeLast(2) }
            word.removeAll { $0 == "'" }
            if word != "the" && word != "a" && word != "an" && !word.isEmpty {
                if word.count > 3 && word.hasSuffix("s") && !word.hasSuffix("ss") { word.removeLast() }
                out.append(word)
            }
            current = ""
        }
        for (index, scalar) in scalars.enumerated() {
            if !scalar.isASCII, scalar.properties.generalCategory == .nonspacingMark { continue }
            let isDigit = scalar.isDigit
            let prevDigit = index > 0 && ("0"..."9").contains(scalars[index - 1])
            let nextDigit = index + 1 < scalars.count && ("0"..."9").contains(scalars[index + 1])
            if scalar.isLetter || isDigit || scalar == "_" {
                current.unicodeScalars.append(scalar)
            } else if (scalar == "," || scalar == ".") && prevDigit && nextDigit {
                if scalar == "." { current.append(".") }
            } else if scalar == "'" || scalar == "\u{2019}" || scalar == "\u{2018}" {
                current.append("'")
            } else if scalar == "$" || scalar == "%" || scalar == "\u{00A3}" || scalar == "\u{20AC}" {
                flush()
                out.append(String(scalar))
            } else {
                flush()
            }
        }
        flush()
        return out
    }

    /// The same thing named: equal words (in any order), or one contained in the other and
    /// at most twice as long plus two words.
    static func close(_ a: String, _ b: String) -> Bool {
        close(words: words(a), words(b))
    }

    /// `close` on words already normalised.
    static func close(words wa: [String], _ wb: [String]) -> Bool {
        guard !wa.isEmpty, !wb.isEmpty else { return false }
        if wa == wb || (wa.count > 1 && wa.sorted() == wb.sorted()) { return true }
        let (short, long) = wa.count <= wb.count ? (wa, wb) : (wb, wa)
        if long.count > 2 * short.count + 2 { return false }
        return contains(long, short)
    }

    /// The prompt holds the answer's words in a row.
    static func leaks(prompt: String, answer: String) -> Bool {
        // "the EU", "UN": an acronym is too short for the run of words below, yet the same
        // capitals in the prompt name it.
        let named = answer.split(separator: " ").filter { $0.lowercased() != "the" }
        if named.count == 1, let acronym = named.first, acronym.count >= 2, acronym.allSatisfy({ $0.isUppercase && $0.isLetter }) {
            return prompt.split(whereSeparator: { !$0.isLetter }).contains { $0 == acronym }
        }
        let answerWords = words(answer)
        guard !answerWords.isEmpty, answerWords.joined(separator: " ").count >= 3 else { return false }
        return contains(words(prompt), answerWords)
    }

    /// `short` stands in `long` as a run of words (and is not empty).
    static func contains(_ long: [String], _ short: [String]) -> Bool {
        guard !short.isEmpty, short.count <= long.count else { return false }
        for start in 0...(long.count - short.count) where Array(long[start..<start + short.count]) == short {
            return true
        }
        return false
    }
}
