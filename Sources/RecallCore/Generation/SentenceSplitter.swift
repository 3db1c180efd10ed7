/// Splits a paragraph into sentences.
///
/// A sentence ends at ".", "!", "?" or "…" (with any closing quotes and brackets after it)
/// when the next word starts a sentence. Not at: abbreviations ("Mr.", "Jan.", "No."),
/// initials ("Harry S. Truman"), decimals, dotted acronyms ("U.S.") unless a typical sentence
/// opener follows, and not inside a quotation that closes later in the paragraph, so a quote
/// of several sentences stays with its attribution.
enum SentenceSplitter {
    static let abbreviations: Set<String> = [
        "mr", "mrs", "ms", "dr", "prof", "sen", "rep", "gen", "col", "lt", "sgt", "capt", "cpt",
        "gov", "st", "jr", "sr", "inc", "ltd", "co", "corp", "vs", "etc", "no", "nos", "jan",
        "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "mt", "ft",
        "adm", "cmdr", "rev", "hon", "pres", "dept", "univ", "approx", "est", "fig", "al", "maj",
        "brig", "gens", "reps", "sens", "govt", "op", "vol", "pp", "cf", "ave", "blvd",
    ]

    static let sentenceOpeners: Set<String> = [
        "The", "This", "That", "These", "Those", "It", "He", "She", "They", "We", "I", "In",
        "But", "And", "A", "An", "However", "Its", "His", "Her", "Their", "There", "As", "At",
        "On", "For", "With", "After", "Before", "When", "While", "If", "Yet", "So", "Now",
    ]

    static func split(_ text: [Unicode.Scalar]) -> [Range<Int>] {
        var ranges: [Range<Int>] = []
        var start = 0
        var quoteDepth = 0
        var straightOpen = false
        var index = 0
        let count = text.count
        while index < count {
            let scalar = text[index]
            switch scalar {
            case "\u{201C}": quoteDepth += 1
            case "\u{201D}": quoteDepth = max(0, quoteDepth - 1)
            case "\"": straightOpen.toggle()
            default: break
            }
            guard scalar == "." || scalar == "!" || scalar == "?" || scalar == "\u{2026}" else {
                index += 1
                continue
            }
            // Take further terminators and closing quotes or brackets.
            var end = index + 1
            var closesQuote = false
            while end < count {
                let next = text[end]
                if next == "." || next == "!" || next == "?" || next == "\u{2026}" {
                    end += 1
                } else if next == "\u{201D}" || next == "\u{2019}" || next == ")" || next == "]" {
                    if next == "\u{201D}" { quoteDepth = max(0, quoteDepth - 1); closesQuote = true }
                    end += 1
                } else if next == "\"" && straightOpen {
                    straightOpen = false
                    closesQuote = true
                    end += 1
                } else {
                    break
                }
            }
            if isBoundary(text, terminator: index, end: end, insideQuote: !closesQuote && (quoteDepth > 0 || straightOpen)) {
                ranges.append(trimmed(text, start..<end))
                start = end
            }
            index = end
        }
        if start < count {
            let rest = trimmed(text, start..<count)
            if !rest.isEmpty { ranges.append(rest) }
        }
        return ranges.filter { !$0.isEmpty }
    }

    private static func trimmed(_ text: [Unicode.Scalar], _ range: Range<Int>) -> Range<Int> {
        var lower = range.lowerBound
        var upper = range.upperBound
        while lower < upper, text[lower].isSpace { lower += 1 }
        while upper > lower, text[upper - 1].isSpace { upper -= 1 }
        return lower..<upper
    }

    private static func isBoundary(
        _ text: [Unicode.Scalar], terminator: Int, end: Int, insideQuote: Bool
    ) -> Bool {
        // Must be followed by space, then a sentence start.
        guard end < text.count else { return true }
        guard text[end].isSpace else { return false }
        var next = end
        while next < text.count, text[next].isSpace { next += 1 }
        guard next < text.count else { return true }
        var first = text[next]
        var wordStart = next
        if ArticleReader.isOpeningQuote(first) || first == "(" || first == "[" {
            wordStart += 1
            guard wordStart < text.count else { return true }
            first = text[wordStart]
        }
        let startsSentence = first.isUpper || first.properties.numericType != nil
            || first == "$" || first == "\u{00A3}" || first == "\u{20AC}"
        guard startsSentence else { return false }
        if insideQuote, text[end...].contains(where: { $0 == "\u{201D}" || $0 == "\"" }) {
            return false
        }
        if text[terminator] != "." { return true }
        // The word before the full stop.
        var wordBegin = terminator
        while wordBegin > 0, !text[wordBegin - 1].isSpace,
              !ArticleReader.isOpeningQuote(text[wordBegin - 1]), text[wordBegin - 1] != "(" {
            wordBegin -= 1
        }
        let word = String(String.UnicodeScalarView(text[wordBegin..<terminator]))
        if word.isEmpty { return true }
        let lower = word.lowercased()
        if abbreviations.contains(lower) { return false }
        if word.unicodeScalars.count == 1, word.unicodeScalars.first!.isUpper {
            return false  // an initial
        }
        if word.contains(".") {
            // "U.S." and the like: a boundary only before a typical sentence opener.
            var wordEnd = wordStart
            while wordEnd < text.count, text[wordEnd].isLetter { wordEnd += 1 }
            let nextWord = String(String.UnicodeScalarView(text[wordStart..<wordEnd]))
            return sentenceOpeners.contains(nextWord)
        }
        return true
    }
}
