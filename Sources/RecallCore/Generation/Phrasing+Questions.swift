import Foundation

/// The question shapes built on a sentence's clause analysis.
extension Phrasing {
    // MARK: - Questions

    /// "WH aux subject verb rest?" with `remove` taken out of the rest.
    func fronted(
        wh: String, removing remove: Range<Int>, dropping extra: [Range<Int>] = [], replacement: String? = nil,
        clauseStart: Int? = nil, keepQuotes: Bool = false, allowEmbedded: Bool = false
    ) -> String? {
        guard let clause = clause(from: clauseStart),
              remove.lowerBound > clause.verb || isInside(remove, clause.adverbial) || remove.upperBound <= (clauseStart ?? -1) else { return nil }
        // "When the European Council met on March 22 and 23, the plan had been …": a date in a
        // clause of its own dates that clause's verb, not the main one.
        if let adverbial = clause.adverbial, isInside(remove, adverbial), Lexicon.subordinators.contains(tokens[adverbial.lowerBound].lower),
           (adverbial.lowerBound..<remove.lowerBound).contains(where: { !tokens[$0].isCapitalized && (VerbForms.isFiniteVerb(tokens[$0].lower) || VerbForms.auxiliaries.contains(tokens[$0].lower)) }) {
            return nil
        }
        if remove.lowerBound > clause.verb, !allowEmbedded {
            // The span must belong to the main clause: nothing subordinate in between. A span
            // that opens with its own "until"/"since" hangs on the verb, past any phrase before
            // it ("remains exempt from the tariffs until May 1").
            let ownNesting = Lexicon.nestingPrepositions.contains(tokens[remove.lowerBound].lower)
            for index in (clause.verb + 1)..<remove.lowerBound {
                let token = tokens[index]
                if [",", "(", ":", ";", "–", "—"].contains(token.text)
                    || ["who", "which", "that", "when", "where", "while", "whose", "if", "because"].contains(token.lower)
                    || (index > clause.verb + 1 && VerbForms.isFiniteVerb(token.lower) && !token.isCapitalized)
                    || (Lexicon.nestingPrepositions.contains(token.lower) && !ownNesting)
                    // "accelerated the practice of seeking out evildoers": nothing is asked out
                    // of a gerund inside a noun phrase ("What did … accelerate the practice of
                    // seeking out?").
                    || (token.lower == "of" && index + 1 < remove.lowerBound && tokens[index + 1].lower.hasSuffix("ing")) {
                    return nil
                }
            }
        }
        // "A deal announced in March": a participle straight before a preposition is a
        // reduced passive, not the main verb.
        if clause.doForm != nil, clause.verb + 1 < tokens.count, !Self.intransitive.contains(tokens[clause.verb].lower),
           ["in", "on", "at", "by", "during", "last"].contains(tokens[clause.verb + 1].lower) {
            return nil
        }
        let end = max(clause.verb + 1, clauseEnd(after: remove.lowerBound > clause.verb ? remove : clause.verb..<(clause.verb + 1), keepQuotes: keepQuotes))
        var pieces = [wh]
        var restStart = clause.verb + 1
        if let doForm = clause.doForm {
            pieces += [doForm, clause.subjectText, text(clause.adverbs), clause.verbBase]
        } else if tokens[clause.verb].lower == "had", restStart < end, remove.lowerBound > restStart,
                  let participle = VerbForms.base(of: tokens[restStart].lower), VerbForms.isFiniteVerb(tokens[restStart].lower) {
            // "When had Azerbaijan suspended …?" reads as "When did Azerbaijan suspend …?".
            pieces += ["did", clause.subjectText, text(clause.adverbs), participle]
            restStart += 1
        } else {
            pieces += [tokens[clause.verb].lower, clause.subjectText, text(clause.adverbs)]
        }
        var restTokens = Array(restStart..<end)
        if let replacement {
            let before = restTokens.filter { index in index < remove.lowerBound && !extra.contains(where: { $0.contains(index) }) }
            let after = restTokens.filter { index in index >= remove.upperBound && !extra.contains(where: { $0.contains(index) }) }
            pieces.append(Self.withoutFinalStop(textOf(indices: before) + " " + replacement + " " + textOf(indices: after)))
        } else {
            restTokens.removeAll { index in remove.contains(index) || extra.contains(where: { range in range.contains(index) }) }
            pieces.append(Self.withoutFinalStop(textOf(indices: restTokens)))
        }
        if let adverbial = clause.adverbial, !isInside(remove, clause.adverbial) {
            // Moved after the subject, "In his first days, Trump …" keeps its "his".
            let lead = pronounsPointTo(clause.subjectText, in: adverbial) ? sentence.text(tokens[adverbial.lowerBound].start..<tokens[adverbial.upperBound - 1].end) : text(adverbial)
            pieces.append("," + " " + lowerFirst(lead))
        }
        let question = Self.finish(pieces)
        return question.count > wh.count + 12 ? question : nil
    }

    /// Whether every referring word written out in `range` stands for `subject`.
    func pronounsPointTo(_ subject: String, in range: Range<Int>) -> Bool {
        let written = range.compactMap { article.references[sentence.index].replacements[$0] }
        return !written.isEmpty && written.allSatisfy { replacement in
            var name = replacement
            for suffix in ["’s", "'s", "’", "'"] where name.hasSuffix(suffix) {
                name = String(name.dropLast(suffix.count))
                break
            }
            return name == subject || name.hasSuffix(" " + subject) || subject.hasSuffix(" " + name)
        }
    }


    /// Text without a final full stop (kept quote marks).
    static func withoutFinalStop(_ text: String) -> String {
        var scalars = Array(text.unicodeScalars)
        while let last = scalars.last, last == "." || last == " " || last == "," { scalars.removeLast() }
        if scalars.count >= 2, ArticleReader.isClosingQuote(scalars[scalars.count - 1]),
           ".,".unicodeScalars.contains(scalars[scalars.count - 2]) {
            scalars.remove(at: scalars.count - 2)
        }
        return String(String.UnicodeScalarView(scalars))
    }

    /// "Who verb rest?": the subject asked for.
    func subjectQuestion(wh: String = "Who", clauseStart: Int? = nil, through last: Int? = nil) -> String? {
        guard let clause = clause(from: clauseStart) else { return nil }
        var end = clauseEnd(after: clause.verb..<max(clause.verb + 1, (last ?? 0) + 1), keepQuotes: true)
        if let last, last + 1 < tokens.count, ArticleReader.isClosingQuote(tokens[last + 1].text.unicodeScalars.first!) {
            end = max(end, last + 2)
        }
        let tail = Array(clause.adverbs.lowerBound..<max(end, clause.verb + 1))
        var rest = Self.withoutFinalStop(textOf(indices: tail))
        // "Who" takes a singular verb: "EU leaders are calling" → "Who is calling".
        if clause.adverbs.isEmpty, let agreed = VerbForms.singularAfterWho[tokens[clause.verb].lower] {
            rest = agreed + rest.dropFirst(tokens[clause.verb].text.count)
        }
        var pieces = [wh, rest]
        if let adverbial = clause.adverbial { pieces.append(", " + lowerFirst(text(adverbial))) }
        return Self.finish(pieces)
    }



    /// The sentence with `span` replaced by `wh` in place.
    func inPlace(replacing span: Range<Int>, with wh: String) -> String {
        var begin = min(start(), span.lowerBound)
        let end = clauseEnd(after: span)
        // "While X did Y" cut before its main clause: drop the "While".
        if begin < span.lowerBound, end < tokens.count,
           Lexicon.subordinators.contains(tokens[begin].lower) {
            begin += 1
        }
        // Referring words are written out as the references resolve them, as in every other
        // form of the sentence.
        let references = article.references[sentence.index]
        let headStart = begin < tokens.count ? tokens[begin].start : 0
        let head = begin < span.lowerBound ? Self.resolvedText(sentence, references: references, headStart..<tokens[span.lowerBound].start) : ""
        let tailEnd = end > span.upperBound ? tokens[end - 1].end : tokens[span.upperBound - 1].end
        let tail = Self.resolvedText(sentence, references: references, tokens[span.upperBound - 1].end..<tailEnd)
        return Self.finish([head + wh + tail])
    }

    /// Text of token indices, keeping original spacing between neighbours.
    func textOf(indices: [Int]) -> String {
        var pieces: [String] = []
        var runStart: Int?
        var previous = -2
        for index in indices {
            if index != previous + 1 {
                if let start = runStart { pieces.append(text(start..<(previous + 1))) }
                runStart = index
            }
            previous = index
        }
        if let start = runStart { pieces.append(text(start..<(previous + 1))) }
        return pieces.joined(separator: " ")
    }

    func isInside(_ range: Range<Int>, _ outer: Range<Int>?) -> Bool {
        guard let outer else { return false }
        return outer.lowerBound <= range.lowerBound && range.upperBound <= outer.upperBound
    }

    func lowerFirst(_ text: String) -> String {
        // A moved adverbial ("…, along with the Allies?") starts lower-case too.
        guard let first = text.split(separator: " ").first,
              Lexicon.capitalFunctionWords.contains(first.lowercased()) || Self.adverbialOpeners.contains(first.lowercased()) else {
            return text
        }
        return first.lowercased() + text.dropFirst(first.count)
    }
}
