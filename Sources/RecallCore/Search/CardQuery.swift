import Foundation

/// A search over cards in a subset of Anki's search syntax, as a tree: what `recall cards`
/// and `recall card … --query` read. `CardQueryParser` builds it; RecallStore turns it into SQL.
public indirect enum CardQuery: Sendable, Equatable {
    /// Every card: the empty query.
    case all
    /// A word or a quoted phrase, found in the front or the back of a card, without regard to
    /// case or accents.
    case text(String)
    /// `deck:NAME`: a deck and every deck under it; `*` stands for any run of characters.
    /// `column` is where the name starts in the query, for an error about it.
    case deck(String, column: Int)
    /// `tag:NAME`: a tag or a tag under it (`tag:geo` finds `geo::rivers`); `*` as for decks.
    case tag(String)
    /// `is:new`, `is:learn` …
    case state(CardStateFilter)
    /// `prop:ivl>=10`, `prop:due<=3` …
    case property(CardProperty, Comparison, Int)
    /// `rated:7`, answered in the last 7 study days (today is the first); `rated:7:1`, answered
    /// Again in them.
    case rated(days: Int, rating: Rating?)
    case not(CardQuery)
    case and([CardQuery])
    case or([CardQuery])

    /// Whether the query asks for something anywhere in it (`is:removed` lifts the default of
    /// leaving removed cards out).
    public func contains(_ state: CardStateFilter) -> Bool {
        switch self {
        case let .state(found): found == state
        case let .not(inner): inner.contains(state)
        case let .and(parts), let .or(parts): parts.contains { $0.contains(state) }
        default: false
        }
    }
}

/// What `is:` can ask.
public enum CardStateFilter: String, Sendable, CaseIterable {
    /// Never studied.
    case new
    /// In learning or relearning steps.
    case learn
    /// Graduated: review cards and relearning ones, as Anki counts them.
    case review
    /// Due now: review cards due today, learning cards whose step has elapsed; not suspended
    /// or buried.
    case due
    case suspended
    /// Buried until a later study day.
    case buried
    /// No longer in its deck file (kept with its history); recall's own, not Anki's.
    case removed
}

/// The numbers `prop:` compares.
public enum CardProperty: String, Sendable, CaseIterable {
    /// The interval in days (0 for cards not yet graduated).
    case ivl
    /// Study days from today to the card's due day (negative when overdue); never true of new cards.
    case due
    case reps
    case lapses
}

public enum Comparison: String, Sendable, CaseIterable {
    // Longest first, so `>=` is read before `>`.
    case lessOrEqual = "<=", greaterOrEqual = ">=", notEqual = "!=", less = "<", greater = ">", equal = "="

    public func holds(_ lhs: Int, _ rhs: Int) -> Bool {
        switch self {
        case .lessOrEqual: lhs <= rhs
        case .greaterOrEqual: lhs >= rhs
        case .notEqual: lhs != rhs
        case .less: lhs < rhs
        case .greater: lhs > rhs
        case .equal: lhs == rhs
        }
    }
}

extension CardQuery: CustomStringConvertible {
    /// A compact form of the tree, for tests and messages: `and(text(dog), not(is:new))`.
    public var description: String {
        switch self {
        case .all: "all"
        case let .text(text): "text(\(text))"
        case let .deck(name, _): "deck(\(name))"
        case let .tag(name): "tag(\(name))"
        case let .state(state): "is:\(state.rawValue)"
        case let .property(property, comparison, value): "prop:\(property.rawValue)\(comparison.rawValue)\(value)"
        case let .rated(days, rating): "rated:\(days)" + (rating.map { ":\($0.rawValue)" } ?? "")
        case let .not(inner): "not(\(inner))"
        case let .and(parts): "and(\(parts.map(\.description).joined(separator: ", ")))"
        case let .or(parts): "or(\(parts.map(\.description).joined(separator: ", ")))"
        }
    }
}

extension CardQuery {
    /// The form text is compared in: lower case, no accents, one kind of apostrophe. Both the
    /// cards' text and the query's words are folded this way.
    public static func folded(_ text: String) -> String {
        text.folding(options: [.caseInsensitive, .diacriticInsensitive, .widthInsensitive], locale: nil)
            .replacingOccurrences(of: "[\u{2018}\u{2019}\u{02BC}]", with: "'", options: .regularExpression)
    }
}
