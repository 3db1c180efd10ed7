import Foundation

/// Turns the rows of a CSV/TSV file (Anki's "Notes in Plain Text" or any spreadsheet export)
/// into cards. Columns named by `#guid column`, `#notetype column`, `#deck column` and
/// `#tags column` are read as such; the other columns are the note's fields in order.
///
/// - The note type is the row's (or `#notetype:`); a name containing "cloze", or no name and a
///   first field with `{{c1::…}}`, makes a cloze note (one card per deletion number); a name
///   containing "reverse" makes two cards; anything else one card, front → back.
/// - Without a guid column the key is derived from the fields, so re-importing the same file
///   matches the same cards.
/// - Fields are HTML when `#html:true`, plain text when `#html:false`, and guessed from the
///   content (any tag or entity) when the file does not say.
public enum PlainTextNotes {
    public static func collection(
        from text: DelimitedText, file: String, defaultDeck: String
    ) -> ImportedCollection {
        let isHTML = text.isHTML ?? looksLikeHTML(text.rows)
        let metadataColumns = Set([text.guidColumn, text.notetypeColumn, text.deckColumn, text.tagsColumn]
            .compactMap { $0.map { $0 - 1 } })
        var cards: [ImportedCard] = []
        var warnings: [String] = []
        var decks: Set<String> = []
        var noteCount = 0

        for row in text.rows {
            func column(_ number: Int?) -> String? {
                guard let number, number - 1 < row.fields.count else { return nil }
                let value = row.fields[number - 1].trimmingCharacters(in: .whitespaces)
                return value.isEmpty ? nil : value
            }
            let place = SourceLocation(file: file, line: row.line, column: 1)
            let fields = row.fields.indices.filter { !metadataColumns.contains($0) }.map { row.fields[$0] }
            guard let first = fields.first, !first.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty else {
                warnings.append("\(place): warning: the row has no text to ask; skipped.")
                continue
            }
            let notetypeName = column(text.notetypeColumn) ?? text.notetype
            let kind = kind(notetypeName: notetypeName, firstField: first)
            let templateCount = notetypeName.map { $0.lowercased().contains("reverse") ? 2 : 1 } ?? 1
            let deck = TerminalText.sanitize(column(text.deckColumn) ?? text.deck ?? defaultDeck)
            let tags = text.tags + (column(text.tagsColumn).map(AnkiNote.tags(fromColumn:)) ?? [])
            let guid = column(text.guidColumn)
                ?? derivedGUID(notetype: notetypeName ?? kind.rawValue, fields: fields)
            let note = NoteContent(
                kind: kind,
                fieldNames: kind == .cloze ? ["Text", "Back Extra"] : ["Front", "Back"],
                fields: fields, tags: tags, isHTML: isHTML)
            if note.deletionCount > NoteContent.maximumDeletions {
                warnings.append("\(place): warning: the cloze note has \(note.deletionCount) deletions, more than the "
                    + "\(NoteContent.maximumDeletions) recall takes from one note; skipped.")
                continue
            }
            let ordinals = note.ordinals(templateCount: templateCount)
            if ordinals.isEmpty {
                warnings.append("\(place): warning: the cloze note has no {{c1::…}} deletion; skipped.")
                continue
            }
            noteCount += 1
            decks.insert(deck)
            for ord in ordinals {
                guard case .success(let content) = note.content(ord: ord) else {
                    warnings.append("\(place): warning: card \(ord + 1) of the row asks nothing once its HTML is removed; skipped.")
                    continue
                }
                cards.append(ImportedCard(
                    key: ImportedCard.key(guid: guid, ord: ord), noteGUID: guid, ord: ord,
                    deck: deck, content: content))
            }
        }
        return ImportedCollection(decks: decks.sorted(), cards: cards, noteCount: noteCount, warnings: warnings)
    }

    static func kind(notetypeName: String?, firstField: String) -> AnkiNotetype.Kind {
        if let notetypeName { return notetypeName.lowercased().contains("cloze") ? .cloze : .normal }
        return ClozeText(firstField).numbers.isEmpty ? .normal : .cloze
    }

    /// A stable stand-in for Anki's guid: a hash of the note type and the fields.
    static func derivedGUID(notetype: String, fields: [String]) -> String {
        let hash = CardKey.fnv1a(([notetype] + fields).joined(separator: "\u{1f}"))
        let hex = String(hash, radix: 16)
        return "t" + String(repeating: "0", count: 16 - hex.count) + hex
    }

    /// Whether any field holds something that looks like an HTML tag or entity.
    static func looksLikeHTML(_ rows: [DelimitedText.Row]) -> Bool {
        rows.contains { row in
            row.fields.contains { field in
                field.range(of: #"</?[A-Za-z][A-Za-z0-9]*(\s[^<>]*)?/?>|&(#[0-9]+|#x[0-9A-Fa-f]+|[A-Za-z]+);"#,
                            options: .regularExpression) != nil
            }
        }
    }
}
