/// The shorter forms of a person's name that count as the name.
///
/// Conservative on purpose:
/// - A leading title goes: "President Ilham Aliyev" accepts "Ilham Aliyev", and "Azerbaijan
///   leader Ilham Aliyev" does too. A typed title is ignored as well ("President Aliyev").
/// - The surname alone ("Aliyev") counts only when the answer is a multi-word proper name
///   that looks like a person's: every word capitalised (particles such as "van" aside), no
///   small words ("Belt and Road Initiative"), no word that names a place or an institution
///   ("European Union", "White House", "Azerbaijan Airlines"), and no regnal number
///   ("Aram I"). After a title, capitalised words are taken as a name whatever they are.
/// - Middle initials may be left out ("Donald J. Trump" accepts "Donald Trump").
/// - The first name alone never counts, and the order of the words is not swapped.
///   Names written surname first ("Xi Jinping") are taken as the last word all the same.
struct NameForms: Sendable, Equatable {
    /// Folded word lists that count as the name: the name without its title, then the
    /// surname (with its particle, if any) when the surname alone counts.
    var forms: [[String]]

    init?(_ tokens: [AnswerToken]) {
        let groups = Self.groups(tokens)
        guard !groups.isEmpty, groups.count <= 8 else { return nil }
        let titleLength = Self.titleLength(groups.map { $0.map(\.text) })
        let name = Array(groups.dropFirst(titleLength))
        guard !name.isEmpty, name.count <= 4,
              name.allSatisfy({ group in group.allSatisfy { $0.kind == .word } })
        else { return nil }
        let words = name.map { $0.map(\.text) }
        let hasTitle = titleLength > 0
        let flat = words.flatMap { $0 }
        let isCapitalisedName = !flat.contains(where: QuantityVocabulary.stopWords.contains)
            && name.enumerated().allSatisfy { index, group in
                group[0].isCapitalised || (index > 0 && index < name.count - 1 && Self.particles.contains(group[0].text))
            }
        let looksLikePerson = isCapitalisedName && !flat.contains(where: Self.placeOrInstitution.contains)
        guard isCapitalisedName, hasTitle || (looksLikePerson && name.count >= 2) else { return nil }
        var forms: [[String]] = []
        forms.append(flat)
        // Middle initials may be left out: "Donald J. Trump" accepts "Donald Trump".
        let withoutInitials = words.enumerated().filter { index, word in
            index == 0 || index == words.count - 1 || word.count != 1 || word[0].count != 1
        }.flatMap(\.element)
        if withoutInitials.count < flat.count { forms.append(withoutInitials) }
        if looksLikePerson, name.count >= 2, let last = words.last, !Self.isRomanNumeral(last) {
            forms.append(last)
            let before = words[words.count - 2]
            if before.count == 1, Self.particles.contains(before[0]) { forms.append(before + last) }
        }
        self.forms = forms
    }

    /// The fuller forms that `text` (the card's source sentence or explanation) gives of the
    /// name `answer`: for "Trump" in "US President Donald Trump met…", “donald trump”. Each is
    /// the capitalised words (initials and particles included) right before a mention of the
    /// answer's words, without a title. Only for an answer that is one to four capitalised words.
    static func fullerForms(of answer: [AnswerToken], in text: String) -> [[String]] {
        let name = answer.filter { !$0.isSymbol(".") }
        guard (1...4).contains(name.count), name.allSatisfy({ $0.kind == .word && $0.isCapitalised }) else { return [] }
        let words = name.map(\.text)
        let tokens = AnswerLexer.tokens(text).filter { !$0.isSymbol(".") }
        var forms: [[String]] = []
        for end in tokens.indices where end >= words.count - 1 {
            let mention = tokens[(end - words.count + 1)...end]
            guard mention.allSatisfy(\.isCapitalised), mention.map(\.text) == words else { continue }
            var start = end - words.count + 1
            while start > 0, tokens[start - 1].kind == .word,
                  tokens[start - 1].isCapitalised || particles.contains(tokens[start - 1].text) {
                start -= 1
            }
            let fuller = strippingTitle(tokens[start...end].map(\.text))
            if fuller.count > words.count, !forms.contains(fuller) { forms.append(fuller) }
        }
        return forms
    }

    /// Typed words without a leading title, for comparing with `forms`.
    static func strippingTitle(_ words: [String]) -> [String] {
        let length = titleLength(words.map { [$0] })
        return Array(words.dropFirst(length))
    }

    /// Words joined by hyphens without spaces form one group: "Lloyd-Webber".
    private static func groups(_ tokens: [AnswerToken]) -> [[AnswerToken]] {
        var groups: [[AnswerToken]] = []
        var joinNext = false
        for token in tokens {
            if token.isSymbol("-"), !token.spaceBefore {
                joinNext = true
                continue
            }
            if token.isSymbol(".") { continue }  // initials: "J. R. R. Tolkien"
            if joinNext, !token.spaceBefore, !groups.isEmpty {
                groups[groups.count - 1].append(token)
            } else {
                groups.append([token])
            }
            joinNext = false
        }
        if let first = groups.first, first.count == 1, AnswerNormalizer.articles.contains(first[0].text) {
            groups.removeFirst()
        }
        return groups
    }

    /// How many leading groups are a title, with what qualifies it ("Azerbaijan leader",
    /// "Prime Minister", "US President"): up to the last title word among the first four,
    /// as long as something is left after it.
    private static func titleLength(_ groups: [[String]]) -> Int {
        var length = 0
        for index in groups.indices.prefix(4) where index < groups.count - 1 {
            if groups[index].count == 1, titles.contains(groups[index][0]) { length = index + 1 }
        }
        return length
    }

    private static func isRomanNumeral(_ word: [String]) -> Bool {
        word.count == 1 && !word[0].isEmpty && word[0].allSatisfy { "ivxlcdm".contains($0) } && word[0].count <= 5
    }

    static let titles: Set<String> = [
        "president", "leader", "minister", "chancellor", "premier", "king", "queen", "prince",
        "princess", "emperor", "empress", "tsar", "czar", "sultan", "emir", "sheikh", "shah",
        "pope", "patriarch", "catholicos", "archbishop", "bishop", "cardinal", "ayatollah",
        "imam", "rabbi", "reverend", "rev", "father", "saint", "st", "sir", "dame", "lord", "lady",
        "baron", "baroness", "duke", "duchess", "count", "countess", "dr", "doctor", "prof",
        "professor", "mr", "mrs", "ms", "miss", "mx", "general", "gen", "colonel", "col", "major",
        "captain", "capt", "lieutenant", "lt", "sergeant", "sgt", "admiral", "adm", "commander",
        "marshal", "senator", "sen", "governor", "gov", "mayor", "ambassador", "secretary",
        "judge", "justice", "chairman", "chairwoman", "chair", "speaker", "representative", "rep",
        "congressman", "congresswoman", "ceo", "founder", "director", "spokesman",
        "spokeswoman", "spokesperson", "envoy", "dictator", "ruler", "monarch", "administrator",
        "commissioner", "adviser", "advisor",
    ]

    static let particles: Set<String> = [
        "van", "von", "de", "da", "di", "del", "della", "der", "den", "du", "la", "le", "bin",
        "bint", "ibn", "al", "el", "ben", "ter", "ten", "zu", "dos", "das", "y",
    ]

    /// Words that make a capitalised phrase a place or an institution, not a person.
    static let placeOrInstitution: Set<String> = [
        "union", "house", "leader", "council", "party", "republic", "kingdom", "states", "nations",
        "organization", "organisation", "agency", "department", "ministry", "forum", "initiative",
        "corridor", "bank", "fund", "church", "airlines", "airways", "court", "assembly",
        "parliament", "congress", "senate", "act", "treaty", "war", "sea", "ocean", "river", "lake",
        "mountains", "mountain", "island", "islands", "city", "county", "province", "region",
        "state", "university", "college", "school", "institute", "foundation", "company",
        "corporation", "inc", "ltd", "group", "road", "street", "avenue", "square", "bridge",
        "airport", "station", "army", "navy", "force", "forces", "command", "committee",
        "commission", "administration", "government", "office", "service", "mission", "program",
        "programme", "project", "agreement", "deal", "pact", "summit", "order", "world", "times",
        "post", "news", "journal", "museum", "gallery", "hospital", "center", "centre", "park",
        "valley", "desert", "gulf", "bay", "strait", "canal", "peninsula", "basin", "caucasus",
        "asia", "europe", "america", "africa", "east", "west", "north", "south", "new", "united",
        "european", "national", "international", "supreme", "white", "red", "holy", "great",
        "royal", "federal", "central", "republican", "democratic", "district", "territory",
        "coast", "desk", "network", "council", "federation", "alliance", "league", "cup",
    ]
}
