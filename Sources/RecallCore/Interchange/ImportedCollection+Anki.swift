extension ImportedCollection {
    /// Converts an Anki collection read whole: see `AnkiCardConverter`.
    public init(anki: AnkiCollection, source: String) {
        var converter = AnkiCardConverter(
            header: AnkiCollectionHeader(
                schemaVersion: anki.schemaVersion, createdSeconds: anki.createdSeconds, notetypes: anki.notetypes,
                decks: anki.decks),
            source: source)
        let notes = Dictionary(anki.notes.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        var cards: [ImportedCard] = []
        cards.reserveCapacity(anki.cards.count)
        for card in anki.cards {
            if let converted = converter.convert(card, of: notes[card.noteID]) { cards.append(converted) }
        }
        self.init(
            decks: converter.deckNames,
            cards: cards,
            media: anki.media,
            noteCount: Set(cards.map(\.noteGUID)).count,
            warnings: anki.warnings + converter.warnings,
            deckPresets: converter.header.deckPresets
        )
    }
}

/// Turns Anki cards into `ImportedCard`s, one at a time, so an import can convert a collection
/// as it streams: keyed `<guid>-<ord>`, with the card's content (see `NoteContent`), deck,
/// tags, suspension, flag, and Anki's own scheduling and review log. Cards whose note, note
/// type or cloze deletion is missing are skipped with a warning; `source` names the package
/// in those warnings.
public struct AnkiCardConverter: Sendable {
    public let header: AnkiCollectionHeader
    public let source: String
    /// Every deck name (levels joined by `::`), sorted, including decks without cards.
    public let deckNames: [String]
    /// What was skipped or guessed so far, as sentences.
    public private(set) var warnings: [String] = []
    private let notetypes: [Int64: AnkiNotetype]
    private let decks: [Int64: String]
    /// The content of the last note converted: a note's cards come one after another.
    private var lastNote: (id: Int64, content: NoteContent)?

    public init(header: AnkiCollectionHeader, source: String) {
        self.header = header
        self.source = source
        notetypes = Dictionary(header.notetypes.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        decks = Dictionary(header.decks.map { ($0.id, $0.name) }, uniquingKeysWith: { first, _ in first })
        deckNames = header.decks.map { TerminalText.sanitize($0.name) }.sorted()
    }

    /// `card` of `note` (nil when the note is missing) as a recall card, or nil when it is
    /// skipped (with a warning).
    public mutating func convert(_ card: AnkiCard, of note: AnkiNote?) -> ImportedCard? {
        guard let note else {
            warnings.append("\(source): card \(card.id) belongs to note \(card.noteID), which is missing; skipped.")
            return nil
        }
        guard let notetype = notetypes[note.notetypeID] else {
            warnings.append("\(source): note \(note.id) uses note type \(note.notetypeID), which is missing; skipped.")
            return nil
        }
        let noteContent: NoteContent
        if let lastNote, lastNote.id == note.id {
            noteContent = lastNote.content
        } else {
            noteContent = NoteContent(kind: notetype.kind, fieldNames: notetype.fields, fields: note.fields, tags: note.tags)
            lastNote = (note.id, noteContent)
        }
        let content: CardContent
        switch noteContent.content(ord: card.ord) {
        case .success(let made):
            content = made
        case .failure(.noDeletion(let number)):
            warnings.append("\(source): cloze note \(note.id) has no deletion c\(number) for card \(card.id); skipped.")
            return nil
        case .failure(.noFields):
            warnings.append("\(source): note \(note.id) has no fields; skipped.")
            return nil
        case .failure(.emptyPrompt):
            warnings.append("\(source): card \(card.id) of note \(note.id) asks nothing once its HTML is removed; skipped.")
            return nil
        case .failure(.tooManyDeletions(let count)):
            warnings.append("\(source): card \(card.id) of cloze note \(note.id) is one of its \(count) deletions, "
                + "more than the \(NoteContent.maximumDeletions) recall takes from one note; skipped.")
            return nil
        case .failure(.imageOcclusion):
            warnings.append("\(source): card \(card.id) is an image occlusion card, which a terminal cannot show; skipped.")
            return nil
        }
        let deck = decks[card.deckID] ?? "Default"
        if decks[card.deckID] == nil {
            warnings.append("\(source): card \(card.id) is in deck \(card.deckID), which is missing; put in Default.")
        }
        // recall's own cards come back as notes of its note type, their key the guid.
        let ownKey = note.notetypeID == AnkiCollection.recallNotetype.id && card.ord == 0
            ? ImportedCard.ownKey(guid: note.guid) : nil
        return ImportedCard(
            key: ownKey ?? ImportedCard.key(guid: note.guid, ord: card.ord),
            noteGUID: note.guid,
            ord: card.ord,
            deck: TerminalText.sanitize(deck),
            content: content,
            isSuspended: card.isSuspended,
            flag: card.flag,
            anki: card,
            ankiState: card.state(collectionCreated: header.createdSeconds),
            ankiNote: note
        )
    }
}

extension AnkiCollectionHeader {
    /// The recall preset each deck's Anki deck options name, by deck name as the import stores
    /// it: a deck new to the collection starts in it. Decks without a preset (filtered ones)
    /// or with a name recall cannot take are left out.
    public var deckPresets: [String: String] {
        Dictionary(decks.compactMap { deck in
            deck.preset.flatMap(Preset.validName).map { (TerminalText.sanitize(deck.name), $0) }
        }, uniquingKeysWith: { first, _ in first })
    }
}
