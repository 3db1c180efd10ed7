/// The raw data behind a report as RFC 4180 CSV (CRLF line ends, quoted fields where needed):
/// the review log and the state of every card, each with a header row. Text from decks that a
/// spreadsheet would run as a formula is neutralised with a leading apostrophe.
public struct CSVReportRenderer: Sendable {
    public enum Table: String, Sendable, CaseIterable {
        case reviews, cards
    }

    public init() {}

    public func render(_ table: Table, of input: ReportInput) -> String {
        switch table {
        case .reviews: reviewLog(input)
        case .cards: cardStates(input)
        }
    }

    /// One row a review the filters keep, oldest first.
    public func reviewLog(_ input: ReportInput) -> String {
        let cards = Dictionary(input.cards.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        var cursor = StudyDayCursor(calendar: input.calendar)
        var out = line([
            "reviewed_at", "study_day", "card_id", "card_key", "deck", "rating", "rating_value",
            "phase_before", "interval_days_before", "elapsed_days", "response_ms",
        ])
        for review in input.selectedReviews {
            let card = cards[review.cardID]
            out += line([
                ReportDates.isoInstant(review.reviewedAt),
                ReportDates.isoDate(ofDay: cursor.day(of: review.reviewedAt)),
                String(review.cardID),
                ReportEscaping.csv(card?.key ?? ""),
                ReportEscaping.csv(card?.deck ?? ""),
                review.rating.name,
                String(review.rating.rawValue),
                review.phaseBefore.rawValue,
                optional(review.intervalDaysBefore),
                optional(review.elapsedDays),
                optional(review.responseMilliseconds),
            ])
        }
        return out
    }

    /// One row a card the filters keep, in the input's order.
    public func cardStates(_ input: ReportInput) -> String {
        var out = line([
            "card_id", "card_key", "deck", "category", "phase", "suspended", "due", "last_review",
            "scheduled_days", "stability", "difficulty", "reps", "lapses", "prompt",
        ])
        for card in input.selectedCards {
            let state = card.state
            out += line([
                String(card.id),
                ReportEscaping.csv(card.key),
                ReportEscaping.csv(card.deck),
                card.category?.rawValue ?? "",
                state.phase.rawValue,
                card.suspended ? "true" : "false",
                ReportDates.isoInstant(state.due),
                state.lastReview.map(ReportDates.isoInstant) ?? "",
                optional(state.scheduledDays),
                state.memory.map { String($0.stability) } ?? "",
                state.memory.map { String($0.difficulty) } ?? "",
                String(state.reps),
                String(state.lapses),
                ReportEscaping.csv(card.prompt),
            ])
        }
        return out
    }

    private func line(_ fields: [String]) -> String {
        fields.joined(separator: ",") + "\r\n"
    }

    private func optional(_ value: Int?) -> String {
        value.map(String.init) ?? ""
    }
}
