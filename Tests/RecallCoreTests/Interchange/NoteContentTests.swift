import Testing
@testable import RecallCore

@Test func basicCardAsksTheFrontAndReversedCardTheBack() throws {
    let note = NoteContent(
        kind: .normal, fieldNames: ["Front", "Back"], fields: ["<b>perro</b>", "dog"], tags: ["lang::es"])
    let forward = try note.content(ord: 0).get()
    #expect(forward.kind == .basic)
    #expect(forward.prompt == "perro")
    #expect(forward.answer == "dog")
    #expect(forward.tags == ["lang::es"])
    #expect(forward.explanation == nil)
    let reversed = try note.content(ord: 1).get()
    #expect(reversed.prompt == "dog")
    #expect(reversed.answer == "perro")
}

/// Fields past the front and back become the explanation, each after its name; a field named
/// Explanation (recall's note type has one) is the explanation itself.
@Test(arguments: [
    (["Word", "Meaning", "Example", "Notes"], ["chat", "cat", "<i>Le chat dort.</i>", ""], "Example: Le chat dort."),
    (["Front", "Back", "Explanation", "Source"], ["Capital of Peru?", "Lima", "on the coast", "Lima is the capital.<br>(peru.md, line 2)"],
     "on the coast\nSource: Lima is the capital.\n(peru.md, line 2)"),
])
func extraFieldsBecomeTheExplanation(names: [String], fields: [String], explanation: String) throws {
    let content = try NoteContent(kind: .normal, fieldNames: names, fields: fields, tags: []).content(ord: 0).get()
    #expect(content.prompt == fields[0])
    #expect(content.answer == fields[1])
    #expect(content.explanation == explanation)
}

@Test func clozeCardHidesItsDeletionAndExplainsWithBackExtra() throws {
    let note = NoteContent(
        kind: .cloze, fieldNames: ["Text", "Back Extra"],
        fields: ["{{c1::H<sub>2</sub>O}} is the formula of {{c2::water::substance}}.", "<i>Chemistry</i>"],
        tags: ["fixture", "cloze"])
    #expect(note.ordinals(templateCount: 1) == [0, 1])
    let first = try note.content(ord: 0).get()
    #expect(first.kind == .cloze)
    #expect(first.prompt == "[...] is the formula of water.")
    #expect(first.answer == "H2O")
    #expect(first.hint == nil)
    #expect(first.explanation == "Chemistry")
    let second = try note.content(ord: 1).get()
    #expect(second.prompt == "H2O is the formula of [substance].")
    #expect(second.answer == "water")
    #expect(second.hint == "substance")
}

@Test func clozeCardWithoutItsDeletionIsAFailure() {
    let note = NoteContent(kind: .cloze, fieldNames: ["Text", "Back Extra"], fields: ["{{c1::only one}}", ""], tags: [])
    #expect(note.content(ord: 2) == .failure(.noDeletion(number: 3)))
}

@Test func plainTextFieldsKeepTheirLineBreaksAndAngleBrackets() throws {
    let note = NoteContent(
        kind: .normal, fieldNames: ["Front", "Back"], fields: ["a <b> c\nline two", "x"], tags: [], isHTML: false)
    #expect(try note.content(ord: 0).get().prompt == "a <b> c\nline two")
}

@Test func controlCharactersInFieldsAndTagsAreNeutralised() throws {
    let note = NoteContent(
        kind: .normal, fieldNames: ["Front", "Back"], fields: ["\u{1b}[31mred", "&#27;[2J"], tags: ["\u{1b}x"])
    let content = try note.content(ord: 0).get()
    #expect(content.prompt == "␛[31mred")
    #expect(content.answer == "␛[2J")
    #expect(content.tags == ["␛x"])
}

@Test func theOptionalReverseSwitchIsNotAnExplanation() throws {
    let note = NoteContent(
        kind: .normal, fieldNames: ["Front", "Back", "Add Reverse"], fields: ["perro", "dog", "y"], tags: [])
    #expect(try note.content(ord: 1).get().prompt == "dog")
    #expect(try note.content(ord: 0).get().explanation == nil)
}

@Test func cardsThatWouldAskNothingAreFailures() {
    let imageOnly = NoteContent(kind: .normal, fieldNames: ["Front", "Back"], fields: ["<div><br></div>", "x"], tags: [])
    #expect(imageOnly.content(ord: 0) == .failure(.emptyPrompt))
    let occlusion = NoteContent(
        kind: .cloze, fieldNames: ["Occlusion", "Image", "Header", "Back Extra", "Comments"],
        fields: ["{{c1::image-occlusion:rect:left=.1:top=.2:width=.3:height=.4}}", "<img src=\"x.png\">", "", "", ""],
        tags: [])
    #expect(occlusion.content(ord: 0) == .failure(.imageOcclusion))
}

@Test(arguments: [
    ("D^UDS[gy]3", 0, "D.5eUDS.5bgy.5d3-0"),
    ("plain_guid-1", 2, "plain_guid-1-2"),
    ("a.b", 0, "a.2eb-0"),
    ("a.2eb", 0, "a.2e2eb-0"),
    ("Straße 🍎", 1, "Straße.20.f0.9f.8d.8e-1"),
    ("recall:capital-fr", 0, "capital-fr"),
    ("recall:capital-fr", 1, "recall.3acapital-fr-1"),
    ("recall:bad key", 0, "recall.3abad.20key-0"),
])
func cardKeysUseTheDeckIdAlphabet(_ guid: String, _ ord: Int, _ key: String) {
    #expect(ImportedCard.key(guid: guid, ord: ord) == key)
}

@Test func aClozeNoteWithTooManyDeletionsIsAFailure() {
    let text = (1...NoteContent.maximumDeletions + 1).map { "{{c\($0)::x}}" }.joined()
    let note = NoteContent(kind: .cloze, fieldNames: ["Text", "Back Extra"], fields: [text, ""], tags: [])
    #expect(note.deletionCount == 501)
    #expect(note.content(ord: 0) == .failure(.tooManyDeletions(count: 501)))
}

@Test func changingTheFieldsOfAClozeNoteChangesItsCards() throws {
    var note = NoteContent(kind: .cloze, fieldNames: ["Text", "Back Extra"], fields: ["{{c1::Paris}} is in France", ""], tags: [])
    note.fields[0] = "{{c1::Rome}} is in {{c2::Italy}}"
    #expect(note.ordinals(templateCount: 1) == [0, 1])
    #expect(try note.content(ord: 1).get().answer == "Italy")
}
