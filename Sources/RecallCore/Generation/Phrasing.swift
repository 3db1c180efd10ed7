import Foundation

/// Turns a sentence into a question about one of its spans.
///
/// Two shapes: *fronted* ("When did Aliyev visit China …?") when the sentence opens with a
/// plain subject and a finite verb, and *in place* ("…, killing how many people?") where the
/// question phrase stands where the answer stood. Both are grammatical English questions.
struct Phrasing {
    let article: Article
    let sentence: Sentence
    var tokens: [Token] { sentence.tokens }

    init(article: Article, sentence: Sentence) {
        self.article = article
        self.sentence = sentence
    }

    /// The main clause of a sentence: an optional leading adverbial, the subject, the verb.
    struct Clause {
        var adverbial: Range<Int>?
        var subject: Range<Int>
        /// Adverbs between subject and verb ("quickly").
        var adverbs: Range<Int>
        var verb: Int
        /// "did"/"does" for a past/present lexical verb, nil for an auxiliary.
        var doForm: String?
        var verbBase: String
        /// Resolved subject text (pronoun replaced by the person's name).
        var subjectText: String
    }

    /// Verbs often used without an object, so "X slowed in May" is no reduced passive.
    static let intransitive: Set<String> = [
        "slowed", "rose", "fell", "grew", "declined", "increased", "decreased", "occurred", "happened",
        "arrived", "died", "ended", "began", "started", "resigned", "stayed", "remained", "returned",
        "peaked", "dropped", "jumped", "surged", "climbed", "collapsed", "crashed", "emerged",
        "expanded", "shrank", "worked", "lived", "served", "spoke", "met", "voted", "travelled",
        "traveled", "moved", "retired", "failed", "succeeded", "came", "went", "stood", "sat", "slept",
        "fled", "left", "landed", "erupted", "broke", "struck", "took",
    ]

    static let adverbialOpeners: Set<String> = [
        "in", "on", "as", "at", "by", "after", "before", "during", "since", "with", "without",
        "for", "under", "despite", "following", "unlike", "like", "alarmed", "weakened", "until",
        "when", "while", "if", "although", "though", "because", "once", "throughout", "amid",
        "within", "over", "from", "to", "already", "historically", "certainly", "however",
        "meanwhile", "alternatively", "also", "now", "yet", "still", "again", "instead", "along",
    ]

    // MARK: - Text helpers

    /// Source text of a token range, with its original spacing.
    func text(_ range: Range<Int>) -> String {
        guard !range.isEmpty else { return "" }
        return Self.resolvedText(sentence, references: article.references[sentence.index],
                                 tokens[range.lowerBound].start..<tokens[range.upperBound - 1].end)
    }

    /// The text of a scalar range of `sentence` with its referring words written out.
    static func resolvedText(_ sentence: Sentence, references: SentenceReferences, _ range: Range<Int>) -> String {
        var text = ""
        var cursor = range.lowerBound
        for (index, token) in sentence.tokens.enumerated() where range.contains(token.start) && token.end <= range.upperBound {
            guard let replacement = references.replacements[index] else { continue }
            text += sentence.text(cursor..<token.start) + replacement
            // A word written out by the word before it ("the country’s" → "Russia’s"): no space left.
            if replacement.isEmpty, text.hasSuffix(" ") { text.removeLast() }
            cursor = token.end
            // A word left out at the start ("neighboring Armenia" → "Armenia"): nor the space
            // after it. (A range that starts with a space, after a gap, keeps one.)
            if replacement.isEmpty, text.isEmpty, sentence.scalars[range.lowerBound] != " " {
                while cursor < range.upperBound, sentence.scalars[cursor] == " " { cursor += 1 }
            }
        }
        return text + sentence.text(cursor..<range.upperBound)
    }

    /// The sentence with `gap` (a scalar range) shown as "[...]": discourse openers dropped,
    /// referring words written out.
    static func cloze(_ sentence: Sentence, references: SentenceReferences, gap: Range<Int>) -> String? {
        let tokens = sentence.tokens
        guard !gap.isEmpty, gap.upperBound <= sentence.scalars.count else { return nil }
        let opener = openerEnd(tokens)
        var begin = opener < tokens.count ? tokens[opener].start : 0
        if begin > gap.lowerBound { begin = 0 }
        var references = references
        if let comma = strayComma(tokens) { references.replacements[comma] = "" }
        let outsideGap = { (range: Range<Int>) in tokens[range].allSatisfy { $0.end <= gap.lowerBound || $0.start >= gap.upperBound } }
        for aside in bracketedRelativeClauses(tokens) + countsBeforeTheirNames(tokens) where outsideGap(aside) {
            for index in aside where references.replacements[index] == nil { references.replacements[index] = "" }
        }
        var end = sentence.scalars.count
        if let clause = clauseOfGap(tokens, gap: gap, from: opener) {
            let whole = resolvedText(sentence, references: references, begin..<gap.lowerBound) + "[...]"
                + resolvedText(sentence, references: references, gap.upperBound..<end)
            let unclear = references.unresolved + references.vague
            let outside = { (range: Range<Int>) in range.upperBound <= clause.lowerBound || range.lowerBound >= clause.upperBound }
            if whole.split(separator: " ").count > PromptLength.maximumClozeWords || !unclear.isEmpty && unclear.allSatisfy(outside) {
                begin = tokens[clause.lowerBound].start
                end = tokens[clause.upperBound - 1].end
            }
        }
        var text = resolvedText(sentence, references: references, begin..<gap.lowerBound) + "[...]"
            + resolvedText(sentence, references: references, gap.upperBound..<end)
        if end < sentence.scalars.count { text += "." }
        // A lead written out as nothing ("Shortly after the announcement, …") leaves its space.
        text = String(text.drop(while: \.isWhitespace))
        if let first = text.unicodeScalars.first, first.properties.isLowercase {
            text = String(first).uppercased() + String(text.unicodeScalars.dropFirst())
        }
        return text
    }

    /// The clause that holds the gap, when the sentence has more than it (token range, stop
    /// excluded): it starts after a leading "While …," or "Although …," clause, or after ", but",
    /// "; " or ", while" before the gap when a clause of its own follows; it ends where
    /// `clauseEnd` ends the clause after the gap. Nil when that is the whole sentence, or too
    /// short to stand alone (under six words, or without a verb).
    static func clauseOfGap(_ tokens: [Token], gap: Range<Int>, from opener: Int) -> Range<Int>? {
        guard let first = tokens.firstIndex(where: { $0.end > gap.lowerBound }),
              let last = tokens.lastIndex(where: { $0.start < gap.upperBound }) else { return nil }
        var begin = opener
        for index in opener..<first where index + 1 < first {
            let token = tokens[index]
            // ("… not only 70% of votes, but also …": the "but" completes the "not only".)
            let notOnly = tokens[opener..<index].indices.contains { $0 + 1 < index && tokens[$0].lower == "not" && tokens[$0 + 1].lower == "only" }
            let joins = token.text == ";" || token.text == "," && ["but", "while", "whereas", "yet"].contains(tokens[index + 1].lower) && !notOnly
            if joins {
                let start = token.text == ";" ? index + 1 : index + 2
                // ("…, but heralded by many Egyptians as …": a verb with no subject of its own
                // goes on the clause before.)
                let verbFirst = start < tokens.count && !tokens[start].isCapitalized
                    && (VerbForms.isFiniteVerb(tokens[start].lower) || VerbForms.auxiliaries.contains(tokens[start].lower))
                if start < first, !verbFirst, startsClause(tokens, at: start) { begin = start }
            } else if token.text == ",", opener < tokens.count, ["while", "although", "though", "whereas"].contains(tokens[opener].lower),
                      begin == opener, !["and", "or", "but"].contains(tokens[index + 1].lower),
                      tokens[(opener + 1)..<index].contains(where: { !$0.isCapitalized && (VerbForms.auxiliaries.contains($0.lower) || VerbForms.isFiniteVerb($0.lower)) }) {
                // The leading clause ends at the first comma after its own verb.
                begin = index + 1
            }
        }
        var end = clauseEnd(tokens, after: first..<(last + 1))
        // "… needed not only 70% of votes, but also 70% voter participation …": one clause.
        if end + 1 < tokens.count, tokens[end].text == ",", tokens[end + 1].lower == "but",
           tokens[begin..<end].indices.contains(where: { $0 + 1 < end && tokens[$0].lower == "not" && tokens[$0 + 1].lower == "only" }) {
            end = clauseEnd(tokens, after: (end + 1)..<(end + 2))
        }
        // ", according to a study by …": the source stays with its claim.
        if end + 2 < tokens.count, tokens[end].text == ",", tokens[end + 1].lower == "according", tokens[end + 2].lower == "to" {
            end = tokens[(end + 1)...].firstIndex(where: { [",", ";", "–", "—", "."].contains($0.text) }) ?? tokens.count
        }
        while end > begin, tokens[end - 1].isPunctuation, [".", ",", "!", "?"].contains(tokens[end - 1].text) { end -= 1 }
        // A leading "While …" clause alone: what a concession grants is told as true, without
        // its "While"; a clause of condition or cause is not.
        if begin == opener, begin < tokens.count, Lexicon.subordinators.contains(tokens[begin].lower) {
            guard ["while", "although", "though", "whereas"].contains(tokens[begin].lower), begin + 1 < first else { return nil }
            begin += 1
        }
        let clause = begin..<end
        let wholeEnd = tokens.last.map { [".", "!", "?"].contains($0.text) } == true ? tokens.count - 1 : tokens.count
        guard clause != opener..<wholeEnd, clause.count >= 6, clause.lowerBound <= first, clause.upperBound > last else { return nil }
        // The verb must be the clause's own, past a leading phrase ("Coming on top of …,", "In
        // 2016,"): a phrase cut from its main clause is no sentence.
        var body = clause.lowerBound
        let lead = tokens[body].lower
        if lead.hasSuffix("ing") || Lexicon.prepositions.contains(lead) || adverbialOpeners.contains(lead) || lead == "far" {
            if let comma = tokens[clause].firstIndex(where: { $0.text == "," }) {
                body = comma + 1
            } else if !tokens[clause].contains(where: { !$0.isCapitalized && (VerbForms.auxiliaries.contains($0.lower)
                || VerbForms.isFiniteVerb($0.lower) && !$0.lower.hasSuffix("ed")) }) {
                // "With more than 100 airstrikes recorded since 2015": a leading phrase alone,
                // its main clause cut away, is no sentence ("Over recent decades in Australia
                // union membership has fallen …" is one).
                return nil
            }
        }
        guard body < clause.upperBound, hasOwnVerb(tokens, body..<clause.upperBound) else { return nil }
        // "Far from surfing a wave of popularity …, only [...] of the public said …": a leading
        // phrase that holds no number or date goes with the rest of the sentence.
        if body > clause.lowerBound, body <= first, !tokens[clause.lowerBound..<body].contains(where: { $0.kind == .number }),
           !tokens[clause.lowerBound..<body].contains(where: { Lexicon.months.contains($0.lower) }) {
            return body..<clause.upperBound
        }
        // "… told the forum in Baku on April 9: “…”" (or ", “…”"): what was told is cut away.
        let after = clause.upperBound
        if after < tokens.count, tokens[after].text == ":"
            || tokens[after].text == "," && QuoteSpans.quotes(tokens).contains(where: { $0.lowerBound == after + 2 }) {
            return nil
        }
        return clause
    }

    /// When the gap lies in a relative clause on a name ("…, George C. Marshall, who served as
    /// secretary of state for two years beginning in 1947, …"), that clause alone as a
    /// sentence: "George C. Marshall served as secretary of state for [...] beginning in 1947."
    static func relativeClauseCloze(_ sentence: Sentence, references: SentenceReferences, gap: Range<Int>) -> String? {
        let tokens = sentence.tokens
        guard let first = tokens.firstIndex(where: { $0.start >= gap.lowerBound }) else { return nil }
        if let which = whichClauseCloze(sentence, references: references, gap: gap, first: first) { return which }
        var relative = first - 1
        while relative > 1, tokens[relative].lower != "who" {
            if [",", ";", "–", "—", "(", ")"].contains(tokens[relative].text) { return nil }
            relative -= 1
        }
        guard relative > 1, tokens[relative].lower == "who", tokens[relative - 1].text == ",",
              relative + 1 < first, VerbForms.auxiliaries.contains(tokens[relative + 1].lower)
                || VerbForms.isFiniteVerb(tokens[relative + 1].lower) else { return nil }
        // The name before the comma, titles included: capitalised words, initials, "of".
        var nameStart = relative - 1
        while nameStart > 0, tokens[nameStart - 1].isCapitalized || tokens[nameStart - 1].text == "."
            || (tokens[nameStart - 1].lower == "of" && nameStart >= 2 && tokens[nameStart - 2].isCapitalized) {
            nameStart -= 1
        }
        guard nameStart < relative - 1, tokens[nameStart].isCapitalized,
              !Lexicon.capitalFunctionWords.contains(tokens[nameStart].lower) else { return nil }
        var end = first
        while end < tokens.count, ![",", ";", "–", "—", "(", ")"].contains(tokens[end].text) { end += 1 }
        if end == tokens.count, tokens[end - 1].isPunctuation, ".!?".contains(tokens[end - 1].text) { end -= 1 }
        guard end > first, tokens[end - 1].end >= gap.upperBound else { return nil }
        let name = resolvedText(sentence, references: references, tokens[nameStart].start..<tokens[relative - 2].end)
        let body = resolvedText(sentence, references: references, tokens[relative + 1].start..<gap.lowerBound) + "[...]"
            + resolvedText(sentence, references: references, gap.upperBound..<tokens[end - 1].end)
        return name + " " + body + "."
    }

    /// When the gap lies in a relative clause on a thing ("… formalized the pact, which
    /// President Donald Trump has long framed as a way to recoup more than $100 billion in aid
    /// …"), that clause alone as a sentence, the thing put back where "which" stood: "President
    /// Donald Trump has long framed the pact as a way to recoup more than [...] in aid …". The
    /// thing is a phrase opening with "the" just before the comma. Nil when the clause leaves a
    /// preposition stranded ("which he spoke about").
    static func whichClauseCloze(_ sentence: Sentence, references: SentenceReferences, gap: Range<Int>, first: Int) -> String? {
        let tokens = sentence.tokens
        guard let which = tokens[..<first].lastIndex(where: { $0.lower == "which" }), which >= 3, tokens[which - 1].text == ",",
              !tokens[(which + 1)..<first].contains(where: { [",", ";", "–", "—", "(", ")", ":"].contains($0.text) }) else { return nil }
        // The thing: "the" (or "a") and up to seven words before the comma, lower-case words,
        // a name and the "of"/"by" that joins it ("a study by the World 100 Reputation Network").
        var thing = which - 2
        while thing > 0, which - 1 - thing < Self.longestRelativeAntecedent, !Self.opensAntecedent(tokens, thing, before: which - 1) {
            let token = tokens[thing]
            guard token.isWord || token.kind == .number, token.isCapitalized || token.kind == .number || ["of", "by", "the"].contains(token.lower)
                    || !Lexicon.functionWords.contains(token.lower), !VerbForms.isFiniteVerb(token.lower) else { return nil }
            thing -= 1
        }
        guard Self.opensAntecedent(tokens, thing, before: which - 1), thing < which - 2 else { return nil }
        var end = first
        // (A comma between two names of a list goes on: "in Australia, Canada, the UK and Japan".)
        let listComma = { (index: Int) in
            FrontedWhWord.isListComma(tokens, index)
                || index > 0 && index + 2 < tokens.count && tokens[index - 1].isCapitalized && tokens[index + 1].lower == "the" && tokens[index + 2].isCapitalized
        }
        while end < tokens.count, ![",", ";", "–", "—", "(", ")", ":"].contains(tokens[end].text) || listComma(end) { end += 1 }
        if end == tokens.count, tokens[end - 1].isPunctuation, ".!?".contains(tokens[end - 1].text) { end -= 1 }
        guard end > first, tokens[end - 1].end >= gap.upperBound else { return nil }
        let written = { (range: Range<Int>) in resolvedText(sentence, references: references, range) }
        let thingText = lowerFirstWord(written(tokens[thing].start..<tokens[which - 2].end))
        var insertAt = which + 1
        let next = tokens[which + 1].lower
        if !(VerbForms.auxiliaries.contains(next) || VerbForms.isFiniteVerb(next) || VerbForms.isThirdPersonPresent(tokens, which + 1, afterQuestionWord: true)) {
            // "which President Donald Trump has long framed as …": the thing is the object, after
            // the verb and its auxiliaries and adverbs.
            guard let verb = tokens[(which + 1)..<first].firstIndex(where: { !$0.isCapitalized && (VerbForms.auxiliaries.contains($0.lower) || VerbForms.isFiniteVerb($0.lower)) }) else { return nil }
            insertAt = verb + 1
            while insertAt < first, tokens[insertAt].isWord, !tokens[insertAt].isCapitalized,
                  VerbForms.isFiniteVerb(tokens[insertAt].lower) || tokens[insertAt].lower.hasSuffix("ly") || ["long", "also", "not", "never", "been"].contains(tokens[insertAt].lower) {
                insertAt += 1
            }
            guard insertAt < first, tokens[insertAt].lower == "as" || !Lexicon.prepositions.contains(tokens[insertAt].lower) else { return nil }
        }
        var pieces: [String] = []
        if insertAt > which + 1 { pieces.append(written(tokens[which + 1].start..<tokens[insertAt - 1].end)) }
        pieces.append(thingText)
        pieces.append(written(tokens[insertAt].start..<gap.lowerBound) + "[...]" + written(gap.upperBound..<tokens[end - 1].end))
        var text = pieces.joined(separator: " ") + "."
        if let letter = text.unicodeScalars.first, letter.properties.isLowercase {
            text = String(letter).uppercased() + String(text.unicodeScalars.dropFirst())
        }
        return text
    }

    /// A finite verb of the range's own: an auxiliary, a present "-s" verb, or a past form
    /// that no determiner makes an adjective ("the alleged support").
    static func hasOwnVerb(_ tokens: [Token], _ range: Range<Int>) -> Bool {
        range.contains { index in
            let token = tokens[index]
            guard token.isWord, !token.isCapitalized else { return false }
            if VerbForms.auxiliaries.contains(token.lower) || VerbForms.isNegatedAuxiliary(token.lower) { return true }
            if VerbForms.isThirdPersonPresent(tokens, index) { return true }
            guard VerbForms.isFiniteVerb(token.lower) else { return false }
            return index == range.lowerBound || !["the", "a", "an", "its", "their", "his", "her", "our", "this", "these"].contains(tokens[index - 1].lower)
        }
    }

    /// The most tokens the thing a "which" clause is on may have.
    static let longestRelativeAntecedent = 8

    /// "the" or "a" opening the thing before a "which" clause: the first of its kind, with
    /// nothing but the phrase's own words after it ("a study by the World …": the "a", not the
    /// "the" inside the name).
    private static func opensAntecedent(_ tokens: [Token], _ index: Int, before comma: Int) -> Bool {
        guard Lexicon.articles.contains(tokens[index].lower) else { return false }
        return index == 0 || !["of", "by"].contains(tokens[index - 1].lower)
    }

    /// "The deal" inside a sentence reads "the deal"; a name keeps its capital.
    private static func lowerFirstWord(_ text: String) -> String {
        for article in ["The ", "A ", "An "] where text.hasPrefix(article) {
            return article.lowercased() + text.dropFirst(article.count)
        }
        return text
    }

    /// When the gap lies in a "when" clause after a main clause whose words the references
    /// leave unresolved ("The latter point was famously underlined when President Harry S.
    /// Truman fired General Douglas MacArthur in 1951 over …"), that clause alone as a
    /// sentence: what a "when" clause tells is told as true, whatever the main clause says.
    static func whenClauseCloze(_ sentence: Sentence, references: SentenceReferences, gap: Range<Int>) -> String? {
        let tokens = sentence.tokens
        guard let first = tokens.firstIndex(where: { $0.start >= gap.lowerBound }),
              let when = tokens[..<first].lastIndex(where: { $0.lower == "when" }), when > openerEnd(tokens) + 2,
              !tokens[when..<first].contains(where: { [";", "–", "—", "(", ")", ":"].contains($0.text) }),
              !references.unresolved.isEmpty, references.unresolved.allSatisfy({ $0.upperBound <= when }),
              tokens[(when + 1)..<first].contains(where: { $0.isWord && (VerbForms.isFiniteVerb($0.lower) || VerbForms.auxiliaries.contains($0.lower)) })
        else { return nil }
        var end = first
        while end < tokens.count, ![";", "–", "—", "(", ")", ":"].contains(tokens[end].text) { end += 1 }
        if end == tokens.count, tokens[end - 1].isPunctuation, ".!?".contains(tokens[end - 1].text) { end -= 1 }
        guard end > first, tokens[end - 1].end >= gap.upperBound else { return nil }
        var text = resolvedText(sentence, references: references, tokens[when + 1].start..<gap.lowerBound) + "[...]"
            + resolvedText(sentence, references: references, gap.upperBound..<tokens[end - 1].end) + "."
        if let letter = text.unicodeScalars.first, letter.properties.isLowercase {
            text = String(letter).uppercased() + String(text.unicodeScalars.dropFirst())
        }
        return text
    }

    /// "Sergei Skripal (who was recruited by British intelligence) and his daughter": a
    /// relative clause in brackets is an aside; a cloze of the sentence leaves it out, brackets
    /// and all, unless the gap lies in it.
    static func bracketedRelativeClauses(_ tokens: [Token]) -> [Range<Int>] {
        var asides: [Range<Int>] = []
        var index = 0
        while index + 1 < tokens.count {
            defer { index += 1 }
            guard tokens[index].text == "(", ["who", "which", "whose", "whom"].contains(tokens[index + 1].lower),
                  let close = tokens[(index + 1)...].firstIndex(where: { $0.text == ")" || $0.text == "(" }),
                  tokens[close].text == ")" else { continue }
            asides.append(index..<(close + 1))
            index = close
        }
        return asides
    }

    /// "… on two Russian nationals, former colonel Sergei Skripal and his daughter Yulia, in
    /// …": the count and the commas around the names it announces, which a cloze leaves out
    /// ("… on former colonel Sergei Skripal and his daughter Yulia in …"). The ranges to drop:
    /// the number to the first comma, and the closing comma.
    static func countsBeforeTheirNames(_ tokens: [Token]) -> [Range<Int>] {
        var ranges: [Range<Int>] = []
        for index in tokens.indices {
            guard let value = FigureSupport.value(tokens[index]), value >= 2,
                  let noun = FigureSupport.countedNoun(tokens, after: index, singular: false),
                  let names = FigureSupport.namesInApposition(tokens, noun: noun) else { continue }
            ranges.append(index..<names.lowerBound)
            if names.upperBound < tokens.count, tokens[names.upperBound].text == "," {
                ranges.append(names.upperBound..<(names.upperBound + 1))
            }
        }
        return ranges
    }

    /// "The appointment of John Bolton … in the past 14 months, signals a …": a lone comma
    /// between a long subject and its verb, a slip of the source that a cloze leaves out.
    static func strayComma(_ tokens: [Token]) -> Int? {
        guard let comma = tokens.firstIndex(where: { $0.text == "," }), comma >= 5, comma + 1 < tokens.count else { return nil }
        let subject = tokens[openerEnd(tokens)..<comma]
        guard !subject.contains(where: { $0.isWord && (VerbForms.auxiliaries.contains($0.lower) || VerbForms.isFiniteVerb($0.lower)) }),
              !subject.contains(where: { $0.isPunctuation && $0.text != "’" && $0.text != "." }),
              let first = subject.first, !Lexicon.prepositions.contains(first.lower), !Lexicon.capitalFunctionWords.contains(first.lower) || first.lower == "the"
        else { return nil }
        // ", followed by …, brings": a phrase set off by two commas is no slip.
        if tokens[(comma + 1)...].contains(where: { $0.text == "," }) { return nil }
        return VerbForms.isThirdPersonPresent(tokens, comma + 1) || VerbForms.isFiniteVerb(tokens[comma + 1].lower) ? comma : nil
    }

    /// First token after the discourse openers that start a sentence ("However,", "In
    /// fact,", "This means that").
    static func openerEnd(_ tokens: [Token]) -> Int {
        var index = 0
        while index < tokens.count {
            let lower = tokens[index].lower
            if Lexicon.discourseOpeners.contains(lower), index + 1 < tokens.count,
               !VerbForms.auxiliaries.contains(tokens[index + 1].lower) {
                index += 1
            } else if let words = Lexicon.discourseOpenerPhraseWords.first(where: { words in
                // "In contrast, …" opens; "In contrast to the neocons" is a phrase of the clause.
                index + words.count < tokens.count && tokens[index..<(index + words.count)].map(\.lower) == words
                    && [",", "that"].contains(tokens[index + words.count].lower)
            }) {
                index += words.count
                if index < tokens.count, tokens[index].lower == "that" { index += 1 }
            } else if let result = resultClauseStart(tokens, from: index) {
                index = result
            } else if index == 0, let colon = tokens.prefix(Self.longestColonLead + 1).firstIndex(where: { $0.text == ":" }), colon > 1,
                      colon + 1 < tokens.count, tokens[1..<colon].allSatisfy({ $0.isWord && !$0.isCapitalized }),
                      Lexicon.capitalFunctionWords.contains(tokens[0].lower),
                      // (Only a form of "be": "The minister said: …" keeps its speaker.)
                      !tokens[..<colon].contains(where: { VerbForms.isFiniteVerb($0.lower) && !Lexicon.finiteBeForms.contains($0.lower) }),
                      !QuoteSpans.isQuoted(tokens, colon), VerbForms.hasFiniteVerb(Array(tokens[(colon + 1)...])) {
                // "There is some good news: the numbers … have declined …": a lead that only
                // announces what follows.
                index = colon + 1
            } else if index + 1 < tokens.count, Self.listingOrdinals.contains(tokens[index].lower), tokens[index + 1].text == "," {
                // "First, …", "Second, and more controversially, …": the place in the author's list.
                index += 1
                if index + 1 < tokens.count, tokens[index + 1].lower == "and",
                   let comma = tokens[(index + 2)...].prefix(4).firstIndex(where: { $0.text == "," }),
                   tokens[(index + 2)..<comma].allSatisfy(\.isWord) {
                    index = comma
                }
            } else if index + 3 < tokens.count, tokens[index].lower == "as", tokens[index + 1].lower == "for",
                      let comma = tokens[(index + 2)...].prefix(Self.longestTopicLead + 1).firstIndex(where: { $0.text == "," }),
                      tokens[(index + 2)..<comma].allSatisfy(\.isWord) {
                // "As for freedom, …": the topic the sentence turns to, said again in it.
                index = comma
            } else {
                break
            }
            if index < tokens.count, tokens[index].text == "," { index += 1 }
        }
        return index
    }

    /// The most tokens of a lead that ends in a colon ("There is some good news:").
    static let longestColonLead = 6

    /// Words that number the author's points: "First, …", "Secondly, …".
    static let listingOrdinals: Set<String> = ["first", "second", "third", "fourth", "fifth", "firstly", "secondly", "thirdly", "lastly"]

    /// The most words of an "As for …," lead.
    static let longestTopicLead = 4

    /// The most words between "so" and its "that" in a lead of degree.
    static let longestDegreeLead = 8

    /// "This issue is so important for a post-Brexit partnership that the EU leaders have
    /// included …": after a demonstrative subject, "is so … that" only says how much; the clause
    /// after "that" is the fact, true on its own. The token after the "that".
    static func resultClauseStart(_ tokens: [Token], from index: Int) -> Int? {
        guard index < tokens.count, ["this", "that", "it"].contains(tokens[index].lower) else { return nil }
        var be = index + 1
        if be < tokens.count, tokens[be].isWord, !tokens[be].isCapitalized, !Lexicon.finiteBeForms.contains(tokens[be].lower) { be += 1 }
        guard be + 2 < tokens.count, Lexicon.finiteBeForms.contains(tokens[be].lower), tokens[be + 1].lower == "so",
              let that = tokens[(be + 2)...].prefix(Self.longestDegreeLead + 1).firstIndex(where: { $0.lower == "that" }),
              that > be + 2, tokens[(be + 2)..<that].allSatisfy({ $0.isWord }), that + 3 < tokens.count,
              VerbForms.hasFiniteVerb(Array(tokens[(that + 1)...])) else { return nil }
        return that + 1
    }

    /// A question without a clause of its own joined on after what it asks: "Who has consistently
    /// supported a national approach to energy policy, and on his first day in office he pledged
    /// to end …?" → "Who has consistently supported a national approach to energy policy?". The
    /// clause after ", and"/", but" has its own subject and verb; quotations are left whole.
    static func withoutTrailingClause(_ question: String) -> String {
        guard question.hasSuffix("?") else { return question }
        let tokens = Tokenizer.tokens(Array(question.unicodeScalars))
        let quoted = Set(QuoteSpans.quotes(tokens).flatMap { Array($0) })
        guard let wh = tokens.firstIndex(where: \.isWord) else { return question }
        for index in tokens.indices where index > wh + 3 && index + 2 < tokens.count && tokens[index].text == ","
            && !quoted.contains(index) && ["and", "but"].contains(tokens[index + 1].lower) {
            let start = index + 2
            // Its own subject: a pronoun, a name or a determiner before a verb within four words.
            guard ["he", "she", "they", "it", "the", "a", "an", "his", "her", "their", "its"].contains(tokens[start].lower)
                    || tokens[start].isCapitalized || Lexicon.prepositions.contains(tokens[start].lower),
                  startsClause(tokens, at: start) || Lexicon.prepositions.contains(tokens[start].lower)
                    && tokens[start...].prefix(8).contains(where: { ["he", "she", "they", "it"].contains($0.lower) })
            else { continue }
            let scalars = Array(question.unicodeScalars)
            return String(String.UnicodeScalarView(scalars[..<tokens[index].start])) + "?"
        }
        return question
    }

    /// Joins pieces with single spaces and tidies punctuation; adds the question mark.
    static func finish(_ pieces: [String]) -> String {
        let text = pieces.filter { !$0.isEmpty }.joined(separator: " ")
        // One pass: no double spaces, no space before , . ; ) and none after (, no ",,".
        var scalars: [Unicode.Scalar] = []
        scalars.reserveCapacity(text.unicodeScalars.count)
        for scalar in text.unicodeScalars {
            if scalar == " ", let last = scalars.last, last == " " || last == "(" { continue }
            if [",", ".", ";", ")"].contains(scalar), scalars.last == " " { scalars.removeLast() }
            if scalar == ",", scalars.last == "," { continue }
            scalars.append(scalar)
        }
        while let last = scalars.last, ".,;:!?– —-".unicodeScalars.contains(last) || last == " " {
            scalars.removeLast()
        }
        // A final closing quote after a full stop: drop the stop inside the quote.
        if scalars.count >= 2, ArticleReader.isClosingQuote(scalars[scalars.count - 1]),
           ".,".unicodeScalars.contains(scalars[scalars.count - 2]) {
            scalars.remove(at: scalars.count - 2)
        }
        while let first = scalars.first, ",;: –—".unicodeScalars.contains(first) { scalars.removeFirst() }
        guard let first = scalars.first else { return "" }
        let upper = String(first).uppercased().unicodeScalars
        scalars.replaceSubrange(0..<1, with: upper)
        return String(String.UnicodeScalarView(scalars)) + "?"
    }

    /// Index after the clause that holds `span`: the sentence is cut at "; ", " – ", ", but"
    /// and the like after the span when enough text remains.
    func clauseEnd(after span: Range<Int>, keepQuotes: Bool = false) -> Int {
        Self.clauseEnd(tokens, after: span, keepQuotes: keepQuotes)
    }

    static func clauseEnd(_ tokens: [Token], after span: Range<Int>, keepQuotes: Bool = false) -> Int {
        var index = span.upperBound
        let quotes = QuoteSpans.quotes(tokens)
        while index < tokens.count {
            let token = tokens[index]
            // ", “and we made a deal today”": the speaker's words carry on past the clause.
            if token.text == ",", index >= span.upperBound,
               quotes.contains(where: { $0.lowerBound == index + 2 && !$0.contains(span.lowerBound) && QuoteSpans.continuesTheSentence(tokens, $0) }) {
                break
            }
            if let quote = quotes.first(where: { $0.lowerBound == index + 1 && !$0.contains(span.lowerBound) }) {
                // A long quotation after the span is left out ("…forum in Baku, “USAID …”").
                if quote.count > 15, !keepQuotes, index > 0, tokens[index - 1].text == "," || tokens[index - 1].text == ":" {
                    return index - 1
                }
                index = quote.upperBound + 1
                continue
            }
            if token.text == ";" || token.text == "—" || token.text == "–" || token.text == ":" { break }
            if token.text == ",", index >= span.upperBound, index + 1 < tokens.count, tokens[index + 1].lower.hasSuffix("ing"),
               !tokens[index + 1].isCapitalized, tokens[index + 1].lower.count > 5 { break }
            if token.text == ",", index >= span.upperBound, index + 2 < tokens.count, ["a", "an"].contains(tokens[index + 1].lower) {
                break  // ", an appeal made …": a description of the whole clause
            }
            if token.text == ",", index >= span.upperBound, startsClause(tokens, at: index + 1),
               index + 1 < tokens.count, !VerbForms.isFiniteVerb(tokens[index + 1].lower) { break }
            if token.lower == "and" || token.lower == "but", index >= span.upperBound, startsClause(tokens, at: index + 1) { break }
            if token.text == ",", index + 1 < tokens.count,
               ["but", "while", "which", "so", "although", "though", "whereas", "leaving", "stalling"].contains(tokens[index + 1].lower) {
                break
            }
            index += 1
        }
        return min(index, tokens.count)
    }

    /// Places a clause may start before `index`, nearest first: after a comma, colon or
    /// semicolon, or after a conjunction.
    static func clauseStarts(_ tokens: [Token], before index: Int) -> [Int] {
        var starts: [Int] = []
        var position = min(index, tokens.count) - 1
        while position >= 0 {
            let token = tokens[position]
            if Self.clauseBreaks.contains(token.text) || Self.clauseOpeners.contains(token.lower) {
                if position + 1 < index { starts.append(position + 1) }
            }
            position -= 1
        }
        return starts
    }

    private static let clauseBreaks: Set<String> = [",", ":", ";"]
    private static let clauseOpeners: Set<String> = ["as", "while", "because", "since", "although", "though", "but", "after", "when", "so"]

    /// A verb (after an optional adverb), or a short subject and a verb, starts here.
    func startsClause(at index: Int) -> Bool {
        Self.startsClause(tokens, at: index)
    }

    static func startsClause(_ tokens: [Token], at index: Int) -> Bool {
        var position = index
        while position < tokens.count, position - index < 4 {
            let token = tokens[position]
            if token.isPunctuation { return false }
            let before = position > index ? tokens[position - 1].lower : ""
            if ["for", "of", "to", "the", "a", "an", "by", "with", "in", "on", "at", "from"].contains(before) { return false }
            if !token.isCapitalized, VerbForms.auxiliaries.contains(token.lower) || VerbForms.isFiniteVerb(token.lower) {
                // "steel and aluminum imposed by Washington": a participle with its agent
                // after a bare noun describes the noun; no clause starts.
                if position > index, token.lower.hasSuffix("ed"), position + 1 < tokens.count, tokens[position + 1].lower == "by",
                   tokens[index..<position].allSatisfy({ $0.isWord && !$0.isCapitalized && !Lexicon.functionWords.contains($0.lower) }) {
                    return false
                }
                return true
            }
            position += 1
        }
        return false
    }

    /// First token of the sentence after discourse words ("However,").
    func start() -> Int {
        Self.openerEnd(tokens)
    }

    /// The subject written out: a leading pronoun becomes the last person named.
    /// The one person the sentence's he/she/him/his/her before `position` were written out as
    /// ("to extradite him back to Spain, where he …": Carles Puigdemont); nil for none or two.
    func personWrittenOutBefore(_ position: Int) -> String? {
        let people = Set(article.references[sentence.index].replacements.compactMap { index, name -> String? in
            guard index < position, let gender = Lexicon.personalPronouns[tokens[index].lower], gender == .masculine || gender == .feminine
            else { return nil }
            for suffix in ["’s", "'s"] where name.hasSuffix(suffix) { return String(name.dropLast(suffix.count)) }
            return name
        })
        return people.count == 1 ? people.first : nil
    }

    func resolvedSubject(_ range: Range<Int>) -> String? {
        guard !range.isEmpty else { return nil }
        let first = tokens[range.lowerBound]
        if range.count == 1, ["he", "she"].contains(first.lower) {
            return article.references[sentence.index].replacements[range.lowerBound] ?? personWrittenOutBefore(range.lowerBound)
        }
        if ["it", "they", "this", "these", "those", "that", "we", "i", "you", "there", "one"].contains(first.lower) {
            return nil
        }
        var text = self.text(range)
        // "…, where he and his colleagues are charged with …": the references write a person
        // out once a sentence, so a clause's subject after it says "he" as written.
        if ["he", "she"].contains(first.lower), article.references[sentence.index].replacements[range.lowerBound] == nil,
           let person = personWrittenOutBefore(range.lowerBound) {
            text = person + String(text.dropFirst(first.text.count))
        }
        let atStart = range.lowerBound == start() || range.lowerBound == 0
        // A capital that only marks the sentence start: not a name the article uses elsewhere.
        let inPersonRun = article.names.runs(inSentence: sentence.index).contains {
            $0.isPerson && $0.tokens.contains(range.lowerBound)
        }
        // An adjective before a lower-case noun ("Environmental groups", "Bilateral trade").
        let adjective = range.count > 1 && !tokens[range.lowerBound + 1].isCapitalized && tokens[range.lowerBound + 1].isWord
            && ["al", "ive", "ous", "ful", "less", "able", "ible", "ed", "ing"].contains(where: first.lower.hasSuffix)
        let commonWord = !article.names.capitalisedInside.contains(first.stem) && !inPersonRun
            && (article.names.lowerCaseWords.contains(first.lower) || adjective)
        // A first word written out ("The two leaders" → "Ilham Aliyev and Xi Jinping") keeps its capital.
        let writtenOut = article.references[sentence.index].replacements[range.lowerBound] != nil
        if atStart, first.isCapitalized, !writtenOut, Lexicon.capitalFunctionWords.contains(first.lower) || commonWord {
            text = first.lower + String(text.dropFirst(first.text.count))
        }
        return text
    }

    // MARK: - Clause analysis

    /// The most tokens an appositive between commas after a subject may have ("Oleksandr
    /// Merezhko, chair of the Rada’s foreign affairs committee and a member of President
    /// Volodymyr Zelenskyy’s party, told …").
    static let longestAppositive = 24

    func clause(from clauseStart: Int? = nil) -> Clause? {
        var begin = clauseStart ?? start()
        var adverbial: Range<Int>?
        if begin < tokens.count, Self.adverbialOpeners.contains(tokens[begin].lower), clauseStart == nil {
            // Up to the first comma, if a subject follows.
            var comma = begin + 1
            if tokens[begin].lower == "as", begin + 1 < tokens.count, NameIndex.isNameToken(tokens, begin + 1) {
                return nil  // "As General Mattis put it": the name is the subject.
            }
            while comma < tokens.count, comma - begin < 24, tokens[comma].text != "," { comma += 1 }
            if comma < tokens.count, tokens[comma].text == "," {
                adverbial = begin..<comma
                begin = comma + 1
                // "In March 2017, for example, the General Provisions …": a connective set off
                // after the adverbial is no part of the subject.
                if let words = Lexicon.discourseOpenerPhraseWords.first(where: { words in
                    begin + words.count < tokens.count && tokens[begin..<(begin + words.count)].map(\.lower) == words
                        && tokens[begin + words.count].text == ","
                }) {
                    begin += words.count + 1
                } else if begin + 1 < tokens.count, Lexicon.discourseOpeners.contains(tokens[begin].lower), tokens[begin + 1].text == "," {
                    begin += 2
                }
            } else {
                return nil
            }
        }
        guard begin < tokens.count else { return nil }
        var index = begin
        var subjectEnd = -1
        var appositive: Range<Int>?
        var staleTime: Range<Int>?
        while index < tokens.count, index - begin <= 14 {
            let token = tokens[index]
            if token.text == ",", index > begin, tokens[index - 1].isCapitalized || tokens[index - 1].isWord {
                // An appositive between commas after the subject: "the Forum, representing …,".
                var close = index + 1
                while close < tokens.count, tokens[close].text != ",", close - index < Self.longestAppositive { close += 1 }
                guard close < tokens.count, tokens[close].text == ",", appositive == nil,
                      close + 1 < tokens.count else { return nil }
                appositive = index..<(close + 1)
                subjectEnd = index
                index = close + 1
                break
            }
            if token.isPunctuation && !["’", "'", "-"].contains(token.text) { return nil }
            if ["that", "which", "who", "whose", "where", "if", "because", "when", "while"].contains(token.lower) {
                return nil
            }
            if index > begin, isVerb(at: index) { break }
            // "Mike Pompeo last week imposed …": a time counted from the day of writing between
            // the subject and its verb is neither (the references leave it out).
            if index > begin, let stale = ReferenceResolver.relativeTime(tokens, at: index), stale.upperBound < tokens.count,
               isVerb(at: stale.upperBound) {
                staleTime = stale
                index = stale.upperBound
                break
            }
            index += 1
        }
        if subjectEnd < 0 { subjectEnd = staleTime?.lowerBound ?? index }
        // Adverbs before the verb ("Australia secretly expelled").
        var adverbStart = index
        if appositive == nil, staleTime == nil {
            while adverbStart - 1 > begin, tokens[adverbStart - 1].lower.hasSuffix("ly"), tokens[adverbStart - 1].lower.count > 3,
                  !tokens[adverbStart - 1].isCapitalized {
                adverbStart -= 1
            }
            subjectEnd = adverbStart
        }
        while index < tokens.count, tokens[index].lower.hasSuffix("ly"), tokens[index].lower.count > 3,
              !isVerb(at: index) {
            index += 1
        }
        guard index < tokens.count, isVerb(at: index), subjectEnd > begin else { return nil }
        let subject = begin..<subjectEnd
        guard var subjectText = resolvedSubject(subject) else { return nil }
        // "Its chief executive, Mark Hughes, said": the person named in the appositive.
        if let appositive, ["its", "his", "her", "their"].contains(tokens[begin].lower),
           let run = article.names.runs(inSentence: sentence.index).first(where: {
               $0.isPerson && $0.tokens.lowerBound == appositive.lowerBound + 1 && $0.tokens.upperBound == appositive.upperBound - 1
           }) {
            subjectText = article.names.fullName(run.nameText)
        }
        let verb = tokens[index]
        var doForm: String?
        var base = verb.lower
        if !VerbForms.auxiliaries.contains(verb.lower), VerbForms.base(of: verb.lower) == nil, VerbForms.isThirdPersonPresent(tokens, index) {
            base = VerbForms.baseOfPresent(verb.lower)
            doForm = "does"
        } else if !VerbForms.auxiliaries.contains(verb.lower) {
            guard let verbBase = VerbForms.base(of: verb.lower) else { return nil }
            base = verbBase
            let plural = subjectText.lowercased().contains(" and ") || subjectText.hasSuffix("s") && !subjectText.hasSuffix("ss") && !(tokens[subject.upperBound - 1].isCapitalized)
            if VerbForms.presentForms[verb.lower] != nil {
                doForm = "does"
            } else if VerbForms.irregularPast[verb.lower] != nil || verb.lower.hasSuffix("ed") {
                doForm = "did"
            } else {
                doForm = plural ? "do" : "does"
            }
        }
        return Clause(
            adverbial: adverbial, subject: subject, adverbs: adverbStart..<index, verb: index,
            doForm: doForm, verbBase: base, subjectText: subjectText)
    }

    private func isVerb(at index: Int) -> Bool {
        let token = tokens[index]
        guard token.isWord, !token.isCapitalized || index == 0 else { return false }
        if VerbForms.auxiliaries.contains(token.lower) { return true }
        if VerbForms.isThirdPersonPresent(tokens, index) { return true }
        guard VerbForms.isFiniteVerb(token.lower) else { return false }
        // "the disputed territory": a participle after a determiner is an adjective.
        if index > 0, ["the", "a", "an", "its", "their", "his", "her", "this", "to", "and", "or"].contains(tokens[index - 1].lower) {
            return false
        }
        return true
    }
}
