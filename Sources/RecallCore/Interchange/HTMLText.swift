import Foundation

/// Turns the HTML of an Anki field into plain text for a terminal: tags go, `<br>` and block
/// elements become line breaks, list items become `• ` (or `1. `) lines, table cells are joined
/// by ` | `, `<img src="x">` becomes `[image: x]`, entities are decoded once, `<script>` and
/// `<style>` bodies are dropped and runs of white space collapse to one space. At most one
/// blank line separates blocks; the result has no leading or trailing white space.
///
/// The output may still hold control characters (from `&#27;`, say); `TerminalText.sanitize`
/// neutralises them.
public enum HTMLText {
    public static func plainText(fromHTML html: String) -> String {
        guard html.contains(where: { $0 == "<" || $0 == "&" || $0.isWhitespace }) else { return html }
        var converter = Converter(Array(html.unicodeScalars))
        converter.run()
        return converter.output.text
    }

    /// `text` with HTML entities decoded (`&amp;` → `&`, `&#233;` → `é`, `&#x1F600;` → 😀).
    /// Unknown entities are left as written.
    public static func decodeEntities(_ text: String) -> String {
        guard text.contains("&") else { return text }
        let scalars = Array(text.unicodeScalars)
        var result = String.UnicodeScalarView()
        var index = 0
        while index < scalars.count {
            if scalars[index] == "&", let (decoded, next) = HTMLEntities.decode(scalars, at: index) {
                result.append(contentsOf: decoded.unicodeScalars)
                index = next
            } else {
                result.append(scalars[index])
                index += 1
            }
        }
        return String(result)
    }

    static let blockTags: Set<String> = [
        "address", "article", "aside", "blockquote", "caption", "dd", "div", "dl", "dt",
        "fieldset", "figcaption", "figure", "footer", "form", "h1", "h2", "h3", "h4", "h5", "h6",
        "header", "hr", "li", "main", "nav", "ol", "p", "pre", "section", "table", "tr", "ul",
    ]
}

/// Accumulates text, deciding where spaces and line breaks really go. The text is kept as
/// UTF-8 bytes with its last two scalars, which say what its last character is (appending to
/// a `String` scalar by scalar, and asking for its last character, cost most of the
/// conversion of an import's fields).
struct PlainTextOutput {
    private var bytes: [UInt8] = []
    private var last: Unicode.Scalar?
    private var beforeLast: Unicode.Scalar?
    private var pendingSpace = false
    private var pendingNewlines = 0

    var text: String { String(decoding: bytes, as: UTF8.self) }

    /// Whether the last character is a line feed: its last scalar, not after a carriage return
    /// (which makes one character with it).
    private var atLineStart: Bool { bytes.isEmpty || (last == "\n" && beforeLast != "\r") }

    /// Whether the last character is a space: its last scalar, unless the one before joins it
    /// (a prepended concatenation mark does), as the text's own characters would say.
    private var endsWithSpace: Bool {
        guard last == " " else { return false }
        guard let beforeLast, !beforeLast.isASCII else { return true }
        return String(String.UnicodeScalarView([beforeLast, " "])).last == " "
    }

    mutating func appendWhitespace() {
        pendingSpace = true
    }

    mutating func append(_ scalar: Unicode.Scalar) {
        flush()
        add(scalar)
    }

    /// Text that must appear as written (a bullet, an image marker), spaces included.
    mutating func appendLiteral(_ literal: String) {
        flush()
        for scalar in literal.unicodeScalars { add(scalar) }
    }

    /// `<br>`: a line break even on an empty line, so `<br><br>` leaves a blank line.
    mutating func hardBreak() {
        pendingNewlines = min(pendingNewlines + 1, 2)
    }

    /// A block starts or ends: continue on a fresh line.
    mutating func blockBreak() {
        if pendingNewlines == 0 && !atLineStart { pendingNewlines = 1 }
    }

    private mutating func add(_ scalar: Unicode.Scalar) {
        if scalar.isASCII {
            bytes.append(UInt8(scalar.value))
        } else {
            UTF8.encode(scalar) { bytes.append($0) }
        }
        beforeLast = last
        last = scalar
    }

    private mutating func flush() {
        if pendingNewlines > 0 {
            if !bytes.isEmpty { for _ in 0..<pendingNewlines { add("\n") } }
        } else if pendingSpace && !atLineStart && !endsWithSpace {
            add(" ")
        }
        pendingNewlines = 0
        pendingSpace = false
    }
}

private struct Converter {
    let scalars: [Unicode.Scalar]
    var index = 0
    var output = PlainTextOutput()
    /// Open lists, innermost last: whether each is ordered, and its item count so far.
    var lists: [(ordered: Bool, count: Int)] = []
    var cellsInRow = 0

    init(_ scalars: [Unicode.Scalar]) { self.scalars = scalars }

    mutating func run() {
        while index < scalars.count {
            let scalar = scalars[index]
            switch scalar {
            case "<":
                if !readMarkup() {
                    output.append(scalar)
                    index += 1
                }
            case "&":
                if let (decoded, next) = HTMLEntities.decode(scalars, at: index) {
                    appendText(decoded)
                    index = next
                } else {
                    output.append(scalar)
                    index += 1
                }
            default:
                appendText(scalar)
                index += 1
            }
        }
    }

    mutating func appendText(_ text: String) {
        for scalar in text.unicodeScalars { appendText(scalar) }
    }

    mutating func appendText(_ scalar: Unicode.Scalar) {
        switch scalar {
        case " ", "\t", "\n", "\r", "\u{0C}", "\u{A0}": output.appendWhitespace()
        default: output.append(scalar)
        }
    }

    /// Reads a tag, comment or doctype at `index` (which holds `<`). Returns false when the
    /// `<` does not start markup, so it is text.
    mutating func readMarkup() -> Bool {
        let start = index + 1
        guard start < scalars.count else { return false }
        if scalars[start] == "!" {
            let terminator: [Unicode.Scalar] = matches("!--", at: start) ? ["-", "-", ">"] : [">"]
            index = find(terminator, from: start).map { $0 + terminator.count } ?? scalars.count
            return true
        }
        let closing = scalars[start] == "/"
        var cursor = closing ? start + 1 : start
        guard cursor < scalars.count, scalars[cursor].properties.isAlphabetic else { return false }
        var name = ""
        while cursor < scalars.count, scalars[cursor].properties.isAlphabetic
            || ("0"..."9").contains(scalars[cursor]) {
            name.unicodeScalars.append(scalars[cursor])
            cursor += 1
        }
        name = name.lowercased()
        let (attributes, end) = readAttributes(from: cursor)
        index = end
        if closing {
            closeTag(name)
        } else {
            openTag(name, attributes: attributes)
            if name == "script" || name == "style" { skipRawText(until: name) }
        }
        return true
    }

    mutating func openTag(_ name: String, attributes: [String: String]) {
        switch name {
        case "br":
            output.hardBreak()
        case "img":
            let source = attributes["src"].map { $0.trimmingCharacters(in: .whitespaces) } ?? ""
            output.appendLiteral(source.isEmpty ? "[image]" : "[image: \(source)]")
        case "ul", "ol":
            output.blockBreak()
            lists.append((ordered: name == "ol", count: 0))
        case "li":
            output.blockBreak()
            var marker = "• "
            if let last = lists.indices.last {
                lists[last].count += 1
                if lists[last].ordered { marker = "\(lists[last].count). " }
            }
            output.appendLiteral(String(repeating: "  ", count: max(lists.count - 1, 0)) + marker)
        case "tr":
            output.blockBreak()
            cellsInRow = 0
        case "td", "th":
            if cellsInRow > 0 { output.appendLiteral(" | ") }
            cellsInRow += 1
        default:
            if HTMLText.blockTags.contains(name) { output.blockBreak() }
        }
    }

    mutating func closeTag(_ name: String) {
        if name == "ul" || name == "ol", !lists.isEmpty { lists.removeLast() }
        if HTMLText.blockTags.contains(name) { output.blockBreak() }
    }

    /// Reads `name="value"` pairs up to the closing `>`, respecting quotes. Returns the
    /// attributes (names lower-cased, values entity-decoded) and the index after `>`.
    func readAttributes(from start: Int) -> ([String: String], Int) {
        var attributes: [String: String] = [:]
        var cursor = start
        while cursor < scalars.count {
            let scalar = scalars[cursor]
            if scalar == ">" { return (attributes, cursor + 1) }
            if scalar == " " || scalar == "\t" || scalar == "\n" || scalar == "\r" || scalar == "/" {
                cursor += 1
                continue
            }
            var name = ""
            while cursor < scalars.count, !" \t\n\r=>/".unicodeScalars.contains(scalars[cursor]) {
                name.unicodeScalars.append(scalars[cursor])
                cursor += 1
            }
            guard cursor < scalars.count, scalars[cursor] == "=" else {
                if !name.isEmpty { attributes[name.lowercased()] = "" }
                continue
            }
            cursor += 1
            var value = ""
            if cursor < scalars.count, scalars[cursor] == "\"" || scalars[cursor] == "'" {
                let quote = scalars[cursor]
                cursor += 1
                while cursor < scalars.count, scalars[cursor] != quote {
                    value.unicodeScalars.append(scalars[cursor])
                    cursor += 1
                }
                cursor += 1
            } else {
                while cursor < scalars.count, !" \t\n\r>".unicodeScalars.contains(scalars[cursor]) {
                    value.unicodeScalars.append(scalars[cursor])
                    cursor += 1
                }
            }
            attributes[name.lowercased()] = HTMLText.decodeEntities(value)
        }
        return (attributes, scalars.count)
    }

    /// Skips the body of `<script>` or `<style>` and its closing tag.
    mutating func skipRawText(until name: String) {
        let closing = Array("</\(name)".unicodeScalars)
        var cursor = index
        while let found = find(closing, from: cursor, caseInsensitive: true) {
            let after = found + closing.count
            if after >= scalars.count || !scalars[after].properties.isAlphabetic {
                index = find([">"], from: after).map { $0 + 1 } ?? scalars.count
                return
            }
            cursor = after
        }
        index = scalars.count
    }

    func matches(_ text: String, at position: Int) -> Bool {
        let pattern = Array(text.unicodeScalars)
        return position + pattern.count <= scalars.count
            && Array(scalars[position..<position + pattern.count]) == pattern
    }

    func find(_ pattern: [Unicode.Scalar], from start: Int, caseInsensitive: Bool = false) -> Int? {
        guard !pattern.isEmpty, pattern.count <= scalars.count else { return nil }
        var position = start
        while position + pattern.count <= scalars.count {
            var matched = true
            for offset in pattern.indices {
                var candidate = scalars[position + offset]
                if caseInsensitive, ("A"..."Z").contains(candidate) {
                    candidate = Unicode.Scalar(candidate.value + 32)!
                }
                if candidate != pattern[offset] {
                    matched = false
                    break
                }
            }
            if matched { return position }
            position += 1
        }
        return nil
    }
}
