import Foundation
import Testing

/// Deck names as people type them, and Anki's `Parent::Child` decks, across the commands.
@Suite(.serialized)
struct DeckNamesEndToEndTests {
    static let bakuDeck = """
    deck: Baku’s Tightrope
    cards:
      - q: Which city is the capital of Azerbaijan?
        a: Baku
        id: capital
    """

    static func deck(_ name: String, id: String) -> String {
        "deck: \(name)\ncards:\n  - q: Question \(id)?\n    a: Answer \(id)\n    id: \(id)\n"
    }

    /// A runner whose collection holds the Baku deck and a small Geography tree.
    static func loaded() throws -> RecallRunner {
        let recall = try RecallRunner()
        try recall.writeDeck("baku.yaml", bakuDeck)
        try recall.writeDeck("rivers.yaml", deck("Geography::Rivers", id: "loire"))
        try recall.writeDeck("alps.yaml", deck("Geography::Mountains::Alps", id: "blanc"))
        try recall.writeDeck("geography-2.yaml", deck("Geography 2", id: "other"))
        _ = try recall.run(["study"], input: ":quit\n")
        return recall
    }

    @Test func aDeckNameMatchesWhateverTheCaseAndApostrophe() throws {
        let recall = try Self.loaded()
        defer { recall.cleanUp() }
        let stats = try recall.run(["stats", "--deck", "baku's tightrope"])
        #expect(stats.status == 0, "\(stats.error)")
        #expect(stats.output.contains("only deck Baku’s Tightrope"))
        let study = try recall.run(["study", "BAKU’S"], input: ":quit\n")
        #expect(study.output.hasPrefix("recall — Baku’s Tightrope\n0 due · 1 new"), "\(study.error)")
    }

    @Test func aParentTakesInItsChildrenButNotALookalike() throws {
        let recall = try Self.loaded()
        defer { recall.cleanUp() }
        let study = try recall.run(["study", "geography"], input: ":quit\n")
        #expect(study.output.hasPrefix("recall — Geography\n0 due · 2 new"), "\(study.error)")
        let export = try recall.run(["export", "--format", "csv", "--deck", "Geography", "-o", "-"])
        #expect(export.output.contains("Geography::Rivers") && export.output.contains("Geography::Mountains::Alps"))
        #expect(!export.output.contains("Geography 2"))
        let report = try recall.run(["report", "--format", "csv", "--table", "cards", "--deck", "geography", "-o", "-"])
        #expect(report.output.split(separator: "\r\n").count == 3, "a header and the two cards under Geography")
    }

    @Test func anUnknownOrAmbiguousNameSaysWhatItCouldBe() throws {
        let recall = try Self.loaded()
        defer { recall.cleanUp() }
        let typo = try recall.run(["stats", "--deck", "Geografy"])
        #expect(typo.status == 1)
        #expect(typo.error == "recall: error: no deck named “Geografy”; did you mean “Geography”?\n")
        let ambiguous = try recall.run(["report", "--deck", "geo", "-o", "-"])
        #expect(ambiguous.error == "recall: error: “geo” could be “Geography” or “Geography 2”; type more of the name\n")
    }

    @Test func decksShowsTheTreeWithParentTotalsAndWholeNames() throws {
        let recall = try Self.loaded()
        defer { recall.cleanUp() }
        let decks = try recall.run(["decks"], environment: ["COLUMNS": "40"])
        #expect(decks.output == """
            Deck            New  Learn    Due  Cards
            Baku’s Tightrope
                              1      0      0      1
            Geography         2      0      0      2
              Mountains       1      0      0      1
                Alps          1      0      0      1
              Rivers          1      0      0      1
            Geography 2       1      0      0      1

            """)
        let piped = try recall.run(["decks"]).output.split(separator: "\n")
        #expect(piped.count == 7, "away from a terminal every deck is one line")
        #expect(piped[1] == "Baku’s Tightrope     1      0      0      1")
    }
}
