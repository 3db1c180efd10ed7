/// How a card is asked. `typed`: the answer is typed and checked. `reveal`: Anki's own way —
/// think of the answer, press Enter to see it, grade yourself 1–4. `auto` picks per card: typed
/// where the answer is short and checkable, reveal where it cannot fairly be typed.
public enum StudyMode: String, Sendable, Codable, CaseIterable, Hashable {
    case typed, reveal, auto

    /// `typed` or `reveal` for `content`: the mode itself, or for `auto` what
    /// `AnswerShape.canBeTyped` says.
    public func resolved(for content: CardContent) -> StudyMode {
        switch self {
        case .typed, .reveal: self
        case .auto: AnswerShape.canBeTyped(content) ? .typed : .reveal
        }
    }
}

/// Whether an answer can fairly be typed: short, on one line, one thing, text rather than an
/// image or a sound.
public enum AnswerShape {
    /// More words than this (an aside such as "(French)" not counted) are asked by reveal.
    public static let maximumWords = 6
    /// More characters than this, likewise.
    public static let maximumCharacters = 48

    public static func canBeTyped(_ content: CardContent) -> Bool {
        switch content.kind {
        case .multipleChoice, .numeric: return true
        case .basic, .cloze: break
        }
        let answer = content.answer
        if answer.contains(where: \.isNewline) { return false }
        // Media and fields as `HTMLText` renders them: "[image: x.png]", "[sound: x.mp3]", "a | b".
        if ["[image", "[sound", " | ", "•"].contains(where: answer.contains) { return false }
        let essential = OptionalParts.essential(of: answer) ?? answer
        if essential.count > maximumCharacters { return false }
        if essential.split(whereSeparator: \.isWhitespace).count > maximumWords { return false }
        return !isList(answer)
    }

    /// Three or more items separated by commas or semicolons ("red, green and blue"), not a
    /// number's thousands separator ("6,000").
    static func isList(_ text: String) -> Bool {
        text.components(separatedBy: ", ").count + text.components(separatedBy: "; ").count - 1 >= 3
    }
}
