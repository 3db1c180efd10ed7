import Foundation

/// A CSV or TSV file as Anki writes and reads it ("Notes in Plain Text"): optional `#key:value`
/// header lines (`#separator:tab`, `#html:true`, `#tags column:3`, `#deck column:2`,
/// `#notetype column:1`, `#guid column:1`, `#deck:…`, `#notetype:…`, `#tags:…`,
/// `#columns:…`), then rows quoted as RFC 4180 says: a field wrapped in `"` may hold the
/// separator, line breaks and doubled quotes (`""`). Lines starting with `#` are comments, as in
/// Anki. Without a `#separator` header the separator is sniffed from the first rows.
public struct DelimitedText: Sendable, Equatable {
    public struct Row: Sendable, Equatable {
        public var fields: [String]
        /// The 1-based line the row starts on.
        public var line: Int

        public init(fields: [String], line: Int) {
            self.fields = fields
            self.line = line
        }
    }

    public var separator: Character
    /// True when no `#separator` header named it.
    public var separatorWasGuessed: Bool
    /// `#html:`; nil when the file does not say.
    public var isHTML: Bool?
    /// 1-based column numbers from the `#… column:N` headers.
    public var tagsColumn: Int?
    public var deckColumn: Int?
    public var notetypeColumn: Int?
    public var guidColumn: Int?
    /// `#deck:`, `#notetype:` and `#tags:` apply to every row.
    public var deck: String?
    public var notetype: String?
    public var tags: [String]
    /// `#columns:` labels, if given.
    public var columnLabels: [String]?
    public var rows: [Row]

    /// Parses `text`; `file` names it in errors.
    public static func parse(_ text: String, file: String) throws(DelimitedTextError) -> DelimitedText {
        var lines = text.hasPrefix("\u{FEFF}") ? String(text.dropFirst()) : text
        var parsed = DelimitedText(
            separator: "\t", separatorWasGuessed: true, isHTML: nil, tagsColumn: nil, deckColumn: nil,
            notetypeColumn: nil, guidColumn: nil, deck: nil, notetype: nil, tags: [], columnLabels: nil,
            rows: [])
        var headerLineCount = 0
        var declaredSeparator: Character?
        while lines.hasPrefix("#") {
            let end = lines.firstIndex(where: \.isLineBreak) ?? lines.endIndex
            headerLineCount += 1
            let header = String(lines[lines.index(after: lines.startIndex)..<end])
            if let separator = try parsed.apply(header: header, at: SourceLocation(file: file, line: headerLineCount, column: 1)) {
                declaredSeparator = separator
            }
            lines = end == lines.endIndex ? "" : String(lines[lines.index(after: end)...])
        }
        if let declaredSeparator {
            parsed.separator = declaredSeparator
            parsed.separatorWasGuessed = false
        } else {
            parsed.separator = sniffSeparator(in: lines)
        }
        var reader = RowReader(text: lines, separator: parsed.separator, file: file, firstLine: headerLineCount + 1)
        parsed.rows = try reader.readAll()
        return parsed
    }

    /// Applies one header line (without its `#`); returns a declared separator.
    private mutating func apply(header: String, at location: SourceLocation) throws(DelimitedTextError) -> Character? {
        guard let colon = header.firstIndex(of: ":") else { return nil }
        let key = header[..<colon].trimmingCharacters(in: .whitespaces).lowercased()
        let value = String(header[header.index(after: colon)...])
        let trimmed = value.trimmingCharacters(in: .whitespaces)
        func column() throws(DelimitedTextError) -> Int {
            guard let number = Int(trimmed), number >= 1 else {
                throw .badHeader(location, "`#\(key)` needs a column number from 1 up, not “\(trimmed)”")
            }
            return number
        }
        switch key {
        case "separator":
            guard let separator = Self.separator(named: value) else {
                throw .badHeader(location, "unknown separator “\(trimmed)”; use tab, comma, semicolon, pipe, colon or space")
            }
            return separator
        case "html":
            switch trimmed.lowercased() {
            case "true", "yes", "1": isHTML = true
            case "false", "no", "0": isHTML = false
            default: throw .badHeader(location, "`#html` must be true or false, not “\(trimmed)”")
            }
        case "tags column": tagsColumn = try column()
        case "deck column": deckColumn = try column()
        case "notetype column": notetypeColumn = try column()
        case "guid column": guidColumn = try column()
        case "deck": deck = trimmed
        case "notetype": notetype = trimmed
        case "tags": tags = AnkiNote.tags(fromColumn: trimmed)
        case "columns":
            columnLabels = trimmed.split(whereSeparator: { $0 == "\t" || $0 == "," || $0 == ";" || $0 == "|" })
                .map { $0.trimmingCharacters(in: .whitespaces) }
        default: break
        }
        return nil
    }

    static func separator(named value: String) -> Character? {
        switch value.trimmingCharacters(in: .whitespaces).lowercased() {
        case "tab", "\\t": return "\t"
        case "comma", ",": return ","
        case "semicolon", ";": return ";"
        case "pipe", "|": return "|"
        case "colon", ":": return ":"
        case "space": return " "
        case "" where value.contains(" "): return " "
        case "" where value.contains("\t"): return "\t"
        default: return nil
        }
    }

    /// The separator that splits the first rows most consistently: tab, pipe, semicolon,
    /// comma, in that order of preference; tab when none occurs.
    static func sniffSeparator(in text: String) -> Character {
        let sample = text.split(whereSeparator: \.isLineBreak)
            .filter { !$0.hasPrefix("#") && !$0.allSatisfy(\.isWhitespace) }
            .prefix(20)
        guard !sample.isEmpty else { return "\t" }
        let candidates: [Character] = ["\t", "|", ";", ","]
        func count(_ separator: Character, in line: Substring) -> Int {
            var inQuotes = false
            var total = 0
            for character in line {
                if character == "\"" { inQuotes.toggle() } else if character == separator, !inQuotes { total += 1 }
            }
            return total
        }
        for candidate in candidates {
            let counts = sample.map { count(candidate, in: $0) }
            if let first = counts.first, first > 0, counts.allSatisfy({ $0 == first }) { return candidate }
        }
        return candidates.first { candidate in count(candidate, in: sample[sample.startIndex]) > 0 } ?? "\t"
    }
}

/// A problem that stops a text file from being read, with its place.
public enum DelimitedTextError: Error, Equatable, Sendable {
    case badHeader(SourceLocation, String)
    case unterminatedQuote(SourceLocation)
}

extension DelimitedTextError: CustomStringConvertible {
    public var location: SourceLocation {
        switch self {
        case .badHeader(let location, _), .unterminatedQuote(let location): location
        }
    }

    public var message: String {
        switch self {
        case .badHeader(_, let message): message
        case .unterminatedQuote: "this quoted field is never closed (a \" is missing)"
        }
    }

    /// Compiler style: `notes.txt:3:5: error: …`.
    public var description: String { "\(location): error: \(message)" }
}

/// Splits the body of a delimited file into rows (RFC 4180 quoting, CRLF or LF).
private struct RowReader {
    let characters: [Character]
    let separator: Character
    let file: String
    var index = 0
    var line: Int

    init(text: String, separator: Character, file: String, firstLine: Int) {
        characters = Array(text)
        self.separator = separator
        self.file = file
        line = firstLine
    }

    mutating func readAll() throws(DelimitedTextError) -> [DelimitedText.Row] {
        var rows: [DelimitedText.Row] = []
        while index < characters.count {
            let character = characters[index]
            if character.isLineBreak {
                index += 1
                line += 1
            } else if character == "#" {
                while index < characters.count, !characters[index].isLineBreak { index += 1 }
            } else {
                rows.append(try readRow())
            }
        }
        return rows
    }

    private mutating func readRow() throws(DelimitedTextError) -> DelimitedText.Row {
        let startLine = line
        var fields: [String] = []
        var field = ""
        var column = 1
        var fieldStart = true
        while index < characters.count {
            let character = characters[index]
            if fieldStart, character == "\"" {
                let opening = SourceLocation(file: file, line: line, column: column)
                index += 1
                column += 1
                try readQuoted(into: &field, opening: opening, column: &column)
                fieldStart = false
                continue
            }
            index += 1
            column += 1
            if character == separator {
                fields.append(field)
                field = ""
                fieldStart = true
            } else if character.isLineBreak {
                line += 1
                break
            } else {
                field.append(character)
                fieldStart = false
            }
        }
        fields.append(field)
        return DelimitedText.Row(fields: fields, line: startLine)
    }

    /// Reads a quoted field's body after its opening quote, through the closing quote.
    private mutating func readQuoted(
        into field: inout String, opening: SourceLocation, column: inout Int
    ) throws(DelimitedTextError) {
        while index < characters.count {
            let character = characters[index]
            index += 1
            column += 1
            if character == "\"" {
                if index < characters.count, characters[index] == "\"" {
                    field.append("\"")
                    index += 1
                    column += 1
                } else {
                    return
                }
            } else {
                if character.isLineBreak {
                    line += 1
                    column = 1
                }
                field.append(character)
            }
        }
        throw .unterminatedQuote(opening)
    }
}

extension Character {
    /// LF, CR or CRLF (one `Character` in Swift); not the Unicode line separators, which may
    /// appear inside a field.
    fileprivate var isLineBreak: Bool { self == "\n" || self == "\r\n" || self == "\r" }
}
