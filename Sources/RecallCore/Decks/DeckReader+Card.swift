import Foundation
import Yams

/// Reading one entry of the `cards:` list.
extension DeckReader {
    typealias Field = (key: Node, value: Node)

    /// The card(s) of one entry, or nil when it has errors (they are all reported).
    mutating func readCard(_ node: Node, deckTags: [String]) -> DeckEntry? {
        guard case .mapping(let mapping) = node else {
            error(at: node, "a card should be a mapping of keys such as `q:` and `a:`, not \(describe(node))",
                  notes: ["start each card with `- q: …` or `- cloze: …`"])
            return nil
        }
        let errorsBefore = errorCount
        var fields: [String: Field] = [:]
        for (keyNode, value) in mapping {
            guard let key = keyName(keyNode) else { continue }
            if DeckKeys.card.contains(key) {
                fields[key] = (keyNode, value)
            } else {
                unknownKey(key, at: keyNode, among: DeckKeys.card, context: "card")
            }
        }
        var common = CardContent(kind: .basic, prompt: "", answer: "")
        var tags = deckTags
        for tag in fields["tags"].map({ list($0.value, key: "tags") }) ?? [] where !tags.contains(tag.text) {
            tags.append(tag.text)
        }
        common.tags = tags
        common.explanation = optionalText(fields["explain"], key: "explain")
        common.category = category(fields["category"])
        common.source = sourceQuote(fields["source"])
        common.clozePrompt = optionalText(fields["cloze-prompt"], key: "cloze-prompt")
        let id = identifier(fields["id"])
        let kind = kind(fields["kind"])

        let location = location(of: node)
        let entry: DeckEntry?
        if let cloze = fields["cloze"] {
            entry = clozeEntry(cloze, fields: fields, kind: kind, common: common, location: location)
        } else {
            entry = questionEntry(fields, kind: kind, common: common, location: location)
        }
        guard errorCount == errorsBefore, var entry else { return nil }
        if let id, let node = fields["id"]?.value { entry.explicitID = (id, node) }
        return entry
    }

    // MARK: Cloze entries

    private mutating func clozeEntry(
        _ field: Field, fields: [String: Field], kind: CardContent.Kind?, common: CardContent,
        location: SourceLocation
    ) -> DeckEntry? {
        for key in ["q", "a", "accept", "choices", "number", "unit", "tolerance", "hint"] {
            guard let other = fields[key] else { continue }
            let note = key == "hint"
                ? "give a deletion its hint inside the braces: `{{c1::answer::hint}}`"
                : "a cloze card's prompt and answer come from its text"
            error(at: other.key, "`\(key)` cannot be used with `cloze`", notes: [note])
        }
        if let kind, kind != .cloze {
            error(at: fields["kind"]!.value, "kind `\(kind.rawValue)` does not match a `cloze:` card")
        }
        guard let text = text(field.value, key: "cloze") else { return nil }
        guard !text.isEmpty else {
            error(at: field.key, "cloze text is empty")
            return nil
        }
        let cloze: Cloze
        do {
            cloze = try Cloze(parsing: text)
        } catch {
            self.error(at: place(ofOpening: error.opening, in: field.value), error.message)
            return nil
        }
        let cards = cloze.numbers.map { number in
            var content = common
            content.kind = .cloze
            content.prompt = cloze.prompt(for: number)
            content.answer = cloze.answer(for: number)
            content.hint = cloze.hint(for: number)
            return (keySuffix: "-c\(number)", content: content)
        }
        return DeckEntry(
            cards: cards, derivedKey: CardKey.derived(from: CardContent.Kind.cloze.rawValue, text),
            location: location, promptIdentity: "cloze " + CardKey.normalised(text), promptNode: field.value)
    }

    /// Where the `opening`-th `{{` of a cloze value is in the file, or the value's start.
    private func place(ofOpening opening: Int?, in node: Node) -> SourceLocation {
        guard let opening, let mark = node.mark,
              let found = source.position(of: "{{", occurrence: opening, from: mark.line, column: mark.column)
        else { return location(of: node) }
        return SourceLocation(file: file, line: found.line, column: found.column)
    }

    // MARK: Question entries

    private mutating func questionEntry(
        _ fields: [String: Field], kind explicitKind: CardContent.Kind?, common: CardContent,
        location: SourceLocation
    ) -> DeckEntry? {
        var content = common
        guard let question = fields["q"] else {
            error(at: location, "card has no prompt (give `q:`, or `cloze:` for a cloze card)")
            return nil
        }
        let prompt = text(question.value, key: "q")
        if prompt == "" { error(at: isNull(question.value) ? question.key : question.value, "prompt is empty") }

        let answerText = fields["a"].flatMap { field in text(field.value, key: "a").map { (field: field, text: $0) } }
        let numberText = fields["number"].flatMap { field in text(field.value, key: "number").map { (field: field, text: $0) } }
        let unit = optionalText(fields["unit"], key: "unit")
        if let (field, answer) = answerText.map({ ($0.field, $0.text) }), answer.isEmpty {
            error(at: isNull(field.value) ? field.key : field.value, "answer is empty")
        }
        if let (field, number) = numberText.map({ ($0.field, $0.text) }), Self.number(number) == nil {
            error(at: isNull(field.value) ? field.key : field.value,
                  number.isEmpty ? "`number` is empty" : "`number` should be a number, not `\(number)`",
                  notes: ["write digits such as `40`, `1.75` or `6,000`; put the unit in `unit:`"])
        }
        if let number = fields["number"], fields["a"] != nil {
            error(at: number.key, "give either `a:` or `number:`, not both")
        }
        if fields["a"] == nil, fields["number"] == nil {
            error(at: location, "card has no answer (give `a:`, or `number:` for a numeric card)")
        }
        if let unitField = fields["unit"], fields["number"] == nil {
            error(at: unitField.key, "`unit` goes with `number:`",
                  notes: ["write the whole answer, unit included, in `a:`"])
        }
        let kind = explicitKind ?? (fields["number"] != nil ? .numeric : fields["choices"] != nil ? .multipleChoice : .basic)
        content.kind = kind
        content.prompt = prompt ?? ""
        if let number = numberText?.text {
            content.answer = number + (unit.map { " " + $0 } ?? "")
        } else {
            content.answer = answerText?.text ?? ""
        }
        content.accepted = fields["accept"].map { list($0.value, key: "accept").map(\.text) } ?? []
        content.hint = optionalText(fields["hint"], key: "hint")
        content.tolerance = tolerance(fields["tolerance"], kind: kind)
        let answerNode = (fields["a"] ?? fields["number"])?.value
        content.choices = choices(fields["choices"], answer: answerNode.map { ($0, content.answer) })
        if kind == .multipleChoice, fields["choices"] == nil {
            error(at: fields["kind"]?.value ?? question.key, "a multiple-choice card needs `choices:`")
        }
        return DeckEntry(
            cards: [(keySuffix: "", content: content)],
            derivedKey: CardKey.derived(from: kind.rawValue, content.prompt),
            location: location, promptIdentity: CardKey.normalised(content.prompt), promptNode: question.value)
    }

    private mutating func tolerance(_ field: Field?, kind: CardContent.Kind) -> Double? {
        guard let field, let text = text(field.value, key: "tolerance") else { return nil }
        if kind != .numeric {
            error(at: field.key, "`tolerance` only applies to numeric cards (those with `number:`)")
            return nil
        }
        guard let value = Self.number(text) else {
            error(at: field.value, "`tolerance` should be a number, not `\(text)`")
            return nil
        }
        guard value >= 0 else {
            error(at: field.value, "tolerance must not be negative")
            return nil
        }
        return value
    }

    private mutating func choices(_ field: Field?, answer: (node: Node, text: String)?) -> [String] {
        guard let field else { return [] }
        let items = list(field.value, key: "choices")
        if items.count < 2 {
            let scalarNote = items.count == 1 && items[0].text.contains(",")
                ? ["write the choices as a list: `[A, B, C]`"] : []
            error(at: field.value, "multiple choice needs at least 2 choices", notes: scalarNote)
        }
        var seen: [String: String] = [:]
        for item in items {
            let normalised = CardKey.normalised(item.text)
            if let first = seen[normalised] {
                error(at: item.node, "choice `\(item.text)` appears twice",
                      notes: first == item.text ? [] : ["it reads the same as `\(first)`"])
            } else {
                seen[normalised] = item.text
            }
        }
        if let answerNode = answer?.node, let answer = answer?.text, !answer.isEmpty, items.count >= 2,
           !items.contains(where: { $0.text == answer }) {
            var notes = ["the choices are: " + items.map { "`\($0.text)`" }.joined(separator: ", ")]
            if let close = items.first(where: { CardKey.normalised($0.text) == CardKey.normalised(answer) }) {
                notes.append("did you mean `\(close.text)`?")
            }
            error(at: answerNode, "answer `\(answer)` is not one of the choices", notes: notes)
        }
        return items.map(\.text)
    }

    // MARK: Shared keys

    private mutating func optionalText(_ field: Field?, key: String) -> String? {
        guard let field, let text = text(field.value, key: key), !text.isEmpty else { return nil }
        return text
    }

    private mutating func identifier(_ field: Field?) -> String? {
        guard let field, let id = text(field.value, key: "id") else { return nil }
        if id.isEmpty {
            error(at: isNull(field.value) ? field.key : field.value, "id is empty")
            return nil
        }
        guard id.unicodeScalars.allSatisfy({ $0.properties.isAlphabetic || ("0"..."9").contains($0) || "-_.".unicodeScalars.contains($0) })
        else {
            error(at: field.value, "id `\(id)` may hold only letters, digits, `-`, `_` and `.`")
            return nil
        }
        return id
    }

    private mutating func kind(_ field: Field?) -> CardContent.Kind? {
        field.flatMap { oneOf($0.value, key: "kind") }
    }

    private mutating func category(_ field: Field?) -> FactCategory? {
        field.flatMap { oneOf($0.value, key: "category") }
    }

    /// The value of `key` as one of `T`'s names, or nil with an error listing them.
    mutating func oneOf<T: RawRepresentable & CaseIterable>(_ value: Node, key: String) -> T? where T.RawValue == String {
        guard let name = text(value, key: key) else { return nil }
        if let known = T(rawValue: name) { return known }
        let names = T.allCases.map(\.rawValue)
        let notes = DeckKeys.suggestion(for: name, among: names).map { ["did you mean `\($0)`?"] } ?? []
        error(at: value, "\(key) `\(name)` is not one of " + names.map { "`\($0)`" }.joined(separator: ", "),
              notes: notes)
        return nil
    }

    private mutating func sourceQuote(_ field: Field?) -> SourceQuote? {
        guard let field else { return nil }
        guard case .mapping(let mapping) = field.value else {
            error(at: field.value, "`source` should be a mapping with `sentence`, `line` and `column`, not \(describe(field.value))")
            return nil
        }
        var sentence: String?, line: Int?, column: Int?, file: String?
        for (keyNode, value) in mapping {
            guard let key = keyName(keyNode) else { continue }
            switch key {
            case "sentence": sentence = text(value, key: key)
            case "line": line = positiveInteger(value, key: key)
            case "column": column = positiveInteger(value, key: key)
            case "file": file = text(value, key: key)
            default: unknownKey(key, at: keyNode, among: DeckKeys.source, context: "source")
            }
        }
        let missing = [("sentence", sentence == nil), ("line", line == nil), ("column", column == nil)]
            .filter { $0.1 && mapping[$0.0] == nil }.map { "`\($0.0)`" }
        if !missing.isEmpty {
            error(at: field.key, "`source` is missing " + missing.joined(separator: ", "))
        }
        guard let sentence, let line, let column else { return nil }
        return SourceQuote(sentence: sentence, line: line, column: column, file: file)
    }
}
