import Testing
@testable import RecallCore

struct FoldCase: CustomTestStringConvertible, Sendable {
    var id: String
    var text: String
    var folded: String
    var numbers: [String] = []

    var testDescription: String { id }

    static let all: [FoldCase] = [
        .init(id: "case-and-spaces", text: "  Ilham   ALIYEV ", folded: "ilham aliyev"),
        .init(id: "diacritics", text: "Alíyev São Paulo Dvořák", folded: "aliyev sao paulo dvorak"),
        .init(id: "letters-without-marks", text: "Straße Ærø Łódź", folded: "strasse aero lodz"),
        .init(id: "apostrophes-join", text: "Trump’s O'Brien", folded: "trumps obrien"),
        .init(id: "quotes-and-punctuation", text: "“soft power” — activities!", folded: "soft power activities"),
        .init(id: "leading-article", text: "The Supreme Leader", folded: "supreme leader"),
        .init(id: "lone-article-kept", text: "a", folded: "a"),
        .init(id: "ampersand", text: "Trump & Musk", folded: "trump and musk"),
        .init(id: "per-cent", text: "38 per cent", folded: "38 percent", numbers: ["38"]),
        .init(id: "percent-sign", text: "38%", folded: "38 percent", numbers: ["38"]),
        .init(id: "currency-sign-kept", text: "€5", folded: "eur 5", numbers: ["5"]),
        .init(id: "thousands-separators", text: "6,000 and 6 000", folded: "6000 and 6000", numbers: ["6000", "6000"]),
        .init(id: "decimal", text: "1.750", folded: "1.75", numbers: ["1.75"]),
        .init(id: "minus-sign", text: "−5", folded: "-5", numbers: ["-5"]),
        .init(id: "hyphen-is-not-minus", text: "2017-09 mid-2024", folded: "2017 9 mid 2024", numbers: ["2017", "9", "2024"]),
        .init(id: "number-words-listed", text: "twenty cooperation documents", folded: "twenty cooperation documents", numbers: ["twenty"]),
        .init(id: "british-spelling", text: "colour organisation centre defence", folded: "color organization center defense"),
        .init(id: "country-abbreviations", text: "U.S.A. United Kingdom E.U.", folded: "us uk eu"),
        .init(id: "control-and-invisible", text: "Ba\u{200B}ku\u{7}\u{202E}", folded: "baku"),
        .init(id: "full-width-and-ligature", text: "ＢＡＫＵ ﬁne", folded: "baku fine"),
        .init(id: "emoji-dropped", text: "🇦🇿 Baku 😀", folded: "baku"),
    ]
}

@Test(arguments: FoldCase.all)
func foldingIgnoresWhatATeacherWouldIgnore(_ example: FoldCase) {
    let folded = AnswerNormalizer.fold(example.text)
    #expect(folded.text == example.folded)
    #expect(folded.numbers == example.numbers)
}
