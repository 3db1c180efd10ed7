/// What `DeckParser` made of a deck file.
public struct DeckParseResult: Sendable, Equatable {
    /// The deck with every card that read cleanly, or nil when the file could not be read as a
    /// deck at all (a YAML syntax error outside the cards, a top level that is not a deck, no
    /// list of cards). Cards with errors are left out, so check `hasErrors` before trusting it
    /// as the whole deck.
    public var deck: Deck?
    /// Every error and warning, in file order.
    public var diagnostics: [DeckDiagnostic]

    public init(deck: Deck?, diagnostics: [DeckDiagnostic]) {
        self.deck = deck
        self.diagnostics = diagnostics
    }

    public var hasErrors: Bool {
        diagnostics.contains { $0.severity == .error }
    }

    public var errors: [DeckDiagnostic] { diagnostics.filter { $0.severity == .error } }
    public var warnings: [DeckDiagnostic] { diagnostics.filter { $0.severity == .warning } }
}
