import Foundation

/// What an import brings in, ready to store: cards with their content, deck, tags and (for
/// Anki packages) scheduling and review history, plus media files. Built from an Anki package
/// by `init(anki:)` or from a text export by `PlainTextNotes`.
public struct ImportedCollection: Sendable, Equatable {
    /// Every deck name (levels joined by `::`), sorted, including decks without cards.
    public var decks: [String]
    public var cards: [ImportedCard]
    public var media: [ImportedMedia]
    /// How many notes the cards come from.
    public var noteCount: Int
    /// Things skipped or guessed, as sentences (with `file:line:column` where there is one).
    public var warnings: [String]
    /// The FSRS preset of each deck the source names one for (an Anki deck's deck-options
    /// preset), by deck name: a deck new to the collection starts in it.
    public var deckPresets: [String: String]

    public init(
        decks: [String], cards: [ImportedCard], media: [ImportedMedia] = [], noteCount: Int,
        warnings: [String] = [], deckPresets: [String: String] = [:]
    ) {
        self.decks = decks
        self.cards = cards
        self.media = media
        self.noteCount = noteCount
        self.warnings = warnings
        self.deckPresets = deckPresets
    }

    /// Review log entries over all cards.
    public var reviewCount: Int { cards.reduce(0) { $0 + $1.reviews.count } }
}

/// One card to store.
public struct ImportedCard: Sendable, Equatable {
    /// `<note guid>-<ord>` (see `key(guid:ord:)`): the same card gets the same key however
    /// often it is imported.
    public var key: String
    public var noteGUID: String
    /// Anki's card ordinal: template index, or cloze number − 1.
    public var ord: Int
    /// Deck name, levels joined by `::`.
    public var deck: String
    /// Plain terminal-safe text; `content.tags` holds the note's tags.
    public var content: CardContent
    public var isSuspended: Bool
    /// Anki's flag colour, 0 for none (see `AnkiCard.flag`).
    public var flag: Int
    /// The card as Anki had it (type, queue, due, interval, stored memory state, review log);
    /// nil for text imports.
    public var anki: AnkiCard?
    /// Where Anki had the card, in recall's terms; nil for cards never studied.
    public var ankiState: CardState?
    /// The card's note as Anki had it, kept so an export gives it back (for recall's own cards
    /// coming back, notes of `AnkiCollection.recallNotetype`, its ids and guid: an export
    /// writes their fields from the card); nil for text imports.
    public var ankiNote: AnkiNote?

    public init(
        key: String, noteGUID: String, ord: Int, deck: String, content: CardContent,
        isSuspended: Bool = false, flag: Int = 0, anki: AnkiCard? = nil, ankiState: CardState? = nil,
        ankiNote: AnkiNote? = nil
    ) {
        self.ankiNote = ankiNote
        self.key = key
        self.noteGUID = noteGUID
        self.ord = ord
        self.deck = deck
        self.content = content
        self.isSuspended = isSuspended
        self.flag = flag
        self.anki = anki
        self.ankiState = ankiState
    }

    /// `<guid>-<ord>`, with the guid written in the alphabet deck ids allow (letters, digits,
    /// `-`, `_`, `.`): every other character, and `.` itself, becomes `.` and the hex of its
    /// UTF-8 bytes, so Anki's guid `D^UDS[gy]3` gives `D.5eUDS.5bgy.5d3-0`. Reversible, so
    /// two guids never share a key. A note recall exported (guid `recall:<key>`, see
    /// `exportGUID`) gets its key back, so export and import again matches the same cards;
    /// so does a note of recall's note type, whose guid is the key (`ownKey(guid:)`).
    public static func key(guid: String, ord: Int) -> String {
        if ord == 0, guid.hasPrefix(exportPrefix), let key = ownKey(guid: String(guid.dropFirst(exportPrefix.count))) {
            return key
        }
        // Built as UTF-8 bytes: a key for each of a collection's cards.
        var escaped: [UInt8] = []
        escaped.reserveCapacity(guid.utf8.count + 8)
        for scalar in guid.unicodeScalars {
            if scalar != ".", isKeyScalar(scalar) {
                UTF8.encode(scalar) { escaped.append($0) }
            } else {
                UTF8.encode(scalar) { byte in escaped += [UInt8(ascii: "."), hexDigits[Int(byte >> 4)], hexDigits[Int(byte & 15)]] }
            }
        }
        return String(decoding: escaped, as: UTF8.self) + "-\(ord)"
    }

    private static let hexDigits = Array("0123456789abcdef".utf8)

    /// The guid an export gives the note of the card keyed `key`.
    public static func exportGUID(key: String) -> String { exportPrefix + key }

    /// `guid` as the key of one of recall's cards: itself when it is one (not empty, only the
    /// characters a key has), else nil.
    public static func ownKey(guid: String) -> String? {
        !guid.isEmpty && guid.unicodeScalars.allSatisfy(isKeyScalar) ? guid : nil
    }

    private static let exportPrefix = "recall:"

    /// Letters, digits, `-`, `_` and `.`: what a deck file allows in an id.
    static func isKeyScalar(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar {
        case "a"..."z", "A"..."Z", "0"..."9", "-", "_", ".": true
        // The only alphabetic scalars below 128 are the letters above.
        default: !scalar.isASCII && scalar.properties.isAlphabetic
        }
    }

    /// Anki's review log for this card, oldest first.
    public var reviews: [AnkiReviewEntry] { anki?.reviews ?? [] }
}

/// A media file from a package: a plain file name (checked by `isSafeFileName`) and its bytes.
public struct ImportedMedia: Sendable, Equatable, Hashable {
    public var name: String
    public var data: Data

    public init(name: String, data: Data) {
        self.name = name
        self.data = data
    }

    /// Whether `name` can be used as a file name inside the media directory: not empty, not
    /// `.` or `..`, no path separators, no control characters, at most 255 bytes.
    public static func isSafeFileName(_ name: String) -> Bool {
        !name.isEmpty && name != "." && name != ".." && name.utf8.count <= 255
            && !name.unicodeScalars.contains { $0 == "/" || $0 == "\\" || $0.value < 0x20 || $0.value == 0x7F }
    }
}

extension AnkiCard {
    /// The card's scheduling state as Anki left it, in recall's terms; nil for a new card.
    /// `collectionCreated` is `col.crt`: review due dates count days from it. The memory state
    /// is the one Anki stored (`ReviewReplay` recomputes it from the review log).
    public func state(collectionCreated: Int64) -> CardState? {
        let phase: CardPhase
        switch type {
        case .new: return nil
        case .learning: phase = .learning
        case .review: phase = .review
        case .relearning: phase = .relearning
        }
        let lastAnswer = reviews.last(where: { $0.rating != nil })
        let lastReview = lastReviewSeconds.map { Date(timeIntervalSince1970: Double($0)) }
            ?? lastAnswer.map { Date(timeIntervalSince1970: Double($0.milliseconds) / 1000) }
        return CardState(
            phase: phase,
            step: phase == .review ? nil : 0,
            memory: storedMemory,
            due: dueDate(collectionCreated: collectionCreated),
            lastReview: lastReview,
            scheduledDays: phase == .review ? interval : nil,
            reps: reps,
            lapses: lapses
        )
    }

    /// When a studied card is due: `due` is epoch seconds for intraday learning, else a day
    /// number counted from the collection's creation (which Anki sets at the day rollover).
    public func dueDate(collectionCreated: Int64) -> Date {
        if due > 1_000_000_000 { return Date(timeIntervalSince1970: Double(due)) }
        return Date(timeIntervalSince1970: Double(collectionCreated) + Double(due) * 86_400)
    }
}
