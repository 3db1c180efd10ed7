import Foundation
import GRDB
import RecallCore

extension AppDatabase {
    /// The content hash recorded when `deck` was last loaded, to skip unchanged files.
    public func sourceHash(ofDeck name: String) throws -> String? {
        try read { db in
            try DeckRecord.filter(DeckRecord.Columns.name == name).fetchOne(db)?.sourceHash
        }
    }

    /// Brings the collection in line with a deck file, in one transaction:
    /// - a card whose key is known keeps its progress and gets the new content;
    /// - a card with a new key that closely resembles a card the file no longer has (an edited
    ///   prompt) takes over that card and its history;
    /// - other new keys become new cards, due from `now`;
    /// - cards the file no longer has are marked removed: never studied, history kept. Those
    ///   with reviews are listed (`leftWithHistory`, with the new keys in `addedKeys`) when the
    ///   file also gained cards that matched none: the caller says how to move the history.
    /// A deck the file renamed is given its new name first (`renamedFrom`, its old name), in
    /// the same transaction.
    @discardableResult
    public func syncDeck(
        _ deck: Deck, source: String?, sourceHash: String?, now: Date, renamedFrom oldName: String? = nil
    ) throws -> DeckSyncSummary {
        try write { db in
            if let oldName, oldName != deck.name {
                try db.execute(sql: "UPDATE deck SET name = ? WHERE name = ?", arguments: [deck.name, oldName])
            }
            var record = try DeckRecord.filter(DeckRecord.Columns.name == deck.name).fetchOne(db)
                ?? DeckRecord(name: deck.name, source: source, sourceHash: nil,
                              createdAt: now.timeIntervalSince1970)
            if record.id != nil, sourceHash != nil, record.sourceHash == sourceHash {
                return DeckSyncSummary(deckID: record.id!, unchanged: true)
            }
            record.source = source
            record.sourceHash = sourceHash
            // A file that names a preset puts the deck in it; one that does not leaves the deck
            // in the preset `recall preset use` gave it.
            if let preset = deck.preset { record.preset = preset }
            try record.save(db)
            let deckID = record.id!
            var summary = DeckSyncSummary(deckID: deckID)

            var existing = Dictionary(
                uniqueKeysWithValues: try CardRecord.filter(CardRecord.Columns.deckId == deckID)
                    .fetchAll(db).map { ($0.key, $0) })
            existing.reserveCapacity(existing.count + deck.cards.count)
            let keys = Set(deck.cards.map(\.key))
            let keysBefore = Set(existing.keys)
            var reattachedKeys = Set<String>()
            var orphans = existing.values.filter { !keys.contains($0.key) }
                .sorted { $0.position < $1.position }
            let maxPosition = existing.values.map(\.position).max() ?? -1
            var nextPosition = maxPosition + 1
            // New cards go through one prepared statement, as bulk imports do.
            var insertCard: BoundStatement?

            for (index, card) in deck.cards.enumerated() {
                if var known = existing[card.key] {
                    if known.content != card.content || known.removed || known.position != index {
                        known.setContent(card.content)
                        known.removed = false
                        try known.update(db)
                        summary.updated += 1
                    }
                } else if let match = CardMatcher.closestEdit(of: card.content, among: orphans.map(\.content)) {
                    var taken = orphans.remove(at: match)
                    existing[taken.key] = nil
                    taken.key = card.key
                    taken.setContent(card.content)
                    taken.removed = false
                    try taken.update(db)
                    existing[card.key] = taken
                    reattachedKeys.insert(card.key)
                    summary.reattached += 1
                } else {
                    var fresh = CardRecord(
                        deckID: deckID, card: card, position: nextPosition,
                        state: .new(availableFrom: now), addedAt: now)
                    nextPosition += 1
                    if insertCard == nil { insertCard = try CardRecord.insertStatement(db, skippingKnownKeys: false) }
                    try fresh.write(to: &insertCard!)
                    try insertCard!.execute()
                    fresh.id = db.lastInsertedRowID
                    existing[card.key] = fresh
                    summary.added += 1
                }
            }
            var leftWithHistory: [LeftCard] = []
            for var orphan in orphans where !orphan.removed {
                orphan.removed = true
                try orphan.update(db)
                summary.removed += 1
                if orphan.state.reps > 0 {
                    leftWithHistory.append(LeftCard(
                        key: orphan.key, prompt: orphan.content.prompt, position: orphan.position, reviews: orphan.state.reps))
                }
            }
            let addedKeys = deck.cards.map(\.key).filter { !keysBefore.contains($0) && !reattachedKeys.contains($0) }
            if !leftWithHistory.isEmpty, !addedKeys.isEmpty {
                summary.leftWithHistory = leftWithHistory
                summary.addedKeys = addedKeys
            }
            return summary
        }
    }

    /// Every deck with its counts at `now`.
    public func deckSummaries(now: Date, calendar: StudyCalendar) throws -> [DeckSummary] {
        let endOfToday = calendar.start(ofDay: calendar.dayNumber(of: now) + 1).timeIntervalSince1970
        let today = calendar.dayNumber(of: now)
        return try read { db in
            let rows = try Row.fetchAll(db, sql: """
                SELECT d.id, d.name, d.source,
                  COUNT(c.id) AS total,
                  SUM(c.phase = 'new' AND NOT c.suspended) AS new,
                  SUM(c.phase IN ('learning', 'relearning') AND NOT c.suspended) AS learning,
                  SUM(c.phase = 'review' AND c.due < :end AND NOT c.suspended
                      AND (c.buriedUntilDay IS NULL OR c.buriedUntilDay <= :today)) AS due,
                  SUM(c.suspended) AS suspended
                FROM deck d LEFT JOIN card c ON c.deckId = d.id AND NOT c.removed
                GROUP BY d.id ORDER BY d.name
                """, arguments: ["end": endOfToday, "today": today])
            return rows.map { row in
                DeckSummary(
                    id: row["id"], name: row["name"], source: row["source"],
                    total: row["total"] ?? 0, new: row["new"] ?? 0, learning: row["learning"] ?? 0,
                    due: row["due"] ?? 0, suspended: row["suspended"] ?? 0)
            }
        }
    }

    /// Every deck's name by its id.
    public func deckNamesByID() throws -> [Int64: String] {
        try read { db in
            Dictionary(uniqueKeysWithValues: try Row.fetchAll(db, sql: "SELECT id, name FROM deck")
                .map { ($0[0] as Int64, $0[1] as String) })
        }
    }

    /// Ids of the decks with these names; an unknown name is an error naming it.
    public func deckIDs(named names: [String]) throws -> [Int64] {
        try read { db in
            try names.map { name in
                guard let id = try DeckRecord.filter(DeckRecord.Columns.name == name).fetchOne(db)?.id
                else { throw StoreError.noSuchDeck(name) }
                return id
            }
        }
    }
}

extension AppDatabase {
    /// The deck last loaded from the file at `source`, if any.
    public func deckName(forSource source: String) throws -> String? {
        try read { db in
            try String.fetchOne(db, sql: "SELECT name FROM deck WHERE source = ?", arguments: [source])
        }
    }
}

extension AppDatabase {
    /// The file deck `name` was last loaded from, if it came from a file.
    public func source(ofDeck name: String) throws -> String? {
        try read { db in
            try String.fetchOne(db, sql: "SELECT source FROM deck WHERE name = ?", arguments: [name])
        }
    }
}
