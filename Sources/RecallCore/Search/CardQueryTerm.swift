/// One search term: a word or phrase, or `field:value`.
enum CardQueryTerm {
    /// The searches written `name:value`.
    static let fields = ["deck", "tag", "is", "prop", "rated"]

    /// Reads `word` (its quotes already taken out) that starts at `column`. A quoted term is a
    /// search when it starts with a search's name (`"deck:My Deck"`, as Anki reads it), else text.
    static func read(_ word: String, quoted: Bool, column: Int) throws(CardQueryError) -> CardQuery {
        guard let colon = word.firstIndex(of: ":") else { return .text(word) }
        let name = word[..<colon].lowercased()
        let value = String(word[word.index(after: colon)...])
        guard fields.contains(name) else {
            if quoted || name.isEmpty || !name.allSatisfy(\.isLetter) { return .text(word) }
            throw CardQueryError(
                column: column,
                message: "`\(name):` is not a search recall knows; use deck:, tag:, is:, prop: or rated:, or quote the words (\"\(word)\") to find them as text")
        }
        switch name {
        case "deck":
            guard !value.isEmpty else {
                throw CardQueryError(column: column, message: "`deck:` needs a deck name, such as deck:Capitals or deck:Geo*")
            }
            return .deck(value, column: column)
        case "tag":
            guard !value.isEmpty else {
                throw CardQueryError(column: column, message: "`tag:` needs a tag, such as tag:rivers or tag:none")
            }
            return .tag(value)
        case "is":
            guard let state = CardStateFilter(rawValue: value.lowercased()) else {
                let names = CardStateFilter.allCases.map { "is:" + $0.rawValue }
                throw CardQueryError(
                    column: column,
                    message: "`is:\(value)` is not a card state; use " + names.dropLast().joined(separator: ", ") + " or " + names.last!)
            }
            return .state(state)
        case "prop":
            return try property(value, column: column)
        default:
            return try rated(value, column: column)
        }
    }

    /// `ivl>=10`, `due<=-1` …
    private static func property(_ text: String, column: Int) throws(CardQueryError) -> CardQuery {
        let example = "prop:ivl>=10"
        let nameEnd = text.firstIndex { !$0.isLetter } ?? text.endIndex
        let name = text[..<nameEnd].lowercased()
        let rest = text[nameEnd...]
        guard let comparison = Comparison.allCases.first(where: { rest.hasPrefix($0.rawValue) }) else {
            if let property = CardProperty(rawValue: name) {
                throw CardQueryError(column: column, message: "`prop:\(property.rawValue)` needs a comparison such as \(example)")
            }
            if name.isEmpty {
                throw CardQueryError(column: column, message: "`prop:` needs a comparison such as \(example)")
            }
            throw unknownProperty(name, column: column)
        }
        guard let property = CardProperty(rawValue: name) else {
            if name.isEmpty {
                throw CardQueryError(column: column, message: "`prop:` needs a property before `\(comparison.rawValue)`, such as \(example)")
            }
            throw unknownProperty(name, column: column)
        }
        let number = rest.dropFirst(comparison.rawValue.count)
        guard let value = Int(number), abs(value) <= 1_000_000 else {
            throw CardQueryError(
                column: column,
                message: "`prop:\(property.rawValue)\(comparison.rawValue)` needs a whole number of "
                    + (property == .due || property == .ivl ? "days" : "times") + " after it, such as \(example)")
        }
        return .property(property, comparison, value)
    }

    private static func unknownProperty(_ name: String, column: Int) -> CardQueryError {
        CardQueryError(
            column: column,
            message: "`prop:\(name)` is not a property recall compares; use "
                + CardProperty.allCases.map(\.rawValue).joined(separator: ", ") + ", such as prop:ivl>=10")
    }

    /// `7` or `7:1`.
    private static func rated(_ text: String, column: Int) throws(CardQueryError) -> CardQuery {
        let parts = text.split(separator: ":", omittingEmptySubsequences: false)
        guard (1...2).contains(parts.count), let days = Int(parts[0]), (1...36_500).contains(days) else {
            throw CardQueryError(column: column, message: "`rated:` needs a number of days, such as rated:7 (answered in the last 7 days)")
        }
        guard parts.count == 2 else { return .rated(days: days, rating: nil) }
        guard let number = Int(parts[1]), let rating = Rating(rawValue: number) else {
            throw CardQueryError(column: column, message: "`rated:\(days):` needs a rating from 1 (again) to 4 (easy), such as rated:\(days):1")
        }
        return .rated(days: days, rating: rating)
    }
}
