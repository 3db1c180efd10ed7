/// The words and symbols `NumberReading` knows: hedges, currencies, scales and units.
enum QuantityVocabulary {
    /// Words in front of a number that do not change what the answer is.
    static let hedges: Set<String> = [
        "about", "around", "approximately", "approx", "roughly", "circa", "some",
        "nearly", "almost", "the", "exactly", "just",
    ]

    /// Small words that make text a phrase rather than a quantity with a unit.
    static let stopWords: Set<String> = [
        "a", "an", "the", "of", "and", "or", "to", "in", "on", "at", "for", "with", "by", "from",
        "than", "that", "which", "who", "whom", "as", "is", "was", "were", "be", "been", "it",
        "its", "his", "her", "their", "not", "no", "but", "if", "between",
    ]

    static let currencySymbols: [String: String] = [
        "$": "USD", "£": "GBP", "€": "EUR", "¥": "JPY", "₼": "AZN", "₽": "RUB", "₹": "INR",
    ]

    /// "US$", "A$", "C$" and friends: a word glued to a dollar sign.
    static let dollarPrefixes: [String: String] = [
        "us": "USD", "a": "AUD", "au": "AUD", "c": "CAD", "ca": "CAD", "nz": "NZD", "hk": "HKD",
        "s": "SGD",
    ]

    /// Currency codes, read before or after the number.
    static let currencyPrefixes: [String: String] = [
        "usd": "USD", "eur": "EUR", "gbp": "GBP", "jpy": "JPY", "azn": "AZN", "rub": "RUB",
        "inr": "INR", "cny": "CNY", "aud": "AUD", "cad": "CAD", "chf": "CHF",
    ]

    /// Currency names read after the number.
    static let currencyWords: [String: String] = [
        "dollar": "USD", "dollars": "USD", "euro": "EUR", "euros": "EUR", "pound": "GBP",
        "pounds": "GBP", "sterling": "GBP", "yen": "JPY", "manat": "AZN", "manats": "AZN",
        "ruble": "RUB", "rubles": "RUB", "rouble": "RUB", "roubles": "RUB", "rupee": "INR",
        "rupees": "INR", "yuan": "CNY", "renminbi": "CNY", "franc": "CHF", "francs": "CHF",
    ]

    /// The factor of a scale word after digits. "m", "b" and "t" are scales only after a
    /// currency ("£2m"); elsewhere "2m" is two metres.
    static func scale(_ word: String, currencyGiven: Bool) -> Double? {
        if let scale = NumberWords.scales[word] { return scale }
        switch word {
        case "k", "thou": return 1e3
        case "mn", "mln", "mio", "mil": return 1e6
        case "bn", "bln": return 1e9
        case "tn", "trn": return 1e12
        case "m": return currencyGiven ? 1e6 : nil
        case "b": return currencyGiven ? 1e9 : nil
        case "t": return currencyGiven ? 1e12 : nil
        default: return nil
        }
    }

    private static let unitSynonyms: [String: String] = [
        "mi": "mile", "km": "km", "kms": "km", "kilometre": "km", "kilometer": "km",
        "kilometres": "km", "kilometers": "km", "metre": "m", "meter": "m", "metres": "m",
        "meters": "m", "kg": "kg", "kgs": "kg", "kilo": "kg", "kilos": "kg", "kilogram": "kg",
        "kilograms": "kg", "ft": "foot", "feet": "foot", "hr": "hour", "hrs": "hour", "h": "hour",
        "min": "minute", "mins": "minute", "sec": "second", "secs": "second", "yr": "year",
        "yrs": "year", "people": "person", "persons": "person", "x": "times", "times": "times",
        "sq": "square", "percent": "percent",
    ]

    /// One spelling per unit: singular, American, synonyms folded ("miles", "mi" → "mile").
    static func canonicalUnit(_ word: String) -> String {
        if let synonym = unitSynonyms[word] { return synonym }
        let american = AnswerNormalizer.americanSpelling(word)
        if american.count > 4, american.hasSuffix("ies") { return String(american.dropLast(3)) + "y" }
        if american.count > 3, american.hasSuffix("s"),
           !american.hasSuffix("ss"), !american.hasSuffix("us"), !american.hasSuffix("is")
        {
            return String(american.dropLast())
        }
        return american
    }
}
