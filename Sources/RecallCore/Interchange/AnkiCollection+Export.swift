import Foundation

extension AnkiCollection {
    /// The note type of recall's own cards: one card a note, the card's key its guid. A fixed
    /// id, so every export and upload maps onto the same note type in Anki.
    public static let recallNotetype = AnkiNotetype(
        id: 1_712_000_000_003, name: "recall", kind: .normal,
        fields: ["Front", "Back", "Explanation", "Source"], templates: ["Card 1"])

    /// A collection holding `cards` as Anki should get them back. A card that came from Anki
    /// (`ExportCard.anki`, its note in `kept`) keeps its card id, ordinal, note (id, guid, note
    /// type, fields and tags as they came) and deck; recall's own cards are notes of
    /// `recallNotetype` (front, back, explanation, source) whose guid is the card's key, in
    /// their deck. Every card carries its state in Anki's terms (FSRS memory in `cards.data`,
    /// review due dates counted in study days of `calendar`) and its review log. `kept.objects`
    /// (note types, decks, deck options, settings, tags) go along as they came; `notetypes`
    /// and `decks` hold only what recall adds to them. `[image: name]` markers become `<img>`
    /// tags again; pass the media files they name in `media`. `now` stamps new rows and
    /// numbers them.
    public init(
        exporting cards: [ExportCard], kept: AnkiKept = AnkiKept(), media: [ImportedMedia] = [], now: Date,
        calendar: StudyCalendar
    ) {
        let kept = kept.written
        let today = calendar.dayNumber(of: now)
        let firstDay = cards.filter { $0.state.phase == .review }
            .map { calendar.dayNumber(of: $0.state.due) }.min().map { min($0, today) } ?? today
        let created = Int64(calendar.start(ofDay: firstDay).timeIntervalSince1970)
        var ids = AnkiIDs(start: Int64((now.timeIntervalSince1970 * 1000).rounded(.down)), kept: kept, cards: cards)

        let keptDecks = kept.deckIDs
        var deckIDs = keptDecks
        var addedDecks: [AnkiDeck] = []
        if !deckIDs.values.contains(1) {
            deckIDs["Default"] = 1
            addedDecks.append(AnkiDeck(id: 1, name: "Default"))
        }
        for name in Set(cards.map(\.deck)).sorted() {
            // Parents first, so "A::B" never exists without "A".
            let levels = name.components(separatedBy: "::")
            for depth in 1...levels.count {
                let path = levels.prefix(depth).joined(separator: "::")
                if deckIDs[path] == nil {
                    deckIDs[path] = ids.next()
                    addedDecks.append(AnkiDeck(id: deckIDs[path]!, name: path))
                }
            }
        }
        let keptNotetypes = kept.notetypeIDs
        var notes: [AnkiNote] = []
        var notesWritten = Set<Int64>()
        var ankiCards: [AnkiCard] = []
        var guids = Set(kept.notes.values.map(\.guid))
        var reviewIDs = Set<Int64>()
        var ownNotes = false
        // The Anki cards written: the same card twice (imported again after its deck was renamed)
        // goes once as itself, then as recall's own.
        var ankiCardsWritten = Set<Int64>()
        var ordinalsWritten = Set<[Int64]>()
        for (index, card) in cards.enumerated() {
            if let identity = card.anki, let note = kept.notes[identity.noteID], keptNotetypes.contains(note.notetypeID),
               !ankiCardsWritten.contains(identity.cardID), !ordinalsWritten.contains([identity.noteID, Int64(identity.ord)]) {
                ankiCardsWritten.insert(identity.cardID)
                ordinalsWritten.insert([identity.noteID, Int64(identity.ord)])
                if notesWritten.insert(note.id).inserted {
                    // One of recall's own cards that Anki holds (uploaded before): its note as
                    // the card now is, under Anki's ids.
                    notes.append(note.notetypeID == Self.recallNotetype.id
                        ? Self.ownNote(id: note.id, guid: note.guid, card: card, now: now) : note)
                }
                ankiCards.append(AnkiExportCard.card(
                    card, id: identity.cardID, noteID: identity.noteID, ord: identity.ord, deckID: deckIDs[card.deck]!,
                    position: index, createdDay: firstDay, calendar: calendar, reviewIDs: &reviewIDs))
                continue
            }
            ownNotes = true
            let id = ids.next()
            // The same key in two decks: later ones get a suffix, so guids stay unique.
            var guid = card.key
            var suffix = 1
            while !guids.insert(guid).inserted {
                suffix += 1
                guid = "\(card.key)~\(suffix)"
            }
            notes.append(Self.ownNote(id: id, guid: guid, card: card, now: now))
            ankiCards.append(AnkiExportCard.card(
                card, id: id, noteID: id, ord: 0, deckID: deckIDs[card.deck]!, position: index, createdDay: firstDay,
                calendar: calendar, reviewIDs: &reviewIDs))
        }
        self.init(
            schemaVersion: 11, createdSeconds: created,
            notetypes: ownNotes && !keptNotetypes.contains(Self.recallNotetype.id) ? [Self.recallNotetype] : [],
            decks: addedDecks, notes: notes, cards: ankiCards, media: media)
        self.kept = kept.objects
    }
}

extension AnkiCollection {
    /// The note of one of recall's own cards: of `recallNotetype`, its fields and tags the
    /// card's content.
    public static func ownNote(id: Int64, guid: String, card: ExportCard, now: Date) -> AnkiNote {
        AnkiNote(
            id: id, guid: guid, notetypeID: recallNotetype.id, fields: AnkiNoteFields.fields(for: card.content),
            tags: card.content.tags.map { $0.replacingOccurrences(of: " ", with: "_") },
            modified: Int64(now.timeIntervalSince1970))
    }
}

/// Ids for the rows an export adds: counting up from a moment in milliseconds, past every id
/// the kept objects and cards already use.
struct AnkiIDs {
    private var candidate: Int64
    private var taken: Set<Int64>

    init(start: Int64, kept: AnkiKept, cards: [ExportCard]) {
        candidate = start
        taken = Set(kept.notes.keys).union(cards.compactMap { $0.anki?.cardID })
            .union(kept.deckIDs.values)
    }

    mutating func next() -> Int64 {
        while taken.contains(candidate) { candidate += 1 }
        taken.insert(candidate)
        return candidate
    }
}

/// A recall card's state and history as Anki's `cards` and `revlog` rows.
enum AnkiExportCard {
    static func card(
        _ card: ExportCard, id: Int64, noteID: Int64, ord: Int, deckID: Int64, position: Int, createdDay: Int,
        calendar: StudyCalendar, reviewIDs: inout Set<Int64>
    ) -> AnkiCard {
        let state = card.state
        let type: AnkiCard.CardType
        var queue: AnkiCard.Queue
        let due: Int64
        switch state.phase {
        case .new:
            (type, queue, due) = (.new, .new, Int64(position))
        case .learning, .relearning:
            type = state.phase == .learning ? .learning : .relearning
            (queue, due) = (.learning, Int64(state.due.timeIntervalSince1970.rounded()))
        case .review:
            (type, queue) = (.review, .review)
            due = Int64(calendar.dayNumber(of: state.due) - createdDay)
        }
        if card.isSuspended { queue = .suspended }
        let log = (reviews(card.reviews, ids: &reviewIDs) + manualEntries(card.manualEntries, ids: &reviewIDs))
            .sorted { $0.milliseconds < $1.milliseconds }
        return AnkiCard(
            id: id, noteID: noteID, deckID: deckID, ord: ord, type: type, queue: queue, due: due,
            interval: state.phase == .review || state.phase == .relearning ? max(state.scheduledDays ?? 1, 1) : 0,
            easeFactor: state.phase == .new ? 0 : 2500, reps: state.reps, lapses: state.lapses, flag: card.ankiFlag ?? 0,
            storedMemory: state.memory,
            lastReviewSeconds: log.isEmpty ? state.lastReview.map { Int64($0.timeIntervalSince1970.rounded(.down)) }
                : lastReviewSeconds(log),
            reviews: log)
    }

    /// The last review of `log` (oldest first) as Anki reads it from the log, which its Check
    /// Database holds `cards.data.lrt` to: the second of the last answer, none after a reset.
    static func lastReviewSeconds(_ log: [AnkiReviewEntry]) -> Int64? {
        var last: Int64?
        for entry in log {
            if entry.rating != nil {
                last = entry.milliseconds / 1000
            } else if ReviewReplay.isReset(entry) {
                last = nil
            }
        }
        return last
    }

    /// Imported manual entries go back as Anki wrote them, with an id no other entry has.
    static func manualEntries(_ entries: [AnkiReviewEntry], ids: inout Set<Int64>) -> [AnkiReviewEntry] {
        entries.map { entry in
            var entry = entry
            while !ids.insert(entry.milliseconds).inserted { entry.milliseconds += 1 }
            return entry
        }
    }

    static func reviews(_ logs: [ReviewLog], ids: inout Set<Int64>) -> [AnkiReviewEntry] {
        var previousInterval = 0
        return logs.map { log in
            // To the nearest millisecond: an answer from Anki gets back the id it came with.
            var id = Int64((log.reviewedAt.timeIntervalSince1970 * 1000).rounded())
            while !ids.insert(id).inserted { id += 1 }
            let interval = log.scheduledDays ?? -Int(log.intervalSeconds.rounded())
            let kind: AnkiReviewEntry.Kind = switch log.before.phase {
            case .new, .learning: .learning
            case .review: .review
            case .relearning: .relearning
            }
            defer { previousInterval = interval }
            return AnkiReviewEntry(
                milliseconds: id, ease: log.rating.rawValue, kind: kind, interval: interval,
                lastInterval: previousInterval, factor: log.after.memory.map(encodedDifficulty) ?? 2500,
                durationMilliseconds: log.responseMilliseconds ?? 0)
        }
    }

    /// FSRS difficulty in `revlog.factor`, as Anki writes it: `round(((D − 1) / 9 + 0.1) · 1000)`.
    static func encodedDifficulty(_ memory: MemoryState) -> Int {
        Int((((memory.difficulty - 1) / 9 + 0.1) * 1000).rounded())
    }
}

extension ExportCard {
    /// This card as Anki's row of it and its review log, as an export writes them, where
    /// Anki has it (`identity`, in deck `deckID`); review due days count from `createdDay`, the
    /// study day of the collection's creation, and a new card's due is its `position`.
    public func ankiCard(
        identity: AnkiCardIdentity, deckID: Int64, position: Int, createdDay: Int, calendar: StudyCalendar
    ) -> AnkiCard {
        var reviewIDs = Set<Int64>()
        return AnkiExportCard.card(
            self, id: identity.cardID, noteID: identity.noteID, ord: identity.ord, deckID: deckID, position: position,
            createdDay: createdDay, calendar: calendar, reviewIDs: &reviewIDs)
    }
}
