/// Just enough English verb morphology to turn "Aliyev visited China" into
/// "When did Aliyev visit China?".
enum VerbForms {
    static let auxiliaries: Set<String> = [
        "is", "are", "was", "were", "has", "have", "had", "will", "would", "can", "could", "may",
        "might", "should", "must", "does", "do", "did", "shall",
    ]

    static let irregularPast: [String: String] = [
        "said": "say", "told": "tell", "set": "set", "put": "put", "made": "make", "took": "take",
        "gave": "give", "went": "go", "came": "come", "saw": "see", "sent": "send", "held": "hold",
        "met": "meet", "paid": "pay", "led": "lead", "left": "leave", "lost": "lose", "won": "win",
        "began": "begin", "brought": "bring", "bought": "buy", "built": "build", "caught": "catch",
        "chose": "choose", "cut": "cut", "drew": "draw", "fell": "fall", "felt": "feel",
        "fought": "fight", "found": "find", "got": "get", "grew": "grow", "heard": "hear",
        "hit": "hit", "kept": "keep", "knew": "know", "laid": "lay", "meant": "mean", "ran": "run",
        "rose": "rise", "sold": "sell", "shot": "shoot", "spoke": "speak", "spent": "spend",
        "stood": "stand", "struck": "strike", "taught": "teach", "thought": "think",
        "threw": "throw", "understood": "understand", "wrote": "write", "became": "become",
        "broke": "break", "drove": "drive", "forgot": "forget", "hid": "hide", "let": "let",
        "sought": "seek", "shook": "shake", "spread": "spread", "stole": "steal", "swept": "sweep",
        "tore": "tear", "upheld": "uphold", "withdrew": "withdraw", "withheld": "withhold",
        "beat": "beat", "bore": "bear", "dealt": "deal", "fled": "flee", "flew": "fly",
        "forbade": "forbid", "froze": "freeze", "hurt": "hurt", "lent": "lend", "quit": "quit",
        "shut": "shut", "undertook": "undertake", "overtook": "overtake", "oversaw": "oversee",
"wore": "wear", "swore": "swear", "rode": "ride",
        "ate": "eat", "slept": "sleep", "sat": "sit", "rang": "ring", "sang": "sing",
        "outlined": "outline", "stuck": "stick",
    ]

    static let presentForms: [String: String] = [
        "says": "say", "sees": "see", "insists": "insist", "argues": "argue", "claims": "claim",
        "believes": "believe", "expects": "expect", "wants": "want", "thinks": "think",
        "suggests": "suggest", "warns": "warn", "notes": "note", "adds": "add", "tells": "tell",
        "urges": "urge", "demands": "demand", "plans": "plan", "hopes": "hope", "aims": "aim",
        "seeks": "seek", "needs": "need", "remains": "remain", "offers": "offer",
        "signals": "signal", "welcomes": "welcome", "praises": "praise", "opposes": "oppose",
        "supports": "support", "backs": "back", "rejects": "reject", "fears": "fear",
        "calls": "call", "accuses": "accuse", "denies": "deny", "predicts": "predict",
        "threatens": "threaten", "promises": "promise", "pledges": "pledge", "vows": "vow",
        "maintains": "maintain", "contends": "contend", "acknowledges": "acknowledge",
        "recognises": "recognise", "recognizes": "recognize", "considers": "consider",
        "describes": "describe", "plays": "play", "has": "have", "holds": "hold",
        "includes": "include", "follows": "follow", "shows": "show", "means": "mean",
        "seems": "seem", "gives": "give", "makes": "make", "takes": "take", "comes": "come",
        "goes": "go", "leads": "lead", "sets": "set", "keeps": "keep", "allows": "allow",
        "requires": "require", "provides": "provide", "faces": "face", "uses": "use",
        "covers": "cover", "represents": "represent", "aligns": "align", "cuts": "cut",
        "wins": "win", "loses": "lose", "raises": "raise", "looks": "look", "sounds": "sound", "feels": "feel",
        "acts": "act",
    ]

    /// Base form of a past or present verb, or nil when the word does not look like one.
    static func base(of word: String) -> String? {
        let lower = word.lowercased()
        if let base = irregularPast[lower] ?? presentForms[lower] { return base }
        guard lower.hasSuffix("ed"), lower.count >= 4 else { return nil }
        if lower == "need" || lower == "feed" || lower == "seed" || lower == "speed" || lower == "bed" {
            return nil
        }
        if lower.hasSuffix("ied") { return String(lower.dropLast(3)) + "y" }
        var stem = Array(lower.dropLast(2))
        if ["focus", "bias"].contains(String(stem)) { return String(stem) }
        let vowels: Set<Character> = ["a", "e", "i", "o", "u"]
        let n = stem.count
        if n >= 2, stem[n - 1] == stem[n - 2], !vowels.contains(stem[n - 1]) {
            let doubled = stem[n - 1]
            if stem.count <= 3 {
                // "added", "erred": the doubled letter is the verb's own.
            } else if "bdgmnprt".contains(doubled) {
                stem.removeLast()
            } else if doubled == "l" {
                // "signalled" → "signal", but "called" → "call".
                var groups = 0
                var inVowel = false
                for letter in stem.dropLast(2) {
                    let isVowel = vowels.contains(letter)
                    if isVowel && !inVowel { groups += 1 }
                    inVowel = isVowel
                }
                if groups > 1 { stem.removeLast() }
            }
            return String(stem)
        }
        if needsFinalE(stem) { stem.append("e") }
        return String(stem)
    }

    private static func needsFinalE(_ stem: [Character]) -> Bool {
        let vowels: Set<Character> = ["a", "e", "i", "o", "u"]
        guard let last = stem.last else { return false }
        let n = stem.count
        let before = n >= 2 ? stem[n - 2] : " "
        let beforeBefore = n >= 3 ? stem[n - 3] : " "
        // The "u" of "qu" is a consonant: "requir(ed)", "acquir(ed)".
        let quConsonant = beforeBefore == "u" && n >= 4 && stem[n - 4] == "q"
        let singleVowel = vowels.contains(before) && (!vowels.contains(beforeBefore) || quConsonant)
        switch last {
        case "c", "v", "z", "u":
            return true
        case "g":
            return "rldn".contains(before) && !(before == "n" && beforeBefore == "o")
        case "s":
            return vowels.contains(before) || "nrlp".contains(before)
        case "r":
            return singleVowel && before != "e"
        case "t":
            return singleVowel && (before == "a" || before == "o" || before == "u") && n > 3
        case "d", "b", "k", "m":
            return singleVowel && before != "e" && n > 2
        case "l":
            return singleVowel && (before == "u" || before == "i" || before == "o") && n > 2
        case "n":
            return singleVowel && before == "i"
        case "p":
            return singleVowel && before == "a"
        default:
            return false
        }
    }

    /// Looks like a finite past or present verb.
    /// The base form of a simple past: "joined" → "join", "grabbed" → "grab", "took" → "take".
    static func pastBase(_ lower: String) -> String? {
        if let base = irregularPast[lower] { return base }
        return lower.hasSuffix("ed") && lower.count >= 5 ? base(of: lower) : nil
    }

    /// The simple past of a base form: "say" → "said", "argue" → "argued", "add" → "added".
    static func past(ofBase base: String) -> String {
        if let irregular = pastOfBase[base] { return irregular }
        if base.hasSuffix("e") { return base + "d" }
        if base.hasSuffix("y"), let before = base.dropLast().last, !"aeiou".contains(before) { return base.dropLast() + "ied" }
        return base + "ed"
    }

    private static let pastOfBase: [String: String] = Dictionary(
        irregularPast.map { ($0.value, $0.key) }, uniquingKeysWith: { first, second in min(first, second) })

    static func isFiniteVerb(_ lower: String) -> Bool {
        // "long-anticipated", "state-sponsored", "US-led": a compound before its noun is an
        // adjective; a verb's own prefix ("re-elected", "co-operated") keeps it a verb.
        if let dash = lower.lastIndex(of: "-") {
            guard hyphenPrefixes.contains(String(lower[..<dash])) else { return false }
        }
        return irregularPast[lower] != nil || presentForms[lower] != nil
            || (lower.hasSuffix("ed") && lower.count >= 5 && base(of: lower) != nil)
    }

    /// Prefixes a verb is written with before a hyphen.
    static let hyphenPrefixes: Set<String> = ["re", "co", "pre", "de", "un", "non", "over", "under", "out", "mis", "dis", "self"]
}

extension VerbForms {
    /// Words after a present-tense "-s" verb: an object's determiner or a complement.
    private static let objectStarts: Set<String> = [
        "a", "an", "the", "its", "his", "her", "their", "that", "to", "another", "more", "no",
        "up", "out", "new", "some", "many", "much", "itself", "himself", "herself", "themselves",
    ]

    /// A word in "-s" between a noun and the start of an object or a gerund ("signals a",
    /// "brings the", "advocates attacking"): a present-tense verb, not a plural noun.
    /// With `afterQuestionWord`, the word stands right after "Who"/"Which" that is its subject.
    static func isThirdPersonPresent(_ tokens: [Token], _ index: Int, afterQuestionWord: Bool = false) -> Bool {
        let lower = tokens[index].lower
        guard tokens[index].isWord, !tokens[index].isCapitalized, lower.hasSuffix("s"), lower.count >= 4,
              !["ss", "us", "is", "ics", "ous", "’s", "'s"].contains(where: lower.hasSuffix),
              afterQuestionWord || (index > 0 && tokens[index - 1].isWord
                  // "He continues to …": a singular pronoun is a subject too.
                  && (!Lexicon.functionWords.contains(tokens[index - 1].lower) || ["he", "she", "it"].contains(tokens[index - 1].lower))
                  // "six countries an …": a counted noun, not a verb.
                  && Lexicon.numberWord(tokens[index - 1].lower) == nil),
              index + 1 < tokens.count else { return false }
        let next = tokens[index + 1].lower
        return objectStarts.contains(next) || (next.hasSuffix("ing") && next.count > 5)
    }

    /// "-ing" form of a base: "impose" → "imposing", "cite" → "citing", "see" → "seeing", "die"
    /// → "dying", "say" → "saying". Nil where the last consonant may double ("stop", "admit"),
    /// which the spelling alone does not decide.
    static func gerund(of base: String) -> String? {
        let letters = Array(base)
        guard letters.count >= 2 else { return nil }
        if base.hasSuffix("ie") { return String(base.dropLast(2)) + "ying" }
        if base.hasSuffix("ee") || base.hasSuffix("ye") || base.hasSuffix("oe") { return base + "ing" }
        if base.hasSuffix("e") { return String(base.dropLast()) + "ing" }
        let vowels: Set<Character> = ["a", "e", "i", "o", "u"]
        let last = letters[letters.count - 1], middle = letters[letters.count - 2]
        let third = letters.count >= 3 ? letters[letters.count - 3] : "a"
        // consonant–vowel–consonant at the end (not w, x, y): doubling depends on stress.
        if !vowels.contains(last), !"wxy".contains(last), vowels.contains(middle), !vowels.contains(third) { return nil }
        return base + "ing"
    }

    /// Base form of a present-tense "-s" verb: "advocates" → "advocate", "pushes" → "push",
    /// "carries" → "carry".
    static func baseOfPresent(_ word: String) -> String {
        let lower = word.lowercased()
        if let base = presentForms[lower] { return base }
        if lower.hasSuffix("ies"), lower.count > 4 { return String(lower.dropLast(3)) + "y" }
        if ["ches", "shes", "sses", "xes", "zes", "oes"].contains(where: lower.hasSuffix) { return String(lower.dropLast(2)) }
        return String(lower.dropLast())
    }

    /// Whether the tokens hold a finite verb: an auxiliary, a past form, a known present form,
    /// or a word in "-s" between a noun and the start of an object ("signals a", "brings the").
    /// A line without one is a caption, a label or a heading.
    /// "doesn't", "won’t", "can't", "isn’t": an auxiliary and its "not" in one word.
    static func isNegatedAuxiliary(_ lower: String) -> Bool {
        for ending in ["n’t", "n't"] where lower.hasSuffix(ending) {
            let stem = String(lower.dropLast(ending.count))
            return auxiliaries.contains(stem) || ["wo", "ca", "sha"].contains(stem)
        }
        return false
    }

    static func hasFiniteVerb(_ tokens: [Token]) -> Bool {
        for (index, token) in tokens.enumerated() where token.isWord && (!token.isCapitalized || index == 0) {
            let lower = token.lower
            if auxiliaries.contains(lower) || isFiniteVerb(lower) || isNegatedAuxiliary(lower) { return true }
            if ["’s", "'s", "’re", "'re", "’ve", "'ve", "’ll", "'ll", "’d", "'d", "n’t", "n't"].contains(where: lower.hasSuffix),
               ["it", "he", "she", "they", "we", "i", "you", "that", "there", "what", "who", "here"].contains(where: { lower.hasPrefix($0) }) {
                return true
            }
            // "Ambassadors work in …": a plain form after a plural subject, before its complement.
            if index > 0, index + 1 < tokens.count, !lower.hasSuffix("ing"), !lower.hasSuffix("ly"), !Lexicon.functionWords.contains(lower),
               tokens[index - 1].isWord, tokens[index - 1].lower.hasSuffix("s"), !tokens[index - 1].lower.hasSuffix("ss"),
               !Lexicon.functionWords.contains(tokens[index - 1].lower),
               Lexicon.prepositions.contains(tokens[index + 1].lower) || objectStarts.contains(tokens[index + 1].lower)
                // "researchers publish one or more papers": a count opens the object too.
                || tokens[index + 1].kind == .number || Lexicon.numberWord(tokens[index + 1].lower) != nil {
                return true
            }
            // "… people in Lebanon approve of …": a verb of opinion in its plain form.
            if index > 0, index + 1 < tokens.count, Lexicon.opinionVerbs.contains(lower),
               Lexicon.prepositions.contains(tokens[index + 1].lower) || objectStarts.contains(tokens[index + 1].lower) {
                return true
            }
            if isThirdPersonPresent(tokens, index) { return true }
        }
        return false
    }

    /// Plural verb forms and the singular a "Who" question takes ("EU leaders are calling" →
    /// "Who is calling").
    static let singularAfterWho: [String: String] = ["are": "is", "were": "was", "have": "has", "do": "does"]

    /// Verbs after which "it" may stand for nothing ("it is clear that", "it seems that").
    static let expletiveVerbs: Set<String> = ["is", "was", "will", "would", "seems", "seemed", "appears", "appeared", "remains"]
}
