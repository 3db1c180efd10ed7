/// Writes cards as Anki's "Notes in Plain Text" (TSV with `#` headers), which Anki imports and
/// `DelimitedText` reads back: columns guid (`recall:<card key>`), note type (`Basic` or `Cloze`),
/// deck, the two fields, tags. Fields are plain text (`#html:false`); a cloze card's gap is
/// written back as `{{c1::answer::hint}}`. Fields holding a tab, line break or quote are
/// quoted as RFC 4180 says.
public enum DelimitedTextWriter {
    public static let headers = [
        "#separator:tab", "#html:false", "#guid column:1", "#notetype column:2", "#deck column:3",
        "#tags column:6",
    ]

    public static func notesInPlainText(_ cards: [ExportCard]) -> String {
        var lines = headers
        for card in cards {
            let content = card.content
            let notetype: String
            let fields: [String]
            if content.kind == .cloze, let text = AnkiNoteFields.clozeText(content, escape: { $0 }) {
                notetype = "Cloze"
                fields = [text, content.explanation ?? ""]
            } else {
                notetype = "Basic"
                var front = content.prompt
                if !content.choices.isEmpty {
                    front += "\n" + content.choices.enumerated().map { "\($0.offset + 1). \($0.element)" }
                        .joined(separator: "\n")
                }
                var back = content.answer
                if let explanation = content.explanation, !explanation.isEmpty { back += "\n\n" + explanation }
                fields = [front, back]
            }
            let tags = content.tags.map { $0.replacingOccurrences(of: " ", with: "_") }.joined(separator: " ")
            let guid = ImportedCard.exportGUID(key: card.key)
            lines.append(([guid, notetype, card.deck] + fields + [tags]).map(quoted).joined(separator: "\t"))
        }
        return lines.joined(separator: "\n") + "\n"
    }

    /// `field`, wrapped in quotes (with inner quotes doubled) when it must be.
    static func quoted(_ field: String) -> String {
        let needsQuotes = field.contains { $0 == "\t" || $0 == "\"" || $0 == "\n" || $0 == "\r" || $0 == "\r\n" }
            || field.hasPrefix("#")
        guard needsQuotes else { return field }
        return "\"" + field.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }
}
