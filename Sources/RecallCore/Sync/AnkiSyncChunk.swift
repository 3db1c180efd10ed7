import Foundation

/// One `chunk` (the server's rows changed since the client's last sync, a few hundred at a
/// time until `done`) or `applyChunk` (the client's, sent as `{"chunk": …}`): review-log
/// entries, cards and notes as Anki's rows. Values are read as they came; whoever stores
/// them checks them, as an import checks a package's rows.
public struct AnkiSyncChunk: Codable, Equatable, Sendable {
    public var done: Bool
    public var revlog: [AnkiSyncReview]
    public var cards: [AnkiSyncCard]
    public var notes: [AnkiSyncNote]

    public init(done: Bool, revlog: [AnkiSyncReview] = [], cards: [AnkiSyncCard] = [], notes: [AnkiSyncNote] = []) {
        self.done = done
        self.revlog = revlog
        self.cards = cards
        self.notes = notes
    }

    enum CodingKeys: String, CodingKey { case done, revlog, cards, notes }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        done = try container.decodeIfPresent(Bool.self, forKey: .done) ?? false
        revlog = try container.decodeIfPresent([AnkiSyncReview].self, forKey: .revlog) ?? []
        cards = try container.decodeIfPresent([AnkiSyncCard].self, forKey: .cards) ?? []
        notes = try container.decodeIfPresent([AnkiSyncNote].self, forKey: .notes) ?? []
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(done, forKey: .done)
        if !revlog.isEmpty { try container.encode(revlog, forKey: .revlog) }
        if !cards.isEmpty { try container.encode(cards, forKey: .cards) }
        if !notes.isEmpty { try container.encode(notes, forKey: .notes) }
    }
}

/// A `revlog` row, as a JSON array in the column order of Anki's table: id, cid, usn, ease,
/// ivl, lastIvl, factor, time, type.
public struct AnkiSyncReview: Codable, Equatable, Sendable {
    public var cardID: Int64
    public var usn: Int
    public var entry: AnkiReviewEntry

    public init(cardID: Int64, usn: Int, entry: AnkiReviewEntry) {
        self.cardID = cardID
        self.usn = usn
        self.entry = entry
    }

    public init(from decoder: any Decoder) throws {
        var row = try decoder.unkeyedContainer()
        let milliseconds = try row.decode(Int64.self)
        cardID = try row.decode(Int64.self)
        usn = try row.decode(Int.self)
        let ease = try row.decode(Int.self)
        let interval = try row.decode(Int.self)
        let lastInterval = try row.decode(Int.self)
        let factor = try row.decode(Int.self)
        let duration = try row.decode(Int.self)
        let type = try row.decode(Int.self)
        guard let kind = AnkiReviewEntry.Kind(rawValue: type) else {
            throw DecodingError.dataCorruptedError(in: row, debugDescription: "review type \(type)")
        }
        entry = AnkiReviewEntry(
            milliseconds: milliseconds, ease: ease, kind: kind, interval: interval, lastInterval: lastInterval,
            factor: factor, durationMilliseconds: duration)
    }

    public func encode(to encoder: any Encoder) throws {
        var row = encoder.unkeyedContainer()
        for value in [entry.milliseconds, cardID, Int64(usn), Int64(entry.ease), Int64(entry.interval),
                      Int64(entry.lastInterval), Int64(entry.factor), Int64(entry.durationMilliseconds),
                      Int64(entry.kind.rawValue)] {
            try row.encode(value)
        }
    }
}

/// A `cards` row, as a JSON array in the column order of Anki's table: id, nid, did, ord, mod,
/// usn, type, queue, due, ivl, factor, reps, lapses, left, odue, odid, flags, data.
public struct AnkiSyncCard: Codable, Equatable, Sendable {
    public var id: Int64
    public var noteID: Int64
    public var deckID: Int64
    public var ord: Int
    /// Epoch seconds.
    public var modified: Int64
    public var usn: Int
    public var type: Int
    public var queue: Int
    public var due: Int64
    public var interval: Int
    public var factor: Int
    public var reps: Int
    public var lapses: Int
    public var left: Int
    public var originalDue: Int64
    public var originalDeckID: Int64
    public var flags: Int
    /// JSON: the FSRS memory state (`s`, `d`), the last review (`lrt`) and more.
    public var data: String

    public init(
        id: Int64, noteID: Int64, deckID: Int64, ord: Int, modified: Int64, usn: Int, type: Int, queue: Int, due: Int64,
        interval: Int, factor: Int, reps: Int, lapses: Int, left: Int = 0, originalDue: Int64 = 0,
        originalDeckID: Int64 = 0, flags: Int = 0, data: String
    ) {
        self.id = id
        self.noteID = noteID
        self.deckID = deckID
        self.ord = ord
        self.modified = modified
        self.usn = usn
        self.type = type
        self.queue = queue
        self.due = due
        self.interval = interval
        self.factor = factor
        self.reps = reps
        self.lapses = lapses
        self.left = left
        self.originalDue = originalDue
        self.originalDeckID = originalDeckID
        self.flags = flags
        self.data = data
    }

    public init(from decoder: any Decoder) throws {
        var row = try decoder.unkeyedContainer()
        id = try row.decode(Int64.self)
        noteID = try row.decode(Int64.self)
        deckID = try row.decode(Int64.self)
        ord = try row.decode(Int.self)
        modified = try row.decode(Int64.self)
        usn = try row.decode(Int.self)
        type = try row.decode(Int.self)
        queue = try row.decode(Int.self)
        due = try row.decode(Int64.self)
        interval = try row.decode(Int.self)
        factor = try row.decode(Int.self)
        reps = try row.decode(Int.self)
        lapses = try row.decode(Int.self)
        left = try row.decode(Int.self)
        originalDue = try row.decode(Int64.self)
        originalDeckID = try row.decode(Int64.self)
        flags = try row.decode(Int.self)
        data = try row.decode(String.self)
    }

    public func encode(to encoder: any Encoder) throws {
        var row = encoder.unkeyedContainer()
        try row.encode(id)
        try row.encode(noteID)
        try row.encode(deckID)
        try row.encode(ord)
        try row.encode(modified)
        try row.encode(usn)
        try row.encode(type)
        try row.encode(queue)
        try row.encode(due)
        try row.encode(interval)
        try row.encode(factor)
        try row.encode(reps)
        try row.encode(lapses)
        try row.encode(left)
        try row.encode(originalDue)
        try row.encode(originalDeckID)
        try row.encode(flags)
        try row.encode(data)
    }
}

/// A `notes` row, as a JSON array: id, guid, mid, mod, usn, tags, flds, sfld, csum, flags,
/// data (the sort field and checksum travel empty; the receiver computes them).
public struct AnkiSyncNote: Codable, Equatable, Sendable {
    public var note: AnkiNote

    public init(note: AnkiNote) { self.note = note }

    public init(from decoder: any Decoder) throws {
        var row = try decoder.unkeyedContainer()
        let id = try row.decode(Int64.self)
        let guid = try row.decode(String.self)
        let notetype = try row.decode(Int64.self)
        let modified = try row.decode(Int64.self)
        let usn = try row.decode(Int.self)
        let tags = try row.decode(String.self)
        let fields = try row.decode(String.self)
        note = AnkiNote(
            id: id, guid: guid, notetypeID: notetype, fields: fields.components(separatedBy: "\u{1f}"),
            tags: AnkiNote.tags(fromColumn: tags), modified: modified, usn: usn)
    }

    public func encode(to encoder: any Encoder) throws {
        var row = encoder.unkeyedContainer()
        try row.encode(note.id)
        try row.encode(note.guid)
        try row.encode(note.notetypeID)
        try row.encode(note.modified)
        try row.encode(note.usn)
        try row.encode(AnkiNote.tagsColumn(note.tags))
        try row.encode(note.fields.joined(separator: "\u{1f}"))
        try row.encode("")
        try row.encode("")
        try row.encode(0)
        try row.encode("")
    }
}
