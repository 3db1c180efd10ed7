import Foundation
import Testing
@testable import RecallCore

@Test func plainTextExportReadsBackAsTheSameCards() throws {
    let day = Date(timeIntervalSince1970: 1_800_000_000)
    let cards = [
        ExportCard(key: "capital-fr", deck: "Geo::Europe",
                   content: CardContent(kind: .basic, prompt: "Capital of \"France\"?", answer: "Paris\tcity",
                                        tags: ["geo", "europe"], explanation: "since 508"),
                   state: .new(availableFrom: day)),
        ExportCard(key: "canberra", deck: "#Geo",
                   content: CardContent(kind: .cloze, prompt: "Canberra is the capital of [country].", answer: "Australia",
                                        hint: "country", tags: []),
                   state: .new(availableFrom: day)),
    ]
    let text = DelimitedTextWriter.notesInPlainText(cards)
    #expect(text.hasPrefix(DelimitedTextWriter.headers.joined(separator: "\n") + "\n"))
    let parsed = try DelimitedText.parse(text, file: "export.txt")
    #expect(parsed.rows.map(\.fields) == [
        ["recall:capital-fr", "Basic", "Geo::Europe", "Capital of \"France\"?", "Paris\tcity\n\nsince 508", "geo europe"],
        ["recall:canberra", "Cloze", "#Geo", "Canberra is the capital of {{c1::Australia::country}}.", "", ""],
    ])
    let back = PlainTextNotes.collection(from: parsed, file: "export.txt", defaultDeck: "x")
    #expect(back.cards.map(\.key) == ["capital-fr", "canberra"])
    #expect(back.cards.map(\.content.prompt) == cards.map(\.content.prompt))
    #expect(back.cards[1].content.answer == "Australia")
    #expect(back.cards[1].content.hint == "country")
    #expect(back.cards.map(\.deck) == ["Geo::Europe", "#Geo"])
    #expect(back.cards[0].content.tags == ["geo", "europe"])
}
