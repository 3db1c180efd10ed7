import Foundation

/// How a recall card's content becomes the fields of an Anki note (HTML).
public enum AnkiNoteFields {
    /// The fields of the note of `recallNotetype` a recall card becomes: the front asks (the
    /// prompt, a cloze's with its gap, a multiple-choice card's choices numbered below it), the
    /// back answers (with the other accepted answers), then the explanation and the source
    /// sentence with its place.
    public static func fields(for content: CardContent) -> [String] {
        var front = html(content.prompt)
        if !content.choices.isEmpty {
            front += "<br>" + content.choices.enumerated()
                .map { "\($0.offset + 1). \(html($0.element))" }.joined(separator: "<br>")
        }
        var back = html(content.answer)
        if !content.accepted.isEmpty { back += "<br>(also: \(content.accepted.map(html).joined(separator: ", ")))" }
        var source = ""
        if let quote = content.source {
            source = html(quote.sentence)
            let place = [quote.file, "line \(quote.line)"].compactMap { $0 }.joined(separator: ", ")
            source += "<br>(" + html(place) + ")"
        }
        return [front, back, html(content.explanation ?? ""), source]
    }

    /// The prompt with its gap (`[...]`, or `[hint]`) turned back into `{{c1::answer::hint}}`;
    /// nil when the prompt shows no gap. A gap that occurs n times with an answer of n parts
    /// (`日本 … Japanese`, joined by `Cloze.separator`) gets one part each.
    static func clozeText(_ content: CardContent, escape: (String) -> String = html) -> String? {
        let gap = content.hint.map { "[\($0)]" } ?? Cloze.placeholder
        let pieces = content.prompt.components(separatedBy: gap)
        guard pieces.count > 1 else { return nil }
        let gaps = pieces.count - 1
        let parts = content.answer.components(separatedBy: Cloze.separator)
        let hint = content.hint.map { "::" + escape($0) } ?? ""
        var text = escape(pieces[0])
        for index in 1..<pieces.count {
            let answer = gaps > 1 && parts.count == gaps ? parts[index - 1] : content.answer
            text += "{{c1::" + escape(answer) + hint + "}}" + escape(pieces[index])
        }
        return text
    }

    /// Plain text as HTML: `&`, `<`, `>`, `"` escaped, line breaks as `<br>`, and
    /// `[image: name]` (what an import made of an `<img>`) as `<img src="name">`.
    public static func html(_ text: String) -> String {
        text.replacingOccurrences(of: "&", with: "&amp;")
            .replacingOccurrences(of: "<", with: "&lt;")
            .replacingOccurrences(of: ">", with: "&gt;")
            .replacingOccurrences(of: "\"", with: "&quot;")
            .replacingOccurrences(of: "\n", with: "<br>")
            .replacingOccurrences(of: #"\[image: ([^\]<>]+)\]"#, with: "<img src=\"$1\">", options: .regularExpression)
    }
}

extension AnkiNoteFields {
    /// Whether a note of recall's note type holding `fields` and `tags` says what a card of
    /// `content` says: its fields and tags are those recall writes of the card (`written`), or
    /// recall reads the card's content from them (a note downloaded from Anki, whose HTML Anki
    /// may have written otherwise).
    public static func note(
        fields: [String], tags: [String], says content: CardContent, written: (fields: [String], tags: [String])
    ) -> Bool {
        if fields == written.fields, tags == written.tags { return true }
        let notetype = AnkiCollection.recallNotetype
        guard case .success(let read) = NoteContent(kind: notetype.kind, fieldNames: notetype.fields, fields: fields, tags: tags)
            .content(ord: 0)
        else { return false }
        return read == content
    }
}
