/// Places: the countries of the world, so that "the country" can be traced to the one named.
extension Lexicon {
    /// The sovereign states of the world (and a few widely used short forms), lower-cased.
    static let countries: Set<String> = [
        "afghanistan", "albania", "algeria", "andorra", "angola", "antigua and barbuda", "argentina",
        "armenia", "australia", "austria", "azerbaijan", "bahamas", "bahrain", "bangladesh", "barbados",
        "belarus", "belgium", "belize", "benin", "bhutan", "bolivia", "bosnia and herzegovina", "botswana",
        "brazil", "brunei", "bulgaria", "burkina faso", "burundi", "cambodia", "cameroon", "canada",
        "cape verde", "central african republic", "chad", "chile", "china", "colombia", "comoros", "congo",
        "costa rica", "croatia", "cuba", "cyprus", "czech republic", "czechia", "denmark", "djibouti",
        "dominica", "dominican republic", "ecuador", "egypt", "el salvador", "equatorial guinea", "eritrea",
        "estonia", "eswatini", "ethiopia", "fiji", "finland", "france", "gabon", "gambia", "georgia",
        "germany", "ghana", "greece", "grenada", "guatemala", "guinea", "guinea-bissau", "guyana", "haiti",
        "honduras", "hungary", "iceland", "india", "indonesia", "iran", "iraq", "ireland", "israel", "italy",
        "ivory coast", "jamaica", "japan", "jordan", "kazakhstan", "kenya", "kiribati", "kosovo", "kuwait",
        "kyrgyzstan", "laos", "latvia", "lebanon", "lesotho", "liberia", "libya", "liechtenstein",
        "lithuania", "luxembourg", "madagascar", "malawi", "malaysia", "maldives", "mali", "malta",
        "marshall islands", "mauritania", "mauritius", "mexico", "micronesia", "moldova", "monaco",
        "mongolia", "montenegro", "morocco", "mozambique", "myanmar", "namibia", "nauru", "nepal",
        "netherlands", "new zealand", "nicaragua", "niger", "nigeria", "north korea", "north macedonia",
        "norway", "oman", "pakistan", "palau", "palestine", "panama", "papua new guinea", "paraguay", "peru",
        "philippines", "poland", "portugal", "qatar", "romania", "russia", "rwanda", "saint lucia", "samoa",
        "san marino", "saudi arabia", "senegal", "serbia", "seychelles", "sierra leone", "singapore",
        "slovakia", "slovenia", "solomon islands", "somalia", "south africa", "south korea", "south sudan",
        "spain", "sri lanka", "sudan", "suriname", "sweden", "switzerland", "syria", "taiwan", "tajikistan",
        "tanzania", "thailand", "timor-leste", "togo", "tonga", "trinidad and tobago", "tunisia", "turkey",
        "turkmenistan", "tuvalu", "uganda", "ukraine", "united arab emirates", "united kingdom",
        "united states", "uruguay", "uzbekistan", "vanuatu", "vatican", "venezuela", "vietnam", "yemen",
        "zambia", "zimbabwe", "us", "u.s.", "usa", "uk", "u.k.", "britain", "great britain", "america",
        // States of the last century the news still writes of.
        "soviet union", "ussr", "yugoslavia", "czechoslovakia", "east germany", "west germany",
    ]

    /// Heads that a country's name can stand for: "the country", "the state".
    static let countryHeads: Set<String> = ["country", "nation", "state"]

    /// A word that says whose country: a country's name or short form ("Russia", "US", "UK")
    /// or a nation's adjective ("Azerbaijani", "Chinese", "British", "Russian").
    static func saysWhoseCountry(_ word: String) -> Bool {
        let lower = word.lowercased()
        if countries.contains(lower) { return true }
        guard word.first?.isUppercase == true else { return false }
        return lower.count > 4 && ["an", "ese", "ish", "i"].contains { lower.hasSuffix($0) }
    }

    /// Capital cities, lower-cased: in the news a capital often stands for its government
    /// ("Yerevan implored Trump …"), and then it is no answer to "Who …?".
    static let capitals: Set<String> = [
        "kabul", "tirana", "algiers", "luanda", "buenos aires", "yerevan", "canberra", "vienna", "baku", "manama",
        "dhaka", "minsk", "brussels", "sarajevo", "brasilia", "brasília", "sofia", "phnom penh", "ottawa", "santiago",
        "beijing", "bogota", "bogotá", "zagreb", "havana", "nicosia", "prague", "copenhagen", "cairo", "tallinn",
        "addis ababa", "helsinki", "paris", "tbilisi", "berlin", "accra", "athens", "budapest", "reykjavik", "new delhi",
        "jakarta", "tehran", "baghdad", "dublin", "jerusalem", "rome", "tokyo", "amman", "astana", "nairobi",
        "pristina", "kuwait city", "bishkek", "riga", "beirut", "tripoli", "vilnius", "luxembourg", "kuala lumpur",
        "mexico city", "chisinau", "ulaanbaatar", "podgorica", "rabat", "naypyidaw", "kathmandu", "amsterdam",
        "wellington", "abuja", "pyongyang", "skopje", "oslo", "muscat", "islamabad", "panama city", "asuncion", "lima",
        "manila", "warsaw", "lisbon", "doha", "bucharest", "moscow", "kigali", "riyadh", "dakar", "belgrade",
        "singapore", "bratislava", "ljubljana", "pretoria", "seoul", "juba", "madrid", "colombo", "khartoum",
        "stockholm", "bern", "damascus", "taipei", "dushanbe", "dodoma", "bangkok", "tunis", "ankara", "ashgabat",
        "kampala", "kyiv", "kiev", "abu dhabi", "london", "washington", "montevideo", "tashkent", "caracas", "hanoi",
        "sanaa", "sana'a", "lusaka", "harare",
    ]

    /// Heads that a country owns, said with "the" where the clause's place says whose: "the
    /// government", "the regime".
    static let governmentHeads: Set<String> = ["government", "regime", "parliament", "economy"]
}
