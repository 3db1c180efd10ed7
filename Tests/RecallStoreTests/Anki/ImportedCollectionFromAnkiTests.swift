import Foundation
import RecallCore
import Testing
@testable import RecallStore

/// The fixture packages converted to recall cards.
struct ImportedCollectionFromAnkiTests {
    func imported(_ package: String) throws -> ImportedCollection {
        try ImportedCollection(anki: AnkiFixtures.read(package), source: package)
    }

    func card(_ collection: ImportedCollection, prompt: String, ord: Int = 0) throws -> ImportedCard {
        try #require(collection.cards.first { $0.content.prompt == prompt && $0.ord == ord }, "\(prompt)")
    }

    @Test(arguments: AnkiFixtures.packages)
    func everyAnkiCardBecomesOneKeyedCard(package: String) throws {
        let collection = try imported(package)
        let expected = try AnkiFixtures.expected(package, as: ExpectedPackage.self)
        #expect(collection.cards.count == expected.collection.cardCount)
        #expect(collection.noteCount == expected.collection.noteCount)
        #expect(collection.reviewCount == expected.collection.revlogCount)
        #expect(collection.warnings.isEmpty)
        #expect(collection.decks == expected.collection.decks)
        #expect(collection.cards.map(\.deck) == expected.collection.cards.map(\.deck))
        #expect(collection.cards.map(\.flag) == expected.collection.cards.map(\.flags))
        #expect(collection.cards.map(\.isSuspended) == expected.collection.cards.map { $0.queue == "suspended" })
        #expect(Set(collection.cards.map(\.key)).count == collection.cards.count)
        for card in collection.cards {
            #expect(card.key == ImportedCard.key(guid: card.noteGUID, ord: card.ord))
            #expect(card.key.unicodeScalars.allSatisfy {
                $0.properties.isAlphabetic || ("0"..."9").contains($0) || "-_.".unicodeScalars.contains($0)
            })
            #expect(!card.content.prompt.isEmpty)
            #expect(!card.content.answer.isEmpty || card.content.kind == .basic)
        }
        #expect(collection.media.map(\.name) == expected.ankiImport.mediaFiles)
    }

    @Test func genankiBasicNotesReadAsTerminalText() throws {
        let collection = try imported("genanki-basic-cloze")
        let cases: [(String, String)] = [
            ("Bold question", "Italic answer"),
            ("What colour is this? [image: fixture-image.png]", "Red (a 4×4 PNG)"),
            ("∑ x² ≤ ∞ & <not a tag>", "HTML entities: &amp; &lt; &gt; &nbsp; end"),
            ("• one\n• two", "1. first\n2. second"),
            ("Line 1\nLine 2\nLine 3", "block one\nblock two"),
            ("red text", "a | b\ntab and \"quotes\""),
            ("مرحبا / שלום", "Right-to-left: Arabic and Hebrew greetings"),
        ]
        for (prompt, answer) in cases {
            #expect(try card(collection, prompt: prompt).content.answer == answer)
        }
        #expect(try card(collection, prompt: "red text").content.tags == ["fixture", "Tag_With-Mixed.Case"])
        #expect(try card(collection, prompt: "Line 1\nLine 2\nLine 3").content.tags == [])
    }

    @Test func genankiClozeNotesHideOneDeletionPerCard() throws {
        let collection = try imported("genanki-basic-cloze")
        let water = try card(collection, prompt: "H2O is the formula of [substance].", ord: 1)
        #expect(water.content.answer == "water")
        #expect(water.content.hint == "substance")
        #expect(water.content.explanation == "Chemistry")
        let japan = try card(collection, prompt: "[...] means Japan in [...].")
        #expect(japan.content.answer == "日本 … Japanese")
        #expect(japan.content.explanation == "c1 appears twice")
        let mitochondrion = try card(collection, prompt: "The [...] is the powerhouse of the cell.")
        #expect(mitochondrion.content.explanation == nil)
        #expect(mitochondrion.content.tags == ["fixture", "cloze", "biology"])
        let second = try card(collection, prompt: "[hint 2] before first; both with hints.", ord: 1)
        #expect(second.content.answer == "Second")
        #expect(second.deck == "genanki Cloze fixture")
        #expect(second.key == "C0AmK.3djzOg-1")
    }

    @Test(arguments: ["anki-export-legacy", "anki-export-current"])
    func ankiExportKeepsReversedCardsSuspensionAndFlags(package: String) throws {
        let collection = try imported(package)
        let forward = try card(collection, prompt: "perro")
        let reverse = try card(collection, prompt: "dog", ord: 1)
        #expect(forward.content.answer == "dog")
        #expect(reverse.content.answer == "perro")
        #expect(forward.noteGUID == reverse.noteGUID)
        #expect(try card(collection, prompt: "voiceless postalveolar fricative (IPA)", ord: 1).isSuspended)
        #expect(try !card(collection, prompt: "ʃ").isSuspended)
        #expect(try card(collection, prompt: "Picture: [image: anki-fixture.png]").flag == 1)
        let athens = try card(collection, prompt: "Ἀθῆναι is Athens, capital of [...].", ord: 2)
        #expect(athens.content.answer == "Greece")
        #expect(athens.deck == "Anki Fixture::Cloze")
        let fahrenheit = try card(collection, prompt: "Water boils at 100 °C ([Fahrenheit]) at sea level.", ord: 1)
        #expect(fahrenheit.content.answer == "212 °F")
        #expect(fahrenheit.content.explanation == nil)
    }

    @Test(arguments: ["anki-export-legacy", "anki-export-current"])
    func studiedCardsCarryAnkisStateAndNewCardsNone(package: String) throws {
        let collection = try imported(package)
        let created: TimeInterval = 1_795_752_000
        let chat = try #require(try card(collection, prompt: "chat").ankiState)
        #expect(chat.phase == .review)
        #expect(chat.memory == MemoryState(stability: 2.3065, difficulty: 2.104))
        #expect(chat.scheduledDays == 4)
        #expect(chat.due == Date(timeIntervalSince1970: created + 4 * 86_400))
        #expect(chat.lastReview == Date(timeIntervalSince1970: 1_795_762_424))
        #expect(chat.reps == 3)
        let street = try #require(try card(collection, prompt: "Straße").ankiState)
        #expect(street.lapses == 1)
        #expect(street.reps == 5)
        let dog = try card(collection, prompt: "dog", ord: 1)
        let learning = try #require(dog.ankiState)
        #expect(learning.phase == .learning)
        #expect(learning.due == Date(timeIntervalSince1970: 1_795_762_831))
        #expect(learning.scheduledDays == nil)
        #expect(dog.reviews.map(\.ease) == [2])
        #expect(try card(collection, prompt: "Emoji 😀").ankiState == nil)
    }
}
