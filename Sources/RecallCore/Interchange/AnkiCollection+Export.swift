import Foundation

extension AnkiCollection {
    /// The stock note types an export uses. Fixed ids, so exporting again maps onto the same
    /// note types in the receiving collection.
    public static let exportBasic = AnkiNotetype(
        id: 1_712_000_000_001, name: "Basic (recall)", kind: .normal, fields: ["Front", "Back"], templates: ["Card 1"])
    public static let exportCloze = AnkiNotetype(
        id: 1_712_000_000_002, name: "Cloze (recall)", kind: .cloze, fields: ["Text", "Back Extra"], templates: ["Cloze"])

    /// A schema-11 collection holding `cards`: one note per card (a Cloze note for a cloze
    /// card whose prompt shows its gap, else a Basic note), the card's state in Anki's terms
    /// (FSRS memory in `cards.data`, review due dates counted in study days of `calendar`), and
    /// its review log. `[image: name]` markers become `<img>` tags again; pass the media
    /// files they name in `media`. `now` stamps the rows and numbers them.
    public init(exporting cards: [ExportCard], media: [ImportedMedia] = [], now: Date, calendar: StudyCalendar) {
        let today = calendar.dayNumber(of: now)
        let firstDay = cards.filter { $0.state.phase == .review }
            .map { calendar.dayNumber(of: $0.state.due) }.min().map { min($0, today) } ?? today
        let created = Int64(calendar.start(ofDay: firstDay).timeIntervalSince1970)
        let baseID = Int64((now.timeIntervalSince1970 * 1000).rounded(.down))

        var deckIDs: [String: Int64] = ["Default": 1]
        for name in Set(cards.map(\.deck)).sorted() {
            // Parents first, so "A::B" never exists without "A".
            let levels = name.components(separatedBy: "::")
            for depth in 1...levels.count {
                let path = levels.prefix(depth).joined(separator: "::")
                if deckIDs[path] == nil { deckIDs[path] = baseID + Int64(deckIDs.count) }
            }
        }
        var notes: [AnkiNote] = []
        var ankiCards: [AnkiCard] = []
        var guids = Set<String>()
        var reviewIDs = Set<Int64>()
        for (index, card) in cards.enumerated() {
            let id = baseID + Int64(index)
            let (notetype, fields) = AnkiNoteFields.fields(for: card.content)
            // The same key in two decks: later ones get a suffix, so guids stay unique.
            var guid = ImportedCard.exportGUID(key: card.key)
            var suffix = 1
            while !guids.insert(guid).inserted {
                suffix += 1
                guid = ImportedCard.exportGUID(key: "\(card.key)~\(suffix)")
            }
            notes.append(AnkiNote(
                id: id, guid: guid, notetypeID: notetype.id, fields: fields,
                tags: card.content.tags.map { $0.replacingOccurrences(of: " ", with: "_") }))
            ankiCards.append(AnkiExportCard.card(
                card, id: id, deckID: deckIDs[card.deck]!, position: index, createdDay: firstDay,
                calendar: calendar, reviewIDs: &reviewIDs))
        }
        self.init(
            schemaVersion: 11, createdSeconds: created, notetypes: [Self.exportBasic, Self.exportCloze],
            decks: deckIDs.map { AnkiDeck(id: $0.value, name: $0.key) }.sorted { $0.id < $1.id },
            notes: notes, cards: ankiCards, media: media)
    }
}

/// A recall card's state and history as Anki's `cards` and `revlog` rows.
enum AnkiExportCard {
    static func card(
        _ card: ExportCard, id: Int64, deckID: Int64, position: Int, createdDay: Int, calendar: StudyCalendar,
        reviewIDs: inout Set<Int64>
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
        return AnkiCard(
            id: id, noteID: id, deckID: deckID, ord: 0, type: type, queue: queue, due: due,
            interval: state.phase == .review || state.phase == .relearning ? max(state.scheduledDays ?? 1, 1) : 0,
            easeFactor: state.phase == .new ? 0 : 2500, reps: state.reps, lapses: state.lapses, flag: 0,
            storedMemory: state.memory,
            lastReviewSeconds: state.lastReview.map { Int64($0.timeIntervalSince1970.rounded(.down)) },
            reviews: (reviews(card.reviews, ids: &reviewIDs) + manualEntries(card.manualEntries, ids: &reviewIDs))
                .sorted { $0.milliseconds < $1.milliseconds })
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
            var id = Int64((log.reviewedAt.timeIntervalSince1970 * 1000).rounded(.down))
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
