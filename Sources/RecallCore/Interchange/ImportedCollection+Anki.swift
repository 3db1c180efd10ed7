extension ImportedCollection {
    /// Converts an Anki collection: one `ImportedCard` per Anki card, keyed `<guid>-<ord>`,
    /// with its content (see `NoteContent`), deck, tags, suspension, flag, and Anki's own
    /// scheduling and review log. Cards whose note, note type or cloze deletion is missing are
    /// skipped with a warning; `source` names the package in those warnings.
    public init(anki: AnkiCollection, source: String) {
        let notetypes = Dictionary(anki.notetypes.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        let deckNames = Dictionary(anki.decks.map { ($0.id, $0.name) }, uniquingKeysWith: { first, _ in first })
        let notes = Dictionary(anki.notes.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        var cards: [ImportedCard] = []
        cards.reserveCapacity(anki.cards.count)
        var warnings = anki.warnings
        var contents: [Int64: NoteContent] = [:]

        for card in anki.cards {
            guard let note = notes[card.noteID] else {
                warnings.append("\(source): card \(card.id) belongs to note \(card.noteID), which is missing; skipped.")
                continue
            }
            guard let notetype = notetypes[note.notetypeID] else {
                warnings.append("\(source): note \(note.id) uses note type \(note.notetypeID), which is missing; skipped.")
                continue
            }
            let noteContent = contents[note.id] ?? NoteContent(
                kind: notetype.kind, fieldNames: notetype.fields, fields: note.fields, tags: note.tags)
            contents[note.id] = noteContent
            let content: CardContent
            switch noteContent.content(ord: card.ord) {
            case .success(let made):
                content = made
            case .failure(.noDeletion(let number)):
                warnings.append("\(source): cloze note \(note.id) has no deletion c\(number) for card \(card.id); skipped.")
                continue
            case .failure(.noFields):
                warnings.append("\(source): note \(note.id) has no fields; skipped.")
                continue
            case .failure(.emptyPrompt):
                warnings.append("\(source): card \(card.id) of note \(note.id) asks nothing once its HTML is removed; skipped.")
                continue
            case .failure(.tooManyDeletions(let count)):
                warnings.append("\(source): card \(card.id) of cloze note \(note.id) is one of its \(count) deletions, "
                    + "more than the \(NoteContent.maximumDeletions) recall takes from one note; skipped.")
                continue
            case .failure(.imageOcclusion):
                warnings.append("\(source): card \(card.id) is an image occlusion card, which a terminal cannot show; skipped.")
                continue
            }
            let deck = deckNames[card.deckID] ?? "Default"
            if deckNames[card.deckID] == nil {
                warnings.append("\(source): card \(card.id) is in deck \(card.deckID), which is missing; put in Default.")
            }
            cards.append(ImportedCard(
                key: ImportedCard.key(guid: note.guid, ord: card.ord),
                noteGUID: note.guid,
                ord: card.ord,
                deck: TerminalText.sanitize(deck),
                content: content,
                isSuspended: card.isSuspended,
                flag: card.flag,
                anki: card,
                ankiState: card.state(collectionCreated: anki.createdSeconds)
            ))
        }
        self.init(
            decks: anki.decks.map { TerminalText.sanitize($0.name) }.sorted(),
            cards: cards,
            media: anki.media,
            noteCount: Set(cards.map(\.noteGUID)).count,
            warnings: warnings,
            deckPresets: Dictionary(anki.decks.compactMap { deck in
                deck.preset.flatMap(Preset.validName).map { (TerminalText.sanitize(deck.name), $0) }
            }, uniquingKeysWith: { first, _ in first })
        )
    }
}
