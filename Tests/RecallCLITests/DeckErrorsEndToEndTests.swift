import Foundation
import Testing

/// A deck file with a broken card still loads its other cards, with the error printed at its
/// place; a file that is not a deck at all is skipped with its located sentence.
@Suite(.serialized)
struct DeckErrorsEndToEndTests {
    static let brokenCard = """
        deck: Capitals
        cards:
          - q: What is the capital of France?
            a: Paris
          - q: What did the guide say?
            a: the guide said: Paris
          - q: What is the capital of Peru?
          - q: What is the capital of Australia?
            a: Canberra

        """

    @Test func deckCheckListsEachBrokenCardAtItsPlaceAndCountsTheCardsThatLoad() throws {
        let recall = try RecallRunner()
        defer { recall.cleanUp() }
        try recall.writeDeck("capitals.yaml", Self.brokenCard)
        let file = recall.decksDirectory.appendingPathComponent("capitals.yaml").path
        let check = try recall.run(["deck", "check", file])
        #expect(check.status == 1)
        #expect(check.error == """
            \(file):6:22: error: `: ` cannot appear here in unquoted text
              note: put text that contains `: `, ` #` or starts with a symbol in quotes
            \(file):7:5: error: card has no answer (give `a:`, or `number:` for a numeric card)

            """)
        #expect(check.output == "\(file): 2 cards, 2 errors\n")
    }

    @Test func studyLoadsTheGoodCardsOfABrokenFileAndSkipsAFileThatIsNotUTF8() throws {
        let recall = try RecallRunner()
        defer { recall.cleanUp() }
        try recall.writeDeck("capitals.yaml", Self.brokenCard)
        try Data([0x63, 0x61, 0x72, 0x64, 0x73, 0x3A, 0x0A, 0x20, 0xE9, 0x0A])
            .write(to: recall.decksDirectory.appendingPathComponent("latin1.yaml"))
        let study = try recall.run(["study"], input: ":quit\n")
        let folder = recall.decksDirectory.path
        #expect(study.error.contains("\(folder)/capitals.yaml:6:22: error: `: ` cannot appear here in unquoted text\n"))
        #expect(study.error.contains("\(folder)/capitals.yaml:7:5: error: card has no answer"))
        #expect(study.error.contains(
            "\(folder)/latin1.yaml:2:2: error: the file is not UTF-8 text: byte 0xE9 here is not part of a UTF-8 character\n"))
        let cards = try recall.run(["cards", "deck:capitals"])
        #expect(cards.status == 0, "\(cards.error)")
        #expect(cards.output.split(separator: "\n").map { $0.split(separator: "\t")[2] } == [
            "What is the capital of France?", "What is the capital of Australia?",
        ])
    }
}
