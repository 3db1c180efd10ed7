import Foundation
import GRDB
import RecallCore

/// What a study session draws from: some decks (or all), at a moment, within daily limits.
public struct StudyScope: Sendable {
    public var deckIDs: [Int64]?
    public var now: Date
    public var calendar: StudyCalendar
    public var limits: StudyLimits
    /// Learning cards due within this many seconds are shown early when nothing else is left
    /// (Anki's "learn ahead limit").
    public var learnAhead: TimeInterval

    public init(
        deckIDs: [Int64]? = nil, now: Date, calendar: StudyCalendar, limits: StudyLimits = .init(),
        learnAhead: TimeInterval = 20 * 60
    ) {
        self.deckIDs = deckIDs
        self.now = now
        self.calendar = calendar
        self.limits = limits
        self.learnAhead = learnAhead
    }

    var today: Int { calendar.dayNumber(of: now) }
    var startOfToday: Double { calendar.start(ofDay: today).timeIntervalSince1970 }
    var endOfToday: Double { calendar.start(ofDay: today + 1).timeIntervalSince1970 }
}

extension AppDatabase {
    /// The header counts: new cards still allowed today, learning cards due today, and
    /// reviews due today (within the daily limits).
    public func queueCounts(_ scope: StudyScope) throws -> QueueCounts {
        try read { db in
            let studied = try studiedToday(db, scope)
            let filter = Self.studiableFilter(scope)
            // Counts stop at what the daily limits allow: no need to count further.
            let allowance = try newAllowance(db, scope)
            let reviewsLeft = max(0, scope.limits.reviewsPerDay - studied.reviews)
            var new = 0
            for (deckID, left) in allowance.perDeck.sorted(by: { $0.key < $1.key }) where new < allowance.total {
                new += try Int.fetchOne(db, sql: """
                    SELECT COUNT(*) FROM (SELECT 1 FROM card c WHERE \(filter) AND c.deckId = \(deckID)
                    AND c.phase = 'new' LIMIT \(min(left, allowance.total - new)))
                    """, arguments: Self.arguments(scope)) ?? 0
            }
            let learning = try Int.fetchOne(db, sql: """
                SELECT COUNT(*) FROM card c WHERE \(filter)
                AND c.phase IN ('learning', 'relearning') AND c.due < :end
                """, arguments: Self.arguments(scope)) ?? 0
            let review = try Int.fetchOne(db, sql: """
                SELECT COUNT(*) FROM (SELECT 1 FROM card c WHERE \(filter) AND c.phase = 'review' AND c.due < :end
                LIMIT \(reviewsLeft))
                """, arguments: Self.arguments(scope)) ?? 0
            return QueueCounts(new: new, learning: learning, review: review)
        }
    }

    /// The card to show next, or nil when the session is done for today: learning cards whose
    /// step has elapsed, then reviews due today, then new cards, then learning cards due soon.
    /// `excluding` holds cards skipped in this session.
    public func nextCard(_ scope: StudyScope, excluding: Set<Int64> = []) throws -> StoredCard? {
        try read { db in
            let studied = try studiedToday(db, scope)
            let filter = Self.studiableFilter(scope) + Self.exclusion(excluding)
            let args = Self.arguments(scope)
            let allowance = try newAllowance(db, scope)
            let newDecks = allowance.perDeck.keys.sorted().map(String.init).joined(separator: ",")
            let queries: [(String, Bool)] = [
                ("c.phase IN ('learning', 'relearning') AND c.due <= :now ORDER BY c.due", true),
                ("c.phase = 'review' AND c.due < :end ORDER BY c.due, c.id",
                 studied.reviews < scope.limits.reviewsPerDay),
                ("c.phase = 'new' AND c.deckId IN (\(newDecks)) ORDER BY c.deckId, c.position",
                 allowance.total > 0 && !allowance.perDeck.isEmpty),
                ("c.phase IN ('learning', 'relearning') AND c.due <= :ahead ORDER BY c.due", true),
            ]
            for (condition, allowed) in queries where allowed {
                if let record = try CardRecord.fetchOne(
                    db, sql: "SELECT c.* FROM card c WHERE \(filter) AND \(condition) LIMIT 1",
                    arguments: args)
                {
                    return try record.stored(deckName: deckName(db, record.deckId))
                }
            }
            return nil
        }
    }

    /// When the next learning card of the scope comes due later today, if any.
    public func nextLearningDue(_ scope: StudyScope) throws -> Date? {
        try read { db in
            try Double.fetchOne(db, sql: """
                SELECT MIN(c.due) FROM card c WHERE \(Self.studiableFilter(scope))
                AND c.phase IN ('learning', 'relearning') AND c.due < :end
                """, arguments: Self.arguments(scope)).map(StoredBounds.date)
        }
    }

    /// Records one answer durably, in its own transaction: the review log entry and the
    /// card's new state. Refuses (and changes nothing) if another process answered the card
    /// since it was shown.
    @discardableResult
    public func record(_ log: ReviewLog, cardID: Int64, sessionID: Int64?) throws -> StoredReview {
        try write { db in
            guard var card = try CardRecord.fetchOne(db, key: cardID) else {
                throw StoreError.noSuchCard(String(cardID))
            }
            guard card.reps == log.before.reps else {
                throw StoreError.cardChangedElsewhere(key: card.key)
            }
            var review = ReviewRecord(cardID: cardID, sessionID: sessionID, log: log)
            try review.insert(db)
            card.state = log.after
            card.buriedUntilDay = nil
            try card.update(db)
            return review.stored
        }
    }

    /// Takes back the latest answer of a session completely: the log entry is deleted and
    /// the card gets back the state it had before. Returns the card as it is again.
    public func undoLastReview(sessionID: Int64) throws -> StoredCard {
        try write { db in
            guard let review = try ReviewRecord.filter(ReviewRecord.Columns.sessionId == sessionID)
                .order(ReviewRecord.Columns.id.desc).fetchOne(db),
                var card = try CardRecord.fetchOne(db, key: review.cardId)
            else { throw StoreError.nothingToUndo }
            try review.delete(db)
            card.state = review.stateBefore
            try card.update(db)
            return card.stored(deckName: try deckName(db, card.deckId))
        }
    }

    /// Hides a card until the next study day.
    public func bury(cardID: Int64, scope: StudyScope) throws {
        try write { db in
            try db.execute(
                sql: "UPDATE card SET buriedUntilDay = ? WHERE id = ?", arguments: [scope.today + 1, cardID])
        }
    }

    /// Brings a buried card back today.
    public func unbury(cardID: Int64) throws {
        try write { db in
            try db.execute(sql: "UPDATE card SET buriedUntilDay = NULL WHERE id = ?", arguments: [cardID])
        }
    }

    /// Suspends (or unsuspends) a card: it keeps its state but is not studied.
    public func setSuspended(_ suspended: Bool, cardID: Int64) throws {
        try write { db in
            try db.execute(sql: "UPDATE card SET suspended = ? WHERE id = ?", arguments: [suspended, cardID])
        }
    }

    public func startSession(at now: Date) throws -> Int64 {
        try write { db in
            var session = SessionRecord(startedAt: now.timeIntervalSince1970)
            try session.insert(db)
            return session.id!
        }
    }

    public func endSession(_ id: Int64, at now: Date) throws {
        try write { db in
            try db.execute(
                sql: "UPDATE session SET endedAt = ? WHERE id = ?", arguments: [now.timeIntervalSince1970, id])
        }
    }

    /// Consecutive study days with at least one review, ending today (or yesterday, when
    /// nothing has been studied yet today).
    public func streak(now: Date, calendar: StudyCalendar) throws -> Int {
        try read { db in
            var day = calendar.dayNumber(of: now)
            func studied(_ day: Int) throws -> Bool {
                try Bool.fetchOne(db, sql: """
                    SELECT EXISTS(SELECT 1 FROM review WHERE reviewedAt >= ? AND reviewedAt < ?)
                    """, arguments: [
                        calendar.start(ofDay: day).timeIntervalSince1970,
                        calendar.start(ofDay: day + 1).timeIntervalSince1970,
                    ]) ?? false
            }
            if try !studied(day) { day -= 1 }
            var count = 0
            while try studied(day) {
                count += 1
                day -= 1
            }
            return count
        }
    }

    // MARK: - Helpers

    private func studiedToday(_ db: Database, _ scope: StudyScope) throws -> (new: Int, reviews: Int) {
        let deckFilter = scope.deckIDs.map { ids in
            "AND r.cardId IN (SELECT id FROM card WHERE deckId IN (\(ids.map(String.init).joined(separator: ","))))"
        } ?? ""
        let row = try Row.fetchOne(db, sql: """
            SELECT SUM(r.phaseBefore = 'new') AS new, SUM(r.phaseBefore = 'review') AS reviews
            FROM review r WHERE r.reviewedAt >= ? AND r.reviewedAt < ? \(deckFilter)
            """, arguments: [scope.startOfToday, scope.endOfToday])
        return (row?["new"] ?? 0, row?["reviews"] ?? 0)
    }

    /// New cards still allowed today: for each deck of the scope that has any left under the
    /// per-deck limit, how many; and in all, under the collection-wide limit (counted over every
    /// deck, whatever the scope) when there is one.
    private func newAllowance(_ db: Database, _ scope: StudyScope) throws -> (perDeck: [Int64: Int], total: Int) {
        let studied = try Dictionary(uniqueKeysWithValues: Row.fetchAll(db, sql: """
            SELECT c.deckId AS deck, COUNT(*) AS new FROM review r JOIN card c ON c.id = r.cardId
            WHERE r.phaseBefore = 'new' AND r.reviewedAt >= ? AND r.reviewedAt < ? GROUP BY c.deckId
            """, arguments: [scope.startOfToday, scope.endOfToday]).map { row -> (Int64, Int) in (row["deck"], row["new"]) })
        let decks = try scope.deckIDs ?? Int64.fetchAll(db, sql: "SELECT id FROM deck")
        var perDeck: [Int64: Int] = [:]
        for deck in decks {
            let left = scope.limits.newPerDay - studied[deck, default: 0]
            if left > 0 { perDeck[deck] = left }
        }
        let total = scope.limits.newPerDayTotal.map { max(0, $0 - studied.values.reduce(0, +)) } ?? Int.max
        return (perDeck, total)
    }

    private func deckName(_ db: Database, _ id: Int64) throws -> String {
        try String.fetchOne(db, sql: "SELECT name FROM deck WHERE id = ?", arguments: [id]) ?? ""
    }

    static func studiableFilter(_ scope: StudyScope) -> String {
        var filter = "NOT c.suspended AND NOT c.removed AND (c.buriedUntilDay IS NULL OR c.buriedUntilDay <= :today)"
        if let ids = scope.deckIDs {
            filter += " AND c.deckId IN (\(ids.map(String.init).joined(separator: ",")))"
        }
        return filter
    }

    static func exclusion(_ ids: Set<Int64>) -> String {
        ids.isEmpty ? "" : " AND c.id NOT IN (\(ids.sorted().map(String.init).joined(separator: ",")))"
    }

    static func arguments(_ scope: StudyScope) -> StatementArguments {
        [
            "now": scope.now.timeIntervalSince1970, "end": scope.endOfToday, "today": scope.today,
            "ahead": scope.now.timeIntervalSince1970 + scope.learnAhead,
        ]
    }
}
