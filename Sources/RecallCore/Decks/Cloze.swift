import Foundation

/// A cloze text in Anki's syntax: `{{c1::Ilham Aliyev}} is the president of {{c2::Azerbaijan::country}}.`
///
/// Each `{{cN::text}}` or `{{cN::text::hint}}` is a deletion. The same number may appear several
/// times (one card hides them all) and numbers may come in any order. Anything else, HTML
/// included, is kept as plain text.
public struct Cloze: Sendable, Equatable, Hashable {
    public struct Deletion: Sendable, Equatable, Hashable {
        public var number: Int
        public var text: String
        public var hint: String?

        public init(number: Int, text: String, hint: String? = nil) {
            self.number = number
            self.text = text
            self.hint = hint
        }
    }

    public enum Segment: Sendable, Equatable, Hashable {
        case text(String)
        case deletion(Deletion)
    }

    /// Why a text is not a valid cloze, and which `{{` (counting from 0) it is about, if any.
    public struct Problem: Error, Sendable, Equatable {
        public enum Reason: Sendable, Equatable {
            case noDeletion
            case unclosed
            case missingNumber
            case emptyDeletion(number: Int)
            case nested
        }

        public var reason: Reason
        /// The 0-based index of the offending `{{` among all `{{` in the text.
        public var opening: Int?

        public var message: String {
            switch reason {
            case .noDeletion: "cloze text has no deletion; mark one like `{{c1::answer}}`"
            case .unclosed: "`{{` is never closed with `}}`"
            case .missingNumber: "a deletion must start with a number such as `{{c1::`"
            case .emptyDeletion(let number): "deletion c\(number) is empty"
            case .nested: "deletions cannot be nested"
            }
        }
    }

    /// The placeholder shown for a hidden deletion without a hint.
    public static let placeholder = "[...]"
    /// Joins the answers (and hints) of several deletions with the same number.
    public static let separator = " … "

    public var segments: [Segment]

    public init(segments: [Segment]) {
        self.segments = segments
    }

    /// Reads `text`, or throws the first problem found.
    public init(parsing text: String) throws(Problem) {
        var segments: [Segment] = []
        var plain = ""
        var rest = Substring(text)
        var opening = 0
        while let open = rest.range(of: "{{") {
            plain += rest[..<open.lowerBound]
            let body = rest[open.upperBound...]
            guard let close = body.range(of: "}}") else {
                throw Problem(reason: .unclosed, opening: opening)
            }
            let inside = body[..<close.lowerBound]
            if inside.contains("{{") {
                throw Problem(reason: .nested, opening: opening)
            }
            if !plain.isEmpty {
                segments.append(.text(plain))
                plain = ""
            }
            segments.append(.deletion(try Self.deletion(from: inside, opening: opening)))
            rest = body[close.upperBound...]
            opening += 1
        }
        plain += rest
        if !plain.isEmpty { segments.append(.text(plain)) }
        guard segments.contains(where: { if case .deletion = $0 { true } else { false } }) else {
            throw Problem(reason: .noDeletion, opening: nil)
        }
        self.segments = segments
    }

    private static func deletion(from inside: Substring, opening: Int) throws(Problem) -> Deletion {
        guard inside.first == "c" || inside.first == "C",
              let separator = inside.range(of: "::"),
              let number = Int(inside[inside.index(after: inside.startIndex)..<separator.lowerBound]),
              number > 0
        else {
            throw Problem(reason: .missingNumber, opening: opening)
        }
        let content = inside[separator.upperBound...]
        let text: Substring
        var hint: String?
        if let hintSeparator = content.range(of: "::") {
            text = content[..<hintSeparator.lowerBound]
            let rawHint = content[hintSeparator.upperBound...].trimmingWhitespace
            hint = rawHint.isEmpty ? nil : rawHint
        } else {
            text = content
        }
        guard !text.trimmingWhitespace.isEmpty else {
            throw Problem(reason: .emptyDeletion(number: number), opening: opening)
        }
        return Deletion(number: number, text: String(text), hint: hint)
    }

    public var deletions: [Deletion] {
        segments.compactMap { if case .deletion(let deletion) = $0 { deletion } else { nil } }
    }

    /// The distinct deletion numbers, ascending: one card each.
    public var numbers: [Int] {
        Array(Set(deletions.map(\.number))).sorted()
    }

    /// The text with every deletion shown.
    public var plainText: String {
        render { $0.text }
    }

    /// The text with every deletion numbered `number` hidden as `[...]` or `[hint]` and all
    /// others shown.
    public func prompt(for number: Int) -> String {
        render { deletion in
            deletion.number == number ? deletion.hint.map { "[\($0)]" } ?? Self.placeholder : deletion.text
        }
    }

    /// The hidden text of deletion `number`, trimmed; several occurrences are joined by ` … `.
    public func answer(for number: Int) -> String {
        deletions.filter { $0.number == number }.map(\.text.trimmingWhitespace).joined(separator: Self.separator)
    }

    /// The distinct hints of deletion `number`, joined by ` … `, or nil when it has none.
    public func hint(for number: Int) -> String? {
        var hints: [String] = []
        for deletion in deletions where deletion.number == number {
            if let hint = deletion.hint, !hints.contains(hint) { hints.append(hint) }
        }
        return hints.isEmpty ? nil : hints.joined(separator: Self.separator)
    }

    /// The text back in Anki's syntax.
    public var source: String {
        segments.map { segment in
            switch segment {
            case .text(let text): text
            case .deletion(let deletion):
                "{{c\(deletion.number)::\(deletion.text)" + (deletion.hint.map { "::\($0)" } ?? "") + "}}"
            }
        }.joined()
    }

    private func render(_ show: (Deletion) -> String) -> String {
        segments.map { segment in
            switch segment {
            case .text(let text): text
            case .deletion(let deletion): show(deletion)
            }
        }.joined()
    }
}
