/// The lines of a deck file as Unicode scalars, which is how libyaml counts columns, for
/// pointing inside a value at the exact place of a problem.
struct SourceLines {
    /// Each line without its line break (a `\r` before `\n` stays, and is never searched for).
    let lines: [[Unicode.Scalar]]

    init(_ text: String) {
        var lines: [[Unicode.Scalar]] = [[]]
        for scalar in text.unicodeScalars {
            if scalar == "\n" { lines.append([]) } else { lines[lines.count - 1].append(scalar) }
        }
        self.lines = lines
    }

    /// The scalar at a 1-based line and column, if there is one.
    func scalar(line: Int, column: Int) -> Unicode.Scalar? {
        guard lines.indices.contains(line - 1), lines[line - 1].indices.contains(column - 1) else { return nil }
        return lines[line - 1][column - 1]
    }

    /// The 1-based position of the `occurrence`-th (0-based) `token` at or after the given
    /// position, searching line by line; tokens do not span lines.
    func position(of token: String, occurrence: Int, from line: Int, column: Int) -> (line: Int, column: Int)? {
        let pattern = Array(token.unicodeScalars)
        guard !pattern.isEmpty else { return nil }
        var remaining = occurrence
        var lineIndex = line - 1, start = column - 1
        while lines.indices.contains(lineIndex) {
            let scalars = lines[lineIndex]
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
