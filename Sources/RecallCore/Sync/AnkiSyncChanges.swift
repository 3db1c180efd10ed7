import Foundation

/// `start`'s request: the server's update sequence number at the client's last sync (the
/// server sends what it changed after it) and whether the client's collection is the newer
/// one (then the server does not send its settings).
public struct AnkiStartRequest: Codable, Equatable, Sendable {
    public var minUSN: Int
    public var localIsNewer: Bool

    public init(minUSN: Int, localIsNewer: Bool) {
        self.minUSN = minUSN
        self.localIsNewer = localIsNewer
    }

    enum CodingKeys: String, CodingKey { case minUSN = "minUsn", localIsNewer = "lnewer" }
}

/// Deletions since the last sync: `start`'s answer (the server's) and `applyGraves`'s
/// request (the client's, as `{"chunk": graves}`).
public struct AnkiGraves: Codable, Equatable, Sendable {
    public var cards: [Int64]
    public var decks: [Int64]
    public var notes: [Int64]

    public init(cards: [Int64] = [], decks: [Int64] = [], notes: [Int64] = []) {
        self.cards = cards
        self.decks = decks
        self.notes = notes
    }

    public var isEmpty: Bool { cards.isEmpty && decks.isEmpty && notes.isEmpty }
}

/// The objects sent whole in one `applyChanges` each way: note types, decks and deck options
/// changed since the last sync, tags added, and (from the server, when the client is not the
/// newer side) the collection's settings and creation time. recall reads of each object only
/// what it needs to tell whether it holds it: its id, name and modification time.
public struct AnkiUnchunkedChanges: Codable, Equatable, Sendable {
    public var notetypes: [AnkiSyncObject]
    public var decks: [AnkiSyncObject]
    public var deckOptions: [AnkiSyncObject]
    public var tags: [String]
    /// `col.crt`, epoch seconds: review due days count from it.
    public var created: Int64?

    public init(
        notetypes: [AnkiSyncObject] = [], decks: [AnkiSyncObject] = [], deckOptions: [AnkiSyncObject] = [],
        tags: [String] = [], created: Int64? = nil
    ) {
        self.notetypes = notetypes
        self.decks = decks
        self.deckOptions = deckOptions
        self.tags = tags
        self.created = created
    }

    enum CodingKeys: String, CodingKey { case notetypes = "models", decks, tags, created = "crt" }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        notetypes = try container.decodeIfPresent([AnkiSyncObject].self, forKey: .notetypes) ?? []
        // Decks and deck options travel as a pair: [[deck …], [options …]].
        var pair = try container.nestedUnkeyedContainer(forKey: .decks)
        decks = try pair.decode([AnkiSyncObject].self)
        deckOptions = try pair.decode([AnkiSyncObject].self)
        tags = try container.decodeIfPresent([String].self, forKey: .tags) ?? []
        created = try container.decodeIfPresent(Int64.self, forKey: .created)
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(notetypes, forKey: .notetypes)
        var pair = container.nestedUnkeyedContainer(forKey: .decks)
        try pair.encode(decks)
        try pair.encode(deckOptions)
        try container.encode(tags, forKey: .tags)
        try container.encodeIfPresent(created, forKey: .created)
    }
}

/// A note type, deck or deck options object as `applyChanges` carries it (Anki's schema-11
/// JSON), read for its id, name and modification time (epoch seconds), and for a deck whether
/// it is a filtered one, the id of its deck options preset and its description.
public struct AnkiSyncObject: Codable, Equatable, Sendable {
    public var id: Int64
    public var name: String
    public var modified: Int64
    public var filtered: Bool
    public var preset: Int64?
    public var description: String?

    public init(
        id: Int64, name: String, modified: Int64, filtered: Bool = false, preset: Int64? = nil, description: String? = nil
    ) {
        self.id = id
        self.name = name
        self.modified = modified
        self.filtered = filtered
        self.preset = preset
        self.description = description
    }

    enum CodingKeys: String, CodingKey {
        case id, name, modified = "mod", filtered = "dyn", preset = "conf", description = "desc"
    }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        // Old clients wrote ids as strings.
        if let number = try? container.decode(Int64.self, forKey: .id) {
            id = number
        } else if let number = Int64(try container.decode(String.self, forKey: .id)) {
            id = number
        } else {
            throw DecodingError.dataCorruptedError(forKey: .id, in: container, debugDescription: "an id that is not a number")
        }
        name = try container.decodeIfPresent(String.self, forKey: .name) ?? ""
        modified = try container.decodeIfPresent(Int64.self, forKey: .modified) ?? 0
        // `dyn` is 0 or 1 (true or false from some clients); `conf` only on normal decks.
        if let flag = try? container.decodeIfPresent(Int.self, forKey: .filtered) {
            filtered = flag != 0
        } else {
            filtered = (try? container.decodeIfPresent(Bool.self, forKey: .filtered)) ?? false
        }
        preset = try? container.decodeIfPresent(Int64.self, forKey: .preset)
        description = try? container.decodeIfPresent(String.self, forKey: .description)
    }
}

/// `sanityCheck2`'s request: how many of each kind of object the client holds once the
/// changes are applied; the server compares them with its own and answers `ok` or `bad`.
/// The due counts are sent as zeros (the server no longer compares them).
public struct AnkiSanityCounts: Codable, Equatable, Sendable {
    public var cards: Int
    public var notes: Int
    public var revlog: Int
    public var graves: Int
    public var notetypes: Int
    public var decks: Int
    public var deckOptions: Int

    public init(cards: Int, notes: Int, revlog: Int, graves: Int = 0, notetypes: Int, decks: Int, deckOptions: Int) {
        self.cards = cards
        self.notes = notes
        self.revlog = revlog
        self.graves = graves
        self.notetypes = notetypes
        self.decks = decks
        self.deckOptions = deckOptions
    }

    public init(from decoder: any Decoder) throws {
        var row = try decoder.unkeyedContainer()
        _ = try row.decode([Int].self)
        cards = try row.decode(Int.self)
        notes = try row.decode(Int.self)
        revlog = try row.decode(Int.self)
        graves = try row.decode(Int.self)
        notetypes = try row.decode(Int.self)
        decks = try row.decode(Int.self)
        deckOptions = try row.decode(Int.self)
    }

    public func encode(to encoder: any Encoder) throws {
        var row = encoder.unkeyedContainer()
        try row.encode([0, 0, 0])
        for value in [cards, notes, revlog, graves, notetypes, decks, deckOptions] { try row.encode(value) }
    }

    /// "7 cards, 5 notes, …": for a message saying how the two sides differ.
    public var description: String {
        "\(cards) cards, \(notes) notes, \(revlog) reviews, \(notetypes) note types, \(decks) decks, "
            + "\(deckOptions) deck option presets"
    }
}

/// `sanityCheck2`'s answer.
public struct AnkiSanityAnswer: Codable, Equatable, Sendable {
    public var status: String
    public var client: AnkiSanityCounts?
    public var server: AnkiSanityCounts?

    enum CodingKeys: String, CodingKey { case status, client = "c", server = "s" }

    public init(status: String, client: AnkiSanityCounts? = nil, server: AnkiSanityCounts? = nil) {
        self.status = status
        self.client = client
        self.server = server
    }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        status = try container.decode(String.self, forKey: .status)
        client = try? container.decodeIfPresent(AnkiSanityCounts.self, forKey: .client)
        server = try? container.decodeIfPresent(AnkiSanityCounts.self, forKey: .server)
    }
}
