import Foundation
import RecallCore

/// The fields typed for one new card, and the cards they make. Values are kept as typed;
/// `cards()` turns them into deck cards, or names the field to ask again and why.
struct CardForm {
    /// One question asked while adding a card, named after the deck key it fills.
    enum Field: String, CaseIterable, Hashable, Sendable {
        case q, cloze, choices, a, accept, number, unit, tolerance, tags, explain

        var prompt: String {
            switch self {
            case .q: "Question: "
            case .cloze: "Cloze text, with deletions like {{c1::answer}}: "
            case .choices: "Choices (comma-separated): "
            case .a: "Answer: "
            case .accept: "Also accept (comma-separated, optional): "
            case .number: "Number: "
            case .unit: "Unit (optional): "
            case .tolerance: "Tolerance (optional): "
            case .tags: "Tags (comma-separated, optional): "
            case .explain: "Explanation (optional): "
            }
        }

        var isRequired: Bool { [.q, .cloze, .choices, .a, .number].contains(self) }
    }

    struct Attempt {
        var cards: [DeckCard]
    }

    /// Why the typed fields do not make a card yet, and which field to ask again.
    struct Problem: Error, Equatable {
        var field: Field
        var message: String
        var notes: [String] = []
    }

    let kind: CardContent.Kind
    var values: [Field: String] = [:]

    init(kind: CardContent.Kind, values: [Field: String] = [:]) {
        self.kind = kind
        self.values = values
    }

    /// The fields asked for this kind, in order.
    var fields: [Field] {
        switch kind {
        case .basic: [.q, .a, .accept, .tags, .explain]
        case .multipleChoice: [.q, .choices, .a, .tags, .explain]
        case .numeric: [.q, .number, .unit, .tolerance, .tags, .explain]
        case .cloze: [.cloze, .tags, .explain]
        }
    }

    /// The field a line of a written card belongs to: `    choices: [a, b]` → `.choices`.
    /// `kind:` lines point at what decides the kind; `id:` and unknown keys at nothing.
    func field(forLine line: String) -> Field? {
        var text = Substring(line).drop { $0 == " " }
        if text.hasPrefix("- ") { text = text.dropFirst(2).drop { $0 == " " } }
        guard let colon = text.firstIndex(of: ":") else { return nil }
        let key = String(text[..<colon])
        if key == "kind" { return kind == .numeric ? .number : kind == .multipleChoice ? .choices : nil }
        return Field(rawValue: key).flatMap { fields.contains($0) ? $0 : nil }
    }

    /// The cards these values make, as `DeckWriter` will write them.
    func cards() -> Result<Attempt, Problem> {
        var common = CardContent(kind: kind, prompt: value(.q), answer: value(.a))
        common.tags = Self.list(value(.tags))
        common.explanation = values[.explain].flatMap { $0.isEmpty ? nil : $0 }
        switch kind {
        case .basic:
            common.accepted = Self.list(value(.accept))
        case .multipleChoice:
            common.choices = Self.list(value(.choices))
            common.answer = Self.choice(common.answer, among: common.choices)
        case .numeric:
            switch numeric() {
            case let .failure(problem): return .failure(problem)
            case let .success((answer, tolerance)):
                common.answer = answer
                common.tolerance = tolerance
            }
        case .cloze:
            return clozeCards(common)
        }
        let card = DeckCard(key: CardKey.derived(from: kind.rawValue, common.prompt), content: common)
        if kind == .numeric, !DeckWriter.renderCard(card).split(separator: "\n").contains(where: {
            $0.drop { $0 == " " }.hasPrefix("number: ")
        }) {
            return .failure(Problem(field: .number, message: "write the number as digits, such as `40`, `1.75` or `6,000`"))
        }
        return .success(Attempt(cards: [card]))
    }

    private func value(_ field: Field) -> String { values[field] ?? "" }

    /// The choice an answer names, as the choice is written: "jupiter" → "Jupiter" (case and
    /// accents aside), "2" → the second choice; else the answer as typed.
    static func choice(_ answer: String, among choices: [String]) -> String {
        if choices.contains(answer) { return answer }
        if let number = Int(answer), choices.indices.contains(number - 1) { return choices[number - 1] }
        let matches = choices.filter { $0.compare(answer, options: [.caseInsensitive, .diacriticInsensitive]) == .orderedSame }
        return matches.count == 1 ? matches[0] : answer
    }

    /// This form with stand-ins for the required fields not yet asked, so a card can be
    /// written and checked before every field is known.
    func withPlaceholders(except asked: [Field]) -> CardForm {
        var form = self
        for field in fields where field.isRequired && !asked.contains(field) {
            form.values[field] = switch field {
            case .q: "Question still to be written"
            case .a: kind == .multipleChoice ? Self.list(value(.choices)).first ?? "x" : "x"
            case .choices: "x, y"
            case .number: "1"
            case .cloze: "{{c1::x}}"
            default: "x"
            }
        }
        return form
    }

    /// The answer and tolerance of a numeric card, read by `DeckParser` itself from a small
    /// deck holding just those keys, so its checks and messages apply.
    private func numeric() -> Result<(answer: String, tolerance: Double?), Problem> {
        var lines: [(Field, String)] = [(.number, value(.number))]
        if let unit = values[.unit], !unit.isEmpty { lines.append((.unit, unit)) }
        if let tolerance = values[.tolerance], !tolerance.isEmpty { lines.append((.tolerance, tolerance)) }
        let text = "cards:\n  - q: x\n" + lines.map { "    \($0.0.rawValue): \(Self.quoted($0.1))\n" }.joined()
        let result = DeckParser.parse(text, file: "")
        if let error = result.errors.first {
            let index = error.location.line - 3
            let field = lines.indices.contains(index) ? lines[index].0 : .number
            return .failure(Problem(field: field, message: error.message, notes: error.notes))
        }
        guard let content = result.deck?.cards.first?.content else {
            return .failure(Problem(field: .number, message: "`number` should be a number"))
        }
        return .success((content.answer, content.tolerance))
    }

    private func clozeCards(_ common: CardContent) -> Result<Attempt, Problem> {
        let text = value(.cloze)
        let cloze: Cloze
        do {
            cloze = try Cloze(parsing: text)
        } catch {
            return .failure(Problem(field: .cloze, message: error.message))
        }
        let base = CardKey.derived(from: CardContent.Kind.cloze.rawValue, text)
        let cards = cloze.numbers.map { number in
            var content = common
            content.prompt = cloze.prompt(for: number)
            content.answer = cloze.answer(for: number)
            content.hint = cloze.hint(for: number)
            return DeckCard(key: base + "-c\(number)", content: content)
        }
        return .success(Attempt(cards: cards))
    }

    /// `a, b ,, c` → `[a, b, c]`.
    static func list(_ text: String) -> [String] {
        text.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
    }

    /// A YAML double-quoted scalar holding exactly `text` (JSON strings are such scalars).
    static func quoted(_ text: String) -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = .withoutEscapingSlashes
        return (try? encoder.encode(text)).map { String(decoding: $0, as: UTF8.self) } ?? "\"\""
    }
}
