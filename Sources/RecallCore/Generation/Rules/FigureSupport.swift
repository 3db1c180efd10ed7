import Foundation

/// Helpers the figure rules share: reading numbers, and telling numbers that are dates apart.
enum FigureSupport {
    /// The value of a number token ("6,000", "1.75") or number word ("two", "twenty-three").
    static func value(_ token: Token) -> Double? {
        if token.kind == .number {
            return Double(token.text.utf8.contains(UInt8(ascii: ",")) ? token.text.replacingOccurrences(of: ",", with: "") : token.text)
        }
        if token.isWord, let value = Lexicon.numberWord(token.lower) { return Double(value) }
        return nil
    }

    /// "… on two Russian nationals, former colonel Sergei Skripal and his daughter Yulia, in …":
    /// a comma after the counted noun, then to the next comma or the end a list of names joined
    /// by "and", with no verb of its own outside brackets: the
    /// list's tokens (the comma or stop that closes it follows).
    static func namesInApposition(_ tokens: [Token], noun: Range<Int>) -> Range<Int>? {
        guard noun.upperBound + 1 < tokens.count, tokens[noun.upperBound].text == "," else { return nil }
        var end = noun.upperBound + 1
        while end < tokens.count, ![",", ";", ":", "–", "—", "."].contains(tokens[end].text) { end += 1 }
        // An aside in brackets ("(who was recruited by …)") is no part of the list.
        var depth = 0
        let list = tokens[(noun.upperBound + 1)..<end].filter { token in
            if token.text == "(" { depth += 1 } else if token.text == ")" { depth -= 1; return false }
            return depth == 0
        }
        guard list.contains(where: { $0.lower == "and" }), list.contains(where: { $0.isWord && $0.isCapitalized }),
              !list.contains(where: { VerbForms.auxiliaries.contains($0.lower) || (!$0.isCapitalized && VerbForms.isFiniteVerb($0.lower)) })
        else { return nil }
        return (noun.upperBound + 1)..<end
    }

    /// A four-digit year between 1000 and 2199 written without a separator.
    static func isYear(_ token: Token) -> Bool {
        guard token.kind == .number, token.text.count == 4, let value = Int(token.text) else { return false }
        return value >= 1000 && value < 2200
    }

    /// Words before a number that make it a quantity, not a year: "more than 1000", "some 1500".
    static let quantityLeads: Set<String> = ["than", "about", "some", "nearly", "almost", "around", "approximately", "roughly", "least", "over"]

    /// A year where it stands: four digits that no quantity word leads ("more than 1000") and
    /// no counted noun follows ("1500 people").
    static func isYear(_ tokens: [Token], at index: Int) -> Bool {
        guard isYear(tokens[index]) else { return false }
        if index > 0, quantityLeads.contains(tokens[index - 1].lower) { return false }
        if index + 1 < tokens.count, countedNoun(tokens, after: index, singular: false) != nil,
           !tokens[index + 1].isCapitalized, tokens[index + 1].lower.hasSuffix("s") {
            return false
        }
        return true
    }

    /// The number belongs to a date: a year, or a day next to a month name.
    static func isPartOfDate(_ tokens: [Token], _ index: Int) -> Bool {
        if isYear(tokens, at: index) { return true }
        if index > 0, Lexicon.month(tokens[index - 1]) != nil { return true }
        if index + 1 < tokens.count, Lexicon.month(tokens[index + 1]) != nil { return true }
        if index > 0, ["no.", "number", "no", "page", "article", "chapter", "section"].contains(tokens[index - 1].lower) { return true }
        return false
    }

    /// Question phrase for an approximation word in front of a figure.
    static func approximation(_ tokens: [Token], before index: Int) -> (range: Range<Int>, phrase: String)? {
        guard index > 0 else { return nil }
        let one = tokens[index - 1].lower
        if index > 1 {
            let two = tokens[index - 2].lower + " " + one
            switch two {
            case "at least": return ((index - 2)..<index, "at least")
            case "more than", "over than": return ((index - 2)..<index, "more than")
            case "fewer than", "less than": return ((index - 2)..<index, "fewer than")
            case "up to": return ((index - 2)..<index, "up to")
            default: break
            }
        }
        switch one {
        case "some", "about", "around", "approximately", "roughly", "nearly", "almost", "estimated":
            return ((index - 1)..<index, "about")
        case "only", "just": return ((index - 1)..<index, "only")
        case "over": return ((index - 1)..<index, "more than")
        default: return nil
        }
    }

    /// The counted noun phrase after a number: up to three words ending in a plural noun.
    static func countedNoun(_ tokens: [Token], after index: Int, singular: Bool) -> Range<Int>? {
        var end = index + 1
        var last: Int?
        while end < tokens.count, end - index <= 3 {
            let token = tokens[end]
            guard token.isWord, !Lexicon.notCountNouns.contains(token.lower),
                  !VerbForms.auxiliaries.contains(token.lower), !token.lower.hasSuffix("ly"),
                  Lexicon.month(token) == nil, FigureSupport.value(token) == nil else { break }
            if end > index + 1, VerbForms.isFiniteVerb(token.lower), !token.isCapitalized { break }
            if isNoun(token, singular: singular) {
                last = end
                if !singular { break }
            }
            if token.isPossessive { break }
            end += 1
        }
        guard let last else { return nil }
        return (index + 1)..<(last + 1)
    }

    private static let irregularPlurals: Set<String> = [
        "people", "men", "women", "children", "staff", "personnel", "police", "troops", "feet",
        "data", "cattle", "sheep", "fish", "aircraft", "media", "criteria", "teeth", "mice",
    ]

    static func isNoun(_ token: Token, singular: Bool) -> Bool {
        let lower = token.lower
        if irregularPlurals.contains(lower) { return true }
        if singular {
            return !lower.hasSuffix("ed") && !lower.hasSuffix("ing") && lower.count > 2
                && !Lexicon.adjectiveEndings.contains(where: lower.hasSuffix)
        }
        return lower.hasSuffix("s") && !lower.hasSuffix("ss") && !lower.hasSuffix("us")
            && !lower.hasSuffix("’s") && !lower.hasSuffix("'s") && lower.count > 2
            && !["its", "has", "was", "this", "is", "as", "us", "yes", "thus", "unless", "less"].contains(lower)
    }

    /// Digits ↔ words forms of a count, for accepted answers.
    static func alternativeNumbers(_ token: Token) -> [String] {
        guard let value = value(token), let integer = Int(exactly: value) else { return [] }
        var forms: [String] = []
        if token.kind == .number {
            let plain = String(integer)
            if plain != token.text { forms.append(plain) }
            if let word = Lexicon.spell(integer) { forms.append(word) }
        } else {
            forms.append(String(integer))
        }
        return forms
    }

    /// "a" or "an" for the word that follows.
    static func article(for word: String) -> String {
        guard let first = word.lowercased().first else { return "a" }
        let lower = word.lowercased()
        if lower.hasPrefix("uni") || lower.hasPrefix("use") || lower.hasPrefix("eu") || lower.hasPrefix("one") { return "a" }
        return "aeiou".contains(first) ? "an" : "a"
    }
}

/// Builds facts for one sentence with less ceremony.
struct FactBuilder {
    let article: Article
    let sentence: Sentence
    var phrasing: Phrasing { Phrasing(article: article, sentence: sentence) }

    /// Scalar range of a token range.
    func scalars(_ tokens: Range<Int>) -> Range<Int> {
        sentence.tokens[tokens.lowerBound].start..<sentence.tokens[tokens.upperBound - 1].end
    }

    func fact(
        _ category: FactCategory, _ kind: AnswerKind, tokens range: Range<Int>, accepted: [String] = [],
        entity: String? = nil, prompt: String, entityPrompt: String? = nil
    ) -> Fact {
        let span = scalars(range)
        return spanFact(category, kind, span: span, accepted: accepted, entity: entity, prompt: prompt, entityPrompt: entityPrompt)
    }

    func spanFact(
        _ category: FactCategory, _ kind: AnswerKind, span: Range<Int>, accepted: [String] = [],
        entity: String? = nil, prompt: String, entityPrompt: String? = nil
    ) -> Fact {
        let answer = sentence.text(span)
        var seen: [String] = [answer]
        var others: [String] = []
        for form in accepted where !form.isEmpty && !seen.contains(form) {
            seen.append(form)
            others.append(form)
        }
        return Fact(
            category: category, kind: kind, answer: answer, accepted: others, sentence: sentence.index,
            span: span, entity: entity, prompt: prompt, entityPrompt: entityPrompt)
    }
}
