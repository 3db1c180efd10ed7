import Foundation

/// A review log from elsewhere, as CSV with a header naming the columns `card_id`, `day` (whole
/// study days from any start) and `rating` (1–4), and optionally `split` (`train` or `test`) and
/// `review_idx` (the order of a card's answers). Other columns are ignored. Read with
/// `DelimitedText`, so quoting and the separator follow the rest of recall's CSV handling.
public struct ReviewLogCSV: Sendable {
    /// Which part of the log an answer belongs to.
    public enum Split: String, Sendable {
        case train, test
    }

    /// Every card's history, in order of card ids.
    public var histories: [CardHistory]
    /// The split of each card (from its answers' `split`); empty when the file has no `split` column.
    public var splits: [Int64: Split]

    public var hasSplit: Bool { !splits.isEmpty }

    /// The histories of the cards in `split` (all of them when the file has no split).
    public func histories(in split: Split) -> [CardHistory] {
        hasSplit ? histories.filter { splits[$0.cardID] == split } : histories
    }

    /// Parses `text`; `file` names it in errors, which give the line and column.
    public static func parse(_ text: String, file: String) throws(ReviewLogCSVError) -> ReviewLogCSV {
        let table: DelimitedText
        do {
            table = try DelimitedText.parse(text, file: file)
        } catch {
            throw ReviewLogCSVError(location: error.location, message: error.message)
        }
        guard let header = table.rows.first else {
            throw ReviewLogCSVError(location: .init(file: file, line: 1, column: 1), message: "the file is empty")
        }
        let names = header.fields.map { $0.trimmingWhitespace.lowercased() }
        func column(_ name: String) -> Int? { names.firstIndex(of: name) }
        guard let cardColumn = column("card_id"), let dayColumn = column("day"), let ratingColumn = column("rating") else {
            let missing = ["card_id", "day", "rating"].filter { column($0) == nil }
            throw ReviewLogCSVError(
                location: .init(file: file, line: header.line, column: 1),
                message: "the header must name the columns card_id, day and rating; missing: "
                    + missing.joined(separator: ", "))
        }
        let splitColumn = column("split")
        let orderColumn = column("review_idx")

        var rows: [(cardID: Int64, order: Int, answer: CardHistory.Answer)] = []
        var splits: [Int64: Split] = [:]
        for (offset, row) in table.rows.dropFirst().enumerated() {
            if row.fields.allSatisfy({ $0.trimmingWhitespace.isEmpty }) { continue }
            func field(_ index: Int, _ what: String) throws(ReviewLogCSVError) -> String {
                guard index < row.fields.count else {
                    throw ReviewLogCSVError(
                        location: .init(file: file, line: row.line, column: 1), message: "this row has no \(what)")
                }
                return row.fields[index].trimmingWhitespace
            }
            func fail(_ index: Int, _ message: String) -> ReviewLogCSVError {
                let column = row.fields[..<index].reduce(1) { $0 + $1.count + 1 }
                return ReviewLogCSVError(location: .init(file: file, line: row.line, column: column), message: message)
            }
            let cardText = try field(cardColumn, "card_id")
            guard let cardID = Int64(cardText) else {
                throw fail(cardColumn, "card_id must be a whole number, not “\(TerminalText.sanitize(cardText, keepNewlines: false))”")
            }
            let dayText = try field(dayColumn, "day")
            guard let day = Int(dayText) else {
                throw fail(dayColumn, "day must be a whole number of days, not “\(TerminalText.sanitize(dayText, keepNewlines: false))”")
            }
            let ratingText = try field(ratingColumn, "rating")
            guard let value = Int(ratingText), let rating = Rating(rawValue: value) else {
                throw fail(ratingColumn, "rating must be 1, 2, 3 or 4, not “\(TerminalText.sanitize(ratingText, keepNewlines: false))”")
            }
            var order = offset
            if let orderColumn {
                let orderText = try field(orderColumn, "review_idx")
                guard let value = Int(orderText) else {
                    throw fail(orderColumn, "review_idx must be a whole number, not “\(TerminalText.sanitize(orderText, keepNewlines: false))”")
                }
                order = value
            }
            if let splitColumn {
                let splitText = try field(splitColumn, "split")
                guard let split = Split(rawValue: splitText.lowercased()) else {
                    throw fail(splitColumn, "split must be train or test, not “\(TerminalText.sanitize(splitText, keepNewlines: false))”")
                }
                if let earlier = splits[cardID], earlier != split {
                    throw fail(splitColumn, "card \(cardID) is in both the train and the test split")
                }
                splits[cardID] = split
            }
            rows.append((cardID, order, CardHistory.Answer(day: day, rating: rating)))
        }
        rows.sort { ($0.cardID, $0.answer.day, $0.order) < ($1.cardID, $1.answer.day, $1.order) }
        return ReviewLogCSV(histories: CardHistory.grouped(rows.map { ($0.cardID, $0.answer) }), splits: splits)
    }
}

/// A problem in a review-log CSV, with its place.
public struct ReviewLogCSVError: LocalizedError, Equatable, Sendable, CustomStringConvertible {
    public var location: SourceLocation
    public var message: String

    /// Compiler style: `log.csv:3:5: error: …`.
    public var description: String { "\(location): error: \(message)" }

    public var errorDescription: String? { "\(location): \(message)" }
}
