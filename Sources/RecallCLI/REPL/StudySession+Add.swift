import Foundation
import RecallCore
import RecallStore

/// `:add`: writing a new card into a deck file mid-session and studying it at once.
extension StudySession {
    /// Asks for a deck file (the current card's, when it came from one) and a card, appends it,
    /// and loads the file again so the card joins this session's queue.
    func addCard(near card: StoredCard) throws {
        let authoring = CardAuthoring(output: output, style: style)
        defer { reader.setCompletions(Self.completions) }
        let current = try context.database.source(ofDeck: card.deckName)
            .map { URL(fileURLWithPath: $0) }
            .flatMap { DeckLibrary.deckExtensions.contains($0.pathExtension.lowercased()) ? $0 : nil }
        guard let url = authoring.askDeckFile(default: current, offering: [], reader: &reader) else { return }
        let display = DeckLibrary.displayPath(url)
        let added: CardAuthoring.Added?
        do {
            added = try authoring.addCard(to: url, displayPath: display, kind: nil, reader: &reader)
        } catch {
            say(style.red(safe(error.localizedDescription)))
            return
        }
        guard let added else { return }
        authoring.reportAdded(added)
        let loaded: [DeckLibrary.LoadedDeck], diagnostics: [DeckDiagnostic]
        do {
            (loaded, diagnostics) = try DeckLibrary.load([url], into: context.database, now: context.clock.now())
        } catch {
            // The card is in the file; the next session loads it. This one goes on.
            say(style.red(safe(error.localizedDescription)))
            return
        }
        for diagnostic in diagnostics { say(style.yellow(safe(diagnostic.description))) }
        let ids = try context.database.deckIDs(named: loaded.map(\.name))
        if let scope = context.deckIDs, !ids.contains(where: scope.contains) {
            say(style.dim("This session studies other decks; `recall study` will ask it."))
        } else {
            say(style.dim("It joins this session's queue."))
        }
    }
}
