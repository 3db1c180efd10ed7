/// Word lists the rules share. English only.
enum Lexicon {
    static let months: [String] = [
        "january", "february", "march", "april", "may", "june", "july", "august", "september",
        "october", "november", "december",
    ]
    static let monthAbbreviations: [String: Int] = [
        "jan": 0, "jan.": 0, "feb": 1, "feb.": 1, "mar.": 2, "apr": 3, "apr.": 3, "jun.": 5,
        "jul.": 6, "aug": 7, "aug.": 7, "sep.": 8, "sept": 8, "sept.": 8, "oct": 9, "oct.": 9,
        "nov": 10, "nov.": 10, "dec": 11, "dec.": 11,
    ]

    /// Month number (0-based) of a month name or abbreviation written with a capital.
    static func month(_ token: Token) -> Int? {
        guard token.isCapitalized, token.lower.utf8.count >= 3, token.lower.utf8.count <= 9 else { return nil }
        if let index = months.firstIndex(of: token.lower) { return index }
        return monthAbbreviations[token.lower]
    }

    static let units: [String: Int] = [
        "zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
        "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13,
        "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18,
        "nineteen": 19, "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60,
        "seventy": 70, "eighty": 80, "ninety": 90, "hundred": 100, "a dozen": 12, "dozen": 12,
    ]

    static let unitNames: [Int: String] = {
        var names: [Int: String] = [:]
        for (name, value) in units where !name.contains("dozen") && name != "hundred" {
            names[value] = name
        }
        return names
    }()

    /// "two" → 2, "twenty-three" → 23; nil for anything else.
    static func numberWord(_ lower: String) -> Int? {
        if let value = units[lower] { return value }
        guard lower.utf8.contains(UInt8(ascii: "-")) else { return nil }
        let parts = lower.split(separator: "-")
        if parts.count == 2, let tens = units[String(parts[0])], tens >= 20, tens % 10 == 0,
           let one = units[String(parts[1])], one < 10 {
            return tens + one
        }
        return nil
    }

    /// Spelled-out form of 0…99.
    static func spell(_ value: Int) -> String? {
        if let name = unitNames[value] { return name }
        guard value > 20, value < 100, let tens = unitNames[value / 10 * 10],
              let one = unitNames[value % 10] else { return nil }
        return tens + "-" + one
    }

    static let ordinals: [String: Int] = [
        "first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7,
        "eighth": 8, "ninth": 9, "tenth": 10,
    ]
    static let ordinalNames: [String] = [
        "", "first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth",
        "tenth", "eleventh",
    ]

    static let fractions: [String: String] = [
        "half": "1/2", "one-half": "1/2", "one-third": "1/3", "two-thirds": "2/3",
        "one-quarter": "1/4", "one-fourth": "1/4", "three-quarters": "3/4",
        "three-fourths": "3/4", "a third": "1/3", "a quarter": "1/4", "one-fifth": "1/5",
        "one third": "1/3", "two thirds": "2/3", "one quarter": "1/4", "three quarters": "3/4",
        "a fifth": "1/5", "one fifth": "1/5", "two-fifths": "2/5", "two fifths": "2/5", "three-fifths": "3/5",
        "three fifths": "3/5", "four-fifths": "4/5", "four fifths": "4/5", "a tenth": "1/10", "one-tenth": "1/10",
        "one tenth": "1/10",
    ]

    static let scales: [String: String] = [
        "thousand": "thousand", "million": "million", "billion": "billion", "trillion": "trillion",
        "bn": "billion", "m": "million", "mn": "million", "k": "thousand", "tn": "trillion",
    ]

    /// Words that are not the noun counted after a number.
    static let notCountNouns: Set<String> = [
        "of", "and", "or", "to", "in", "on", "at", "by", "for", "from", "the", "a", "an", "per",
        "percent", "than", "with", "as", "is", "are", "was", "were", "has", "have", "had", "that",
        "which", "who", "will", "would", "more", "less", "fewer", "times", "out", "up", "down",
        "into", "over", "under", "between", "during", "after", "before", "since", "its", "it",
        "this", "these", "those", "their", "his", "her", "be", "been", "being", "not", "but",
        "so", "if", "when", "while", "about", "key", "related", "main", "such", "other",
    ]

    /// Adjectives and words that are not a noun at the end of a counted phrase.
    static let adjectiveEndings = ["ive", "ous", "ful", "able", "ible", "ical"]

    /// Capitalised words that start a sentence and are no names.
    static let capitalFunctionWords: Set<String> = [
        "the", "a", "an", "this", "that", "these", "those", "it", "he", "she", "they", "we", "i",
        "in", "on", "at", "by", "for", "from", "with", "as", "and", "but", "or", "so", "yet",
        "if", "when", "while", "after", "before", "during", "since", "not", "no", "some", "any",
        "all", "both", "each", "every", "many", "much", "more", "most", "other", "such", "only",
        "also", "however", "meanwhile", "alternatively", "historically", "certainly", "already",
        "still", "now", "then", "there", "here", "what", "why", "how", "who", "which", "where",
        "its", "his", "her", "their", "our", "my", "your", "one", "two", "three", "neither",
        "nor", "either", "although", "though", "because", "until", "unless", "whether", "whereas",
        "whilst", "wherever", "whenever", "once", "lest",
        "without", "within", "under", "over", "about", "against", "between", "among", "into",
        "through", "across", "despite", "instead", "indeed", "moreover", "furthermore", "thus",
        "therefore", "hence", "remember", "identifying", "expelling", "posting", "cutting",
        "alarmed", "weakened", "state", "deals", "bilateral", "opportunities", "just",
        "even", "today", "yesterday", "tomorrow", "last", "next", "first", "second", "third",
        "let", "let’s", "let's", "do", "does", "did", "is", "are", "was", "were",
        "can", "could", "would", "should", "must", "might", "shall", "has", "have", "had",
    ]

    /// The articles, "the", "a" and "an".
    static let articles: Set<String> = ["the", "a", "an"]

    /// Last words of the names of bodies that act: "the European Council", "the State Department".
    static let actingBodies: Set<String> = [
        "union", "department", "council", "agency", "committee", "administration", "government", "ministry",
        "army", "navy", "party", "bank", "fund", "court", "commission", "authority", "board", "federation",
        "association", "alliance", "congress", "senate", "parliament", "assembly", "organization", "organisation",
        "office", "command", "service", "corporation", "company",
    ]

    /// Words that make a capitalised run an organisation or a place, not a person (with the
    /// countries of the world, `countries`).
    static let institutionWords: Set<String> = [
        "house", "union", "department", "airlines", "airways", "command", "initiative", "council",
        "agency", "forum", "committee", "administration", "government", "ministry", "army", "navy",
        "party", "sea", "ocean", "street", "city", "republic", "kingdom", "bank", "fund", "court",
        "church", "university", "institute", "organization", "organisation", "service", "services",
        "directorate", "affairs", "office", "congress", "senate", "parliament", "assembly", "group",
        "company", "corporation", "inc", "ltd", "news", "times", "post", "airport", "island",
        "islands", "mountains", "river", "gulf", "east", "west", "north", "south", "central",
        "pacific", "atlantic", "asia", "europe", "africa", "america", "war", "order", "conduct",
        "world", "nations", "security", "force", "forces", "intelligence", "operations", "armed",
        "special", "foreign", "state", "national", "international", "association", "federation",
        "commission", "authority", "board", "center", "centre", "school", "college", "hospital",
        "museum", "press", "media", "network", "television", "radio", "journal", "magazine",
        "review", "the", "and", "of", "minister", "ministers", "secretary", "president", "middle",
        "white", "nato", "un", "eu", "soviet", "united", "european", "islamic", "ngo", "corp.",
        "corp", "inc.", "ltd.", "plc", "llc", "holdings", "co.", "partners", "capital", "motors",
        "technologies", "systems", "research", "science", "sciences", "studies", "economics", "analysis", "laboratories",
        "laboratory", "labs", "pharma", "pharmaceuticals", "communications", "networks", "industries",
        "northern", "southern", "eastern", "western", "watch", "rights", "province", "region", "territory", "st.", "saint", "team",
    ]
    /// Titles and offices that can stand before a name.
    static let titleHeads: Set<String> = [
        "president", "prime", "minister", "secretary", "senator", "sen.", "rep.",
        "representative", "governor", "gov.", "general", "gen.", "colonel", "col.", "admiral",
        "adm.", "chancellor", "king", "queen", "prince", "princess", "pope", "judge", "justice",
        "mayor", "ambassador", "commander", "chief", "director", "chairman", "chairwoman",
        "chair", "ceo", "speaker", "leader", "catholicos", "patriarch", "archbishop", "sheikh",
        "emir", "dr.", "professor", "prof.", "lt.", "lieutenant", "major", "maj.", "captain",
        "capt.", "sergeant", "sgt.", "premier", "envoy", "spokesman", "spokeswoman",
        "spokesperson", "deputy", "vice", "attorney", "treasurer", "commissioner", "marshal",
        "founder", "editor", "head", "cardinal", "rabbi", "imam", "ayatollah",
        "mr.", "mrs.", "ms.", "lord", "lady", "sir", "dame", "inspector", "officer",
    ]
    /// Title words that end a title ("Foreign Minister", "Special Operations Commander").
    static let titleEnds: Set<String> = [
        "president", "minister", "secretary", "senator", "sen.", "rep.", "representative",
        "governor", "gov.", "general", "gen.", "colonel", "col.", "admiral", "adm.",
        "chancellor", "king", "queen", "prince", "princess", "pope", "judge", "justice", "mayor",
        "ambassador", "commander", "chief", "director", "chairman", "chairwoman", "ceo",
        "speaker", "leader", "catholicos", "patriarch", "archbishop", "sheikh", "emir",
        "professor", "prof.", "lieutenant", "major", "maj.", "captain", "capt.", "sergeant",
        "sgt.", "premier", "envoy", "spokesman", "spokeswoman", "spokesperson", "attorney",
        "treasurer", "commissioner", "marshal", "founder", "editor", "cardinal", "rabbi", "imam",
        "ayatollah", "dr.", "lt.", "lord", "lady", "sir", "dame", "inspector",
    ]
    /// Title words that name a military rank rather than a post ("General", "Col.").
    static let militaryRanks: Set<String> = [
        "general", "gen.", "colonel", "col.", "admiral", "adm.", "lieutenant", "lt.", "major", "maj.",
        "captain", "capt.", "sergeant", "sgt.", "marshal",
    ]
    /// Lower-case parts of people's names: "al-Sisi", "bin Salman", "van Gogh", "de Gaulle".
    static let nameParticles: Set<String> = [
        "al", "el", "ad", "as", "bin", "ibn", "van", "von", "de", "da", "di", "del", "der", "du", "la", "le",
    ]
    /// Honorifics: "Mr. Smith" is no position worth asking about.
    static let honorifics: Set<String> = ["mr.", "mrs.", "ms.", "dr.", "sir", "dame", "lord", "lady"]

    /// Nouns for a relationship between two people.
    static let relations: Set<String> = [
        "wife", "husband", "son", "daughter", "father", "mother", "brother", "sister",
        "predecessor", "successor", "spouse", "partner", "deputy", "grandson", "granddaughter",
        "nephew", "niece", "uncle", "aunt", "cousin", "stepson", "stepdaughter", "son-in-law",
        "daughter-in-law", "fiancée", "fiancee", "widow", "boss", "mentor", "protégé",
    ]

    /// Head nouns of a role described after a name ("a leader of the Armenian church").
    static let roleNouns: Set<String> = [
        "leader", "minister", "secretary", "chief", "commander", "president", "director", "head",
        "spokesman", "spokeswoman", "spokesperson", "ambassador", "colonel", "general",
        "official", "member", "founder", "chairman", "chairwoman", "chair", "editor",
        "professor", "analyst", "adviser", "advisor", "envoy", "diplomat", "governor", "mayor",
        "senator", "lawmaker", "judge", "officer", "executive", "ceo", "economist", "scholar",
        "researcher", "lecturer", "author", "journalist", "correspondent", "owner", "manager",
        "premier", "king", "queen", "prince", "monarch", "captain", "lieutenant", "admiral",
        "candidate", "nominee", "representative", "deputy", "attorney", "prosecutor", "cleric",
        "bishop", "archbishop", "patriarch", "catholicos", "pope", "imam", "rabbi", "priest",
        "activist", "campaigner", "negotiator", "mediator", "spy", "agent", "soldier",
        "physician", "doctor", "scientist", "historian", "strategist", "banker", "investor",
        "billionaire", "businessman", "businesswoman", "entrepreneur", "coach", "player",
        "presenter", "host", "employee", "staffer", "aide", "secretary-general", "then-commander",
        "then-president", "then-secretary", "then-minister", "then-leader", "then-chief",
        "chancellor", "commissioner", "inspector", "marshal", "sergeant", "major", "speaker",
        "councillor", "councilor", "governor-general", "chairperson", "principal", "dean",
    ]

    /// Discourse words dropped from the start of a question.
    static let discourseOpeners: Set<String> = [
        "however", "also", "certainly", "already", "meanwhile", "alternatively", "but", "and",
        "so", "yet", "still", "moreover", "furthermore", "indeed", "now", "then", "thus",
        "therefore", "historically", "instead", "nevertheless", "nonetheless", "besides",
        "additionally", "similarly", "likewise", "finally", "ultimately", "again", "altogether",
        "unfortunately", "fortunately", "ironically", "notably", "importantly", "admittedly",
        "arguably", "clearly", "surely", "obviously", "interestingly", "crucially", "overall",
        "hence", "accordingly", "consequently",
    ]

    // MARK: - Distractors

    static let fractionChoices = [
        "one-third", "two-thirds", "one-quarter", "three-quarters", "half", "a third", "a quarter", "one-fifth",
        "three-fourths",
    ]
    /// Multiples in two styles, one value each: "twice" is never offered against "double".
    static let multipleChoices = [["double", "triple", "half", "quadruple"], ["twice", "three times", "half", "four times"]]
    /// Quantities too vague to learn (never asked), offered only against one another.
    static let vagueQuantities = [
        "hundreds", "thousands", "dozens", "millions", "tens of thousands", "billions", "scores", "several",
        "numerous", "countless",
    ]
    static let spansOfYears = ["a quarter century", "a century", "two decades", "a decade", "three decades"]
    /// Nouns that end the name of a document or law: "the Trade Act", "the 1978 Constitution".
    static let documentNouns: Set<String> = [
        "law", "act", "constitution", "treaty", "agreement", "accord", "accords", "convention", "code", "charter",
        "protocol", "declaration", "resolution", "bill", "statute", "directive", "regulation", "pact",
        "circular", "memorandum",
    ]

    /// Words that count a span from the day of writing: "the past four decades".
    static let fromNowWords: Set<String> = ["past", "last", "next", "coming"]

    /// Units of time, from the shortest.
    static let timeUnits = ["day", "week", "fortnight", "month", "year", "decade", "century"]
    /// Words whose "in" brings in what they are about, not where: "faith in America", "a role
    /// in Syria", "believe in", "result in".
    static let inComplementWords: Set<String> = [
        "faith", "trust", "confidence", "belief", "interest", "interests", "stake", "role", "part", "involvement",
        "presence", "influence", "say", "hand", "rise", "fall", "increase", "decrease", "decline", "growth", "change",
        "drop", "cut", "cuts", "believe", "believed", "believes", "result", "resulted", "results", "engage", "engaged",
        "participate", "participated", "succeed", "succeeded", "specialise", "specialize", "specialised", "specialized",
        "invest", "invested", "investment", "investments", "lies", "lay", "interested", "expert", "experts", "experienced",
    ]
    /// Days of the week: "on Thursday" without a date is counted from the day of writing.
    static let weekdays: Set<String> = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]

    /// Words before or after a number that make it a lower bound ("at least 85%", "85% or
    /// more"): any smaller value is then also true.
    static let lowerBoundsBefore = ["at least", "more than", "over", "upwards of", "no fewer than", "no less than", "above"]
    static let lowerBoundsAfter = ["or more", "or higher", "or above", "and more", "and up"]
    /// Words that make a number an upper bound ("fewer than 5%"): any larger value is also true.
    static let upperBoundsBefore = ["fewer than", "less than", "under", "below", "at most", "no more than", "within"]
    static let upperBoundsAfter = ["or fewer", "or less", "or lower", "or below"]

    /// The largest value a count or distance of this unit can have on Earth: the countries
    /// of the world, the continents, half the Equator.
    static let valueLimits: [String: Double] = [
        "country": 195, "nation": 195, "continent": 7, "ocean": 5, "mile": 12_450, "km": 20_000,
    ]
}
