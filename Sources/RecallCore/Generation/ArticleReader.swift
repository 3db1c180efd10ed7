/// Groups the lines of an article into paragraphs.
///
/// Two layouts are handled. In a *wrapped* text (paragraphs separated by blank lines, as in
/// Markdown) every line of a block belongs to the same paragraph. In a *line* text (one
/// paragraph a line, no blank lines) a line still continues on the next one when it was
/// clearly broken in the middle of a sentence: an open quotation mark, a next line starting
/// in lower case, or a line ending in a function word such as "of" or "the".
enum ArticleReader {
    struct Block {
        var scalars: [Unicode.Scalar] = []
        var offsets: [Int] = []
        var isHeading = false
        var isBlockQuote = false
    }

    private enum LineKind { case blank, heading, blockQuote, listItem, text }

    private struct Line {
        var kind: LineKind
        /// Content range in the source, markers and surrounding spaces removed.
        var start: Int
        var end: Int
    }

    static func paragraphs(of source: [Unicode.Scalar]) -> [Block] {
        let lines = readLines(source)
        let wrapped = isWrapped(lines)
        var blocks: [Block] = []
        var current: Block?
        var previous: Line?
        func flush() {
            if let block = current, !block.scalars.isEmpty { blocks.append(block) }
            current = nil
        }
        for line in lines {
            switch line.kind {
            case .blank:
                flush()
                previous = nil
                continue
            case .heading:
                flush()
                var block = Block(isHeading: true)
                append(line, of: source, to: &block)
                blocks.append(block)
                previous = nil
                continue
            default:
                break
            }
            // The first line of a text is its own paragraph unless it clearly runs on.
            let isFirstLine = blocks.isEmpty && current.map { $0.offsets.first == previous?.start } == true
            if var block = current, let before = previous,
               continues(block, before, line, source: source, wrapped: wrapped && !isFirstLine) {
                block.scalars.append(" ")
                block.offsets.append(before.end)
                append(line, of: source, to: &block)
                current = block
            } else {
                flush()
                var block = Block(isBlockQuote: line.kind == .blockQuote)
                append(line, of: source, to: &block)
                current = block
            }
            previous = line
        }
        flush()
        return blocks
    }

    private static func append(_ line: Line, of source: [Unicode.Scalar], to block: inout Block) {
        var index = line.start
        while index < line.end {
            let scalar = source[index]
            // Markdown emphasis markers: "**bold**", "__bold__", "*it*".
            if scalar == "*" || (scalar == "_" && index + 1 < line.end && source[index + 1] == "_") {
                index += 1
                continue
            }
            // Markdown links: "[text](url)" reads as "text".
            if scalar == "[", linkClose(source, from: index, end: line.end) != nil {
                index += 1
                continue
            }
            if scalar == "]", index + 1 < line.end, source[index + 1] == "(",
               let close = source[(index + 1)..<line.end].firstIndex(of: ")") {
                index = close + 1
                continue
            }
            if scalar == "\t" || scalar == "\r" {
                block.scalars.append(" ")
            } else {
                block.scalars.append(scalar)
            }
            block.offsets.append(index)
            index += 1
        }
    }

    /// Index of the "](" closing a link opened at `start`, if any.
    private static func linkClose(_ source: [Unicode.Scalar], from start: Int, end: Int) -> Int? {
        var index = start + 1
        while index + 1 < end {
            if source[index] == "[" { return nil }
            if source[index] == "]" { return source[index + 1] == "(" ? index : nil }
            index += 1
        }
        return nil
    }

    private static func readLines(_ source: [Unicode.Scalar]) -> [Line] {
        var lines: [Line] = []
        var start = 0
        for index in 0...source.count where index == source.count || source[index] == "\n" {
            lines.append(classify(source, start, index))
            start = index + 1
        }
        return lines
    }

    private static func classify(_ source: [Unicode.Scalar], _ lineStart: Int, _ lineEnd: Int) -> Line {
        var start = lineStart
        var end = lineEnd
        while start < end, source[start].isSpace { start += 1 }
        while end > start, source[end - 1].isSpace { end -= 1 }
        if start == end { return Line(kind: .blank, start: start, end: end) }
        var kind = LineKind.text
        if source[start] == "#" {
            while start < end, source[start] == "#" { start += 1 }
            kind = .heading
        } else if source[start] == ">" {
            while start < end, source[start] == ">" { start += 1 }
            kind = .blockQuote
        } else if (source[start] == "-" || source[start] == "*" || source[start] == "+"),
                  start + 1 < end, source[start + 1] == " " {
            start += 1
            kind = .listItem
        }
        while start < end, source[start].isSpace { start += 1 }
        if start == end { return Line(kind: .blank, start: start, end: end) }
        return Line(kind: kind, start: start, end: end)
    }

    /// Blank lines between blocks, and most lines short: the text is hard-wrapped.
    private static func isWrapped(_ lines: [Line]) -> Bool {
        let text = lines.filter { $0.kind != .blank }
        guard lines.contains(where: { $0.kind == .blank }), text.count > 2 else { return false }
        let short = text.filter { $0.end - $0.start <= 100 }.count
        return short * 10 >= text.count * 8
    }

    private static let functionWords: Set<String> = [
        "a", "an", "the", "of", "to", "for", "and", "or", "but", "in", "on", "at", "by", "with",
        "from", "as", "that", "which", "who", "whom", "whose", "this", "these", "those", "its",
        "his", "her", "their", "our", "is", "are", "was", "were", "be", "been", "has", "have",
        "had", "will", "would", "can", "could", "may", "might", "should", "must", "into", "than",
        "not", "no", "new", "such", "some", "any", "more", "most", "very", "also", "if", "when",
        "while", "about", "between", "over", "under", "after", "before", "during", "against",
    ]

    private static func continues(
        _ block: Block, _ previous: Line, _ line: Line, source: [Unicode.Scalar], wrapped: Bool
    ) -> Bool {
        if line.kind == .listItem || previous.kind == .listItem { return false }
        if (line.kind == .blockQuote) != (previous.kind == .blockQuote) { return false }
        if wrapped { return true }
        let last = source[previous.end - 1]
        if ".!?…:".unicodeScalars.contains(last) { return false }
        if isClosingQuote(last), previous.end >= 2,
           ".!?…".unicodeScalars.contains(source[previous.end - 2]) {
            return false
        }
        if hasOpenQuote(block.scalars) { return true }
        let first = source[line.start]
        if first.isLower { return true }
        // The last word of the previous line.
        var wordStart = previous.end
        while wordStart > previous.start, source[wordStart - 1].isLetter {
            wordStart -= 1
        }
        let word = String(String.UnicodeScalarView(source[wordStart..<previous.end]))
        guard !word.isEmpty, word.unicodeScalars.first!.isLower else { return false }
        if functionWords.contains(word) { return true }
        // "The contentious" + "“Zangezur corridor” is omitted": a long line ending in a
        // lower-case word, continued by a quotation.
        return isOpeningQuote(first) && previous.end - previous.start > 40
    }

    static func isOpeningQuote(_ scalar: Unicode.Scalar) -> Bool {
        scalar == "\u{201C}" || scalar == "\u{2018}" || scalar == "\"" || scalar == "'"
    }

    static func isClosingQuote(_ scalar: Unicode.Scalar) -> Bool {
        scalar == "\u{201D}" || scalar == "\u{2019}" || scalar == "\"" || scalar == "'"
    }

    /// More curly opening than closing double quotes, or an odd number of straight ones.
    private static func hasOpenQuote(_ scalars: [Unicode.Scalar]) -> Bool {
        var depth = 0
        var straight = 0
        for scalar in scalars {
            switch scalar {
            case "\u{201C}": depth += 1
            case "\u{201D}": depth = max(0, depth - 1)
            case "\"": straight += 1
            default: break
            }
        }
        return depth > 0 || straight % 2 == 1
    }
}
