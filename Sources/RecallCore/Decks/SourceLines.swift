/// The lines of a deck file as Unicode scalars, which is how libyaml counts columns, for
/// pointing inside a value at the exact place of a problem. Only where each line starts is
/// found up front (one pass over the bytes); a line's scalars are read when they are asked for.
struct SourceLines {
    private let text: String
    /// The UTF-8 offset of each line's first byte.
    private let starts: [Int]

    init(_ text: String) {
        self.text = text
        var starts = [0]
        var offset = 0
        for byte in text.utf8 {
            offset += 1
            if byte == UInt8(ascii: "\n") { starts.append(offset) }
        }
        self.starts = starts
    }

    /// Each line without its line break (a `\r` before `\n` stays, and is never searched for).
    var lines: [[Unicode.Scalar]] { starts.indices.map(line) }

    /// The scalars of the line at 0-based `index`, without its line break.
    func line(_ index: Int) -> [Unicode.Scalar] {
        Array(scalars(ofLine: index))
    }

    private func scalars(ofLine index: Int) -> Substring.UnicodeScalarView {
        let utf8 = text.utf8
        let start = utf8.index(utf8.startIndex, offsetBy: starts[index])
        let end = index + 1 < starts.count
            ? utf8.index(utf8.startIndex, offsetBy: starts[index + 1] - 1) : utf8.endIndex
        return text.unicodeScalars[start..<end]
    }

    /// The scalar at a 1-based line and column, if there is one.
    func scalar(line: Int, column: Int) -> Unicode.Scalar? {
        guard starts.indices.contains(line - 1), column >= 1 else { return nil }
        let scalars = scalars(ofLine: line - 1)
        guard let index = scalars.index(scalars.startIndex, offsetBy: column - 1, limitedBy: scalars.endIndex),
              index != scalars.endIndex
        else { return nil }
        return scalars[index]
    }

    /// The 1-based position of the `occurrence`-th (0-based) `token` at or after the given
    /// position, searching line by line; tokens do not span lines.
    func position(of token: String, occurrence: Int, from line: Int, column: Int) -> (line: Int, column: Int)? {
        let pattern = Array(token.unicodeScalars)
        guard !pattern.isEmpty else { return nil }
        var remaining = occurrence
        var lineIndex = line - 1, start = column - 1
        while starts.indices.contains(lineIndex) {
            let scalars = self.line(lineIndex)
            var index = max(start, 0)
            while index + pattern.count <= scalars.count {
                if Array(scalars[index..<index + pattern.count]) == pattern {
                    if remaining == 0 { return (lineIndex + 1, index + 1) }
                    remaining -= 1
                    index += pattern.count
                } else {
                    index += 1
                }
            }
            lineIndex += 1
            start = 0
        }
        return nil
    }
}
