import RecallCore
import RecallStore

/// How a card is asked this time. Generated cards offer three forms of the same fact and the
/// session picks by how well the card is known: multiple choice while it is new, the cloze
/// sentence while it is being learnt, and plain typed recall once it is in review. A card asked
/// by reveal shows its prompt (and an authored card's choices) and nothing is typed.
struct Presentation {
    /// `typed` or `reveal`.
    var mode: StudyMode
    var prompt: String
    /// Choices in the order shown (numbered from 1); empty for typed answers.
    var choices: [String]
    /// The content the typed answer is checked against (choices in shown order).
    var content: CardContent
    /// What `:hint` shows, one more step each time.
    var hints: AnswerHints

    init(card: StoredCard, seed: UInt64, mode: StudyMode = .typed) {
        self.mode = mode
        var content = card.content
        let phase = card.state.phase
        let offersChoices = mode == .typed && phase == .new && content.choices.count >= 2
        if content.kind == .multipleChoice || offersChoices {
            var generator = SplitMix64(seed: seed ^ UInt64(bitPattern: card.id) &* 0x9E37_79B9_7F4A_7C15
                                          ^ UInt64(card.state.reps))
            content.choices.shuffle(using: &generator)
            content.kind = .multipleChoice
            prompt = content.prompt
            choices = content.choices
        } else {
            if mode == .typed, content.kind == .basic, phase != .review, let cloze = content.clozePrompt {
                prompt = cloze
            } else {
                prompt = content.prompt
            }
            choices = []
            content.choices = []
            if content.kind == .multipleChoice { content.kind = .basic }
        }
        self.content = content
        hints = AnswerHints(answer: card.content.answer, authorHint: content.hint)
    }
}
