import Foundation

/// Turns the fields of an Anki note into the content of one card. Anki renders cards through
/// HTML templates; recall reads the fields directly:
/// - normal note types: card 0 asks the first field (`Front`) and answers with the second
///   (`Back`); card 1 (the reverse card of "Basic (and reversed card)") swaps them; further
///   non-empty fields become the explanation, one `Name: value` line each;
/// - cloze note types: card *n* hides deletion c*n*+1 of `Text` as `[...]` (or `[hint]`), its
///   text is the answer and `Back Extra` the explanation.
public struct NoteContent: Sendable {
    public var kind: AnkiNotetype.Kind { didSet { prepare() } }
    public var fieldNames: [String] { didSet { prepare() } }
    /// Field values as stored: HTML, or plain text when `isHTML` is false.
    public var fields: [String] { didSet { prepare() } }
    public var tags: [String] { didSet { prepare() } }
    public var isHTML: Bool { didSet { prepare() } }
    /// What the cards of a note share, made once for all of them: the field names lowercased
    /// (to find `Front`, `Back` … in any case), the fields as plain text (nil for a cloze
    /// note's `Text`, which is read as a cloze) and the tags.
    private var foldedNames: [String] = []
    private var plainFields: [String?] = []
    private var safeTags: [String] = []
    /// The `Text` field of a cloze note, parsed once for all its cards (parsing it again for
    /// each of a note's thousands of deletions took quadratic time).
    private var cloze = ClozeText("")
    private var clozeNumbers: [Int] = []
    private var clozeDeletions: [Int: (answers: [String], hints: [String])] = [:]

    /// The most deletions recall takes from one cloze note: each card's prompt is the whole
    /// text, so a note's cards cost its length times its deletions.
    public static let maximumDeletions = 500

    public init(kind: AnkiNotetype.Kind, fieldNames: [String], fields: [String], tags: [String], isHTML: Bool = true) {
        self.kind = kind
        self.fieldNames = fieldNames
        self.fields = fields
        self.tags = tags
        self.isHTML = isHTML
        prepare()
    }

    private mutating func prepare() {
        foldedNames = fieldNames.map { $0.lowercased() }
        let clozeText = kind == .cloze ? index(of: "Text") ?? 0 : nil
        plainFields = fields.indices.map { $0 == clozeText ? nil : plain(fields[$0]) }
        safeTags = tags.map { TerminalText.sanitize($0) }
        cloze = ClozeText(kind == .cloze ? field(named: "Text", else: 0) : "")
        clozeNumbers = cloze.numbers
        clozeDeletions = cloze.deletionsByNumber()
    }

    public enum Failure: Error, Equatable, Sendable {
        /// The cloze text has no deletion with this number.
        case noDeletion(number: Int)
        /// The note has no field to ask.
        case noFields
        /// The card would ask nothing: its prompt is empty once HTML is removed.
        case emptyPrompt
        /// An image occlusion note: its questions are drawn on an image, which a terminal
        /// cannot show.
        case imageOcclusion
        /// A cloze note with more than `maximumDeletions` deletion numbers.
        case tooManyDeletions(count: Int)
    }

    /// The number of distinct deletions of a cloze note (0 for a normal one).
    public var deletionCount: Int { clozeNumbers.count }

    /// The ordinals of the cards this note makes when no card list is given (text imports):
    /// one per cloze number, or one per template of a normal note type.
    public func ordinals(templateCount: Int) -> [Int] {
        switch kind {
        case .cloze: clozeNumbers.map { $0 - 1 }
        case .normal: Array(0..<max(templateCount, 1))
        }
    }

    public func content(ord: Int) -> Result<CardContent, Failure> {
        guard !fields.isEmpty else { return .failure(.noFields) }
        if kind == .cloze, index(of: "Text") == nil, index(of: "Occlusion") != nil { return .failure(.imageOcclusion) }
        if kind == .cloze, deletionCount > Self.maximumDeletions { return .failure(.tooManyDeletions(count: deletionCount)) }
        let made = switch kind {
        case .cloze: clozeContent(number: ord + 1)
        case .normal: Result<CardContent, Failure>.success(normalContent(reversed: ord == 1))
        }
        if case .success(let content) = made, content.prompt.isEmpty { return .failure(.emptyPrompt) }
        return made
    }

    private func normalContent(reversed: Bool) -> CardContent {
        let frontIndex = index(of: "Front") ?? 0
        let backIndex = index(of: "Back") ?? (frontIndex == 0 ? 1 : 0)
        let front = text(at: frontIndex)
        let back = text(at: backIndex)
        // "Add Reverse" (of "Basic (optional reversed card)") only switches a card on.
        let switchIndex = index(of: "Add Reverse")
        let extras = fields.indices
            .filter { $0 != frontIndex && $0 != backIndex && $0 != switchIndex }
            .compactMap { index -> String? in
                let value = text(at: index)
                guard !value.isEmpty else { return nil }
                let name = index < fieldNames.count ? fieldNames[index] : "Field \(index + 1)"
                // A field named Explanation (recall's note type has one) is the explanation itself.
                if name.lowercased() == "explanation" { return value }
                return "\(TerminalText.sanitize(name)): \(value)"
            }
        return CardContent(
            kind: .basic,
            prompt: reversed ? back : front,
            answer: reversed ? front : back,
            tags: safeTags,
            explanation: extras.isEmpty ? nil : extras.joined(separator: "\n")
        )
    }

    private func clozeContent(number: Int) -> Result<CardContent, Failure> {
        let textIndex = index(of: "Text") ?? 0
        let deletions = clozeDeletions[number] ?? ([], [])
        let answers = deletions.answers.map(plain).filter { !$0.isEmpty }
        guard !answers.isEmpty else { return .failure(.noDeletion(number: number)) }
        let hints = deletions.hints.map(plain).filter { !$0.isEmpty }
        let extraIndex = index(of: "Back Extra") ?? (textIndex == 0 ? 1 : 0)
        let extra = extraIndex < fields.count ? text(at: extraIndex) : ""
        return .success(CardContent(
            kind: .cloze,
            prompt: plain(cloze.prompt(hiding: number)),
            answer: answers.joined(separator: Cloze.separator),
            hint: hints.isEmpty ? nil : hints.joined(separator: Cloze.separator),
            tags: safeTags,
            explanation: extra.isEmpty ? nil : extra
        ))
    }

    private func index(of name: String) -> Int? {
        foldedNames.firstIndex(of: name.lowercased()).flatMap { $0 < fields.count ? $0 : nil }
    }

    private func field(named name: String, else fallback: Int) -> String {
        let position = index(of: name) ?? fallback
        return position < fields.count ? fields[position] : ""
    }

    private func text(at index: Int) -> String {
        index < fields.count ? plainFields[index] ?? plain(fields[index]) : ""
    }

    /// A field value as terminal-safe plain text.
    private func plain(_ value: String) -> String {
        if isHTML { return TerminalText.sanitize(HTMLText.plainText(fromHTML: value)) }
        return TerminalText.sanitize(value.trimmingCharacters(in: .whitespacesAndNewlines))
    }
}
