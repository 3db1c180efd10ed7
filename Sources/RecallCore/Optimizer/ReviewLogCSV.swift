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

    /// One answer read from a row: `order` keeps a card's answers of one day in file order.
    typealias Row = (cardID: Int64, order: Int, answer: CardHistory.Answer)

    /// Parses `text`; `file` names it in errors, which give the line and column.
    public static func parse(_ text: String, file: String) throws(ReviewLogCSVError) -> ReviewLogCSV {
        var (rows, splits): ([Row], [Int64: Split])
        if let fast = fastRows(text) {
            (rows, splits) = fast
        } else {
            (rows, splits) = try Self.rows(of: text, file: file)
        }
        rows.sort { ($0.cardID, $0.answer.day, $0.order) < ($1.cardID, $1.answer.day, $1.order) }
        return ReviewLogCSV(histories: CardHistory.grouped(rows.map { ($0.cardID, $0.answer) }), splits: splits)
    }

    /// The rows read by `DelimitedText`, as every CSV recall reads is, and checked value by value.
    private static func rows(of text: String, file: String) throws(ReviewLogCSVError) -> (rows: [Row], splits: [Int64: Split]) {
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

        var rows: [Row] = []
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
        return (rows, splits)
    }
}

extension ReviewLogCSV {
    /// The usual file read straight from its bytes, several times faster: commas between plain
    /// ASCII values (letters, digits, `_`, `-`), no quotes, spaces, comments or other separators,
    /// every value well formed and each card in one split. Nil for anything else, which
    /// `rows(of:file:)` reads (and words the error of, with its place).
    static func fastRows(_ text: String) -> (rows: [Row], splits: [Int64: Split])? {
        var text = text
        return text.withUTF8 { bytes -> (rows: [Row], splits: [Int64: Split])? in
            let comma = UInt8(ascii: ","), newline = UInt8(ascii: "\n"), carriageReturn = UInt8(ascii: "\r")
            func plain(_ byte: UInt8) -> Bool {
                switch byte {
                case UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "a")...UInt8(ascii: "z"),
                     UInt8(ascii: "A")...UInt8(ascii: "Z"), UInt8(ascii: "_"), UInt8(ascii: "-"): true
                default: false
                }
            }
            // Each line as the ranges of its fields; nil when a byte is not a plain one.
            var position = 0
            func nextLine() -> [Range<Int>]?? {
                guard position < bytes.count else { return .some(nil) }
                var fields: [Range<Int>] = []
                var start = position
                while position < bytes.count, bytes[position] != newline {
                    let byte = bytes[position]
                    if byte == comma {
                        fields.append(start..<position)
                        start = position + 1
                    } else if byte == carriageReturn {
                        guard position + 1 < bytes.count, bytes[position + 1] == newline else { return nil }
                        break
                    } else if !plain(byte) {
                        return nil
                    }
                    position += 1
                }
                fields.append(start..<position)
                if position < bytes.count, bytes[position] == carriageReturn { position += 1 }
                position += 1
                return .some(fields)
            }
            func integer(_ range: Range<Int>) -> Int64? {
                var index = range.lowerBound
                let negative = index < range.upperBound && bytes[index] == UInt8(ascii: "-")
                if negative { index += 1 }
                guard index < range.upperBound, range.upperBound - index <= 18 else { return nil }
                var value: Int64 = 0
                while index < range.upperBound {
                    let digit = bytes[index] &- UInt8(ascii: "0")
                    guard digit < 10 else { return nil }
                    value = value * 10 + Int64(digit)
                    index += 1
                }
                return negative ? -value : value
            }
            guard case let header?? = nextLine() else { return nil }
            let names = header.map { String(decoding: UnsafeBufferPointer(rebasing: bytes[$0]), as: UTF8.self).lowercased() }
            guard let cardColumn = names.firstIndex(of: "card_id"), let dayColumn = names.firstIndex(of: "day"),
                  let ratingColumn = names.firstIndex(of: "rating")
            else { return nil }
            let splitColumn = names.firstIndex(of: "split")
            let orderColumn = names.firstIndex(of: "review_idx")
            var rows: [Row] = []
            var splits: [Int64: Split] = [:]
            var offset = 0
            while case let line?? = nextLine() {
                defer { offset += 1 }
                if line.count == 1, line[0].isEmpty { continue }
                guard line.count == names.count, let cardID = integer(line[cardColumn]),
                      let day = integer(line[dayColumn]).flatMap({ Int(exactly: $0) }),
                      let value = integer(line[ratingColumn]), let rating = Rating(rawValue: Int(value))
                else { return nil }
                var order = offset
                if let orderColumn {
                    guard let value = integer(line[orderColumn]).flatMap({ Int(exactly: $0) }) else { return nil }
                    order = value
                }
                if let splitColumn {
                    let text = String(decoding: UnsafeBufferPointer(rebasing: bytes[line[splitColumn]]), as: UTF8.self)
                    guard let split = Split(rawValue: text), splits[cardID].map({ $0 == split }) ?? true else { return nil }
                    splits[cardID] = split
                }
                rows.append((cardID, order, CardHistory.Answer(day: day, rating: rating)))
            }
            // A line that was not plain ends the loop early: the full reader takes the file.
            return position >= bytes.count ? (rows, splits) : nil
        }
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
