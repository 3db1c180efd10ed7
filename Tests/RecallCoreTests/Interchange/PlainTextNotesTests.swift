import Testing
@testable import RecallCore

@Test func rowsWithoutMetadataBecomeBasicOrClozeCards() throws {
    let text = try DelimitedText.parse("""
        #separator:tab
        #html:false
        #tags column:3
        chat\tcat (French)\tfixture lang::fr
        {{c1::Canberra}} is the capital of {{c2::Australia::country}}.\tsince 1913\tcloze geo

        """, file: "notes.txt")
    let collection = PlainTextNotes.collection(from: text, file: "notes.txt", defaultDeck: "notes")
    #expect(collection.noteCount == 2)
    #expect(collection.decks == ["notes"])
    #expect(collection.cards.map(\.content.kind) == [.basic, .cloze, .cloze])
    #expect(collection.cards.map(\.content.prompt) == [
        "chat", "[...] is the capital of Australia.", "Canberra is the capital of [country].",
    ])
    #expect(collection.cards.map(\.content.answer) == ["cat (French)", "Canberra", "Australia"])
    #expect(collection.cards[0].content.tags == ["fixture", "lang::fr"])
    #expect(collection.cards[1].content.explanation == "since 1913")
    #expect(collection.cards.map(\.ord) == [0, 0, 1])
    #expect(Set(collection.cards.map(\.key)).count == 3)
}

@Test func derivedKeysAreStableAcrossImports() throws {
    let text = try DelimitedText.parse("a,b\nc,d\n", file: "x.csv")
    let first = PlainTextNotes.collection(from: text, file: "x.csv", defaultDeck: "x")
    let second = PlainTextNotes.collection(from: text, file: "x.csv", defaultDeck: "x")
    #expect(first.cards.map(\.key) == second.cards.map(\.key))
    #expect(first.cards[0].key != first.cards[1].key)
}

@Test func reversedNotetypeMakesTwoCards() throws {
    let text = try DelimitedText.parse(
        "#notetype column:1\n#deck column:2\nBasic (and reversed card)\tSpanish\tperro\tdog\n", file: "x")
    let collection = PlainTextNotes.collection(from: text, file: "x", defaultDeck: "x")
    #expect(collection.cards.map(\.content.prompt) == ["perro", "dog"])
    #expect(collection.cards.map(\.deck) == ["Spanish", "Spanish"])
}

@Test func rowsThatCannotMakeCardsAreWarnedAboutWithTheirLine() throws {
    let text = try DelimitedText.parse("#notetype:Cloze\nno deletions here\tx\n\tonly back\n", file: "x.txt")
    let collection = PlainTextNotes.collection(from: text, file: "x.txt", defaultDeck: "x")
    #expect(collection.cards.isEmpty)
    #expect(collection.warnings == [
        "x.txt:2:1: warning: the cloze note has no {{c1::…}} deletion; skipped.",
        "x.txt:3:1: warning: the row has no text to ask; skipped.",
    ])
}

@Test func htmlIsGuessedWhenTheFileDoesNotSay() throws {
    let html = try DelimitedText.parse("<b>bold</b>\tx &amp; y\n", file: "x")
    #expect(PlainTextNotes.collection(from: html, file: "x", defaultDeck: "x").cards[0].content.answer == "x & y")
    let plain = try DelimitedText.parse("a < b\tx &amp y\n", file: "x")
    #expect(PlainTextNotes.collection(from: plain, file: "x", defaultDeck: "x").cards[0].content.prompt == "a < b")
}

@Test func aClozeNoteWithMoreDeletionsThanTheLimitIsSkippedWithItsLine() throws {
    let many = (1...NoteContent.maximumDeletions + 1).map { "{{c\($0)::w\($0)}}" }.joined(separator: " ")
    let most = (1...NoteContent.maximumDeletions).map { "{{c\($0)::w\($0)}}" }.joined(separator: " ")
    let text = try DelimitedText.parse("#notetype:Cloze\n\(many)\tx\n\(most)\ty\n", file: "x.txt")
    let collection = PlainTextNotes.collection(from: text, file: "x.txt", defaultDeck: "x")
    #expect(collection.warnings == [
        "x.txt:2:1: warning: the cloze note has 501 deletions, more than the 500 recall takes from one note; skipped.",
    ])
    #expect(collection.cards.count == 500)
    #expect(collection.cards.last?.content.answer == "w500")
    #expect(collection.cards.last?.content.prompt.hasSuffix("w498 w499 [...]") == true)
}
