/// The referring words of one sentence and what each stands for, so that a question or a
/// cloze cut out of the sentence still says whom or what it is about.
///
/// A pronoun or a definite description ("the department") whose antecedent lies in an
/// earlier sentence is written out (`replacements`), or, when that cannot be done safely,
/// listed as `unresolved` so that nothing built on it is asked. He/she only ever resolve to a
/// person, never to a group or a document, and only when one person fits.
struct SentenceReferences: Sendable, Equatable {
    /// Text to write instead of a token (the first token of a referring phrase).
    var replacements: [Int: String] = [:]
    /// Token ranges of referring phrases that point outside the sentence and could not be
    /// written out: first person outside quotations, demonstratives, pronouns without one
    /// clear antecedent.
    var unresolved: [Range<Int>] = []
    /// Definite descriptions of something mentioned before ("the deficit") that no earlier
    /// name writes out: clear only where the text around them names what they belong to.
    var vague: [Range<Int>] = []
    /// he/she/his/her whose person is named earlier in the same sentence ("… Theresa May set
    /// out …, Guy Verhofstadt said she …"): clear in the whole sentence, to be written out in
    /// a question or clause cut from it that leaves the name out.
    var withinSentence: [Int: String] = [:]
    /// he/she/his/her with more than one person before them in the sentence who could be
    /// meant, and those people.
    var unclearWithin: [Int: [String]] = [:]

    /// The unresolved phrases as text, for checking a question built from this sentence.
    func unresolvedPhrases(in sentence: Sentence) -> [String] { phrases(unresolved, in: sentence) }

    /// The vague definite descriptions as text.
    func vaguePhrases(in sentence: Sentence) -> [String] { phrases(vague, in: sentence) }

    private func phrases(_ ranges: [Range<Int>], in sentence: Sentence) -> [String] {
        ranges.map { range in
            sentence.text(sentence.tokens[range.lowerBound].start..<sentence.tokens[range.upperBound - 1].end)
        }
    }
}

/// Finds and resolves the referring words of every sentence of an article.
enum ReferenceResolver {
    /// `corrections`: names the article misspells once, with the form it writes elsewhere.
    static func resolve(_ sentences: [Sentence], names: NameIndex, corrections: [String: String] = [:]) -> [SentenceReferences] {
        let genders = PersonGender.infer(sentences, names: names)
        let mentions = WordMentions(sentences)
        return sentences.map { sentence in
            // A sentence too long to take facts from is not read for them either.
            guard sentence.tokens.count <= Article.longestSentence else { return SentenceReferences() }
            var references = resolve(sentence, in: sentences, names: names, genders: genders, mentions: mentions)
            for (index, token) in sentence.tokens.enumerated() where references.replacements[index] == nil {
                if let name = corrections[token.stem] { references.replacements[index] = name + token.text.dropFirst(token.stem.count) }
            }
            return references
        }
    }

    static func resolve(
        _ sentence: Sentence, in sentences: [Sentence], names: NameIndex, genders: [String: PersonGender],
        mentions: WordMentions
    ) -> SentenceReferences {
        var result = SentenceReferences()
        let tokens = sentence.tokens
        let quoted = Set(QuoteSpans.quotes(tokens).flatMap { Array($0) })
        var writtenOut: Set<String> = []
        // A person this sentence names by a post ("the new national security adviser").
        var rolePerson: String?
        // The discourse opener ("On the one hand,") is dropped from every question.
        let opener = Phrasing.openerEnd(tokens)
        // A surname alone ("Bush", "Bolton") is written in full ("George W. Bush") the first
        // time a sentence uses it, when the article names that one person in full.
        let surnames = Dictionary(
            names.runs(inSentence: sentence.index).compactMap { run -> (Int, String)? in
                // Not a name used as a modifier: "the Trump administration", "the Bush era".
                let position = run.name.lowerBound
                guard run.name.count == 1, run.titles.isEmpty, run.isPerson, !quoted.contains(position),
                      position == 0 || !Lexicon.articles.contains(tokens[position - 1].lower) else { return nil }
                let full = names.fullName(run.nameText)
                return full != run.nameText && full.contains(" ") ? (run.name.lowerBound, full) : nil
            }, uniquingKeysWith: { first, _ in first })
        var index = opener
        while index < tokens.count {
            let token = tokens[index]
            defer { index += 1 }
            guard token.isWord, !quoted.contains(index) else { continue }
            if let full = surnames[index] {
                if writtenOut.insert(full).inserted {
                    result.replacements[index] = token.isPossessive ? possessive(full) : full
                }
                continue
            }
            // "the upcoming football World Cup", "Russia’s ongoing, idiosyncratic …": a modifier
            // counted from the day of writing goes stale; the thing it modifies stays.
            if Lexicon.relativeDays.contains(token.lower), token.lower.hasSuffix("ing"), index > 0,
               ["the", "a", "an", "its", "their", "his", "her"].contains(tokens[index - 1].lower) || tokens[index - 1].isPossessive,
               index + 1 < tokens.count, tokens[index + 1].isWord || tokens[index + 1].text == "," {
                result.replacements[index] = ""
                if tokens[index + 1].text == "," {
                    result.replacements[index + 1] = ""
                    index += 1
                }
                continue
            }
            // "One year on, the focus has shifted …": counted from an event the sentence does not
            // name. The title may name it ("Article 50 one year on: …" → "One year on from
            // Article 50, …"); otherwise the lead goes, and what it says happened stays.
            if index == opener, index + 3 < tokens.count, Lexicon.numberWord(token.lower) != nil || ["a", "an"].contains(token.lower),
               Lexicon.timeUnits.contains(tokens[index + 1].lower.hasSuffix("s") ? String(tokens[index + 1].lower.dropLast()) : tokens[index + 1].lower),
               tokens[index + 2].lower == "on", tokens[index + 3].text == "," {
                if let event = titleEvent(before: tokens[index..<(index + 3)].map(\.lower), in: sentences) {
                    result.replacements[index + 2] = "on from " + event
                } else {
                    for position in index...(index + 3) { result.replacements[position] = "" }
                }
                index += 3
                continue
            }
            // "… with Xi Jinping last week", "three weeks ago": a time that goes stale is left
            // out; what happened stays.
            if let stale = relativeTime(tokens, at: index) {
                for position in stale { result.replacements[position] = "" }
                // "Earlier on Tuesday, Opposition Leader …": a lead gone, its comma goes too; so
                // for one that led a clause ("Strange to think that four years ago, Sisi was …").
                if stale.upperBound < tokens.count, tokens[stale.upperBound].text == ",",
                   stale.lowerBound <= opener || ["that", "when", "as"].contains(tokens[stale.lowerBound - 1].lower) {
                    result.replacements[stale.upperBound] = ""
                }
                // ", released on Wednesday, rose …": the participle set off with it goes too.
                let participle = stale.lowerBound - 1
                if participle >= 1, tokens[participle - 1].text == ",", stale.upperBound < tokens.count, tokens[stale.upperBound].text == ",",
                   tokens[participle].isWord, !tokens[participle].isCapitalized, tokens[participle].lower.hasSuffix("ed") {
                    result.replacements[participle - 1] = ""
                    result.replacements[participle] = ""
                    result.replacements[stale.upperBound] = ""
                }
                index = stale.upperBound - 1
                continue
            }
            let lower = token.lower
            // "Under the Trump administration, however, the …": a connective set off by commas
            // ties the sentence to the one before; it goes with its comma.
            if Lexicon.discourseOpeners.contains(lower) || lower == "though", index > 0, tokens[index - 1].text == ",",
               index + 1 < tokens.count, tokens[index + 1].text == "," {
                result.replacements[index] = ""
                result.replacements[index + 1] = ""
                index += 1
                continue
            }
            // "In March 2017, for example, the General Provisions …": so for a phrase.
            if index > 0, tokens[index - 1].text == ",", let words = Lexicon.discourseOpenerPhraseWords.first(where: { words in
                words.count >= 2 && index + words.count < tokens.count
                    && tokens[index..<(index + words.count)].map(\.lower) == words && tokens[index + words.count].text == ","
            }) {
                dropParenthetical(index..<(index + words.count), tokens, &result)
                index += words.count
                continue
            }
            // "It was another diplomat, George F. Kennan, …": another than one told before.
            if lower == "another", index > 0, ["is", "was", "are", "were", "be", "been"].contains(tokens[index - 1].lower),
               index + 1 < tokens.count, tokens[index + 1].isWord {
                // "It was another diplomat, George F. Kennan, …": the name says who; "another
                // diplomat" only ties him to the one before, and goes with its comma.
                if index + 3 < tokens.count, tokens[index + 2].text == ",", NameIndex.isNameToken(tokens, index + 3) {
                    for position in index...(index + 2) { result.replacements[position] = "" }
                    index += 2
                    continue
                }
                result.unresolved.append(index..<(index + 2))
                continue
            }
            // "Australia has once again shown its support": again after what the article told before.
            if ["once", "yet"].contains(lower), index + 1 < tokens.count, tokens[index + 1].lower == "again" {
                result.unresolved.append(index..<(index + 2))
                index += 1
                continue
            }
            // "Russia will expel two diplomats in return": in return for what the article said
            // before. ("in return for the exemption" says what.)
            if lower == "in", index + 1 < tokens.count, Lexicon.responseNouns.contains(tokens[index + 1].lower),
               index + 2 >= tokens.count || !["for", "to", "of"].contains(tokens[index + 2].lower) {
                // "Australia expects that, in return, Russia will declare …": set off by commas,
                // it is a connective like the others; what is expected stands without it.
                if index > 0, tokens[index - 1].text == ",", index + 2 < tokens.count, tokens[index + 2].text == "," {
                    dropParenthetical(index..<(index + 2), tokens, &result)
                    index += 2
                    continue
                }
                result.unresolved.append(index..<(index + 2))
                index += 1
                continue
            }
            // "Only Bernardi was elected in 2016.": "only" sets the name against others the
            // sentences before list; without them the claim is false ("In which year was only
            // Cory Bernardi elected?"). It goes; what is said of the name stays true.
            if index == opener, lower == "only", index + 1 < tokens.count, isName(tokens, index + 1) {
                result.replacements[index] = ""
                continue
            }
            // "and most recently the firing of …", "currently": when, counted from the day of
            // writing, goes; what happened stays.
            if Lexicon.nowAdverbs.contains(lower) {
                result.replacements[index] = ""
                if index > 0, ["most", "just", "only"].contains(tokens[index - 1].lower) { result.replacements[index - 1] = "" }
                // "Just recently, BuzzFeed founder …": a lead gone, its comma goes too.
                if index <= opener + 1, index + 1 < tokens.count, tokens[index + 1].text == "," { result.replacements[index + 1] = "" }
                continue
            }
            // "… in early 2017 also improved …": "also" ties the sentence to one before it; the
            // fact stands without it ("not only … but also" keeps it).
            if Lexicon.additiveAdverbs.contains(lower), index > 0, index + 1 < tokens.count, tokens[index + 1].isWord,
               !["but", "and", "or"].contains(tokens[index - 1].lower) {
                result.replacements[index] = ""
                // "Bolton has also has a much better rapport": the slip around it goes too.
                if tokens[index + 1].lower == tokens[index - 1].lower, VerbForms.auxiliaries.contains(tokens[index + 1].lower) {
                    result.replacements[index + 1] = ""
                }
                continue
            }
            if isFirstOrSecondPerson(tokens, index) {
                result.unresolved.append(index..<(index + 1))
                continue
            }
            // "The administration justified its tariffs …" after "tariffs on as much as US$60
            // billion in Chinese imports": which tariffs, only the earlier mention's complement
            // said; it is said again when it was the only one, else the phrase is unresolved.
            if ["its", "their"].contains(lower), index + 1 < tokens.count, tokens[index + 1].isWord, !tokens[index + 1].isCapitalized,
               index + 2 >= tokens.count || !restrictingPrepositions.union(["of", "that", "which"]).contains(tokens[index + 2].lower),
               wasRestrictedBefore(tokens[index + 1].lower, before: sentence, in: sentences, mentions: mentions) {
                if let complement = restrictedMention(of: tokens[index + 1].lower, before: sentence, in: sentences, mentions: mentions) {
                    // One phrase ever said which: it is said again ("its tariffs on … Chinese imports").
                    result.replacements[index + 1] = tokens[index + 1].text + " " + complement
                    continue
                }
                result.unresolved.append(index..<(index + 2))
                index += 1
                continue
            }
            if let gender = Lexicon.personalPronouns[lower] {
                if gender == .neuter || gender == .plural {
                    if isExpletiveIt(tokens, index) || hasAntecedentBefore(tokens, index, quoted: quoted) {
                        continue
                    }
                    // "While arguably it had little choice, the EU has backed Spain": an "it" in a
                    // leading clause is the main clause's named subject, written out.
                    if gender == .neuter, lower == "it", opener < tokens.count, Lexicon.subordinators.contains(tokens[opener].lower),
                       let comma = tokens[opener...].firstIndex(where: { $0.text == "," }), index < comma,
                       let subject = namedSubject(sentence) {
                        result.replacements[index] = subject
                        continue
                    }
                    // "It has increased …" after "The Trump administration …": the previous
                    // sentence's named subject.
                    if gender == .neuter, ["it", "its"].contains(lower), index == opener || lower == "its",
                       sentence.index > 0, sentences[sentence.index - 1].paragraph == sentence.paragraph,
                       let subject = namedSubject(sentences[sentence.index - 1]) {
                        if writtenOut.insert(subject).inserted {
                            result.replacements[index] = lower == "its" ? possessive(subject) : subject
                        }
                        continue
                    }
                    // "They signed 20 documents" after "The two leaders announced …": the pair.
                    if gender == .plural, ["they", "their"].contains(lower), index == opener, sentence.index > 0,
                       sentences[sentence.index - 1].paragraph == sentence.paragraph,
                       let pair = openingPair(sentences[sentence.index - 1], in: sentences, names: names, mentions: mentions) {
                        if writtenOut.insert(pair).inserted {
                            result.replacements[index] = lower == "their" ? possessive(pair) : pair
                        }
                        continue
                    }
                    // "Soviet delegates were active participants … . To give one example, they
                    // heavily influenced …": a group a name places, subject of the sentence before.
                    if gender == .plural, ["they", "their"].contains(lower), index == opener, sentence.index > 0,
                       sentences[sentence.index - 1].paragraph == sentence.paragraph,
                       let group = namedGroupSubject(sentences[sentence.index - 1]) {
                        result.replacements[index] = lower == "their" ? possessive(group) : group
                        continue
                    }
                    result.unresolved.append(index..<(index + 1))
                    continue
                }
                // "Liu He": a capitalised "He" inside a name is part of it.
                if token.isCapitalized, index > opener, NameIndex.isNameToken(tokens, index - 1),
                   names.runs(inSentence: sentence.index).contains(where: { $0.name.contains(index) && $0.name.lowerBound < index }) {
                    continue
                }
                // A reflexive is bound in its own clause: "Sisi himself claimed …" says no more
                // than "Sisi claimed …"; "describes itself as …" needs no antecedent written out.
                if ["himself", "herself", "itself", "themselves"].contains(lower) {
                    if index > 0, tokens[index - 1].isCapitalized, NameIndex.isNameToken(tokens, index - 1) { result.replacements[index] = "" }
                    continue
                }
                // "So while his “success” is assured, Sisi comes out …": a he/his in a leading
                // clause is the main clause's subject, when that is a person.
                if opener < tokens.count, Lexicon.subordinators.contains(tokens[opener].lower),
                   let comma = tokens[opener...].firstIndex(where: { $0.text == "," }), index < comma,
                   let subject = namedSubject(sentence),
                   names.runs(inSentence: sentence.index).contains(where: { $0.isPerson && $0.tokens.lowerBound > comma && $0.nameText == subject }) {
                    let person = names.fullName(subject)
                    if genders[person] == nil || genders[person] == gender {
                        if writtenOut.insert(person).inserted {
                            result.replacements[index] = Lexicon.possessivePronouns.contains(lower) && !(lower == "her" && !isDeterminerHer(tokens, index))
                                ? possessive(person) : person
                        }
                        continue
                    }
                }
                // he/she: a person named earlier in this sentence, else the one person of the
                // right gender in the nearest earlier sentence that names people.
                let before = names.runs(inSentence: sentence.index).filter { $0.isPerson && $0.tokens.upperBound <= index }
                if !before.isEmpty {
                    var people: [String] = []
                    for run in before where !people.contains(names.fullName(run.nameText)) { people.append(names.fullName(run.nameText)) }
                    let known = people.filter { genders[$0] == gender }
                    let fitting = people.filter { genders[$0].map { $0 == gender } ?? true }
                    if known.count == 1 {
                        result.withinSentence[index] = known[0]
                    } else if fitting.count == 1 {
                        result.withinSentence[index] = fitting[0]
                    } else {
                        result.unclearWithin[index] = people
                    }
                    continue
                }
                // "The new national security adviser has been outspoken on his attacks …".
                if let rolePerson, genders[rolePerson] == nil || genders[rolePerson] == gender { continue }
                // "Bolton felt that Bush had become too soft … . He continues to advocate …": a
                // he/she opening its sentence as its subject continues the subject of the
                // sentence before, when that subject is a person of the same gender.
                let continued = index == opener && ["he", "she"].contains(lower)
                    ? continuedSubject(sentence, sentences, names: names, genders: genders, gender: gender) : nil
                guard let person = continued ?? soleAntecedent(sentence, sentences, names: names, genders: genders, gender: gender) else {
                    result.unresolved.append(index..<(index + 1))
                    continue
                }
                if writtenOut.insert(person).inserted {
                    result.replacements[index] = Lexicon.possessivePronouns.contains(lower) && !(lower == "her" && !isDeterminerHer(tokens, index))
                        ? possessive(person) : person
                }
                continue
            }
            // "While citizens worry about …, their main concerns are …": people named by what
            // they are, with nothing in the sentence saying where, are anyone's; which ones,
            // only the article says (a strict reader asked "which countries?").
            if Lexicon.peopleNouns.contains(lower), !token.isCapitalized,
               index == 0 || Lexicon.functionWords.contains(tokens[index - 1].lower) || tokens[index - 1].isPunctuation,
               index == 0 || !["the", "these", "those", "its", "their", "his", "her"].contains(tokens[index - 1].lower),
               !tokens.contains(where: { word in
                   word.isWord && (Lexicon.saysWhoseCountry(word.text) || Lexicon.countryHeads.contains { [$0, Lexicon.plural($0)].contains(word.lower) })
               }) {
                // "A fifth of respondents said …" after "… according to a study by the World 100
                // Reputation Network": the one survey the article credits to a name.
                if lower == "respondents", index + 1 == tokens.count || !["to", "of", "in"].contains(tokens[index + 1].lower),
                   let survey = namedSurvey(before: sentence, in: sentences) {
                    result.replacements[index] = token.text + " to " + survey
                    continue
                }
                result.vague.append(index..<(index + 1))
                continue
            }
            // "Many started …", "Some argue …": a quantifier standing for people named before.
            if index == opener, Lexicon.quantifierPronouns.contains(lower), index + 1 < tokens.count,
               VerbForms.auxiliaries.contains(tokens[index + 1].lower) || VerbForms.isFiniteVerb(tokens[index + 1].lower) {
                // "The neocons were originally a small group … . Many started working for …":
                // the plural the sentence before was about says whom ("Many neocons").
                if sentence.index > 0, sentences[sentence.index - 1].paragraph == sentence.paragraph,
                   let group = pluralDescriptionSubject(sentences[sentence.index - 1]) {
                    result.replacements[index] = token.text + " " + group
                    continue
                }
                result.unresolved.append(index..<(index + 1))
                continue
            }
            // "Ministers from the 11 countries met …" after "Ministers from Trans Pacific
            // Partnership (TPP) countries reached …": the one name the article gave that kind of
            // thing ("the 11 TPP countries").
            if lower == "the", index + 2 < tokens.count, tokens[index + 1].kind == .number,
               tokens[index + 2].isWord, !tokens[index + 2].isCapitalized, tokens[index + 2].lower.hasSuffix("s"),
               let name = namedKind(of: tokens[index + 2].lower, before: sentence, in: sentences, mentions: mentions) {
                result.replacements[index + 2] = name + " " + tokens[index + 2].text
                index += 2
                continue
            }
            // "the two leaders", "all six countries", "the other five": a count of things
            // named before.
            if ["the", "all", "both"].contains(lower), let counted = countedDescription(tokens, index) {
                // "the two diplomats" after "two Russian diplomats": the count's earlier words.
                if lower == "the", counted.count == 3, let number = Lexicon.numberWord(tokens[index + 1].lower),
                   let modifiers = countedAntecedent(number: number, head: tokens[index + 2].lower, before: sentence, in: sentences, mentions: mentions) {
                    result.replacements[index + 1] = tokens[index + 1].text + " " + modifiers
                } else if lower == "the", counted.count == 3, let number = Lexicon.numberWord(tokens[index + 1].lower),
                   wasCountedBefore(number: number, head: tokens[index + 2].lower, before: sentence, in: sentences, mentions: mentions) {
                    // "the two diplomats" after "Australia expelled two Russian diplomats": a group
                    // the article brought in without names, not the people named before.
                    result.unresolved.append(counted)
                } else if lower == "the", counted.count == 3, Lexicon.numberWord(tokens[index + 1].lower) == 2,
                          Lexicon.roleNouns.contains(String(tokens[index + 2].lower.dropLast())) || ["men", "women"].contains(tokens[index + 2].lower),
                          let pair = pairNamedBefore(sentence, in: sentences, names: names) {
                    // "The two leaders" after "Aliyev visited China for a summit with Xi Jinping":
                    // the two people named just before.
                    result.replacements[index] = tokens[index + 2].isPossessive ? possessive(pair) : pair
                    result.replacements[index + 1] = ""
                    result.replacements[index + 2] = ""
                } else if counted.count == 3, let number = Lexicon.numberWord(tokens[index + 1].lower), !tokens[index + 2].isPossessive,
                          Self.placeGroupNouns.contains(tokens[index + 2].lower),
                          let list = listOfNames(count: number, before: sentence, in: sentences) {
                    // "all six countries" after "Morocco, Algeria, Egypt, Jordan, Lebanon and
                    // Tunisia": the names themselves.
                    result.replacements[index] = list
                    result.replacements[index + 1] = ""
                    result.replacements[index + 2] = ""
                } else {
                    result.vague.append(counted)
                }
                index = counted.upperBound - 1
                continue
            }
            // "other complaints": others than ones told before; no name beside it says which
            // ("Australia, the US and other nations" lists its own).
            if lower == "other", index + 1 < tokens.count, tokens[index + 1].isWord, !tokens[index + 1].isCapitalized,
               tokens[index + 1].lower.hasSuffix("s"), index == 0 || !["the", "each", "one", "every", "no", "any", "in", "and", "or"].contains(tokens[index - 1].lower) {
                result.unresolved.append(index..<(index + 2))
                continue
            }
            // "Bilateral trade", "neighbouring Armenia": clear only beside the parties.
            // ("Russia-Australia bilateral trade" names them, and so for the rest of its sentence.)
            let partiesNamed = tokens[..<index].contains { token in
                let parts = token.text.split(separator: "-")
                return token.isCapitalized && parts.count == 2 && parts.allSatisfy { $0.first?.isUppercase == true }
            }
            if Lexicon.relationalModifiers.contains(lower), index + 1 < tokens.count, !partiesNamed {
                if isName(tokens, index + 1) {
                    // "neighbouring Armenia" is Armenia: the name says which, the word only
                    // whose neighbour, which a question need not say.
                    result.replacements[index] = ""
                } else {
                    result.vague.append(index..<(index + 2))
                }
                continue
            }
            if Lexicon.demonstratives.contains(lower), isDemonstrative(tokens, index) {
                let end = index + 1 < tokens.count && tokens[index + 1].isWord && !tokens[index + 1].isCapitalized
                    && !VerbForms.auxiliaries.contains(tokens[index + 1].lower) ? index + 2 : index + 1
                // "… The post-war international legal order was not set up by Western powers
                // alone. … Russia was one of this order’s key architects": the one mention of
                // the noun in the sentence before says which.
                if end == index + 2, ["this", "these"].contains(lower),
                   let written = demonstrativeAntecedent(ofHead: tokens[index + 1], before: sentence, in: sentences) {
                    result.replacements[index] = written
                    index += 1
                    continue
                }
                result.unresolved.append(index..<end)
                continue
            }
            // "Trump’s shift", "Bolton’s move": an event named by whose it is, not what it was.
            if token.isPossessive, token.isCapitalized, index + 1 < tokens.count, Lexicon.eventNouns.contains(tokens[index + 1].lower),
               index + 2 >= tokens.count || !Lexicon.restrictingWords.contains(tokens[index + 2].lower) {
                result.unresolved.append(index..<(index + 2))
                continue
            }
            // "Truman fired MacArthur over the latter’s insistence …": of two people named before
            // it in the sentence, the second (the former: the first).
            if lower == "the", index + 1 < tokens.count, ["latter", "former"].contains(tokens[index + 1].stem.lowercased()),
               tokens[index + 1].isPossessive || index + 2 >= tokens.count || !tokens[index + 2].isWord
                || Lexicon.functionWords.contains(tokens[index + 2].lower) || VerbForms.auxiliaries.contains(tokens[index + 2].lower) {
                let people = names.runs(inSentence: sentence.index).filter { $0.isPerson && $0.tokens.upperBound <= index }
                    .map { names.fullName($0.nameText) }
                var distinct: [String] = []
                for person in people where !distinct.contains(person) { distinct.append(person) }
                if distinct.count == 2 {
                    // Named in full just before: the surname says it ("over MacArthur’s insistence").
                    let full = tokens[index + 1].stem.lowercased() == "latter" ? distinct[1] : distinct[0]
                    let person = full.split(separator: " ").last.map(String.init) ?? full
                    result.replacements[index] = tokens[index + 1].isPossessive ? possessive(person) : person
                    result.replacements[index + 1] = ""
                    index += 1
                    continue
                }
            }
            // "the latter point", "the aforementioned"; "the former"/"the same" standing alone
            // (not "the former double agent").
            if lower == "the", index + 1 < tokens.count, ["latter", "former", "same", "aforementioned"].contains(tokens[index + 1].lower) {
                // "the same as in 2010", "the same deep-seated problems as before": the
                // comparison says what it is the same as.
                if tokens[index + 1].lower == "same", tokens[(index + 2)...].prefix(Self.sameAsReach).contains(where: { $0.lower == "as" }) {
                    index += 1
                    continue
                }
                let next = index + 2 < tokens.count ? tokens[index + 2] : nil
                let standsAlone = next.map { !$0.isWord || Lexicon.functionWords.contains($0.lower) || VerbForms.auxiliaries.contains($0.lower) } ?? true
                if ["latter", "aforementioned"].contains(tokens[index + 1].lower) || standsAlone {
                    result.unresolved.append(index..<(index + 2))
                    continue
                }
            }
            // "the focus" in an article titled "… shifts focus of Brexit debate": the title's
            // complement says which ("the focus of the Brexit debate").
            if lower == "the", let phrase = definiteDescription(tokens, index), phrase.count == 2,
               let complement = titleComplement(of: tokens[index + 1], in: sentences, fully: false) {
                result.replacements[index + 1] = complement
                index += 1
                continue
            }
            // "People don’t believe their governments are responsive to their priorities. Fewer
            // than one third of Egyptians think so": what the sentence before believed.
            if lower == "so", index > 0, Lexicon.beliefVerbs.contains(tokens[index - 1].lower),
               index + 1 == tokens.count || tokens[index + 1].isPunctuation {
                if let belief = beliefBefore(sentence, in: sentences) {
                    result.replacements[index] = belief
                } else {
                    result.unresolved.append((index - 1)..<(index + 1))
                }
                continue
            }
            // "The turn in support for independence" in an article titled "… in Catalonia's bid
            // for independence": whose, the title says ("support for Catalonia’s independence").
            if index > 0, token.isWord, !token.isCapitalized, !token.isPossessive, tokens[index - 1].isWord,
               Lexicon.prepositions.contains(tokens[index - 1].lower),
               index + 1 == tokens.count || !["of", "’s", "'s"].contains(tokens[index + 1].lower),
               index + 1 == tokens.count || !tokens[index + 1].isWord || Lexicon.functionWords.contains(tokens[index + 1].lower)
                || VerbForms.isFiniteVerb(tokens[index + 1].lower) || VerbForms.auxiliaries.contains(tokens[index + 1].lower),
               let owner = titleOwner(of: token, in: sentences), sentence.index > 0,
               // "the Catalan movement for independence" says whose already.
               !tokens.contains(where: { $0.isCapitalized && $0.lower.hasPrefix(String(owner.lowercased().prefix(5))) }) {
                result.replacements[index] = possessive(owner) + " " + token.text
                continue
            }
            // "The decision to expel the pair is a show of solidarity …": a decision (a move, an
            // offer) named without whose it is, as the sentence's subject, needs the article to
            // say who made it (a strict reader asked: whose decision?).
            if lower == "the", index == opener, index + 3 < tokens.count, Lexicon.eventNouns.contains(tokens[index + 1].lower),
               tokens[index + 2].lower == "to", tokens[index + 3].isWord, !tokens[index + 3].isCapitalized,
               !Lexicon.functionWords.contains(tokens[index + 3].lower), VerbForms.base(of: tokens[index + 3].lower) == nil,
               !tokens[(index + 3)...].prefix(while: { ![",", ";", "–", "—"].contains($0.text) }).contains(where: { $0.lower == "by" }) {
                if let actor = actorOfTheSameAct(tokens[index + 3].lower, before: sentence, in: sentences, names: names, mentions: mentions) {
                    // "… have declared two Russian diplomats personas non grata – in other words,
                    // they are expelling them …": whoever did it in the sentence before decided it.
                    result.replacements[index] = possessive(actor)
                } else {
                    result.unresolved.append(index..<(index + 2))
                }
                index += 1
                continue
            }
            // "The new national security adviser has also …" after "The appointment of John Bolton
            // to be the … national security adviser": the one person the article gave that post.
            if lower == "the", let holder = newRoleHolder(tokens, at: index, before: sentence, in: sentences, names: names) {
                result.replacements[index] = tokens[holder.phrase.upperBound - 1].isPossessive ? possessive(holder.person) : holder.person
                for later in (index + 1)..<holder.phrase.upperBound { result.replacements[later] = "" }
                rolePerson = holder.person
                writtenOut.insert(holder.person)
                index = holder.phrase.upperBound - 1
                continue
            }
            // "The decision to expel the pair …" after "… have declared two Russian diplomats
            // personas non grata": the one group the sentence before counted as two.
            if lower == "the", index + 1 < tokens.count, tokens[index + 1].lower == "pair",
               index + 2 == tokens.count || tokens[index + 2].lower != "of",
               let group = countedPair(before: sentence, in: sentences) {
                result.replacements[index + 1] = group
                index += 1
                continue
            }
            // "The pair -- who met for more than two hours -- also said …" after "Donald Trump and
            // Jean-Claude Juncker … agreed on a plan …": the two people the sentence before names.
            if lower == "the", index + 1 < tokens.count, tokens[index + 1].lower == "pair",
               index + 2 == tokens.count || tokens[index + 2].lower != "of",
               let pair = pairNamedBefore(sentence, in: sentences, names: names),
               // "Trump said the pair agreed …": not "Donald Trump said Donald Trump and …".
               !names.runs(inSentence: sentence.index).contains(where: { run in
                   run.isPerson && run.name.upperBound <= index && pair.contains(run.nameText)
               }) {
                result.replacements[index] = pair
                result.replacements[index + 1] = ""
                index += 1
                continue
            }
            if lower == "the", let phrase = definiteDescription(tokens, index),
               !isAnaphoric(phrase, tokens: tokens, sentence: sentence, mentions: mentions) {
                // "the draft treaty" at its first mention: which treaty, only the article says;
                // "the wind power industry": clear only beside the names that place it.
                if phrase.count == 2, tokens[index + 1].lower == "government", let country = mentions.leadingCountry {
                    // "The government has been forced to put off a vote …" in a report on one country.
                    result.replacements[index] = possessive(country)
                } else if Lexicon.contextualHeads.contains(tokens[phrase.upperBound - 1].stem.lowercased()) {
                    result.unresolved.append(phrase)
                } else {
                    result.vague.append(phrase)
                }
                continue
            }
            if lower == "the", let phrase = definiteDescription(tokens, index),
               isAnaphoric(phrase, tokens: tokens, sentence: sentence, mentions: mentions) {
                let head = tokens[phrase.upperBound - 1].stem.lowercased()
                if Lexicon.countryHeads.contains(head), phrase.count == 2, let country = soleCountry(before: sentence, in: sentences) {
                    // "the country’s leadership" → "Russia’s leadership".
                    result.replacements[index] = tokens[phrase.upperBound - 1].isPossessive ? possessive(country) : country
                    result.replacements[phrase.upperBound - 1] = ""
                } else if Lexicon.governmentHeads.contains(head), phrase.count == 2, let country = placeOfClause(tokens, before: index) {
                    // "worst in Lebanon, where few approve of the government’s work" → "Lebanon’s government’s work".
                    result.replacements[index] = possessive(country)
                } else if let written = antecedent(ofHead: head, before: sentence, in: sentences, mentions: mentions) {
                    result.replacements[index] = written
                } else if !tokens[phrase.upperBound - 1].isPossessive,
                          let place = countryOfPlural(tokens[phrase.upperBound - 1].lower, before: sentence, in: sentences) {
                    // "The typical consumer has about $260 …" after "One is that U.S. consumers will
                    // be hurt": the country the sentence before gave them.
                    result.replacements[phrase.upperBound - 1] = place + " " + tokens[phrase.upperBound - 1].text
                } else if !Lexicon.contextualHeads.contains(head), !tokens[phrase.upperBound - 1].isPossessive,
                          let complement = restrictedMention(of: tokens[phrase.upperBound - 1].lower, before: sentence, in: sentences, mentions: mentions) {
                    // "The tariffs are meant to …" after "… will impose tariffs on as much as
                    // US$60 billion in Chinese imports": the one phrase the article gave them.
                    result.replacements[phrase.upperBound - 1] = tokens[phrase.upperBound - 1].text + " " + complement
                } else if Lexicon.balanceHeads.contains(head),
                          let kind = repeatedModifier(of: tokens[phrase.upperBound - 1].lower, before: sentence, in: sentences, mentions: mentions),
                          phrase.count == 2 || tokens[phrase.upperBound - 2].lower == kind {
                    // "the deficit" after "a steep and persistent trade deficit … the significant
                    // trade deficit": the kind the article keeps naming is written ("the trade
                    // deficit"); whose, only the names beside it can say. Without a kind, "the
                    // deficit" stays unresolved (a strict reader asked: trade, overall, budget?).
                    if phrase.count == 2 {
                        result.replacements[phrase.upperBound - 1] = kind + " " + tokens[phrase.upperBound - 1].text
                    }
                    result.vague.append(phrase)
                } else if phrase.count == 2, tokens[index + 1].lower == "government", let country = mentions.leadingCountry {
                    result.replacements[index] = possessive(country)
                } else if Lexicon.contextualHeads.contains(tokens[phrase.upperBound - 1].stem.lowercased()) {
                    result.unresolved.append(phrase)
                } else {
                    result.vague.append(phrase)
                }
            }
        }
        describeFromTitle(&result, sentence, sentences, names: names)
        dropLeadingTimeOfAnEvent(&result, tokens, opener: opener)
        if let law = unplacedLaw(tokens, writtenOut: Array(result.replacements.values)) { result.unresolved.append(law) }
        return result
    }

    /// Words that name a country's own law ("the Civil Law", "the Anti-Unfair Competition Law").
    private static let nationalLawNouns: Set<String> = ["law", "act", "code", "constitution"]

    /// "Amendments to the 1993 Anti-Unfair Competition Law in early 2017 improved …": a law
    /// named without its country, in a sentence that names no country or nationality (as
    /// written or as its references are written out), does not say whose law it is (a strict
    /// reader turned such cards down twice). "The 1993 Russian Constitution", "… its tariffs on
    /// … Chinese imports by invoking Section 301 of the Trade Act of 1974" are placed.
    private static func unplacedLaw(_ tokens: [Token], writtenOut: [String]) -> Range<Int>? {
        guard let head = tokens.indices.first(where: { index in
            index > 0 && tokens[index].isCapitalized && nationalLawNouns.contains(tokens[index].lower) && tokens[index - 1].isCapitalized
        }) else { return nil }
        let words = tokens.dropFirst().filter { $0.isWord && $0.isCapitalized }.map { $0.stem }
            + writtenOut.flatMap { $0.split(whereSeparator: { !$0.isLetter }).map(String.init) }.filter { $0.first?.isUppercase == true }
        let placed = words.contains(where: Lexicon.saysWhoseCountry)
        guard !placed else { return nil }
        var start = head
        while start > 0, tokens[start - 1].isCapitalized || tokens[start - 1].kind == .number || tokens[start - 1].text == "-" { start -= 1 }
        if start > 0, tokens[start - 1].lower == "the" { start -= 1 }
        return start..<(head + 1)
    }

    /// "Shortly after Trump’s announcement, China released …": a time told by an event the
    /// article named before. What the main clause says stays true without it, so the lead goes,
    /// and its unresolved words with it. ("Since 2000, …" stays: it bounds what follows.)
    private static func dropLeadingTimeOfAnEvent(_ result: inout SentenceReferences, _ tokens: [Token], opener: Int) {
        var first = opener
        if first < tokens.count, ["shortly", "soon", "immediately", "just", "long"].contains(tokens[first].lower) { first += 1 }
        guard first < tokens.count, ["after", "following", "before"].contains(tokens[first].lower),
              let comma = tokens[first...].prefix(Self.longestLead).firstIndex(where: { $0.text == "," }),
              comma + 2 < tokens.count, tokens[comma + 1].isWord else { return }
        let lead = opener..<(comma + 1)
        let inside = { (range: Range<Int>) in lead.contains(range.lowerBound) && range.upperBound <= lead.upperBound }
        guard result.unresolved.contains(where: inside) || result.vague.contains(where: inside) else { return }
        result.unresolved.removeAll(where: inside)
        result.vague.removeAll(where: inside)
        for index in lead { result.replacements[index] = "" }
    }

    /// The most tokens a leading time phrase may have and still be dropped whole.
    static let longestLead = 12

    // MARK: - Times

    /// "last week", "next month", "this year", "three weeks ago", "yesterday": the tokens of
    /// a time counted from the day of writing, when it stands at the end of a clause (before
    /// a stop, a comma or a quotation) and can be left out.
    static func relativeTime(_ tokens: [Token], at index: Int) -> Range<Int>? {
        let lower = tokens[index].lower
        var end: Int?
        if Lexicon.relativeDays.contains(lower) {
            end = index + 1
        } else if ["last", "next", "this", "coming"].contains(lower), index + 1 < tokens.count,
                  Lexicon.timeUnits.contains(tokens[index + 1].lower) {
            end = index + 2
        } else if lower == "on", index + 1 < tokens.count, Lexicon.weekdays.contains(tokens[index + 1].lower),
                  index + 2 == tokens.count || !(tokens[index + 2].kind == .number || Lexicon.months.contains(tokens[index + 2].lower)
                      || (tokens[index + 2].text == "," && index + 3 < tokens.count && Lexicon.months.contains(tokens[index + 3].lower))) {
            // "on Thursday", not "on Thursday, March 22": which Thursday, only the day of writing says.
            end = index + 2
        } else if lower == "in", index + 4 < tokens.count, ["a", "an"].contains(tokens[index + 1].lower), tokens[index + 2].lower == "recent",
                  tokens[index + 3].isWord, tokens[index + 4].text == "," {
            // "In a recent speech, Sisi claimed …": which speech, only the day of writing says.
            end = index + 4
        } else if index + 2 < tokens.count, Lexicon.numberWord(lower) != nil || tokens[index].kind == .number || ["a", "an"].contains(lower),
                  Lexicon.timeUnits.contains(tokens[index + 1].lower.hasSuffix("s") ? String(tokens[index + 1].lower.dropLast()) : tokens[index + 1].lower),
                  tokens[index + 2].lower == "ago" {
            end = index + 3
        }
        // ("On Tuesday, the government was forced …": at the start too, before its comma.)
        guard let end, index > 0 || (["on", "in"].contains(lower) && end < tokens.count && tokens[end].text == ",") else { return nil }
        let before = index > 0 ? tokens[index - 1].lower : ""
        // "since last year", "until next week": the time is the point of the phrase.
        if Lexicon.prepositions.contains(before) { return nil }
        if before == "the", index >= 2, Lexicon.prepositions.contains(tokens[index - 2].lower),
           !["in", "over", "during", "within"].contains(tokens[index - 2].lower) { return nil }
        // At the end of a clause, or between a subject and its verb ("Mike Pompeo last week
        // imposed …").
        let beforeVerb = end < tokens.count && tokens[end].isWord && !tokens[end].isCapitalized
            && (VerbForms.isFiniteVerb(tokens[end].lower) || VerbForms.auxiliaries.contains(tokens[end].lower))
        // ("… told the Senate on Tuesday that …": before what was told.)
        guard end == tokens.count || beforeVerb || [".", ",", ";", "“", "\"", "?", "!", "–", "—"].contains(tokens[end].text)
            || (tokens[end].lower == "that" && lower == "on") else { return nil }
        // "in the last fortnight": the whole phrase goes, not the time alone ("in the").
        if before == "the", index >= 2, ["last", "past", "next", "coming"].contains(lower), Lexicon.prepositions.contains(tokens[index - 2].lower),
           end == tokens.count || tokens[end].isPunctuation {
            return (index - 2)..<end
        }
        // "Just recently, …", "most recently": the word that says how recent goes too.
        if end == index + 1, index > 0, ["just", "most", "only", "very"].contains(before) {
            return (index - 1)..<end
        }
        // "Earlier on Tuesday,", "late on Tuesday": the word that places it in that day goes too.
        if lower == "on", index > 0, ["earlier", "later", "late", "early"].contains(tokens[index - 1].lower) {
            return (index - 1)..<end
        }
        return index..<end
    }

    // MARK: - Pronouns

    /// The writer or the reader ("I", "we", "our", "you"), not "US" or the numeral of
    /// "Aram I".
    static func isFirstOrSecondPerson(_ tokens: [Token], _ index: Int) -> Bool {
        let token = tokens[index]
        guard token.isWord, Lexicon.firstAndSecondPerson.contains(token.lower) else { return false }
        if token.text == "US" || token.text == "U.S." { return false }
        if token.text == "I", index > 0, tokens[index - 1].isWord, tokens[index - 1].isCapitalized { return false }
        // "Yet don’t expect …" tells the reader; "People don’t believe …" has its subject.
        if ["don’t", "don't"].contains(token.lower), index > 0, tokens[index - 1].isWord,
           !Lexicon.imperativeLeads.contains(tokens[index - 1].lower) {
            return false
        }
        return true
    }

    /// The one country named in the two sentences before (the nearest that names any), as
    /// the article writes it.
    static func soleCountry(before sentence: Sentence, in sentences: [Sentence]) -> String? {
        for earlier in sentences[max(0, sentence.index - 2)..<sentence.index].reversed() {
            var found: [String] = []
            for token in earlier.tokens where token.isWord && token.isCapitalized && Lexicon.countries.contains(token.stem.lowercased()) {
                if !found.contains(token.stem) { found.append(token.stem) }
            }
            if found.count == 1 { return found[0] }
            if found.count > 1 { return nil }
        }
        return nil
    }

    /// The country an article is about, when its name or adjective comes far more often than
    /// any other's (at least `leadingCountryMentions` times, and `leadingCountryShare` times
    /// the next): "the government" of a report that says "Australian" and "Australia" six
    /// times and "Americans" once is Australia's. Single-word names only, as written.
    static func leadingCountry(in sentences: [Sentence]) -> String? {
        let single = Lexicon.countries.filter { !$0.contains(" ") && !$0.contains(".") && $0.count >= 4 }
        var counts: [String: Int] = [:]
        var written: [String: String] = [:]
        for sentence in sentences where !sentence.isHeading {
            for token in sentence.tokens where token.isWord && token.isCapitalized {
                let lower = token.stem.lowercased()
                if single.contains(lower) {
                    counts[lower, default: 0] += 1
                    written[lower] = token.stem
                } else if Lexicon.saysWhoseCountry(token.stem),
                          let country = single.first(where: { lower.hasPrefix(String($0.prefix($0.count - 1))) }) {
                    // "Australian", "Egyptian", "Chinese": the country's name, its last letter dropped.
                    counts[country, default: 0] += 1
                }
            }
        }
        let ranked = counts.sorted { $0.value > $1.value || ($0.value == $1.value && $0.key < $1.key) }
        guard let top = ranked.first, top.value >= leadingCountryMentions,
              top.value >= leadingCountryShare * (ranked.dropFirst().first?.value ?? 0) else { return nil }
        return written[top.key] ?? top.key.prefix(1).uppercased() + top.key.dropFirst()
    }

    static let leadingCountryMentions = 4
    static let leadingCountryShare = 3

    /// "Ilham Aliyev and Xi Jinping": the two people, and only two, that the sentence just
    /// before names (a heading between them breaks the thread).
    static func pairNamedBefore(_ sentence: Sentence, in sentences: [Sentence], names: NameIndex) -> String? {
        guard sentence.index > 0, !sentences[sentence.index - 1].isHeading else { return nil }
        var people: [String] = []
        for run in names.runs(inSentence: sentence.index - 1) {
            // A surname alone ("Aliyev") stands for the person named in full elsewhere.
            let full = names.fullName(run.nameText)
            guard run.isPerson || full != run.nameText else { continue }
            if !people.contains(full) { people.append(full) }
        }
        return people.count == 2 ? people.joined(separator: " and ") : nil
    }

    /// The named subject of the sentence just before (a pair of people, or one name) when that
    /// sentence uses the verb too, in any form ("expel": "they are expelling them").
    private static func actorOfTheSameAct(
        _ verb: String, before sentence: Sentence, in sentences: [Sentence], names: NameIndex, mentions: WordMentions
    ) -> String? {
        guard sentence.index > 0, verb.count >= 4 else { return nil }
        let earlier = sentences[sentence.index - 1]
        guard !earlier.isHeading, earlier.paragraph == sentence.paragraph || earlier.paragraph == sentence.paragraph - 1,
              earlier.tokens.contains(where: { token in
                  token.isWord && !token.isCapitalized && token.lower.hasPrefix(verb)
                      && ["", "s", "es", "ed", "d", "ing", "ling", "led", "ring", "red"].contains(String(token.lower.dropFirst(verb.count)))
              }) else { return nil }
        return openingPair(earlier, in: sentences, names: names, mentions: mentions) ?? namedSubject(earlier)
    }

    /// "People don’t believe their governments are responsive to their priorities.": what the
    /// sentence just before (same paragraph) says is believed or thought, to its end, when that
    /// clause is the whole rest of that sentence.
    private static func beliefBefore(_ sentence: Sentence, in sentences: [Sentence]) -> String? {
        guard sentence.index > 0 else { return nil }
        let earlier = sentences[sentence.index - 1]
        guard earlier.paragraph == sentence.paragraph, !earlier.isHeading else { return nil }
        let tokens = earlier.tokens
        guard let verb = tokens.firstIndex(where: { Lexicon.beliefVerbs.contains($0.lower) }), verb + 3 < tokens.count else { return nil }
        var start = verb + 1
        if tokens[start].lower == "that" { start += 1 }
        var end = tokens.count
        while end > start, tokens[end - 1].isPunctuation { end -= 1 }
        let clause = tokens[start..<end]
        guard clause.count >= 3, !clause.contains(where: { [",", ";", ":", "–", "—"].contains($0.text) }),
              clause.contains(where: { VerbForms.auxiliaries.contains($0.lower) || VerbForms.isFiniteVerb($0.lower) })
        else { return nil }
        return earlier.text(tokens[start].start..<tokens[end - 1].end)
    }

    /// Words that mark a post's holder as the one just appointed.
    private static let newness: Set<String> = ["new", "incoming", "newly-appointed"]

    /// "the new national security adviser": the person every earlier sentence that names the
    /// post ("… of John Bolton to be the … national security adviser") names, when there is
    /// one, and no earlier sentence gives the post to a former holder.
    static func newRoleHolder(
        _ tokens: [Token], at index: Int, before sentence: Sentence, in sentences: [Sentence], names: NameIndex
    ) -> (person: String, phrase: Range<Int>)? {
        guard tokens[index].lower == "the", index + 2 < tokens.count, newness.contains(tokens[index + 1].lower) else { return nil }
        var head = index + 2
        while head < tokens.count, head - index <= 5, tokens[head].isWord, !tokens[head].isCapitalized,
              !Lexicon.roleNouns.contains(tokens[head].lower.replacingOccurrences(of: "’s", with: "")) {
            head += 1
        }
        guard head < tokens.count, head - index <= 5,
              Lexicon.roleNouns.contains(tokens[head].lower.replacingOccurrences(of: "’s", with: "")) else { return nil }
        let post = tokens[(index + 2)...head].map { $0.lower.replacingOccurrences(of: "’s", with: "") }
        var holders: Set<String> = []
        for earlier in sentences[..<sentence.index] {
            let words = earlier.tokens.map(\.lower)
            guard let at = words.indices.first(where: { words[$0...].starts(with: post) }) else { continue }
            if at > 0, Lexicon.formerness.contains(words[at - 1]) { return nil }
            let people = names.runs(inSentence: earlier.index).filter { run in
                run.isPerson && (run.tokens.lowerBound == 0 || earlier.tokens[run.tokens.lowerBound - 1].lower != "the")
            }.map { names.fullName($0.nameText) }
            guard Set(people).count == 1 else { return nil }
            holders.insert(people[0])
        }
        guard holders.count == 1, let person = holders.first else { return nil }
        return (person, index..<(head + 1))
    }

    /// "two Russian diplomats": the one group of two things the sentence just before counts
    /// (a number word or numeral 2, up to three lower-case modifiers, a plural noun), without
    /// its article ("the two …" is a group told before that, not one brought in here).
    static func countedPair(before sentence: Sentence, in sentences: [Sentence]) -> String? {
        guard sentence.index > 0, !sentences[sentence.index - 1].isHeading else { return nil }
        let earlier = sentences[sentence.index - 1]
        let tokens = earlier.tokens
        var found: [String] = []
        for (position, token) in tokens.enumerated()
        where Lexicon.numberWord(token.lower) == 2 || token.text == "2" {
            if position > 0, ["the", "these", "those", "both"].contains(tokens[position - 1].lower) { continue }
            // The counted noun is the first lower-case plural after the number.
            var head = position + 1
            while head < tokens.count, head - position <= 4, tokens[head].isWord, !tokens[head].isPossessive,
                  !Lexicon.functionWords.contains(tokens[head].lower),
                  tokens[head].isCapitalized || !isPlural(tokens[head].lower) {
                head += 1
            }
            guard head < tokens.count, head - position <= 4, tokens[head].isWord, !tokens[head].isCapitalized,
                  isPlural(tokens[head].lower) else { continue }
            found.append(earlier.text(tokens[position].start..<tokens[head].end))
        }
        return found.count == 1 ? found[0] : nil
    }

    /// A plural noun by its form: the plural of the word without its ending.
    private static func isPlural(_ lower: String) -> Bool {
        guard lower.count > 3, lower.hasSuffix("s"), !lower.hasSuffix("ss") else { return false }
        let stem = lower.dropLast()
        return Lexicon.plural(String(stem)) == lower
            || (lower.hasSuffix("es") && Lexicon.plural(String(stem.dropLast())) == lower)
            || (lower.hasSuffix("ies") && Lexicon.plural(String(stem.dropLast(2)) + "y") == lower)
    }

    /// The pair a sentence opens with: "The two leaders announced …" (the pair named before
    /// it) or "Aliyev and Xi Jinping announced …".
    static func openingPair(_ sentence: Sentence, in sentences: [Sentence], names: NameIndex, mentions: WordMentions) -> String? {
        let tokens = sentence.tokens
        if tokens.count > 3, tokens[0].lower == "the", Lexicon.numberWord(tokens[1].lower) == 2,
           Lexicon.roleNouns.contains(String(tokens[2].lower.dropLast())) || ["men", "women"].contains(tokens[2].lower) {
            if wasCountedBefore(number: 2, head: tokens[2].lower, before: sentence, in: sentences, mentions: mentions) { return nil }
            return pairNamedBefore(sentence, in: sentences, names: names)
        }
        let runs = names.runs(inSentence: sentence.index)
        guard runs.count >= 2, runs[0].isPerson, runs[1].isPerson, runs[0].tokens.lowerBound == 0,
              runs[0].tokens.upperBound + 1 == runs[1].tokens.lowerBound, tokens[runs[0].tokens.upperBound].lower == "and" else { return nil }
        return names.fullName(runs[0].nameText) + " and " + names.fullName(runs[1].nameText)
    }

    /// The one country a sentence places its clause in before `index`: "in Lebanon", "Lebanon’s".
    static func placeOfClause(_ tokens: [Token], before index: Int) -> String? {
        var found: [String] = []
        for position in 0..<index where tokens[position].isCapitalized && Lexicon.countries.contains(tokens[position].stem.lowercased()) {
            let placed = tokens[position].isPossessive || (position > 0 && tokens[position - 1].lower == "in")
            guard placed else { return nil }
            if !found.contains(tokens[position].stem) { found.append(tokens[position].stem) }
        }
        return found.count == 1 ? found[0] : nil
    }

    /// A list of exactly `count` names in one of the few sentences before: "Morocco, Algeria,
    /// Egypt, Jordan, Lebanon and Tunisia" for "all six countries".
    static func listOfNames(count: Int, before sentence: Sentence, in sentences: [Sentence]) -> String? {
        guard count >= 2 else { return nil }
        for earlier in sentences[max(0, sentence.index - Self.listReach)..<sentence.index].reversed() {
            let tokens = earlier.tokens
            var index = 0
            while index < tokens.count {
                // Names (one to three capitalised words) joined by commas and a final "and".
                var names: [Range<Int>] = []
                var position = index
                var closed = false
                while position < tokens.count {
                    var end = position
                    while end < tokens.count, end - position < 3, tokens[end].isWord, tokens[end].isCapitalized,
                          !Lexicon.functionWords.contains(tokens[end].lower) {
                        end += 1
                    }
                    guard end > position else { break }
                    names.append(position..<end)
                    if closed { break }
                    var next = end
                    if next < tokens.count, tokens[next].text == "," { next += 1 }
                    if next < tokens.count, tokens[next].lower == "and" {
                        closed = true
                        next += 1
                    }
                    guard next > end else { break }
                    position = next
                }
                if closed, names.count == count, let first = names.first, let last = names.last {
                    return earlier.text(tokens[first.lowerBound].start..<tokens[last.upperBound - 1].end)
                }
                index = names.last?.upperBound ?? index + 1
            }
        }
        return nil
    }

    /// Plurals a list of places can stand for ("all six countries"); not "the two former
    /// presidents" after "Japan and South Korea".
    static let placeGroupNouns: Set<String> = [
        "countries", "nations", "states", "economies", "governments", "capitals", "cities", "regions", "territories",
        "provinces", "members", "islands",
    ]

    /// How many sentences back a list may stand for a counted description.
    static let listReach = 10

    /// The subject of a sentence when it is a singular name: "Russia", "The Trump
    /// administration", "The State Department" (not a person: he/she are for people).
    /// The subject of a sentence when it is a group a name places: "Soviet delegates were …",
    /// "EU leaders stressed …" — capitalised words before a plural noun, then the verb.
    static func namedGroupSubject(_ sentence: Sentence) -> String? {
        let tokens = sentence.tokens
        let start = Phrasing.openerEnd(tokens)
        var index = start
        while index < tokens.count, tokens[index].isWord, tokens[index].isCapitalized, !tokens[index].isPossessive,
              !Lexicon.capitalFunctionWords.contains(tokens[index].lower) {
            index += 1
        }
        guard index > start, index - start <= 3, index + 1 < tokens.count else { return nil }
        let head = tokens[index]
        guard head.isWord, !head.isCapitalized, head.lower.hasSuffix("s"), !head.lower.hasSuffix("ss"),
              !Lexicon.functionWords.contains(head.lower), !VerbForms.auxiliaries.contains(head.lower), !VerbForms.isFiniteVerb(head.lower),
              VerbForms.auxiliaries.contains(tokens[index + 1].lower) || VerbForms.isFiniteVerb(tokens[index + 1].lower)
        else { return nil }
        return sentence.text(tokens[start].start..<head.end)
    }

    /// The plural noun of a subject "The Ns" followed by its verb ("The neocons were …").
    static func pluralDescriptionSubject(_ sentence: Sentence) -> String? {
        let tokens = sentence.tokens
        let start = Phrasing.openerEnd(tokens)
        guard start + 2 < tokens.count, tokens[start].lower == "the" else { return nil }
        let head = tokens[start + 1]
        guard head.isWord, !head.isCapitalized, !head.isPossessive, head.lower.hasSuffix("s"), !head.lower.hasSuffix("ss"),
              !Lexicon.functionWords.contains(head.lower), !VerbForms.isFiniteVerb(head.lower),
              VerbForms.auxiliaries.contains(tokens[start + 2].lower) || VerbForms.isFiniteVerb(tokens[start + 2].lower)
        else { return nil }
        return head.text
    }

    static func namedSubject(_ sentence: Sentence) -> String? {
        let tokens = sentence.tokens
        var index = Phrasing.openerEnd(tokens)
        // A leading adverbial phrase: "As of March 2018, the Trump administration has …".
        // A leading adverbial phrase or clause: "As of March 2018, the Trump administration has …",
        // "While arguably it had little choice, the EU has …".
        if index < tokens.count, Lexicon.prepositions.contains(tokens[index].lower) || Lexicon.subordinators.contains(tokens[index].lower),
           let comma = tokens[index...].prefix(9).firstIndex(where: { $0.text == "," }) {
            index = comma + 1
        }
        let start = index
        if index < tokens.count, tokens[index].lower == "the" { index += 1 }
        let namesStart = index
        while index < tokens.count, tokens[index].isWord, tokens[index].isCapitalized,
              !Lexicon.capitalFunctionWords.contains(tokens[index].lower) || index > namesStart {
            index += 1
        }
        guard index > namesStart, index - namesStart <= 4 else { return nil }
        // An optional lower-case head: "administration", "government".
        if index < tokens.count, tokens[index].isWord, !tokens[index].isCapitalized, !tokens[index].lower.hasSuffix("s"),
           !Lexicon.functionWords.contains(tokens[index].lower), !VerbForms.auxiliaries.contains(tokens[index].lower),
           !VerbForms.isFiniteVerb(tokens[index].lower) {
            index += 1
        } else if tokens[index - 1].lower.hasSuffix("s") || (namesStart > start && !Self.isAcronym(tokens[namesStart..<index])) {
            return nil  // "The Americans", "The Hague" without a head: not surely one thing ("the EU" is).
        }
        guard index < tokens.count, VerbForms.auxiliaries.contains(tokens[index].lower)
            || VerbForms.isFiniteVerb(tokens[index].lower) || VerbForms.isThirdPersonPresent(tokens, index) else { return nil }
        let text = sentence.text(tokens[start].start..<tokens[index - 1].end)
        return tokens[start].lower == "the" ? "the" + text.dropFirst(3) : text
    }

    /// "EU", "WTO": one word in capitals, a body's short name.
    static func isAcronym(_ tokens: ArraySlice<Token>) -> Bool {
        tokens.count == 1 && tokens.first.map { $0.text.count >= 2 && $0.text.allSatisfy(\.isUppercase) } == true
    }

    /// "It is clear that …", "it’s likely to …": an "it" that stands for no thing.
    static func isExpletiveIt(_ tokens: [Token], _ index: Int) -> Bool {
        let lower = tokens[index].lower
        guard lower == "it" || lower == "it’s" || lower == "it's" else { return false }
        // "as Mattis put it": an idiom, no thing.
        if lower == "it", index > 0, tokens[index - 1].lower == "put" { return true }
        var next = index + 1
        if lower == "it" {
            guard next < tokens.count, VerbForms.expletiveVerbs.contains(tokens[next].lower) else {
                return false
            }
            next += 1
        }
        // A cleft: "It was another diplomat, George Kennan, whose insights …".
        if lower == "it", ["is", "was"].contains(tokens[next - 1].lower),
           tokens[next..<min(tokens.count, next + 24)].contains(where: { ["who", "whose"].contains($0.lower) }) {
            return true
        }
        // An adjective or "be"/"been"/"not" before "that", "to", "whether" within four words.
        var position = next
        while position < min(tokens.count, next + 5) {
            if ["that", "to", "whether", "how", "why"].contains(tokens[position].lower) { return true }
            if tokens[position].isPunctuation { return false }
            position += 1
        }
        return false
    }

    /// it/its/they/their with a possible antecedent earlier in the same text: a name (a
    /// capitalised word that does not just start the sentence) or a noun phrase with a
    /// determiner ("The administration … its tariffs").
    /// `from`: where an antecedent may start (after a question's own question phrase).
    static func hasAntecedentBefore(_ tokens: [Token], _ index: Int, quoted: Set<Int>, from: Int = 0) -> Bool {
        let start = min(max(Phrasing.openerEnd(tokens), from), index)
        if Lexicon.personalPronouns[tokens[index].lower] == .plural {
            return hasPluralAntecedentBefore(tokens, index, quoted: quoted, from: start)
        }
        for position in start..<index where !quoted.contains(position) {
            let token = tokens[position]
            guard token.isWord else { continue }
            // "In Lebanon it is …": a place after a preposition is where, not what "it" is.
            if position > 0, Lexicon.prepositions.contains(tokens[position - 1].lower) { continue }
            if isName(tokens, position) { return true }
            if Lexicon.articles.contains(token.lower), position + 1 < index, tokens[position + 1].isWord,
               !Lexicon.functionWords.contains(tokens[position + 1].lower) {
                return true
            }
        }
        return false
    }

    /// they/them/their: a plural noun ("the diplomats", "EU leaders"), a people ("Egyptians")
    /// or two names joined by "and" before it; one name ("Trump’s campaign … their
    /// allegations") will not do.
    /// "their own" is bound in its own clause ("assist local forces to build their own
    /// capacity"), so a word ending in -s before it is the noun even where it could be a verb.
    private static func hasPluralAntecedentBefore(_ tokens: [Token], _ index: Int, quoted: Set<Int>, from start: Int) -> Bool {
        let ownClause = index + 1 < tokens.count && tokens[index + 1].lower == "own"
        for position in start..<index where !quoted.contains(position) {
            let token = tokens[position]
            // "75% or more are not satisfied with their governments": a share of people.
            if ["%", "percent"].contains(token.lower) || (token.lower == "cent" && position > 0 && tokens[position - 1].lower == "per") {
                return true
            }
            guard token.isWord else { continue }
            if !token.isCapitalized, token.lower.count > 3, token.lower.hasSuffix("s"),
               !["ss", "us", "is", "’s", "'s"].contains(where: token.lower.hasSuffix),
               !Lexicon.functionWords.contains(token.lower), ownClause || !VerbForms.isThirdPersonPresent(tokens, position) {
                return true
            }
            if token.lower == "and", position > 0, position + 1 < index, tokens[position - 1].isCapitalized, tokens[position + 1].isCapitalized {
                return true
            }
            // "people", "citizens": plural without an -s, or named by what they are.
            if Lexicon.peopleNouns.contains(token.lower) { return true }
            // "Egyptians", "Americans": a people named by its nation.
            if token.isCapitalized, position > 0, token.lower.hasSuffix("s"), Lexicon.saysWhoseCountry(String(token.text.dropLast())) {
                return true
            }
        }
        return false
    }

    /// A capitalised word that is a name, not a capital that only starts the text.
    static func isName(_ tokens: [Token], _ position: Int) -> Bool {
        let token = tokens[position]
        guard token.isWord, token.isCapitalized, !Lexicon.capitalFunctionWords.contains(token.lower) else { return false }
        return position > 0 || !Lexicon.personalPronouns.keys.contains(token.lower)
    }

    /// The person the sentence before (headings skipped, in the same or the previous paragraph)
    /// opens with as its subject: a name (or the surname of someone named in full) right before
    /// a verb, whose gender the text gives as `gender`.
    private static func continuedSubject(
        _ sentence: Sentence, _ sentences: [Sentence], names: NameIndex, genders: [String: PersonGender], gender: PersonGender
    ) -> String? {
        var index = sentence.index - 1
        while index >= 0, sentences[index].isHeading { index -= 1 }
        guard index >= 0, sentences[index].paragraph >= sentence.paragraph - 2 else { return nil }
        let tokens = sentences[index].tokens
        let start = Phrasing.openerEnd(tokens)
        // "The new national security adviser has … . He famously said …".
        if start < tokens.count, tokens[start].lower == "the",
           let holder = newRoleHolder(tokens, at: start, before: sentences[index], in: sentences, names: names),
           holder.phrase.upperBound < tokens.count, VerbForms.auxiliaries.contains(tokens[holder.phrase.upperBound].lower)
            || VerbForms.isFiniteVerb(tokens[holder.phrase.upperBound].lower) {
            return genders[holder.person] == nil || genders[holder.person] == gender ? holder.person : nil
        }
        guard let run = names.runs(inSentence: index).first, run.tokens.lowerBound == start, run.tokens.upperBound < tokens.count
        else { return nil }
        let verb = tokens[run.tokens.upperBound]
        guard !verb.isCapitalized, VerbForms.auxiliaries.contains(verb.lower) || VerbForms.isFiniteVerb(verb.lower) else { return nil }
        let person = names.fullName(run.nameText)
        guard run.isPerson || person != run.nameText, genders[person] == gender else { return nil }
        // "John Smith met Peter Jones on Monday. He said …": another person the main clause
        // names who could be meant leaves it open ("Bolton felt that George Bush …" does not).
        let mainClauseEnd = tokens.indices.first { $0 > run.tokens.upperBound && (tokens[$0].lower == "that" || Lexicon.subordinators.contains(tokens[$0].lower)) }
            ?? tokens.count
        let rivals = names.runs(inSentence: index).filter { other in
            other.isPerson && other.tokens.lowerBound >= run.tokens.upperBound && other.tokens.lowerBound < mainClauseEnd
                && names.fullName(other.nameText) != person && (genders[names.fullName(other.nameText)].map { $0 == gender } ?? true)
        }
        return rivals.isEmpty ? person : nil
    }

    private static func soleAntecedent(
        _ sentence: Sentence, _ sentences: [Sentence], names: NameIndex, genders: [String: PersonGender],
        gender: PersonGender
    ) -> String? {
        var index = sentence.index - 1
        // The sentences before, back to the start of the previous paragraph.
        while index >= 0, sentences[index].paragraph >= sentence.paragraph - 1 {
            let people = names.runs(inSentence: index).filter(\.isPerson).map { names.fullName($0.nameText) }
            if !people.isEmpty {
                var unique: [String] = []
                for person in people where !unique.contains(person) { unique.append(person) }
                // One person whose gender the text gives as this one; else one person in view.
                let known = unique.filter { genders[$0] == gender }
                if known.count == 1, unique.allSatisfy({ $0 == known[0] || genders[$0] == nil || genders[$0] != gender }) {
                    return known[0]
                }
                let fitting = unique.filter { genders[$0].map { $0 == gender } ?? true }
                return unique.count == 1 && fitting.count == 1 ? fitting[0] : nil
            }
            index -= 1
        }
        return nil
    }

    /// "her" before a noun is a determiner ("her party"); before a verb, a comma or the end,
    /// an object ("elected her").
    private static func isDeterminerHer(_ tokens: [Token], _ index: Int) -> Bool {
        guard index + 1 < tokens.count, tokens[index + 1].isWord else { return false }
        let next = tokens[index + 1].lower
        return !VerbForms.auxiliaries.contains(next) && !Lexicon.prepositions.contains(next) && next != "and" && next != "to"
    }

    private static func possessive(_ name: String) -> String {
        name.hasSuffix("s") ? name + "’" : name + "’s"
    }

    // MARK: - Demonstratives

    /// "this", "these", "those" as a determiner or a pronoun; "that" only at the start of a
    /// sentence ("That decision…"), where it cannot be a conjunction.
    private static func isDemonstrative(_ tokens: [Token], _ index: Int) -> Bool {
        if tokens[index].lower == "that" {
            guard index + 1 < tokens.count, tokens[index + 1].isWord, !VerbForms.auxiliaries.contains(tokens[index + 1].lower) else {
                return false
            }
            // At the start ("That decision …") or after a preposition ("calling for that exemption").
            return index == 0 || (Lexicon.prepositions.contains(tokens[index - 1].lower) && !Lexicon.functionWords.contains(tokens[index + 1].lower))
        }
        return true
    }

    /// The words that replace "this"/"these" before `head`: the determiner and modifiers of
    /// the noun's only mention in the sentence before, in the same paragraph, when that mention
    /// is a definite phrase with at least one modifier ("the post-war international legal
    /// order") and nothing after it restricts it further ("the order of …"). A mention that
    /// is itself a demonstrative or a bare "the order" says no more than "this order".
    private static func demonstrativeAntecedent(ofHead head: Token, before sentence: Sentence, in sentences: [Sentence]) -> String? {
        guard sentence.index > 0 else { return nil }
        let earlier = sentences[sentence.index - 1]
        guard earlier.paragraph == sentence.paragraph, earlier.carriesFacts else { return nil }
        // The same form of the noun: "these sanctions" after "the new sanctions".
        let word = head.stem.lowercased()
        let tokens = earlier.tokens
        let mentions = tokens.indices.filter { tokens[$0].isWord && tokens[$0].stem.lowercased() == word }
        guard mentions.count == 1, let position = mentions.first else { return nil }
        if position + 1 < tokens.count, tokens[position + 1].isWord, Lexicon.restrictingWords.contains(tokens[position + 1].lower) { return nil }
        var start = position
        while start > 0, position - start < 4, tokens[start - 1].isWord, !tokens[start - 1].isPossessive,
              !Lexicon.functionWords.contains(tokens[start - 1].lower), !VerbForms.auxiliaries.contains(tokens[start - 1].lower),
              !VerbForms.isFiniteVerb(tokens[start - 1].lower) {
            start -= 1
        }
        guard start < position, start > 0, tokens[start - 1].lower == "the",
              !tokens[start..<position].contains(where: { $0.text.contains(where: \.isNumber) }) else { return nil }
        return "the " + earlier.text(tokens[start].start..<tokens[position - 1].end)
    }

    /// Prepositions whose phrase says which things a noun means: "tariffs on steel",
    /// "sanctions against Russia".
    private static let restrictingPrepositions: Set<String> = ["on", "against", "over"]

    /// Whether an earlier sentence used `word` with a phrase saying which ones ("tariffs on
    /// Chinese imports").
    private static func wasRestrictedBefore(_ word: String, before sentence: Sentence, in sentences: [Sentence], mentions: WordMentions) -> Bool {
        mentions.sentences(with: word, before: sentence.index).contains { earlier in
            let tokens = sentences[earlier].tokens
            return tokens.indices.contains { position in
                tokens[position].lower == word && position + 1 < tokens.count && restrictingPrepositions.contains(tokens[position + 1].lower)
            }
        }
    }

    /// The most words of a complement carried over to a later "the" ("on as much as US$60
    /// billion in Chinese imports").
    private static let longestCarriedComplement = 12

    /// The phrase saying which ones when every earlier mention of `word` that had one had the
    /// same ("tariffs on as much as US$60 billion in Chinese imports"); nil when there were
    /// none or two different ones ("tariffs on steel and aluminium", "tariffs on … Chinese
    /// imports": which of them "the tariffs" are, only the article knows).
    private static func restrictedMention(of word: String, before sentence: Sentence, in sentences: [Sentence], mentions: WordMentions) -> String? {
        var complements: Set<String> = []
        for earlier in mentions.sentences(with: word, before: sentence.index) where sentences[earlier].carriesFacts {
            let tokens = sentences[earlier].tokens
            for position in tokens.indices where tokens[position].lower == word && position + 2 < tokens.count
                && restrictingPrepositions.contains(tokens[position + 1].lower) {
                var end = position + 2
                // "tariffs on steel and aluminum imports": an "and" between two nouns of the
                // phrase goes on; one before a clause or a determiner ends it.
                let joinsNouns = { (index: Int) in
                    ["and", "or"].contains(tokens[index].lower) && index + 1 < tokens.count && tokens[index + 1].isWord
                        && !tokens[index + 1].isCapitalized && !Lexicon.functionWords.contains(tokens[index + 1].lower)
                        && !VerbForms.isFiniteVerb(tokens[index + 1].lower) && !VerbForms.auxiliaries.contains(tokens[index + 1].lower)
                }
                // "tariffs on steel imports in May": the time is the verb's, not the tariffs'.
                let timeFollows = { (index: Int) in
                    ["in", "on", "since", "during"].contains(tokens[index].lower) && index + 1 < tokens.count
                        && (Lexicon.months.contains(tokens[index + 1].lower) || Lexicon.weekdays.contains(tokens[index + 1].lower)
                            || tokens[index + 1].kind == .number && tokens[index + 1].text.count == 4)
                }
                while end < tokens.count, end - position <= longestCarriedComplement, tokens[end].isWord || tokens[end].kind == .number || tokens[end].text == "$",
                      !timeFollows(end),
                      !["that", "which", "who", "and", "but", "or"].contains(tokens[end].lower) || joinsNouns(end),
                      tokens[end].isCapitalized || !VerbForms.isFiniteVerb(tokens[end].lower) && !VerbForms.auxiliaries.contains(tokens[end].lower) {
                    end += 1
                }
                guard end > position + 2, end < tokens.count, end - position <= longestCarriedComplement else { return nil }
                complements.insert(sentences[earlier].text(tokens[position + 1].start..<tokens[end - 1].end))
            }
        }
        return complements.count == 1 ? complements.first : nil
    }

    // MARK: - Definite descriptions

    /// "the two leaders", "the other five countries", "all six countries".
    /// The words between a count and its noun at the noun's nearest earlier mention with the
    /// same count: "two Russian diplomats" gives "Russian" to "the two diplomats".
    private static func countedAntecedent(
        number: Int, head: String, before sentence: Sentence, in sentences: [Sentence], mentions: WordMentions
    ) -> String? {
        for earlier in mentions.sentences(with: head, before: sentence.index).map({ sentences[$0] }) {
            let tokens = earlier.tokens
            for (position, token) in tokens.enumerated() where token.lower == head && position >= 2 {
                var start = position - 1
                while start > 0, position - start <= 3, tokens[start].isWord, Lexicon.numberWord(tokens[start].lower) == nil,
                      !Lexicon.functionWords.contains(tokens[start].lower) {
                    start -= 1
                }
                guard Lexicon.numberWord(tokens[start].lower) == number || Int(tokens[start].text) == number,
                      start + 1 < position else { continue }
                return earlier.text(tokens[start + 1].start..<tokens[position - 1].end)
            }
        }
        return nil
    }

    /// Whether the noun was brought in before with the same count ("two Russian diplomats",
    /// "two diplomats"): then "the two diplomats" are that group.
    private static func wasCountedBefore(
        number: Int, head: String, before sentence: Sentence, in sentences: [Sentence], mentions: WordMentions
    ) -> Bool {
        mentions.sentences(with: head, before: sentence.index).contains { earlier in
            let tokens = sentences[earlier].tokens
            return tokens.indices.contains { position in
                guard tokens[position].lower == head, position >= 1 else { return false }
                var start = position - 1
                while start > 0, position - start <= 3, tokens[start].isWord, Lexicon.numberWord(tokens[start].lower) == nil,
                      !Lexicon.functionWords.contains(tokens[start].lower) {
                    start -= 1
                }
                return Lexicon.numberWord(tokens[start].lower) == number || Int(tokens[start].text) == number
            }
        }
    }

    private static func countedDescription(_ tokens: [Token], _ index: Int) -> Range<Int>? {
        var position = index + 1
        if position < tokens.count, tokens[position].lower == "other" { position += 1 }
        guard position + 1 < tokens.count, Lexicon.numberWord(tokens[position].lower) != nil || tokens[position].lower == "other",
              tokens[position + 1].isWord, !tokens[position + 1].isCapitalized, !Lexicon.functionWords.contains(tokens[position + 1].lower) else {
            return nil
        }
        return index..<(position + 2)
    }

    /// "the" with the lower-case words after it up to the head noun; nil when a capital,
    /// a number or a complement ("of", a relative clause) makes the phrase say which one.
    static func definiteDescription(_ tokens: [Token], _ index: Int) -> Range<Int>? {
        var end = index + 1
        while end < tokens.count, end - index <= 3 {
            let token = tokens[end]
            guard token.isWord, !token.isCapitalized else { break }
            if Lexicon.functionWords.contains(token.lower) || VerbForms.auxiliaries.contains(token.lower) { break }
            if end > index + 1, VerbForms.isFiniteVerb(token.lower) { break }
            // "The administration formally justified …": an adverb ends the description.
            if end > index + 1, token.lower.hasSuffix("ly"), token.lower.count > 4 { break }
            end += 1
            // "the country’s leadership": the possessive ends the description ("the world’s"
            // is one of a kind).
            if token.isPossessive { return Lexicon.uniqueReferents.contains(token.stem.lowercased()) ? nil : index..<end }
        }
        guard end > index + 1 else { return nil }
        // "the 1970s", "the 2016 election": a date says which.
        if tokens[(index + 1)..<end].contains(where: { $0.text.contains(where: \.isNumber) }) { return nil }
        let head = tokens[end - 1]
        if end < tokens.count {
            let next = tokens[end]
            if next.isCapitalized || next.kind == .number || next.isPossessive { return nil }
            if next.isWord, Lexicon.restrictingWords.contains(next.lower) { return nil }
        }
        if tokens[(index + 1)..<end].contains(where: { Lexicon.specifyingModifiers.contains($0.lower) }) { return nil }
        if Lexicon.uniqueReferents.contains(head.stem.lowercased()) { return nil }
        if head.lower.hasSuffix("ly") || head.lower.hasSuffix("ing") { return nil }
        return index..<end
    }

    /// The head noun was used before in the article: "the tariffs" after "tariffs on …".
    private static func isAnaphoric(_ phrase: Range<Int>, tokens: [Token], sentence: Sentence, mentions: WordMentions) -> Bool {
        let head = tokens[phrase.upperBound - 1].stem.lowercased()
        if Lexicon.uniqueReferents.contains(head) { return false }
        if Lexicon.contextualHeads.contains(head) { return true }
        let stem = head.hasSuffix("s") ? String(head.dropLast()) : head
        return [head, stem, stem + "s"].contains { mentions.first(of: $0).map { $0 < sentence.index } ?? false }
    }

    /// Leaves out words set off by commas, with the comma after them ("In March 2017, for
    /// example, the …" → "In March 2017, the …"), and the one before them too when a function
    /// word leads in ("expects that, in return, Russia …" → "expects that Russia …").
    private static func dropParenthetical(_ words: Range<Int>, _ tokens: [Token], _ result: inout SentenceReferences) {
        for position in words { result.replacements[position] = "" }
        result.replacements[words.upperBound] = ""
        if words.lowerBound >= 2, Lexicon.functionWords.contains(tokens[words.lowerBound - 2].lower) {
            result.replacements[words.lowerBound - 1] = ""
        }
        // "NASA, for example, runs 11 research centres": between a subject and its verb both
        // commas go ("In March 2017, for example, the …" keeps the one ending its phrase).
        let opener = Phrasing.openerEnd(tokens)
        if words.lowerBound >= 2, opener < words.lowerBound - 1, tokens[words.lowerBound - 1].text == ",",
           !Lexicon.prepositions.contains(tokens[opener].lower), !Lexicon.subordinators.contains(tokens[opener].lower),
           !tokens[opener].lower.hasSuffix("ing"), !tokens[opener..<(words.lowerBound - 1)].contains(where: { $0.isPunctuation }),
           words.upperBound + 1 < tokens.count, tokens[words.upperBound + 1].isWord, !tokens[words.upperBound + 1].isCapitalized,
           VerbForms.isFiniteVerb(tokens[words.upperBound + 1].lower) || VerbForms.auxiliaries.contains(tokens[words.upperBound + 1].lower)
            || VerbForms.isThirdPersonPresent(tokens, words.upperBound + 1) || tokens[words.upperBound + 1].lower.hasSuffix("s") {
            result.replacements[words.lowerBound - 1] = ""
        }
    }

    /// How far after "the same" an "as" may stand to say what it is the same as.
    static let sameAsReach = 5

    /// The most words a title's complement may have to be taken into a description.
    static let longestTitleComplement = 4

    /// What the title says of a thing the article then calls by a bare "the NOUN": "focus of
    /// the Brexit debate" for "focus" in the title "Article 50 one year on: a more dangerous
    /// world shifts focus of Brexit debate"; "TPP trade deal" for "deal" in "Agreement in
    /// meeting on TPP trade deal"; "deal on minerals access" for "pact" in "US and Ukraine sign
    /// deal on minerals access" (a pact, an accord and an agreement are the deal the title
    /// names). The title's noun phrase: its modifiers when a preposition opens them (in a
    /// headline a word before the noun may be its verb: "sign deal"), and a
    /// complement after "of", "on" or "over" of at most four words. A headline's
    /// dropped article is put back before a common noun ("on TPP trade deal" → "on the TPP
    /// trade deal", "of China" stays). Nil when the title says no more than the noun.
    /// `fully`: false for the complement after "of" of the same noun alone.
    private static func titleComplement(of head: Token, in sentences: [Sentence], fully: Bool = true) -> String? {
        guard let title = sentences.first, title.isHeading, title.paragraph == 0, !head.isPossessive else { return nil }
        let words = title.tokens
        let same = words.indices.filter { words[$0].lower == head.lower }
        let kin = fully && Lexicon.agreementNouns.contains(head.lower)
            ? words.indices.filter { $0 > 0 && Lexicon.agreementNouns.contains(words[$0].lower) && words[$0].lower != head.lower } : []
        for at in same + kin {
            var modifiers = ""
            var begin = at
            while begin > 0, at - begin < 3, words[begin - 1].isWord, !Lexicon.functionWords.contains(words[begin - 1].lower),
                  !VerbForms.isFiniteVerb(words[begin - 1].lower) {
                begin -= 1
            }
            // The modifiers count only after a preposition ("on TPP trade deal").
            if fully, begin < at, begin > 0, Lexicon.prepositions.contains(words[begin - 1].lower) {
                modifiers = title.text(words[begin].start..<words[at - 1].end) + " "
            }
            var complement = ""
            if at + 2 < words.count, fully ? Self.titleComplementPrepositions.contains(words[at + 1].lower) : words[at + 1].lower == "of" {
                var end = at + 2
                while end < words.count, words[end].isWord, end - at - 2 < Self.longestTitleComplement,
                      !Lexicon.functionWords.contains(words[end].lower) || end == at + 2 {
                    end += 1
                }
                if end > at + 2, end == words.count || !words[end].isWord {
                    let phrase = title.text(words[at + 2].start..<words[end - 1].end)
                    // ("on minerals access": a plural that says what kind takes no article.)
                    let first = words[at + 2].lower
                    let plural = fully && first.hasSuffix("s") && !first.hasSuffix("ss") && end - at - 2 > 1
                    let article = Lexicon.articles.contains(first) || words[end - 1].isCapitalized || plural ? "" : "the "
                    complement = " " + words[at + 1].lower + " " + article + phrase
                }
            }
            guard !modifiers.isEmpty || !complement.isEmpty else { continue }
            return modifiers + (words[at].lower == head.lower ? head.text : words[at].lower) + complement
        }
        return nil
    }

    /// "TPP" for "countries" after "Ministers from Trans Pacific Partnership (TPP) countries":
    /// the name every earlier mention of the plural puts straight before it (an acronym in
    /// brackets standing for the name), when there is exactly one; "other countries" are
    /// other ones.
    private static func namedKind(of plural: String, before sentence: Sentence, in sentences: [Sentence], mentions: WordMentions) -> String? {
        var found: Set<String> = []
        for earlier in mentions.sentences(with: plural, before: sentence.index) {
            let tokens = sentences[earlier].tokens
            for position in tokens.indices where position >= 1 && tokens[position].lower == plural {
                let before = position - 1
                if tokens[before].text == ")", before >= 2, tokens[before - 2].text == "(", ReferenceResolver.isAcronym(tokens[(before - 1)..<before]) {
                    found.insert(tokens[before - 1].text)
                } else if tokens[before].isCapitalized, before > 0, !tokens[before].isPossessive {
                    var start = before
                    while start > 1, tokens[start - 1].isCapitalized, before - start < 3 { start -= 1 }
                    found.insert(sentences[earlier].text(tokens[start].start..<tokens[before].end))
                } else if !["other", "several", "many", "some", "few", "more", "most"].contains(tokens[before].lower) {
                    // ("several other countries" are others.)
                    return nil
                }
            }
        }
        return found.count == 1 ? found.first : nil
    }

    /// The most words before or after an agreement's noun that may describe it.
    static let longestAgreementDescription = 3

    /// "new pact on trade" for "… have reached a new pact on trade": the one settlement the
    /// sentences before bring in with "a" (a noun of `agreementNouns`, up to three lower-case
    /// modifiers before it and a phrase after "on", "over", "with" or "between"); nil for none
    /// or two.
    private static func introducedAgreement(before sentence: Sentence, in sentences: [Sentence]) -> String? {
        var found: Set<String> = []
        for earlier in sentences[..<sentence.index] where !earlier.isHeading {
            let tokens = earlier.tokens
            for noun in tokens.indices where Lexicon.agreementNouns.contains(tokens[noun].lower) {
                var start = noun
                while start > 0, noun - start < longestAgreementDescription, tokens[start - 1].isWord, !tokens[start - 1].isCapitalized,
                      !Lexicon.articles.contains(tokens[start - 1].lower), !Lexicon.prepositions.contains(tokens[start - 1].lower),
                      !VerbForms.isFiniteVerb(tokens[start - 1].lower), !VerbForms.auxiliaries.contains(tokens[start - 1].lower) {
                    start -= 1
                }
                guard start > 0, ["a", "an"].contains(tokens[start - 1].lower) else { continue }
                var end = noun + 1
                if end + 1 < tokens.count, ["on", "over", "with", "between"].contains(tokens[end].lower) {
                    var last = end + 1
                    while last < tokens.count, last - end <= longestAgreementDescription, tokens[last].isWord,
                          !Lexicon.functionWords.contains(tokens[last].lower) || last == end + 1,
                          !VerbForms.isFiniteVerb(tokens[last].lower) {
                        last += 1
                    }
                    if last > end + 1, last == tokens.count || !tokens[last].isWord { end = last }
                }
                var description = earlier.text(tokens[start].start..<tokens[end - 1].end)
                if let parties = partiesOfAgreement(tokens, in: earlier, before: start - 1), !description.contains(" between ") {
                    description += " between " + parties
                }
                found.insert(description)
            }
        }
        return found.count == 1 ? found.first : nil
    }

    /// "the U.S. and the European Union" of "The U.S. and the European Union have reached a new
    /// pact on trade": the two names joined by "and" that are the subject of the verb right
    /// before the agreement's article.
    private static func partiesOfAgreement(_ tokens: [Token], in sentence: Sentence, before article: Int) -> String? {
        let opener = Phrasing.openerEnd(tokens)
        guard let verb = tokens[opener..<article].firstIndex(where: { !$0.isCapitalized && (VerbForms.auxiliaries.contains($0.lower) || VerbForms.isFiniteVerb($0.lower)) }),
              verb > opener, verb - opener <= longestPartiesSubject,
              tokens[(verb + 1)..<article].allSatisfy({ $0.isWord && !$0.isCapitalized && (VerbForms.isFiniteVerb($0.lower) || $0.lower.hasSuffix("ly")) }),
              let and = tokens[opener..<verb].firstIndex(where: { $0.lower == "and" }),
              tokens[opener..<verb].allSatisfy({ $0.isWord || $0.text == "." || $0.isPossessive }),
              tokens[opener..<and].contains(where: \.isCapitalized), tokens[(and + 1)..<verb].contains(where: \.isCapitalized)
        else { return nil }
        let text = sentence.text(tokens[opener].start..<tokens[verb - 1].end)
        return text.hasPrefix("The ") ? "the" + text.dropFirst(3) : text
    }

    /// The most tokens the subject naming an agreement's parties may have.
    static let longestPartiesSubject = 8

    /// "the study by the World 100 Reputation Network": the one survey, poll or study that the
    /// sentences before credit to a name ("a study by …", "a poll from …"); nil for none or two.
    private static func namedSurvey(before sentence: Sentence, in sentences: [Sentence]) -> String? {
        var found: Set<String> = []
        for earlier in sentences[..<sentence.index] {
            let tokens = earlier.tokens
            for position in tokens.indices where position + 2 < tokens.count && Lexicon.surveyNouns.contains(tokens[position].lower)
                && ["by", "from"].contains(tokens[position + 1].lower) {
                var start = position + 2
                if tokens[start].lower == "the", start + 1 < tokens.count { start += 1 }
                var end = start
                while end < tokens.count, tokens[end].isCapitalized || tokens[end].kind == .number && end > start { end += 1 }
                guard end > start else { continue }
                found.insert("the " + tokens[position].lower + " " + earlier.text(tokens[position + 1].start..<tokens[end - 1].end))
            }
        }
        return found.count == 1 ? found.first : nil
    }

    /// "the meeting", "the deal" that nothing else in the article wrote out, in an article whose
    /// title says which (`titleComplement`): written out as the title has it, and no longer
    /// vague or unresolved. "the findings", "the study" in an article that credits one survey to
    /// a name (`namedSurvey`): of that survey.
    private static func describeFromTitle(_ result: inout SentenceReferences, _ sentence: Sentence, _ sentences: [Sentence], names: NameIndex) {
        let tokens = sentence.tokens
        for index in tokens.indices where tokens[index].lower == "the" && isBareDescription(tokens, index)
            && result.replacements[index] == nil && result.replacements[index + 1] == nil {
            let head = tokens[index + 1].lower
            let phrase = index..<(index + 2)
            // "The stock price of Forest Laboratories, Inc. increased … after the company
            // disclosed …": the one company the sentence, or the one before, names.
            if Lexicon.companyNouns.contains(head), !tokens[index + 1].isPossessive,
               let company = namedCompany(before: index, in: sentence, sentences, names: names) {
                result.replacements[index] = company
                result.replacements[index + 1] = ""
                result.vague.removeAll { $0.overlaps(phrase) }
                result.unresolved.removeAll { $0.overlaps(phrase) }
                continue
            }
            let description: String
            if let fromTitle = titleComplement(of: tokens[index + 1], in: sentences) {
                description = fromTitle
            } else if Lexicon.surveyNouns.contains(head) || Lexicon.surveyOutcomeNouns.contains(head),
                      let survey = namedSurvey(before: sentence, in: sentences),
                      !Lexicon.surveyNouns.contains(head) || survey.hasPrefix("the " + head + " ") {
                // "the findings" after "a study by the World 100 Reputation Network": of that
                // study; "the study": that one ("the poll" may be another).
                description = Lexicon.surveyNouns.contains(head) ? String(survey.dropFirst(4)) : tokens[index + 1].text + " of " + survey
            } else if Lexicon.agreementNouns.contains(head), let agreement = introducedAgreement(before: sentence, in: sentences) {
                // "Trump said the agreement …" after "… have reached a new pact on trade".
                description = agreement
            } else {
                continue
            }
            result.replacements[index + 1] = description
            result.vague.removeAll { $0.overlaps(phrase) }
            result.unresolved.removeAll { $0.overlaps(phrase) }
        }
    }

    /// The one name of a company (a name that is no person, country or capital, and no
    /// company's suffix such as "Inc.") before `index` in the sentence, else in the sentence
    /// just before in its paragraph; nil for none, two, or a capitalised word no name covers.
    private static func namedCompany(before index: Int, in sentence: Sentence, _ sentences: [Sentence], names: NameIndex) -> String? {
        /// The one company among the names before `end`, when every capitalised word there
        /// (but a sentence's first) belongs to a name read: a word no name covers might be
        /// another company.
        func company(in sentence: Sentence, before end: Int) -> String? {
            let tokens = sentence.tokens
            let runs = names.runs(inSentence: sentence.index).filter { $0.tokens.upperBound <= end }
            let covered = Set(runs.flatMap { Array($0.tokens) })
            // (A person named there may be a company misread: then nothing is sure.)
            guard !runs.contains(where: \.isPerson), tokens[..<end].indices.allSatisfy({ position in
                !tokens[position].isWord || !tokens[position].isCapitalized || covered.contains(position)
                    || Lexicon.weekdays.contains(tokens[position].lower) || Lexicon.months.contains(tokens[position].lower)
                    // The sentence's first word, capitalised for that alone ("Shares of …").
                    || position == Phrasing.openerEnd(tokens) && (position + 1 == tokens.count || !tokens[position + 1].isCapitalized)
            }) else { return nil }
            let opener = Phrasing.openerEnd(tokens)
            let found = Set(runs.filter { run in
                // ("Shares of …": a first word, not a name.)
                !(run.name == opener..<(opener + 1) && (opener + 1 == tokens.count || !tokens[opener + 1].isCapitalized))
                    && !run.isPerson && !Lexicon.countries.contains(run.nameText.lowercased()) && !Lexicon.capitals.contains(run.nameText.lowercased())
                    && !Lexicon.companySuffixes.contains(run.nameText.lowercased()) && run.nameText.count > 2
                    && !Lexicon.weekdays.contains(run.nameText.lowercased()) && !Lexicon.months.contains(run.nameText.lowercased())
                    && !ReferenceResolver.isAcronym(tokens[run.name])
            }.map(\.nameText))
            return found.count == 1 ? found.first : nil
        }
        if let here = company(in: sentence, before: index) { return here }
        guard sentence.index > 0, sentences[sentence.index - 1].paragraph == sentence.paragraph,
              !names.runs(inSentence: sentence.index).contains(where: { $0.tokens.upperBound <= index && !$0.isPerson }) else { return nil }
        let previous = sentences[sentence.index - 1]
        return company(in: previous, before: previous.tokens.count)
    }

    /// "the meeting", "the deal": "the" and one lower-case noun, with nothing after it that
    /// says which ("the deal of the century", "the deal Trump made").
    private static func isBareDescription(_ tokens: [Token], _ index: Int) -> Bool {
        guard index + 1 < tokens.count, tokens[index + 1].isWord, !tokens[index + 1].isCapitalized, !tokens[index + 1].isPossessive,
              !Lexicon.functionWords.contains(tokens[index + 1].lower), !VerbForms.auxiliaries.contains(tokens[index + 1].lower)
        else { return false }
        guard index + 2 < tokens.count else { return true }
        let next = tokens[index + 2]
        if !next.isWord { return true }
        if ["of", "that", "which", "who", "whose"].contains(next.lower) { return false }
        return Lexicon.functionWords.contains(next.lower) || VerbForms.auxiliaries.contains(next.lower) || VerbForms.isFiniteVerb(next.lower)
    }

    /// Prepositions whose phrase in a title says which thing its noun is.
    private static let titleComplementPrepositions: Set<String> = ["of", "on", "over"]

    /// "Catalonia" of the title "… in Catalonia's bid for independence", for "independence": a
    /// name in the possessive that the noun follows within four words of the title (the noun
    /// itself no name, no function word, and not the title's first words).
    private static func titleOwner(of noun: Token, in sentences: [Sentence]) -> String? {
        guard let title = sentences.first, title.isHeading, title.paragraph == 0, noun.lower.count > 4,
              !Lexicon.functionWords.contains(noun.lower) else { return nil }
        let words = title.tokens
        guard let at = words.indices.first(where: { words[$0].lower == noun.lower }), at >= 2 else { return nil }
        // The noun heads its phrase ("bid for independence"); a modifier ("lead on asylum
        // seekers") is not what the possessive owns.
        if at + 1 < words.count, words[at + 1].isWord, !Lexicon.functionWords.contains(words[at + 1].lower) { return nil }
        for owner in stride(from: at - 1, through: max(0, at - 4), by: -1)
        where words[owner].isPossessive && words[owner].isCapitalized {
            return words[owner].stem
        }
        return nil
    }

    /// "Article 50" of the title "Article 50 one year on: …", for "one year on": what the title
    /// names just before the same words, from its start or a stop (at most four words).
    private static func titleEvent(before words: [String], in sentences: [Sentence]) -> String? {
        guard let title = sentences.first, title.isHeading, title.paragraph == 0 else { return nil }
        let tokens = title.tokens
        guard let at = tokens.indices.first(where: { start in
            start + words.count <= tokens.count && tokens[start..<(start + words.count)].map(\.lower) == words
        }), at > 0 else { return nil }
        var begin = at
        while begin > 0, at - begin < 4, !tokens[begin - 1].isPunctuation { begin -= 1 }
        guard begin == 0 || tokens[begin - 1].isPunctuation, begin < at, tokens[begin].isCapitalized else { return nil }
        return title.text(tokens[begin].start..<tokens[at - 1].end)
    }

    /// "U.S." for "consumer" when the sentence before, in the same paragraph, says "U.S.
    /// consumers" (a country's name or adjective straight before the plural), and no other
    /// country's.
    private static func countryOfPlural(_ noun: String, before sentence: Sentence, in sentences: [Sentence]) -> String? {
        guard sentence.index > 0, !noun.hasSuffix("s") else { return nil }
        let previous = sentences[sentence.index - 1]
        guard previous.paragraph == sentence.paragraph else { return nil }
        let tokens = previous.tokens
        let places = Set(tokens.indices.compactMap { position -> String? in
            guard position > 0, tokens[position].lower == noun + "s" else { return nil }
            var start = position
            while start > 0, tokens[start - 1].isCapitalized || tokens[start - 1].text == ".", position - start < 3 { start -= 1 }
            guard start < position, tokens[start].isCapitalized else { return nil }
            let name = previous.text(tokens[start].start..<tokens[position - 1].end)
            return Lexicon.saysWhoseCountry(name) ? name : nil
        })
        return places.count == 1 ? places.first : nil
    }

    /// The word written before the head noun at two or more of its earlier mentions ("trade"
    /// of "a steep and persistent trade deficit" and "the significant trade deficit"); a word
    /// said once may be an adjective of that mention ("persistent").
    private static func repeatedModifier(
        of head: String, before sentence: Sentence, in sentences: [Sentence], mentions: WordMentions
    ) -> String? {
        var counts: [String: Int] = [:]
        for earlier in mentions.sentences(with: head, before: sentence.index) {
            let tokens = sentences[earlier].tokens
            for position in tokens.indices where position > 0 && tokens[position].lower == head {
                let modifier = tokens[position - 1]
                guard modifier.isWord, !modifier.isCapitalized, !modifier.isPossessive,
                      !Lexicon.functionWords.contains(modifier.lower), Lexicon.numberWord(modifier.lower) == nil else { continue }
                counts[modifier.lower, default: 0] += 1
            }
        }
        let repeated = counts.filter { $0.value >= 2 }
        return repeated.count == 1 ? repeated.first?.key : nil
    }

    /// An earlier mention of the same head noun with a name in front ("the Trump
    /// administration", "the US Commerce Department", "Russia’s foreign ministry"): the words
    /// that replace "the".
    private static func antecedent(
        ofHead head: String, before sentence: Sentence, in sentences: [Sentence], mentions: WordMentions
    ) -> String? {
        for earlier in mentions.sentences(with: head, before: sentence.index).map({ sentences[$0] }) {
            let tokens = earlier.tokens
            for (position, token) in tokens.enumerated().reversed() where token.lower == head && position > 0 {
                // Walk back over lower-case modifiers to the names in front.
                var start = position
                while start > 0, tokens[start - 1].isWord, !tokens[start - 1].isCapitalized,
                      !Lexicon.functionWords.contains(tokens[start - 1].lower), position - start < 2 {
                    start -= 1
                }
                var nameStart = start
                while nameStart > 0, tokens[nameStart - 1].isCapitalized || tokens[nameStart - 1].text == ".",
                      !Lexicon.functionWords.contains(tokens[nameStart - 1].lower) {
                    nameStart -= 1
                }
                guard nameStart < start, start - nameStart <= 4 else { continue }
                let names = earlier.text(tokens[nameStart].start..<tokens[start - 1].end)
                if tokens[start - 1].isPossessive { return names }
                guard nameStart > 0, tokens[nameStart - 1].lower == "the" else { continue }
                return "the " + names
            }
        }
        return nil
    }
}

/// The gender the text gives a person, from the pronouns that follow the name.
enum PersonGender: Sendable, Equatable {
    case masculine, feminine, neuter, plural

    /// A person's gender is the one of the first he/she/his/her after a sentence in which
    /// the person is the only one named; honorifics decide first.
    static func infer(_ sentences: [Sentence], names: NameIndex) -> [String: PersonGender] {
        var genders: [String: PersonGender] = [:]
        for person in names.people {
            guard let first = person.split(separator: " ").first?.lowercased(), person.contains(" ") else { continue }
            if Lexicon.masculineGivenNames.contains(first) { genders[person] = .masculine }
            if Lexicon.feminineGivenNames.contains(first) { genders[person] = .feminine }
        }
        var lastSole: String?
        for sentence in sentences {
            let runs = names.runs(inSentence: sentence.index)
            for run in runs where run.isPerson {
                let full = names.fullName(run.nameText)
                // A gendered title in the run or just before it ("Ms. Ana Lopez").
                let before = (max(0, run.tokens.lowerBound - 2)..<run.tokens.lowerBound).map { sentence.tokens[$0] }
                let words = run.titles.map { sentence.tokens[$0.lowerBound].lower } + before.map(\.lower)
                for word in words {
                    let gender = Lexicon.genderedTitles[word] ?? Lexicon.genderedTitles[word + "."]
                    if let gender, genders[full] == nil { genders[full] = gender }
                }
            }
            let people = Set(runs.filter(\.isPerson).map { names.fullName($0.nameText) })
            let quoted = Set(QuoteSpans.quotes(sentence.tokens).flatMap { Array($0) })
            // "Even after Theresa May set out … in her speech, Guy Verhofstadt said …": a his/her
            // with one person before it in its sentence is that person's.
            if people.count > 1 {
                for (index, token) in sentence.tokens.enumerated() where !quoted.contains(index) && ["his", "her"].contains(token.lower) {
                    let before = runs.filter { $0.isPerson && $0.tokens.upperBound <= index }
                    if before.count == 1 {
                        let person = names.fullName(before[0].nameText)
                        if genders[person] == nil { genders[person] = Lexicon.personalPronouns[token.lower] }
                    }
                    break
                }
            }
            if let person = people.count == 1 ? people.first : (people.isEmpty ? lastSole : nil), genders[person] == nil {
                let firstPersonRun = runs.first(where: \.isPerson)?.tokens.upperBound ?? 0
                for (index, token) in sentence.tokens.enumerated() where !quoted.contains(index) && (people.isEmpty || index >= firstPersonRun) {
                    if let gender = Lexicon.personalPronouns[token.lower], gender == .masculine || gender == .feminine {
                        genders[person] = gender
                        break
                    }
                }
            }
            lastSole = people.count == 1 ? people.first : (people.isEmpty ? lastSole : nil)
        }
        return genders
    }
}

/// Where each word (lower-cased) is used, outside headings: so that "was this word used
/// before?" and "where?" cost a look-up, not a pass over the article (linear time).
struct WordMentions: Sendable {
    private var indices: [String: [Int]] = [:]
    /// The country the article is about (`ReferenceResolver.leadingCountry`), read once.
    let leadingCountry: String?

    init(_ sentences: [Sentence]) {
        for sentence in sentences where !sentence.isHeading {
            for token in sentence.tokens where token.isWord && indices[token.lower]?.last != sentence.index {
                indices[token.lower, default: []].append(sentence.index)
            }
        }
        leadingCountry = ReferenceResolver.leadingCountry(in: sentences)
    }

    /// The first sentence that uses `word`.
    func first(of word: String) -> Int? { indices[word]?.first }

    /// The sentences before `index` that use `word`, nearest first, at most `reach` of them:
    /// what a description refers back to is near it, and a look as far back as the article
    /// goes would make a long article quadratic.
    func sentences(with word: String, before index: Int) -> [Int] {
        guard let all = indices[word] else { return [] }
        // The sentence indices are in order: the first one at or after `index`, by halving.
        var low = 0
        var high = all.count
        while low < high {
            let middle = (low + high) / 2
            if all[middle] < index { low = middle + 1 } else { high = middle }
        }
        return all[max(0, low - Self.reach)..<low].reversed()
    }

    /// How many earlier mentions of a word are searched for what it refers to.
    static let reach = 40
}
