/// Words that refer: pronouns, demonstratives, and the words that make a definite
/// description say which thing it means.
extension Lexicon {
    /// Third-person pronouns and their gender or number.
    static let personalPronouns: [String: PersonGender] = [
        "he": .masculine, "him": .masculine, "his": .masculine, "himself": .masculine,
        "she": .feminine, "her": .feminine, "hers": .feminine, "herself": .feminine,
        "it": .neuter, "its": .neuter, "itself": .neuter, "it’s": .neuter, "it's": .neuter,
        "they": .plural, "them": .plural, "their": .plural, "theirs": .plural, "themselves": .plural,
        "they’re": .plural, "they're": .plural, "they’ll": .plural, "they'll": .plural,
        "they’ve": .plural, "they've": .plural,
    ]
    static let possessivePronouns: Set<String> = ["his", "her", "hers", "its", "their", "theirs"]

    /// The writer or the reader: a question cannot keep them.
    static let firstAndSecondPerson: Set<String> = [
        "i", "me", "my", "mine", "myself", "we", "us", "our", "ours", "ourselves", "you", "your",
        "yours", "yourself", "yourselves", "i’m", "i'm", "i’ve", "i've", "i’d", "i'd", "we’re",
        "we're", "we’ve", "we've", "let’s", "let's", "don’t", "don't",
    ]

    /// Verbs of belief whose "so" stands for a clause said before: "Fewer than one third of
    /// Egyptians think so".
    static let beliefVerbs: Set<String> = ["think", "thinks", "thought", "believe", "believes", "believed"]

    /// Words that may stand before an order to the reader: "Yet don’t expect …", "So don’t …".
    static let imperativeLeads: Set<String> = ["yet", "but", "so", "and", "then", "just", "please", "still", "now"]

    /// Adverbs of the time of writing that can go without changing what happened.
    static let nowAdverbs: Set<String> = ["recently", "currently"]

    /// Adverbs that add to something said before: "X also said …".
    static let additiveAdverbs: Set<String> = ["also"]

    static let demonstratives: Set<String> = ["this", "these", "those", "that"]

    /// Nouns of an answer to something: "in return", "in response", "in retaliation" without
    /// "for" or "to" answer something said before.
    static let responseNouns: Set<String> = ["return", "response", "exchange", "retaliation", "reply", "kind"]

    /// Quantifiers that stand alone for people or things named before ("Many started …").
    static let quantifierPronouns: Set<String> = [
        "many", "some", "most", "others", "few", "several", "both", "all", "each", "either", "neither", "one",
    ]

    static let prepositions: Set<String> = [
        "of", "in", "on", "at", "by", "for", "from", "to", "with", "without", "about", "against",
        "between", "among", "into", "onto", "over", "under", "after", "before", "during", "since",
        "until", "through", "across", "behind", "beyond", "near", "despite", "toward", "towards",
        "within", "amid", "upon", "via", "per", "like", "unlike", "than", "as",
    ]

    /// Closed-class words: never the head of a noun phrase.
    static let functionWords: Set<String> = prepositions.union([
        "a", "an", "the", "and", "or", "but", "nor", "so", "yet", "that", "which", "who", "whom",
        "whose", "this", "these", "those", "its", "his", "her", "their", "our", "is", "are", "was",
        "were", "be", "been", "being", "has", "have", "had", "will", "would", "can", "could", "may",
        "might", "should", "must", "not", "no", "new", "such", "some", "any", "more", "most",
        "very", "also", "if", "when", "while", "where", "how", "why", "what", "it", "they", "he",
        "she", "we", "i", "you", "them", "him", "us", "me", "do", "does", "did",
    ])

    /// A word after a definite description that says which one it is ("the arrest of …",
    /// "the tariffs that …", "the deal with …").
    /// ("until" ends a time, not a description: "exempt from the tariffs until May 1".)
    static let restrictingWords: Set<String> = prepositions.subtracting(["as", "than", "like", "until", "since", "during", "after", "before"]).union([
        "that", "which", "who", "whom", "whose", "where", "when",
    ])

    /// Modifiers that single a thing out without pointing back ("the first", "the largest").
    static let specifyingModifiers: Set<String> = [
        "first", "last", "only", "next", "largest", "biggest", "smallest", "highest", "lowest",
        "greatest", "best", "worst", "most", "least", "oldest", "newest", "latest", "top",
        "whole", "entire", "global", "international", "world’s", "world's", "one",
    ]

    /// Things there is one of, for a reader: "the world", "the public", "the past"; and the
    /// heads of set phrases ("in the long run", "in the meantime", "on the ground").
    static let uniqueReferents: Set<String> = [
        "world", "public", "past", "future", "present", "internet", "web", "globe", "planet",
        "environment", "media", "press", "time", "moment", "end", "beginning", "start", "rest",
        "majority", "minority", "way", "fact", "case", "idea", "point", "crossfire", "sun", "moon",
        "weather", "west", "east", "north", "south", "run", "term", "meantime", "outset", "ground",
        "contrary", "moment", "spotlight", "headlines",
    ]

    /// Heads whose referent always depends on the article, even at their first use: "the
    /// country", "the government" (which one?).
    static let contextualHeads: Set<String> = [
        "country", "government", "state", "region", "city", "capital", "leader", "president",
        "administration", "regime", "party", "ministry", "department", "company", "pair", "deficit", "surplus",
        "debt", "treaty", "deal", "agreement", "accord", "pact", "detainees", "prisoners", "hostages", "talks",
        "negotiations", "legislation", "bill", "position", "agency", "court", "election", "vote", "testimony",
        "translation", "scheme", "campaign", "group", "charges", "circular", "survey", "index",
    ]

    /// Plural nouns that name people by what they are: without a place beside them, any such
    /// people anywhere.
    static let peopleNouns: Set<String> = [
        "citizens", "people", "voters", "residents", "respondents", "consumers", "workers", "taxpayers", "protesters",
    ]

    /// Heads of a balance between parties ("the trade deficit"): whose, the names beside the
    /// phrase say, when there are two of them; a description of one, not a reference to resolve.
    static let balanceHeads: Set<String> = ["deficit", "surplus"]

    /// Nouns an argument counts its own points with ("two problems", "three reasons").
    static let pointNouns: Set<String> = [
        "problems", "reasons", "ways", "issues", "questions", "lessons", "points", "factors", "options", "challenges", "things",
    ]

    /// Nouns a company is called by once named.
    static let companyNouns: Set<String> = ["company", "firm"]
    /// What follows a company's name and is no name of its own ("Forest Laboratories, Inc.").
    static let companySuffixes: Set<String> = ["inc", "inc.", "corp", "corp.", "ltd", "ltd.", "plc", "llc", "co.", "ag", "sa"]

    /// Nouns of a questioning of people whose answers are reported.
    static let surveyNouns: Set<String> = ["survey", "poll", "study", "census", "questionnaire"]

    /// What a survey found.
    static let surveyOutcomeNouns: Set<String> = ["findings", "results"]

    /// Nouns of a settlement between parties: a title's "deal" is the article's "pact".
    static let agreementNouns: Set<String> = ["deal", "agreement", "accord", "pact", "treaty", "acquisition", "merger", "takeover"]

    /// Nouns of an act or a view, which say nothing on their own after whose it is ("Trump’s
    /// shift": a shift of what?).
    static let eventNouns: Set<String> = [
        "shift", "stance", "move", "decision", "announcement", "remarks", "comments", "statement",
        "response", "reaction", "offer", "proposal", "change", "turn", "step", "action", "actions",
        "gesture", "warning", "threat", "demand",
    ]

    /// Days named from the day of writing.
    static let relativeDays: Set<String> = Set([
        "yesterday", "tomorrow", "today", "tonight", "weekend", "upcoming", "ongoing", "newly", "nowadays",
    ]).union(nowAdverbs)

    /// Modifiers that need the parties they relate ("bilateral trade": between whom?).
    static let relationalModifiers: Set<String> = ["bilateral", "mutual", "reciprocal", "neighbouring", "neighboring"]

    /// Titles that tell a person's gender.
    static let genderedTitles: [String: PersonGender] = [
        "mr.": .masculine, "mr": .masculine, "mrs.": .feminine, "mrs": .feminine, "ms.": .feminine,
        "ms": .feminine, "king": .masculine, "queen": .feminine, "prince": .masculine,
        "princess": .feminine, "sir": .masculine, "dame": .feminine, "lord": .masculine,
        "lady": .feminine, "chairman": .masculine, "chairwoman": .feminine,
        "spokesman": .masculine, "spokeswoman": .feminine, "businessman": .masculine,
        "businesswoman": .feminine,
    ]

    /// Given names common in the news that are borne by men, or by women, nearly always: a
    /// person's gender before any pronoun says it ("Vladimir Medinsky" is no "she").
    static let masculineGivenNames: Set<String> = [
        "abdel", "abdullah", "ahmed", "alan", "alexander", "alexei", "ali", "andrew", "anthony", "barack", "ben", "benjamin",
        "bernie", "bill", "bob", "boris", "brian", "carles", "charles", "chris", "christopher", "daniel", "david", "dmitry",
        "donald", "edward", "elon", "emmanuel", "eric", "francois", "françois", "frank", "fred", "gary", "george", "gerald",
        "guy", "hassan", "henry", "hosni", "ian", "igor", "ilham", "ivan", "jack", "jacob", "james", "jean-claude", "jeff",
        "jeremy", "jim", "joe", "john", "jonah", "jonathan", "joseph", "justin", "kevin", "kim", "larry", "lee", "luis",
        "malcolm", "mark", "mathias", "matthew", "michael", "mike", "mohamed", "mohammed", "muhammad", "narendra", "nicolas",
        "nikita", "omar", "paul", "peter", "philip", "pierre", "rex", "richard", "robert", "ronald", "sami", "scott",
        "sergei", "sergey", "shinzo", "stephen", "steve", "steven", "thomas", "tim", "tom", "tony", "viktor", "vladimir",
        "william", "xi", "yuri",
    ]
    static let feminineGivenNames: Set<String> = [
        "alice", "angela", "ann", "anna", "anne", "barbara", "catherine", "chrystia", "elizabeth", "emily", "emma", "hillary",
        "jacinda", "jane", "jennifer", "julia", "julie", "karen", "kate", "katherine", "laura", "linda", "lisa", "margaret",
        "maria", "marie", "marine", "mary", "melania", "michelle", "nancy", "natalia", "nicola", "nikki", "olga", "penny",
        "sara", "sarah", "sophie", "susan", "theresa", "ursula", "yulia",
    ]
}
