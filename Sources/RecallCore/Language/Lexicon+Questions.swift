/// Words the question gate reads.
extension Lexicon {
    static let questionWords: Set<String> = ["who", "whom", "whose", "what", "which", "when", "where", "why", "how"]

    /// Multi-word openers that tie a sentence to the one before ("In fact, …").
    static let discourseOpenerPhrases: [String] = [
        "in fact", "after all", "in particular", "this means", "that means", "of course",
        "in other words", "for example", "for instance", "to give one example", "on the other hand",
        "on the one hand", "as a result", "in addition", "in short", "in turn", "at the same time",
        "by contrast", "in contrast", "above all", "what is more", "what’s more", "even so",
        "in any case", "that said", "having said that", "all in all", "to be sure", "in the end",
        "put simply", "in sum", "as such", "to that end", "with that", "not only", "in all of this",
        "in all this", "for all that", "to be more precise", "to be precise", "in the same way", "in total",
        "at the time", "for one thing", "first up", "as an illustration", "as an example", "by way of example",
    ]

    /// Participles of a charge with the preposition that brings the charge in ("charged with
    /// rebellion", "accused of spying").
    static let chargeParticiples: [String: String] = [
        "charged": "with", "accused": "of", "convicted": "of", "indicted": "for", "suspected": "of",
    ]

    /// Forms of "be" that make a clause finite.
    static let finiteBeForms: Set<String> = ["is", "are", "was", "were", "am"]

    /// Words that open a clause inside a sentence whose subject and verb follow ("…, where he
    /// and his colleagues are charged with …").
    static let clauseIntroducers: Set<String> = ["where", "after", "because", "since", "although", "while"]

    /// Prepositions that say where a change went ("shifted to", "moved into").
    static let directionPrepositions: Set<String> = ["to", "towards", "toward", "into", "onto"]

    /// Determiners that count none ("not one country has …").
    static let noneDeterminers: [[String]] = [["not", "one"], ["not", "a", "single"]]

    /// Plurals that no ending makes ("foot" → "feet"), and units written the same ("km").
    static let irregularPlurals: [String: String] = ["foot": "feet", "man": "men", "woman": "women", "person": "people", "km": "km"]

    /// The plural of a count noun or unit: "country" → "countries", "tax" → "taxes", "state" →
    /// "states", "foot" → "feet".
    static func plural(_ noun: String) -> String {
        if let irregular = irregularPlurals[noun] { return irregular }
        if noun.hasSuffix("y"), let before = noun.dropLast().last, !"aeiou".contains(before) { return noun.dropLast() + "ies" }
        if ["s", "x", "ch", "sh", "z"].contains(where: noun.hasSuffix) { return noun + "es" }
        return noun + "s"
    }

    /// Adjectives after "was" that tell a part someone played ("was instrumental in …").
    static let agencyAdjectives: Set<String> = ["instrumental", "pivotal"]

    /// Adjectives a sentence may put before its verb and subject: "Particularly vulnerable to
    /// Chinese retaliation are the pork and soybean industries".
    static let predicateAdjectives: Set<String> = [
        "vulnerable", "exposed", "important", "notable", "crucial", "central", "prominent", "absent",
        "missing", "conspicuous", "significant", "striking", "affected",
    ]

    /// Modals that say what may happen, not what did.
    static let possibilityModals: Set<String> = ["might", "may", "could"]

    /// Offices of a head of state or government, whose best-known holders' titles are no
    /// fact worth asking.
    static let headOfStateTitles: Set<String> = [
        "president", "prime minister", "premier", "chancellor", "king", "queen", "emperor",
        "monarch", "pm", "presidency", "premiership",
    ]

    /// `discourseOpenerPhrases`, each split into its words once.
    static let discourseOpenerPhraseWords: [[String]] = discourseOpenerPhrases.map { $0.split(separator: " ").map(String.init) }

    /// Words that make a title say more than the office: "former", "deposed".
    static let formerness: Set<String> = [
        "former", "deposed", "ousted", "late", "acting", "interim", "then", "exiled", "elected", "designate",
    ]

    /// Words that credit a photograph: a line holding one is a caption.
    static let photoCredits: [String] = [
        "ap photo", "wikimedia", "reuters", "getty images", "shutterstock", "afp", "epa", "photo:",
        "image:", "credit:", "flickr", "alamy", "(photo", "photograph:",
    ]

    /// Verbs of saying that need what was said.
    static let sayingVerbs: Set<String> = ["tell", "say", "assure", "warn", "inform", "promise"]

    /// Comparatives that, after "much"/"far", compare with something named elsewhere.
    static let comparatives: Set<String> = [
        "higher", "lower", "larger", "smaller", "bigger", "greater", "more", "less", "fewer", "better", "worse",
    ]

    /// Verbs only people do, so a bare share before them ("85% think …") is a share of people.
    static let opinionVerbs: Set<String> = [
        "think", "believe", "say", "feel", "approve", "disapprove", "support", "oppose", "want", "agree",
        "disagree", "trust", "distrust", "expect", "worry", "fear", "favour", "favor", "prefer", "consider",
        "reject", "back", "doubt", "hope", "vote",
    ]
    /// Adjectives of a person's attitude: "are not satisfied with", "were confident that".
    static let attitudeAdjectives: Set<String> = [
        "satisfied", "dissatisfied", "unsatisfied", "happy", "unhappy", "content", "concerned", "worried",
        "confident", "optimistic", "pessimistic", "opposed", "afraid", "hopeful", "convinced", "sure", "unsure",
    ]

    /// Superlatives and ordinals that measure against a point in time: "the greatest crisis
    /// since …", "the first time since …".
    static let superlatives: Set<String> = [
        "greatest", "biggest", "largest", "highest", "lowest", "strongest", "weakest", "deepest", "worst",
        "best", "first", "longest", "fastest", "slowest", "heaviest", "sharpest", "steepest", "smallest",
        "most", "least", "oldest", "widest", "hottest", "coldest", "warmest", "driest", "wettest",
    ]

    /// Prepositions that open a phrase of their own between a verb and what a question asks: "the
    /// crisis since the death of Franco in 1975" dates the death, not the crisis.
    static let nestingPrepositions: Set<String> = [
        "since", "after", "before", "than", "from", "following", "until", "between", "during",
    ]

    /// Words that deny: a who-question on a denial fits many people.
    /// Words that open a subordinate clause: "though", "because", "if".
    static let subordinators: Set<String> = [
        "though", "although", "while", "whereas", "if", "unless", "because", "since", "when", "once", "after", "before",
    ]

    static let negations: Set<String> = ["not", "n’t", "n't", "never"]
}
