import Yams

/// One entry of the `cards:` list as read, before keys are assigned: a cloze entry gives one
/// card per deletion number, anything else one card.
struct DeckEntry {
    var cards: [(keySuffix: String, content: CardContent)]
    /// The author's `id`, and the value node it was read from.
    var explicitID: (id: String, node: Node)?
    var derivedKey: String
    var location: SourceLocation
    /// What two entries share when they ask the same thing.
    var promptIdentity: String
    var promptNode: Node
}

/// The state of one parse: the file, and the diagnostics found so far.
struct DeckReader {
    let file: String
    let source: SourceLines
    private(set) var diagnostics: [DeckDiagnostic] = []

    /// `earlier` holds what was found before reading, such as cards skipped for their syntax.
    init(file: String, text: String, earlier: [DeckDiagnostic] = []) {
        self.file = file
        self.source = SourceLines(text)
        self.diagnostics = earlier
    }

    var errorCount: Int { diagnostics.count { $0.severity == .error } }

    mutating func read(_ root: Node?) -> Deck? {
        var name = DeckParser.deckName(forFile: file)
        var deckTags: [String] = []
        var mode: StudyMode?
        var preset: String?
        var cardNodes: [Node] = []
        switch root {
        case nil:
            break
        case .sequence(let sequence)?:
            cardNodes = Array(sequence)
        case .mapping(let mapping)?:
            var sawCards = false, cardsAreUnreadable = false
            for (keyNode, value) in mapping {
                guard let key = keyName(keyNode) else { continue }
                switch key {
                case "deck":
                    if let text = text(value, key: key) {
                        if text.isEmpty { error(at: value, "the deck name is empty") } else { name = text }
                    }
                case "tags":
                    deckTags = list(value, key: key).map(\.text)
                case "mode":
                    mode = oneOf(value, key: key)
                case "preset":
                    if let text = text(value, key: key) {
                        if let name = Preset.validName(text) {
                            preset = name
                        } else {
                            error(at: value, "the preset name should be one line of 1 to 100 characters",
                                  notes: ["decks that name the same preset share its FSRS parameters and desired retention"])
                        }
                    }
                case "cards":
                    sawCards = true
                    switch value {
                    case .sequence(let sequence): cardNodes = Array(sequence)
                    case _ where isNull(value): break
                    default:
                        error(at: value, "`cards` should be a list of cards, not \(describe(value))")
                        cardsAreUnreadable = true
                    }
                case _ where DeckKeys.card.contains(key) && !DeckKeys.deck.contains(key):
                    error(at: keyNode, "`\(key)` is a card key, not a deck key",
                          notes: ["list the cards under `cards:`, each starting with `- q:` or `- cloze:`"])
                default:
                    unknownKey(key, at: keyNode, among: DeckKeys.deck, context: "deck")
                }
            }
            if !sawCards {
                error(at: root!, "the deck has no `cards:` list",
                      notes: ["list the cards under `cards:`, each starting with `- q:` or `- cloze:`"])
                return nil
            }
            if cardsAreUnreadable { return nil }
        case let other?:
            error(at: other, "a deck file should be a mapping with a `cards:` list, not \(describe(other))")
            return nil
        }
        let entries = cardNodes.compactMap { readCard($0, deckTags: deckTags) }
        var cards = assignKeys(entries)
        for index in cards.indices { cards[index].content.mode = mode }
        if cardNodes.isEmpty, errorCount == 0 {
            warning(at: SourceLocation(file: file, line: root?.mark?.line ?? 1, column: root?.mark?.column ?? 1),
                    "the deck has no cards")
        }
        return Deck(name: name, cards: cards, mode: mode, preset: preset)
    }

    /// Gives every card its key: the author's `id` (plus `-cN` for a cloze), else one derived from
    /// the content, made unique with `-2`, `-3`… when two cards ask the same thing.
    mutating func assignKeys(_ entries: [DeckEntry]) -> [DeckCard] {
        let cardCount = entries.reduce(0) { $0 + $1.cards.count }
        var owner: [String: Int] = [:]
        owner.reserveCapacity(cardCount)
        var rejected = Set<Int>()
        // Entries are read in place by index: copying each one was much of the time here.
        for index in entries.indices {
            guard let (id, idNode) = entries[index].explicitID else { continue }
            let keys = entries[index].cards.map { id + $0.keySuffix }
            if let clash = keys.first(where: { owner[$0] != nil }), let other = owner[clash] {
                let detail = clash == id ? "" : " (its key `\(clash)`)"
                error(at: idNode, "id `\(id)`\(detail) is already used by the card at line \(other)")
                rejected.insert(index)
            } else {
                for key in keys { owner[key] = entries[index].location.line }
            }
        }
        var firstPrompt: [String: Int] = [:]
        firstPrompt.reserveCapacity(entries.count)
        for index in entries.indices {
            if let line = firstPrompt[entries[index].promptIdentity] {
                warning(at: location(of: entries[index].promptNode), "this prompt repeats the card at line \(line)",
                        notes: ["cards that ask the same thing are hard to tell apart in a review"])
            } else {
                firstPrompt[entries[index].promptIdentity] = entries[index].location.line
            }
        }
        var cards: [DeckCard] = []
        cards.reserveCapacity(cardCount)
        // The next counter to try for each derived key and set of card suffixes: the ones
        // below it were taken when last tried and keys are never given back, so many cards
        // sharing a prompt take linear time, not quadratic.
        struct Memo: Hashable {
            var derivedKey: String
            var suffixes: [String]
        }
        var nextCounter: [Memo: Int] = [:]
        for index in entries.indices where !rejected.contains(index) {
            let entryCards = entries[index].cards, derivedKey = entries[index].derivedKey
            let location = entries[index].location
            var base = entries[index].explicitID?.id ?? derivedKey
            if entries[index].explicitID == nil {
                let memo = Memo(derivedKey: derivedKey, suffixes: entryCards.map(\.keySuffix))
                var counter = nextCounter[memo] ?? 2
                if counter > 2 { base = derivedKey + "-\(counter - 1)" }
                while entryCards.contains(where: { owner[base + $0.keySuffix] != nil }) {
                    base = derivedKey + "-\(counter)"
                    counter += 1
                }
                if counter > 2 { nextCounter[memo] = counter }
                for card in entryCards { owner[base + card.keySuffix] = location.line }
            }
            for card in entryCards {
                cards.append(DeckCard(key: base + card.keySuffix, content: card.content, location: location))
            }
        }
        return cards
    }

    // MARK: Diagnostics

    func location(of node: Node) -> SourceLocation {
        SourceLocation(file: file, line: node.mark?.line ?? 1, column: node.mark?.column ?? 1)
    }

    mutating func error(at node: Node, _ message: String, notes: [String] = []) {
        diagnostics.append(DeckDiagnostic(.error, at: location(of: node), message, notes: notes))
    }

    mutating func error(at location: SourceLocation, _ message: String, notes: [String] = []) {
        diagnostics.append(DeckDiagnostic(.error, at: location, message, notes: notes))
    }

    mutating func warning(at location: SourceLocation, _ message: String, notes: [String] = []) {
        diagnostics.append(DeckDiagnostic(.warning, at: location, message, notes: notes))
    }

    mutating func unknownKey(_ key: String, at node: Node, among known: [String], context: String) {
        let notes = DeckKeys.suggestion(for: key, among: known).map { ["did you mean `\($0)`?"] }
            ?? ["a \(context) may use: " + known.map { "`\($0)`" }.joined(separator: ", ")]
        error(at: node, "unknown \(context) key `\(key)`", notes: notes)
    }
}
