/// An answer, typed or expected, read every way the checker compares answers: folded text,
/// a quantity, a date.
struct AnswerText: Sendable {
    /// The text as given, for `AnswerCheck.matched`.
    var original: String
    /// The text without surrounding whitespace, for notes and for answers with no letters.
    var raw: String
    var tokens: [AnswerToken]
    var folded: FoldedText
    var number: NumberReading?
    var date: DateReading?

    init(_ text: String) {
        original = text
        raw = Self.trimmed(text)
        tokens = AnswerLexer.tokens(raw)
        folded = AnswerNormalizer.fold(tokens)
        number = NumberReading(tokens: tokens)
        date = DateReading(tokens: tokens)
    }

    /// The text names a month ("April 9", "Sept 2017").
    var namesMonth: Bool {
        tokens.contains { $0.kind == .word && DateVocabulary.months[$0.text] != nil }
    }

    /// Nothing but whitespace, control characters and invisible marks.
    static func isBlank(_ text: String) -> Bool {
        text.unicodeScalars.allSatisfy { scalar in
            switch scalar.properties.generalCategory {
            case .control, .format, .spaceSeparator, .lineSeparator, .paragraphSeparator: true
            default: scalar.properties.isWhitespace
            }
        }
    }

    /// `raw` shortened for a note.
    var quoted: String { Self.quote(raw) }

    static func quote(_ text: String, limit: Int = 40) -> String {
        let visible = text.count > limit ? String(text.prefix(limit)) + "…" : text
        return "“\(visible)”"
    }

    /// Whitespace and control characters off both ends.
    private static func trimmed(_ text: String) -> String {
        let isSpace: (Character) -> Bool = { character in
            character.unicodeScalars.allSatisfy { $0.properties.isWhitespace || $0.properties.generalCategory == .control }
        }
        guard let first = text.firstIndex(where: { !isSpace($0) }), let last = text.lastIndex(where: { !isSpace($0) })
        else { return "" }
        return String(text[first...last])
    }
}
