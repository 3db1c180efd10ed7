import Testing
@testable import RecallCore

/// One card and the mode `auto` must pick for it.
struct ModeCase: CustomTestStringConvertible, Sendable {
    var id: String
    var content: CardContent
    var mode: StudyMode
    var testDescription: String { id }

    init(_ id: String, _ answer: String, kind: CardContent.Kind = .basic, _ mode: StudyMode) {
        self.id = id
        content = CardContent(kind: kind, prompt: "?", answer: answer, choices: kind == .multipleChoice ? [answer, "other"] : [])
        self.mode = mode
    }

    static let all: [ModeCase] = [
        .init("short-word", "Baku", .typed),
        .init("name", "Ilham Aliyev", .typed),
        .init("money", "$1.75 billion", .typed),
        .init("with-an-aside", "cat (a small domesticated carnivorous mammal with soft fur)", .typed),
        .init("several-lines", "Baku\nGanja", .reveal),
        .init("long-sentence", "a senseless waste of lives that must be stopped at once", .reveal),
        .init("long-characters", "Intergovernmental Commission on Economic Cooperation", .reveal),
        .init("list", "legal affairs, green development, digital economy", .reveal),
        .init("semicolon-list", "oil; gas; weapons", .reveal),
        .init("thousands-comma", "6,000 miles", .typed),
        .init("image", "[image: map.png]", .reveal),
        .init("sound", "[sound: word.mp3]", .reveal),
        .init("anki-fields", "Baku | the capital", .reveal),
        .init("multiple-choice-is-checkable", "a very long choice that has many more words than six", kind: .multipleChoice, .typed),
        .init("cloze-deletion", "Xi Jinping", kind: .cloze, .typed),
    ]
}

@Test(arguments: ModeCase.all)
func autoAsksTypedOnlyWhereTheAnswerIsShortAndCheckable(_ example: ModeCase) {
    #expect(StudyMode.auto.resolved(for: example.content) == example.mode)
}

@Test func aChosenModeIsKeptWhateverTheAnswer() {
    let long = CardContent(kind: .basic, prompt: "?", answer: "Baku\nGanja")
    #expect(StudyMode.typed.resolved(for: long) == .typed)
    #expect(StudyMode.reveal.resolved(for: CardContent(kind: .basic, prompt: "?", answer: "Baku")) == .reveal)
}
