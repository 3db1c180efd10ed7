import Foundation
import GRDB
import RecallCore

/// What one `recall card` command did.
public struct CardChangeReport: Sendable, Equatable {
    /// The change in the undo log; nil when no card changed.
    public var changeID: Int64?
    public var changed: [Int64] = []
    /// Cards that were already as the edit would leave them.
    public var unchanged: [Int64] = []
    /// Cards the edit does not apply to, with the reason.
    public var refused: [(id: Int64, reason: String)] = []

    public static func == (lhs: Self, rhs: Self) -> Bool {
        lhs.changeID == rhs.changeID && lhs.changed == rhs.changed && lhs.unchanged == rhs.unchanged
            && lhs.refused.map(\.id) == rhs.refused.map(\.id) && lhs.refused.map(\.reason) == rhs.refused.map(\.reason)
    }
}

/// A change in the undo log.
public struct CardChange: Sendable, Equatable {
    public var id: Int64
    /// The edit's word: "suspend", "reschedule 3".
    public var action: String
    public var madeAt: Date
    public var undoneAt: Date?
    public var cardIDs: [Int64]
}

extension AppDatabase {
    /// Applies `edit` to the cards `ids`, in one transaction, and records what changed in the
    /// undo log. An unknown id changes nothing and is an error.
    public func apply(_ edit: CardEdit, to ids: [Int64], now: Date, calendar: StudyCalendar) throws -> CardChangeReport {
        try write { db in
            var report = CardChangeReport()
            var entries: [(CardColumns, CardRecord)] = []
            var seen = Set<Int64>()
            for id in ids where seen.insert(id).inserted {
                guard var record = try CardRecord.fetchOne(db, key: id) else { throw StoreError.noSuchCard(String(id)) }
                let before = record.schedule
                let card = CardEdit.Card(state: record.state, suspended: record.suspended, buriedUntilDay: record.buriedUntilDay)
                switch edit.applied(to: card, now: now, calendar: calendar) {
                case .unchanged: report.unchanged.append(id)
                case let .refused(reason): report.refused.append((id, reason))
                case let .changed(edited):
                    if edited.state != card.state { record.state = edited.state }
                    record.suspended = edited.suspended
                    record.buriedUntilDay = edited.buriedUntilDay
                    try record.update(db)
                    report.changed.append(id)
                    entries.append((before, record))
                }
            }
            guard !entries.isEmpty else { return report }
            var change = CardChangeRecord(action: edit.name, madeAt: now.timeIntervalSince1970)
            try change.insert(db)
            for (before, record) in entries {
                var entry = CardChangeEntryRecord(
                    cardChangeId: change.id!, cardId: record.id!, before: before, after: record.schedule)
                try entry.insert(db)
            }
            report.changeID = change.id
            return report
        }
    }

    /// Takes back a change (the latest one not yet taken back when `id` is nil): every card
    /// it touched gets back the columns it had before. Refuses, changing nothing, when a card
    /// has changed since (answered, or changed again).
    @discardableResult
    public func undoCardChange(_ id: Int64? = nil, now: Date) throws -> CardChange {
        try write { db in
            let record: CardChangeRecord?
            if let id {
                record = try CardChangeRecord.fetchOne(db, key: id)
                guard record != nil else { throw StoreError.noSuchChange(id) }
            } else {
                record = try CardChangeRecord.filter(Column("undoneAt") == nil).order(Column("id").desc).fetchOne(db)
            }
            guard var change = record, let changeID = change.id else { throw StoreError.noChangeToUndo }
            if change.undoneAt != nil { throw StoreError.changeAlreadyUndone(changeID, action: change.action) }
            let entries = try CardChangeEntryRecord.filter(Column("cardChangeId") == changeID).order(Column("id")).fetchAll(db)
            for entry in entries {
                guard var card = try CardRecord.fetchOne(db, key: entry.cardId) else { continue }
                guard card.schedule == entry.after else {
                    throw StoreError.changedSinceChange(cardID: entry.cardId, changeID: changeID, action: change.action)
                }
                card.schedule = entry.before
                try card.update(db)
            }
            change.undoneAt = now.timeIntervalSince1970
            try change.update(db)
            return CardChange(change, cardIDs: entries.map(\.cardId))
        }
    }

    /// The latest change that touched a card and has not been taken back, if any.
    public func latestChange(ofCard cardID: Int64) throws -> CardChange? {
        try read { db in
            guard let change = try CardChangeRecord.fetchOne(db, sql: """
                SELECT ch.* FROM cardChange ch JOIN cardChangeEntry e ON e.cardChangeId = ch.id
                WHERE e.cardId = ? AND ch.undoneAt IS NULL ORDER BY ch.id DESC LIMIT 1
                """, arguments: [cardID]), let id = change.id
            else { return nil }
            let cards = try Int64.fetchAll(db, sql: "SELECT cardId FROM cardChangeEntry WHERE cardChangeId = ? ORDER BY id", arguments: [id])
            return CardChange(change, cardIDs: cards)
        }
    }
}

extension CardChange {
    init(_ record: CardChangeRecord, cardIDs: [Int64]) {
        id = record.id ?? 0
        action = record.action
        madeAt = StoredBounds.date(record.madeAt)
        undoneAt = record.undoneAt.map(StoredBounds.date)
        self.cardIDs = cardIDs
    }
}
