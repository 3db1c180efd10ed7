import Foundation
import RecallCore

/// What the server sent in an incremental sync, gathered before anything is stored: its
/// deletions, its changed note types, decks and deck options, and its changed review-log
/// entries, cards and notes.
public struct AnkiServerChanges: Sendable {
    public var graves: AnkiGraves
    public var changes: AnkiUnchunkedChanges
    public var revlog: [AnkiSyncReview] = []
    public var cards: [AnkiSyncCard] = []
    public var notes: [AnkiSyncNote] = []

    public init(graves: AnkiGraves, changes: AnkiUnchunkedChanges) {
        self.graves = graves
        self.changes = changes
    }

    public mutating func add(_ chunk: AnkiSyncChunk) {
        revlog += chunk.revlog
        cards += chunk.cards
        notes += chunk.notes
    }
}

/// What an incremental sync did on recall's side.
public struct AnkiIncrementalSummary: Sendable, Equatable {
    /// Cards from the server that recall did not hold.
    public var cardsAdded = 0
    /// Cards recall held whose state, deck or history the server changed.
    public var cardsUpdated = 0
    /// Review-log answers from the server that recall did not hold.
    public var reviewsReceived = 0
    /// Cards deleted in Anki, removed from study in recall.
    public var cardsRemoved = 0
    public var cardsSent = 0
    /// Of those, recall's own cards new to Anki (sent with their notes).
    public var cardsSentNew = 0
    public var reviewsSent = 0
    /// Notes of recall's own cards whose text changed (a deck file edited), sent with it.
    public var notesSent = 0
    /// Cards recall removed (a deck file no longer has them), deleted in Anki.
    public var cardsDeleted = 0
    /// recall's own cards that Anki edited since the last sync: recall's text stands and went
    /// back to Anki, and this is what Anki's edit said.
    public var editsReplaced: [AnkiReplacedEdit] = []
    /// recall's own cards (from deck files and articles) added or changed since the last sync
    /// that Anki has no place for (their deck is not Anki's, or recall's note type is not): a
    /// full upload sends them.
    public var ownCardsNotSent = 0
    /// What the reading of the server's rows skipped, as sentences.
    public var warnings: [String] = []

    public init() {}
}

/// A card of recall's own (from a deck file or an article) whose note Anki edited: recall's
/// text stands, and Anki's is kept here to be reported.
public struct AnkiReplacedEdit: Sendable, Equatable {
    public var key: String
    public var deck: String
    /// Each field Anki changed (and its tags, as "Tags"): its name, recall's text and Anki's (as
    /// HTML, as the fields hold it).
    public var fields: [(name: String, recall: String, anki: String)]

    public static func == (lhs: Self, rhs: Self) -> Bool {
        lhs.key == rhs.key && lhs.deck == rhs.deck && lhs.fields.map(\.name) == rhs.fields.map(\.name)
            && lhs.fields.map(\.recall) == rhs.fields.map(\.recall) && lhs.fields.map(\.anki) == rhs.fields.map(\.anki)
    }
}

/// Why recall stops an incremental sync before anything changes on either side: something
/// the server sent, or recall holds, that recall cannot merge yet, or a server that holds
/// other counts than recall once both sides' changes are in.
public enum AnkiIncrementalRefusal: Error, Equatable, Sendable {
    /// A note type, deck or deck options preset the server added, renamed or changed in a way
    /// recall cannot take yet; `kind` names it ("note type", "deck", "deck options preset").
    case object(server: String, kind: String, name: String)
    /// An Anki card recall moved to a deck Anki does not have.
    case deckNotInAnki(server: String, deck: String)
    /// The server did not say when its collection was created (due days count from it).
    case noCreationTime(server: String)
    /// A row the server sent that is not one Anki writes.
    case badRow(server: String, reason: String)
    /// The server's counts differ from recall's once both sides' changes are in.
    case countsDiffer(server: String, recall: AnkiSanityCounts?, anki: AnkiSanityCounts?)
}

extension AnkiIncrementalRefusal: LocalizedError {
    public var errorDescription: String? {
        let fullSync = "; nothing was changed on either side (`recall sync --full-download` takes the server's "
            + "collection, `recall sync --full-upload` sends recall's)"
        switch self {
        case .object(let server, let kind, let name):
            return "\(server) has a \(kind) “\(TerminalText.sanitize(name))” that is new or renamed since the last sync, "
                + "which an incremental sync of recall cannot take yet" + fullSync
        case .deckNotInAnki(let server, let deck):
            return "a card that came from Anki is now in the deck “\(TerminalText.sanitize(deck))”, which \(server) "
                + "does not have, and an incremental sync of recall cannot add decks to Anki yet" + fullSync
        case .noCreationTime(let server):
            return "\(server) did not say when its collection was created, which its due dates count from" + fullSync
        case .badRow(let server, let reason):
            return "\(server) sent \(reason), which is not what Anki writes" + fullSync
        case .countsDiffer(let server, let recall, let anki):
            let counts = recall.map { ours in anki.map { " (recall: \(ours.description); the server: \($0.description))" } ?? "" } ?? ""
            return "after the sync recall and \(server) would not hold the same collection\(counts), so they must be "
                + "made the same by a full sync" + fullSync
        }
    }
}

