import Testing
import RecallTestSupport
@testable import RecallCore

/// Random untrusted text: emoji, combining marks, right-to-left letters, control characters,
/// odd spaces, number and date words, digits and the symbols numbers and dates use.
private struct NoiseGenerator {
    var random: SplitMix64

    static let pieces: [String] = [
        "a", "Z", "é", "ß", "İ", "ﬁ", "ø", "e\u{301}", "\u{301}", "\u{20DD}", "\u{0}", "\u{7}", "\u{1B}[31m",
        "\u{200B}", "\u{200D}", "\u{200F}", "\u{202E}", "\u{FEFF}", "\u{A0}", "\u{202F}", "\t", "\n", " ", "  ",
        "😀", "👩‍👩‍👧", "🇦🇿", "שלום", "مرحبا", "Баку", "漢字", "６", "٣", "0", "1", "7", "9", "12", "2017", "000",
        "1,750", "6 000", "1.75", "$", "US$", "£", "€", "%", "/", "-", "–", ".", ",", "&", "'", "’", "“", "(", ")",
        "bn", "m", "k", "st", "th", "s", "twenty", "hundred", "thousand", "million", "a", "the", "and", "third",
        "half", "second", "dozen", "April", "Sept", "mid", "early", "President", "van", "Aliyev", "miles", "per",
        "cent", "percent", "minus", "about", "I", "Section",
    ]

    mutating func text(maxPieces: Int = 12) -> String {
        let count = Int.random(in: 0...maxPieces, using: &random)
        return (0..<count).map { _ in Self.pieces.randomElement(using: &random)! }.joined()
    }

    mutating func card() -> CardContent {
        let kind = CardContent.Kind.allCases.randomElement(using: &random)!
        let answer = text()
        let accepted = (0..<Int.random(in: 0...2, using: &random)).map { _ in text() }
        var choices = (0..<Int.random(in: 0...3, using: &random)).map { _ in text() }
        if kind == .multipleChoice { choices.insert(answer, at: Int.random(in: 0...choices.count, using: &random)) }
        let tolerance: Double? = Bool.random(using: &random) ? Double.random(in: -5...5, using: &random) : nil
        return CardContent(kind: kind, prompt: "?", answer: answer, accepted: accepted, choices: choices, tolerance: tolerance)
    }
}

@Test func checkerNeverTrapsAndAcceptsEveryAnswerAsItself() {
    var noise = NoiseGenerator(random: SplitMix64(seed: 0x5EED_A115))
    let checker = AnswerChecker()
    for _ in 0..<3000 {
        let card = noise.card()
        _ = checker.check(noise.text(maxPieces: 24), against: card)
        for answer in card.allAnswers where !AnswerText.isBlank(answer) {
            let check = checker.check(answer, against: card)
            #expect(check.verdict == .correct, "\(answer.debugDescription) against \(card.allAnswers.debugDescription)")
        }
    }
}

@Test func tenKilobytesOfTypedTextNeverTraps() {
    var noise = NoiseGenerator(random: SplitMix64(seed: 42))
    let checker = AnswerChecker()
    let huge = (0..<2000).map { _ in noise.text(maxPieces: 2) }.joined()
    let digits = String(repeating: "9", count: 10_000)
    let cards = [
        CardContent(kind: .basic, prompt: "?", answer: "$1.75 billion"),
        CardContent(kind: .numeric, prompt: "?", answer: "100", tolerance: 1),
        CardContent(kind: .multipleChoice, prompt: "?", answer: "Baku", choices: ["Baku", "Yerevan"]),
        CardContent(kind: .basic, prompt: "?", answer: huge),
    ]
    for card in cards {
        for typed in [huge, digits, String(repeating: "hundred ", count: 1500), String(repeating: "1,000", count: 2000)] {
            _ = checker.check(typed, against: card)
        }
    }
    #expect(checker.check(huge, against: cards[3]).verdict == .correct)
    #expect(checker.check(huge + "x", against: cards[3]).verdict == .nearMiss)
}
