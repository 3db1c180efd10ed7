import Yams

/// Turns the errors Yams (libyaml) throws into a sentence at a place in the deck file.
enum YAMLSyntaxError {
    static func diagnostic(for error: any Error, file: String, text: String) -> DeckDiagnostic {
        func at(_ mark: Mark) -> SourceLocation {
            SourceLocation(file: file, line: mark.line, column: mark.column)
        }
        guard let error = error as? YamlError else {
            return DeckDiagnostic(.error, at: SourceLocation(file: file, line: 1, column: 1),
                                  "the file could not be read as YAML")
        }
        switch error {
        case .scanner(let context, let problem, let mark, _),
             .parser(let context, let problem, let mark, _),
             .composer(let context, let problem, let mark, _):
            return describe(problem: problem, context: context, mark: mark, text: text, file: file)
        case .reader(let problem, let offset, _, _):
            let location = offset.map { position(ofCharacterOffset: $0, in: text) } ?? (1, 1)
            let message = problem.contains("control characters")
                ? "the file contains a control character, which YAML does not allow"
                : "the file could not be read as text (\(problem))"
            return DeckDiagnostic(.error, at: SourceLocation(file: file, line: location.0, column: location.1),
                                  message)
        case .duplicatedKeysInMapping(let duplicates, let context):
            let key = duplicates.first ?? ""
            let place = secondOccurrence(ofKey: key, after: context.mark, in: text)
                ?? (context.mark.line, context.mark.column)
            return DeckDiagnostic(.error, at: SourceLocation(file: file, line: place.line, column: place.column), "key `\(key)` appears twice in the same mapping",
                                  notes: ["its first use is at \(file):\(context.mark.line):\(context.mark.column)"])
        default:
            return DeckDiagnostic(.error, at: SourceLocation(file: file, line: 1, column: 1),
                                  "the file could not be read as YAML")
        }
    }

    private static func describe(
        problem: String, context: YamlError.Context?, mark: Mark, text: String, file: String
    ) -> DeckDiagnostic {
        func at(_ line: Int, _ column: Int) -> SourceLocation {
            SourceLocation(file: file, line: line, column: column)
        }
        func at(_ mark: Mark) -> SourceLocation { at(mark.line, mark.column) }
        let contextText = context?.text ?? ""
        let contextMark = context?.mark ?? mark
        let lines = SourceLines(text)
        let character = lines.scalar(line: mark.line, column: mark.column)
        // What precedes the problem on its line, without the indentation.
        let before = lines.lines.indices.contains(mark.line - 1)
            ? Array(lines.lines[mark.line - 1].prefix(max(0, mark.column - 1))) : []
        let indentation = before.prefix { $0 == " " }.count
        let lead = String(String.UnicodeScalarView(before.dropFirst(indentation)))
        func error(_ message: String, _ place: Mark = mark, notes: [String] = []) -> DeckDiagnostic {
            DeckDiagnostic(.error, at: at(place), message, notes: notes)
        }
        let quoteNote = "put text that contains `: `, ` #` or starts with a symbol in quotes"
        switch problem {
        case _ where problem.contains("tab character") || character == "\t":
            return error("tabs cannot indent YAML; use spaces")
        case _ where contextText.contains("quoted scalar") && problem.contains("end of stream"):
            return error("quoted text is never closed", contextMark,
                         notes: ["close it with the same quote mark it starts with"])
        case _ where problem.contains("unknown escape"):
            return error("unknown escape sequence in double-quoted text",
                         notes: ["write `\\\\` for a backslash, or use single quotes"])
        case _ where problem.contains("mapping values are not allowed") && mark.line > 1
            && lead.wholeMatch(of: /[A-Za-z][A-Za-z0-9_-]*/) != nil:
            return DeckDiagnostic(
                .error, at: at(mark.line, indentation + 1),
                "`\(lead)` is indented differently from the keys above it",
                notes: ["line up the keys of a card under its first key"])
        case _ where problem.contains("did not find expected key") && [#"""#, "'"].contains(lead.trimmingWhitespace.suffix(1)):
            return error("unexpected text after the closing quote", notes: ["put the whole text in quotes"])
        case _ where problem.contains("mapping values are not allowed") || problem.contains("unexpected ':'"):
            return error("`: ` cannot appear here in unquoted text", notes: [quoteNote])
        case _ where problem.contains("cannot start any token"):
            let shown = character == "`" ? "a backtick" : "`\(character.map(String.init) ?? "")`"
            return error("\(shown) cannot start unquoted text", notes: [quoteNote])
        case _ where problem.contains("could not find expected ':'"):
            return error("expected `:` after this key", contextMark,
                         notes: ["a text that runs over several lines must be quoted or indented"])
        case _ where problem.contains("did not find expected key"):
            return error("expected a key here; check the indentation of this line")
        case _ where problem.contains("expected '-' indicator"):
            return error("expected a `- ` list item here; check the indentation of this line")
        case _ where problem.contains("block sequence entries are not allowed"):
            return error("a `- ` list item cannot start here; check the indentation", notes: [quoteNote])
        case _ where problem.contains("expected ',' or ']'"):
            return error("a `[` list is not closed with `]`", contextMark,
                         notes: ["separate the items with `, ` and quote items that contain `,` or `]`"])
        case _ where problem.contains("expected ',' or '}'"):
            return error("a `{` mapping is not closed with `}`", contextMark)
        case _ where problem.contains("expected comment or line break"):
            return error("unexpected text after a value", notes: [quoteNote])
        case _ where problem.contains("alphabetic or numeric character"):
            return error("`&` and `*` start YAML anchors and aliases here", contextMark, notes: [quoteNote])
        case _ where problem.contains("undefined alias"):
            return error("this alias refers to no anchor", notes: [quoteNote])
        case _ where problem.contains("another document"):
            return error("a deck file holds one document; remove the second `---`")
        case _ where problem.contains("mapping keys are not allowed"):
            return error("`? ` starts a YAML complex key here", notes: [quoteNote])
        case _ where problem.contains("directive") || contextText.contains("directive"):
            return error("`%` at the start of a line starts a YAML directive", contextMark, notes: [quoteNote])
        case _ where problem.contains("expected <document start>"):
            return error("unexpected text after the end of the deck; check the indentation of this line")
        case _ where problem.contains("expected node content"):
            return error("expected a value here")
        case _ where contextText.contains("tag") || problem.contains("tag"):
            return error("`!` starts a YAML tag here", contextMark, notes: [quoteNote])
        default:
            let notes = context.map { ["\($0.text) that starts at line \($0.mark.line), column \($0.mark.column)"] } ?? []
            return error("YAML cannot read this: \(problem)", notes: notes)
        }
    }

    private static func position(ofCharacterOffset offset: Int, in text: String) -> (Int, Int) {
        var line = 1, column = 1
        for character in text.prefix(offset) {
            if character == "\n" { line += 1; column = 1 } else { column += character.unicodeScalars.count }
        }
        return (line, column)
    }

    /// The text with a repeated key's line (and the lines of its value) blanked out, so the rest
    /// of the file can still be read after the repeat is reported; nil when the error is not a
    /// repeated key of a block mapping.
    static func removingRepeatedKey(_ error: any Error, from text: String) -> String? {
        guard case .duplicatedKeysInMapping(let duplicates, let context)? = error as? YamlError,
              let key = duplicates.first,
              let place = secondOccurrence(ofKey: key, after: context.mark, in: text)
        else { return nil }
        var lines = SourceLines(text).lines
        var index = place.line - 1
        repeat {
            lines[index] = []
            index += 1
        } while lines.indices.contains(index)
            && (lines[index].allSatisfy { $0 == " " } || lines[index].prefix { $0 == " " }.count + 1 > place.column)
        return lines.map { String(String.UnicodeScalarView($0)) }.joined(separator: "\n")
    }

    /// Where a repeated block-mapping key is used again: the next line below `first` that
    /// starts at the same column with `key:`, before the mapping ends.
    static func secondOccurrence(ofKey key: String, after first: Mark, in text: String) -> (line: Int, column: Int)? {
        let lines = SourceLines(text).lines
        var index = first.line
        while lines.indices.contains(index) {
            let indent = lines[index].prefix { $0 == " " }.count
            let body = String(String.UnicodeScalarView(lines[index].dropFirst(indent)))
            index += 1
            if body.allSatisfy(\.isWhitespace) || body.hasPrefix("#") { continue }
            if indent + 1 < first.column { return nil }
            if indent + 1 == first.column, body.hasPrefix(key + ":") || body.hasPrefix("\"\(key)\":") {
                return (index, first.column)
            }
        }
        return nil
    }
}
