/// The contents of an Anki collection as read from a package, before any conversion: note
/// types, decks, notes, cards with their review logs, and media. Field values are Anki's raw
/// HTML; `ImportedCollection(anki:)` turns this into recall cards.
public struct AnkiCollection: Sendable, Equatable {
    /// `col.ver`: 11 for genanki and legacy exports, 18 for current Anki.
    public var schemaVersion: Int
    /// `col.crt`: when the collection was created (epoch seconds, at the day rollover). Review
    /// due dates are days counted from it.
    public var createdSeconds: Int64
    public var notetypes: [AnkiNotetype]
    public var decks: [AnkiDeck]
    /// In note id order.
    public var notes: [AnkiNote]
    /// In note order, then `ord`.
    public var cards: [AnkiCard]
    public var media: [ImportedMedia]
    /// Rows that were skipped or read with a guess, as sentences.
    public var warnings: [String]
    /// Anki's own objects, kept as they came, that an export writes back: note types, decks,
    /// deck options, settings and tags (`notetypes` and `decks` are those recall adds).
    public var kept: [AnkiKeptObject] = []

    public init(
        schemaVersion: Int, createdSeconds: Int64, notetypes: [AnkiNotetype], decks: [AnkiDeck],
        notes: [AnkiNote], cards: [AnkiCard], media: [ImportedMedia], warnings: [String] = []
    ) {
        self.schemaVersion = schemaVersion
        self.createdSeconds = createdSeconds
        self.notetypes = notetypes
        self.decks = decks
        self.notes = notes
        self.cards = cards
        self.media = media
        self.warnings = warnings
    }

    public var reviewCount: Int { cards.reduce(0) { $0 + $1.reviews.count } }
}

public struct AnkiNotetype: Sendable, Equatable, Hashable {
    public enum Kind: String, Sendable, Hashable { case normal, cloze }

    public var id: Int64
    public var name: String
    public var kind: Kind
    /// Field names in `ord` order.
    public var fields: [String]
    /// Card template names in `ord` order.
    public var templates: [String]

    public init(id: Int64, name: String, kind: Kind, fields: [String], templates: [String]) {
        self.id = id
        self.name = name
        self.kind = kind
        self.fields = fields
        self.templates = templates
    }
}

public struct AnkiDeck: Sendable, Equatable, Hashable {
    public var id: Int64
    /// The full name with `::` between levels, e.g. `Anki Fixture::Vocabulary`.
    public var name: String
    /// The name of the deck-options preset the deck uses (`Default` in a new collection); nil
    /// for a filtered deck or when the collection does not say.
    public var preset: String?

    public init(id: Int64, name: String, preset: String? = nil) {
        self.id = id
        self.name = name
        self.preset = preset
    }
}

public struct AnkiNote: Sendable, Equatable, Hashable {
    public var id: Int64
    /// Anki's globally unique note id: the same note has the same guid in every collection.
    public var guid: String
    public var notetypeID: Int64
    /// Field values (HTML) in the note type's field order.
    public var fields: [String]
    public var tags: [String]
    /// `notes.mod`: when the note was last changed, epoch seconds.
    public var modified: Int64
    /// `notes.usn`: -1 until synced.
    public var usn: Int

    public init(
        id: Int64, guid: String, notetypeID: Int64, fields: [String], tags: [String], modified: Int64 = 0, usn: Int = -1
    ) {
        self.id = id
        self.guid = guid
        self.notetypeID = notetypeID
        self.fields = fields
        self.tags = tags
        self.modified = modified
        self.usn = usn
    }

    /// Anki's `notes.tags` column for `tags`: separated by spaces, with a space at each end.
    public static func tagsColumn(_ tags: [String]) -> String {
        tags.isEmpty ? "" : " " + tags.joined(separator: " ") + " "
    }

    /// Anki's `notes.tags` column: tags separated by spaces, with a space at each end.
    public static func tags(fromColumn column: String) -> [String] {
        column.split(whereSeparator: { $0 == " " || $0 == "\u{3000}" }).map(String.init)
    }
}

public struct AnkiCard: Sendable, Equatable, Hashable {
    /// `cards.type`.
    public enum CardType: Int, Sendable, Hashable { case new = 0, learning, review, relearning }

    /// `cards.queue`.
    public enum Queue: Int, Sendable, Hashable {
        case userBuried = -3, schedulerBuried = -2, suspended = -1
        case new = 0, learning, review, dayLearning, preview
    }

    public var id: Int64
    public var noteID: Int64
    /// The card's home deck (`odid` for a card sitting in a filtered deck, else `did`).
    public var deckID: Int64
    /// Template index (normal note types) or cloze number − 1 (cloze).
    public var ord: Int
    public var type: CardType
    public var queue: Queue
    /// A position for new cards, epoch seconds for intraday learning, else a day number
    /// counted from `AnkiCollection.createdSeconds`.
    public var due: Int64
    /// Days; 0 while learning.
    public var interval: Int
    /// SM-2 ease in permille (2500 = 250 %).
    public var easeFactor: Int
    public var reps: Int
    public var lapses: Int
    /// The flag colour: 0 none, 1 red, 2 orange, 3 green, 4 blue, 5 pink, 6 turquoise, 7 purple.
    public var flag: Int
    /// The FSRS memory state Anki stored in `cards.data` (`s`, `d`; Anki rounds them).
    public var storedMemory: MemoryState?
    /// `cards.data.lrt`: the last review, epoch seconds.
    public var lastReviewSeconds: Int64?
    /// Oldest first.
    public var reviews: [AnkiReviewEntry]

    public init(
        id: Int64, noteID: Int64, deckID: Int64, ord: Int, type: CardType, queue: Queue, due: Int64,
        interval: Int, easeFactor: Int, reps: Int, lapses: Int, flag: Int,
        storedMemory: MemoryState? = nil, lastReviewSeconds: Int64? = nil, reviews: [AnkiReviewEntry] = []
    ) {
        self.id = id
        self.noteID = noteID
        self.deckID = deckID
        self.ord = ord
        self.type = type
        self.queue = queue
        self.due = due
        self.interval = interval
        self.easeFactor = easeFactor
        self.reps = reps
        self.lapses = lapses
        self.flag = flag
        self.storedMemory = storedMemory
        self.lastReviewSeconds = lastReviewSeconds
        self.reviews = reviews
    }

    public var isSuspended: Bool { queue == .suspended }
}

/// One `revlog` row.
public struct AnkiReviewEntry: Sendable, Equatable, Hashable, Codable {
    /// `revlog.type`.
    public enum Kind: Int, Sendable, Hashable, Codable {
        case learning = 0, review, relearning, filtered, manual, rescheduled
    }

    /// `revlog.id`: when the answer was given, epoch milliseconds.
    public var milliseconds: Int64
    /// 1 again … 4 easy; 0 for manual entries ("set due date", "forget").
    public var ease: Int
    public var kind: Kind
    /// Positive days, or negative seconds for a learning step.
    public var interval: Int
    public var lastInterval: Int
    /// SM-2 ease in permille, or in FSRS mode the difficulty as `((D − 1) / 9 + 0.1) × 1000`.
    public var factor: Int
    /// How long the answer took, milliseconds.
    public var durationMilliseconds: Int

    public init(
        milliseconds: Int64, ease: Int, kind: Kind, interval: Int, lastInterval: Int, factor: Int,
        durationMilliseconds: Int
    ) {
        self.milliseconds = milliseconds
        self.ease = ease
        self.kind = kind
        self.interval = interval
        self.lastInterval = lastInterval
        self.factor = factor
        self.durationMilliseconds = durationMilliseconds
    }

    /// The rating of a real answer; nil for manual and rescheduling entries (ease 0).
    public var rating: Rating? {
        guard kind != .manual, kind != .rescheduled else { return nil }
        return Rating(rawValue: ease)
    }
}

/// What an Anki collection says before its notes: schema, creation time, note types, decks,
/// and how many notes, cards and reviews follow.
public struct AnkiCollectionHeader: Sendable, Equatable {
    public var schemaVersion: Int
    public var createdSeconds: Int64
    public var notetypes: [AnkiNotetype]
    public var decks: [AnkiDeck]
    public var noteCount: Int
    public var cardCount: Int
    public var reviewCount: Int
    /// The collection's note types, decks, deck options, settings and tags as they came (see
    /// `AnkiKeptObject`), for recall to keep.
    public var kept: [AnkiKeptObject] = []
    /// Whether those objects were more than recall keeps of a collection, and none were kept.
    public var keptTooLarge = false

    public init(
        schemaVersion: Int, createdSeconds: Int64, notetypes: [AnkiNotetype], decks: [AnkiDeck],
        noteCount: Int = 0, cardCount: Int = 0, reviewCount: Int = 0
    ) {
        self.schemaVersion = schemaVersion
        self.createdSeconds = createdSeconds
        self.notetypes = notetypes
        self.decks = decks
        self.noteCount = noteCount
        self.cardCount = cardCount
        self.reviewCount = reviewCount
    }
}
