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
    /// Whether answering a card buries its siblings until the next study day.
    public var burySiblings: Bool

    public init(
        deckIDs: [Int64]? = nil, now: Date, calendar: StudyCalendar, limits: StudyLimits = .init(),
        learnAhead: TimeInterval = 20 * 60, burySiblings: Bool = true
    ) {
        self.deckIDs = deckIDs
        self.now = now
        self.calendar = calendar
        self.limits = limits
        self.learnAhead = learnAhead
        self.burySiblings = burySiblings
    }

    public var policy: QueuePolicy { QueuePolicy(limits: limits, learnAhead: learnAhead, burySiblings: burySiblings) }

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
            let allowance = try scope.policy.newAllowance(studied, decks: decksInScope(db, scope))
            let reviewsLeft = scope.policy.reviewsLeft(studied)
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

    /// The card to show next, or nil when the session is done for today: `QueuePolicy` picks it
    /// from the candidates `queueCandidates` fetches. `excluding` holds cards skipped in this session.
    public func nextCard(_ scope: StudyScope, excluding: Set<Int64> = []) throws -> StoredCard? {
        try read { db in
            let candidates = try queueCandidates(db, scope, skipped: excluding.count)
            guard let next = scope.policy.next(from: candidates, now: scope.now, skipped: excluding),
                  let record = try CardRecord.fetchOne(db, key: next.id)
            else { return nil }
            return try record.stored(deckName: deckName(db, record.deckId))
        }
    }

    /// The cards the next one is chosen from, a bounded number whatever the collection's size,
    /// each read from the queue's covering indexes alone: the earliest learning card due today;
    /// reviews due today up to the daily limit; each deck's next new cards up to its allowance.
    /// `skipped` more of each, as skipped cards are passed over. (Siblings do not take part in
    /// the choice: answering a card buries its siblings.)
    func queueCandidates(_ db: Database, _ scope: StudyScope, skipped: Int) throws -> QueueCandidates {
        let studied = try studiedToday(db, scope)
        let filter = Self.studiableFilter(scope)
        let args = Self.arguments(scope)
        func cards(_ sql: String) throws -> [QueueCard] {
            try Row.fetchAll(db, sql: "SELECT c.id, c.deckId, c.phase, c.due FROM card c WHERE \(filter) AND \(sql)", arguments: args)
                .map(Self.queueCard)
        }
        var candidates = QueueCandidates(studied: studied)
        // Learning cards due today, or within the learn-ahead limit when that runs past the day's
        // end (a 10-minute step answered at 3:55 comes back at 4:05, as in Anki).
        candidates.learning = try cards(
            "c.phase IN ('learning', 'relearning') AND c.due < MAX(:end, :ahead) ORDER BY c.due LIMIT \(skipped + 1)")
        let reviewsLeft = scope.policy.reviewsLeft(studied)
        if reviewsLeft > 0 {
            candidates.reviews = try cards("c.phase = 'review' AND c.due < :end ORDER BY c.due, c.id LIMIT \(reviewsLeft + skipped)")
        }
        let allowance = try scope.policy.newAllowance(studied, decks: decksInScope(db, scope))
        var wanted = allowance.total
        for (deckID, left) in allowance.perDeck.sorted(by: { $0.key < $1.key }) where wanted > 0 {
            let fetched = try cards("c.phase = 'new' AND c.deckId = \(deckID) ORDER BY c.position LIMIT \(min(left, wanted) + skipped)")
            candidates.new += fetched
            wanted -= min(wanted, fetched.count)
        }
        return candidates
    }

    /// The siblings of `card` (`SiblingKeys`), in any deck, that are not suspended, removed or
    /// already buried today.
    func siblings(_ db: Database, of card: CardRecord, today: Int) throws -> [QueueCard] {
        guard card.noteKey != nil || card.factKey != nil else { return [] }
        return try Row.fetchAll(db, sql: Self.siblingsSQL, arguments: [card.noteKey, card.factKey, card.id, today])
            .map(Self.queueCard)
    }

    /// The query of `siblings`: its note key, fact key, own id and today. Answered from the two
    /// sibling indexes, which hold only the cards that have the key.
    static let siblingsSQL = """
        SELECT id, deckId, phase, due, noteKey, factKey FROM card
        WHERE (noteKey = ? OR factKey = ?) AND id != ? AND NOT suspended AND NOT removed
        AND (buriedUntilDay IS NULL OR buriedUntilDay <= ?)
        """

    /// A row of `id, deckId, phase, due` and perhaps `noteKey, factKey`, read by position: the
    /// queue reads hundreds of them before the first question.
    static func queueCard(_ row: Row) -> QueueCard {
        QueueCard(
            id: row[0], deckID: row[1], phase: CardPhase(rawValue: row[2]) ?? .new, due: StoredBounds.date(row[3]),
            siblings: row.count < 6 ? SiblingKeys() : SiblingKeys(note: row[4], fact: row[5]))
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

    /// Records one answer durably, in its own transaction: the review log entry, the card's new
    /// state and, with a scope that buries siblings, its siblings buried until the next study
    /// day (`QueuePolicy.siblingsToBury`; their ids are in the result). Refuses (and changes
    /// nothing) if another process answered the card since it was shown.
    @discardableResult
    public func record(
        _ log: ReviewLog, cardID: Int64, sessionID: Int64?, scope: StudyScope? = nil
    ) throws -> StoredReview {
        try write { db in
            guard var card = try CardRecord.fetchOne(db, key: cardID) else {
                throw StoreError.noSuchCard(String(cardID))
            }
            guard card.state.reps == log.before.reps else {
                throw StoreError.cardChangedElsewhere(key: card.key)
            }
            var review = ReviewRecord(cardID: cardID, sessionID: sessionID, log: log)
            try review.insert(db)
            card.state = log.after
            card.buriedUntilDay = nil
            try card.update(db)
            var stored = review.stored
            if let scope {
                stored.buriedSiblings = scope.policy.siblingsToBury(
                    of: card.queueCard, among: try siblings(db, of: card, today: scope.today))
                for id in stored.buriedSiblings {
                    try db.execute(sql: "UPDATE card SET buriedUntilDay = ? WHERE id = ?", arguments: [scope.today + 1, id])
                }
            }
            return stored
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
            card.state = review.before.state
            try card.update(db)
            return card.stored(deckName: try deckName(db, card.deckId))
        }
    }

    /// Brings back today a sibling that answering a card buried (`:undo` of that answer).
    /// Burying and suspending a card otherwise go through `apply(_:to:now:calendar:)`, so they
    /// are in the card-change log.
    public func unbury(cardID: Int64) throws {
        try write { db in
            try db.execute(sql: "UPDATE card SET buriedUntilDay = NULL WHERE id = ?", arguments: [cardID])
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

    /// Answers given today: new cards by deck over the whole collection (for the limit over all
    /// decks), new cards and reviews in the scope's decks.
    private func studiedToday(_ db: Database, _ scope: StudyScope) throws -> StudiedToday {
        let byDeck = try Row.fetchAll(db, sql: """
            SELECT c.deckId AS deck, SUM(r.phaseBefore = 'new') AS new, SUM(r.phaseBefore = 'review') AS reviews
            FROM review r JOIN card c ON c.id = r.cardId
            WHERE r.reviewedAt >= ? AND r.reviewedAt < ? GROUP BY c.deckId
            """, arguments: [scope.startOfToday, scope.endOfToday])
        let inScope = scope.deckIDs.map(Set.init)
        var studied = StudiedToday()
        for row in byDeck {
            let deck: Int64 = row["deck"], new: Int = row["new"] ?? 0, reviews: Int = row["reviews"] ?? 0
            if new > 0 { studied.newByDeck[deck] = new }
            guard inScope?.contains(deck) ?? true else { continue }
            studied.new += new
            studied.reviews += reviews
        }
        return studied
    }

    private func decksInScope(_ db: Database, _ scope: StudyScope) throws -> [Int64] {
        try scope.deckIDs ?? Int64.fetchAll(db, sql: "SELECT id FROM deck")
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
