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
            let joins = previous.flatMap { before in
                current.map { continues($0, before, line, source: source, wrapped: wrapped && !isFirstLine, isFirstLine: isFirstLine) }
            } ?? false
            // Taken out of `current` so that appending does not copy the block (a paragraph of
            // many lines stays linear).
            if joins, let before = previous, var block = current.take() {
                block.scalars.append(" ")
                block.offsets.append(before.end)
                append(line, of: source, to: &block)
                current = block
            } else {
                flush()
                var block = Block(isBlockQuote: line.kind == .blockQuote)
                append(line, of: source, to: &block, skippingStrayLetter: true)
                current = block
            }
            previous = line
        }
        flush()
        markHeadingLines(&blocks, wrapped: wrapped)
        return blocks
    }

    /// In a text with one paragraph a line, a line that ends without a sentence stop and
    /// holds at most `headingWords` words is a heading (the title, a section or chart
    /// label), not a sentence to ask about.
    private static func markHeadingLines(_ blocks: inout [Block], wrapped: Bool) {
        guard !wrapped, blocks.count > 1 else { return }
        for index in blocks.indices where !blocks[index].isBlockQuote && !blocks[index].isHeading {
            let scalars = blocks[index].scalars
            guard let last = scalars.last else { continue }
            let words = scalars.split(separator: " ").count
            let ends = ".!?…".unicodeScalars.contains(last)
                || (isClosingQuote(last) && scalars.count >= 2 && ".!?…,".unicodeScalars.contains(scalars[scalars.count - 2]))
            if !ends, words <= (index == 0 ? 25 : headingWords) {
                blocks[index].isHeading = true
            }
        }
    }

    /// The most words a heading line holds.
    static let headingWords = 14

    private static func append(
        _ line: Line, of source: [Unicode.Scalar], to block: inout Block, skippingStrayLetter: Bool = false
    ) {
        var index = line.start
        if skippingStrayLetter, startsWithStrayLetter(line, source) { index += 1 }
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

    private static func continues(
        _ block: Block, _ previous: Line, _ line: Line, source: [Unicode.Scalar], wrapped: Bool, isFirstLine: Bool = false
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
        if first.isLower, !startsWithStrayLetter(line, source) { return true }
        // The last word of the previous line.
        var wordStart = previous.end
        while wordStart > previous.start, source[wordStart - 1].isLetter {
            wordStart -= 1
        }
        let word = String(String.UnicodeScalarView(source[wordStart..<previous.end]))
        guard !word.isEmpty, word.unicodeScalars.first!.isLower else { return false }
        if Lexicon.functionWords.contains(word) { return true }
        // "The contentious" + "“Zangezur corridor” is omitted": a long line ending in a
        // lower-case word, continued by a quotation. (Not the title: "… what support he has is
        // eroding" + "“Will you be voting …?” I asked" opens the article on a quotation.)
        return isOpeningQuote(first) && previous.end - previous.start > 40 && !isFirstLine
    }

    /// "wAfter spending…": a lower-case letter typed before the capital that starts a line,
    /// a slip of the keyboard rather than the start of a word.
    private static func startsWithStrayLetter(_ line: Line, _ source: [Unicode.Scalar]) -> Bool {
        guard line.end - line.start >= 3, source[line.start].isLower, source[line.start + 1].properties.isUppercase else {
            return false
        }
        var end = line.start + 1
        while end < line.end, source[end].isLetter { end += 1 }
        let word = String(String.UnicodeScalarView(source[(line.start + 1)..<end])).lowercased()
        return Lexicon.capitalFunctionWords.contains(word)
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
