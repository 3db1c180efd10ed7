/// Reading on past a YAML syntax error inside one card: the card's lines are blanked out (so
/// every other line keeps its number) and the file is read again without it.
extension YAMLSyntaxError {
    /// The text with the entry of the `cards:` list that holds `line` blanked out; nil when the
    /// line is not inside a block list of cards (a `cards:` list, or a file that is one), so
    /// nothing of the file can be trusted.
    static func removingCard(atLine line: Int, from text: String) -> String? {
        var lines = SourceLines(text).lines
        func indent(_ index: Int) -> Int { lines[index].prefix { $0 == " " }.count }
        func body(_ index: Int) -> ArraySlice<Unicode.Scalar> { lines[index].dropFirst(indent(index)) }
        func isBlank(_ index: Int) -> Bool {
            let rest = body(index)
            return rest.allSatisfy { $0 == " " || $0 == "\r" } || rest.first == "#"
        }
        func startsItem(_ index: Int) -> Bool {
            let rest = body(index)
            return rest.first == "-" && (rest.count == 1 || rest.dropFirst().first == " ")
        }
        // Where the list begins: the first line after a top-level `cards:`, else the file's start.
        let cardsKey = lines.indices.first { indent($0) == 0 && body($0).starts(with: "cards:".unicodeScalars) }
        var start = cardsKey.map { $0 + 1 } ?? 0
        while lines.indices.contains(start), isBlank(start) || String(String.UnicodeScalarView(body(start))) == "---" {
            start += 1
        }
        guard lines.indices.contains(start), startsItem(start) else { return nil }
        let itemIndent = indent(start)
        var end = start + 1
        while lines.indices.contains(end),
              isBlank(end) || indent(end) > itemIndent || (indent(end) == itemIndent && startsItem(end)) {
            end += 1
        }
        let target = line - 1
        guard (start..<end).contains(target),
              let first = (start...target).last(where: { indent($0) == itemIndent && startsItem($0) })
        else { return nil }
        let last = (first + 1..<end).first { indent($0) == itemIndent && startsItem($0) } ?? end
        for index in first..<last { lines[index] = [] }
        return lines.map { String(String.UnicodeScalarView($0)) }.joined(separator: "\n")
    }
}
