import Foundation
import RecallCore
import RecallTestSupport
import Testing
@testable import RecallStore

/// Exports written as `collection.anki2` packages and read back. (That Anki itself imports
/// them is checked by tools/check-apkg-export.py with the `anki` package from PyPI; set
/// RECALL_EXPORT_SAMPLE to a path to keep the sample this suite writes.)
@Suite final class AnkiPackageWriterTests {
    /// A fresh directory for this test's files, removed afterwards.
    let folder: TemporaryDirectory
    var directory: URL { folder.url }
    let now = Date(timeIntervalSince1970: 1_795_800_000)
    let calendar = StudyCalendar(timeZone: TimeZone(identifier: "UTC")!, rolloverHour: 4)

    init() throws {
        folder = try TemporaryDirectory("export-test")
    }

    /// The Anki fixture as recall would store it: imported, memory replayed.
    func storedCards() throws -> [ExportCard] {
        let imported = try ImportedCollection(anki: AnkiFixtures.read("anki-export-current"), source: "fixture")
        return imported.cards.map { card in
            let (state, reviews) = card.initialState(replay: ReviewReplayTests.replay, now: now)
            return ExportCard(
                key: card.key, deck: card.deck, content: card.content, state: state,
                isSuspended: card.isSuspended, reviews: reviews)
        }
    }

    func export(_ cards: [ExportCard], media: [ImportedMedia] = []) throws -> URL {
        let url = directory.appendingPathComponent("export.apkg")
        let collection = AnkiCollection(exporting: cards, media: media, now: now, calendar: calendar)
        try AnkiPackageWriter().write(collection, to: url, now: now)
        if let keep = ProcessInfo.processInfo.environment["RECALL_EXPORT_SAMPLE"] {
            try? FileManager.default.removeItem(atPath: keep)
            try FileManager.default.copyItem(at: url, to: URL(fileURLWithPath: keep))
        }
        return url
    }

    @Test func exportReadsBackWithCardsTagsStatesAndHistory() throws {
        let cards = try storedCards()
        let media = try AnkiPackageReader().read(contentsOf: AnkiFixtures.url("anki-export-current", "apkg")).media
        let url = try export(cards, media: media)
        let back = try AnkiPackageReader().read(contentsOf: url)
        #expect(back.media == media)
        #expect(back.notes.contains { $0.fields.first == #"Picture: <img src="anki-fixture.png">"# })
        #expect(back.schemaVersion == 11)
        #expect(back.notes.count == 17)
        #expect(back.cards.count == 17)
        #expect(back.reviewCount == 13)
        #expect(back.decks.map(\.name) == ["Anki Fixture", "Anki Fixture::Cloze", "Anki Fixture::Vocabulary", "Default"])
        let imported = ImportedCollection(anki: back, source: url.path)
        for (original, exported) in zip(cards, imported.cards) {
            #expect(exported.content.prompt == original.content.prompt)
            #expect(exported.content.answer == original.content.answer)
            #expect(exported.content.tags == original.content.tags)
            // recall's note type has a front and a back: a cloze comes back as the question
            // its gap makes.
            #expect(exported.content.kind == (original.content.kind == .cloze ? .basic : original.content.kind))
            #expect(exported.deck == original.deck)
            #expect(exported.isSuspended == original.isSuspended)
            #expect(exported.key == original.key)
            #expect(exported.reviews.map(\.ease) == original.reviews.map(\.rating.rawValue))
            let state = exported.ankiState ?? .new(availableFrom: now)
            #expect(state.phase == original.state.phase, "\(original.key)")
            #expect(state.reps == original.state.reps)
            #expect(state.lapses == original.state.lapses)
            if original.state.phase == .review {
                #expect(state.due == calendar.start(ofDay: calendar.dayNumber(of: original.state.due)))
                #expect(state.scheduledDays == original.state.scheduledDays)
            }
            if let memory = original.state.memory {
                #expect(abs(state.memory!.stability - memory.stability) < 0.0001)
                #expect(abs(state.memory!.difficulty - memory.difficulty) < 0.001)
            }
        }
    }

    @Test func revlogEncodesAnswersAsAnkiDoes() throws {
        let cards = try storedCards()
        let back = try AnkiPackageReader().read(contentsOf: try export(cards))
        let street = try #require(back.cards.first { card in
            back.notes.first { $0.id == card.noteID }?.fields.first == "Straße"
        })
        #expect(street.reviews.map(\.ease) == [1, 3, 3, 1, 3])
        #expect(street.reviews.map(\.kind) == [.learning, .learning, .learning, .review, .relearning])
        #expect(street.reviews[0].interval == -60)
        #expect(street.reviews[0].lastInterval == 0)
        #expect(street.reviews[1].lastInterval == -60)
        #expect(street.reviews.map(\.factor) == [701, 700, 699, 967, 965])
    }

    @Test(arguments: [
        ("plain", CardContent(kind: .basic, prompt: "a < b & \"c\"", answer: "yes\nreally"),
         ["a &lt; b &amp; &quot;c&quot;", "yes<br>really", "", ""]),
        ("image", CardContent(kind: .basic, prompt: "See [image: a b.png]", answer: "x"), [#"See <img src="a b.png">"#, "x", "", ""]),
        ("cloze with hint", CardContent(kind: .cloze, prompt: "Paris is the capital of [country].", answer: "France", hint: "country"),
         ["Paris is the capital of [country].", "France", "", ""]),
        ("explanation and source", CardContent(
            kind: .basic, prompt: "Q", answer: "A", accepted: ["a"], explanation: "because",
            source: SourceQuote(sentence: "A is so.", line: 3, column: 1, file: "notes.md")),
         ["Q", "A<br>(also: a)", "because", "A is so.<br>(notes.md, line 3)"]),
        ("choices", CardContent(kind: .multipleChoice, prompt: "Pick", answer: "b", choices: ["a", "b"]), ["Pick<br>1. a<br>2. b", "b", "", ""]),
    ])
    func contentBecomesNoteFields(_ name: String, _ content: CardContent, _ expected: [String]) {
        #expect(AnkiNoteFields.fields(for: content) == expected, "\(name)")
    }
}
