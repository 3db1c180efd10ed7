import Foundation
import Testing
import RecallStore

extension ReadlineTerminalTests {
    /// Reveal-and-grade and sibling burying on a real terminal: Enter shows a list answer, a
    /// digit grades it; answering one cloze deletion leaves its sibling for another day.
    @Test func aListIsRevealedAndGradedAndASiblingWaitsForTomorrow() throws {
        let recall = try RecallRunner()
        defer { recall.cleanUp() }
        try recall.writeDeck("baltic.yaml", balticDeck)
        let terminal = Tmux()
        defer { terminal.stop() }
        try terminal.start(recall, ["study"])
        try terminal.waitFor("Think of the answer, then press Enter to see it.\n›")
        try terminal.send("Enter")
        try terminal.waitFor("The answer is Estonia, Latvia, Lithuania")
        try terminal.waitFor("Enter = good\nrate ›")
        try terminal.send("4", "Enter")
        try terminal.waitFor("Next in")

        try terminal.waitFor("What is the capital of Latvia?\n›")
        try terminal.send("Riga", "Enter")
        try terminal.waitFor("Correct. Riga (on the Daugava)")
        try terminal.send("Enter")
        try terminal.waitFor("Next in", count: 2)

        try terminal.waitFor("[...] is the capital of Estonia.\n›")
        try terminal.send("tallinn", "Enter")
        try terminal.send("Enter")
        try terminal.waitFor("1 sibling buried until tomorrow.")
        // Riga again, learnt ahead: the buried sibling does not come.
        try terminal.waitFor("What is the capital of Latvia?\n›", count: 2)
        try terminal.send("C-d")
        let screen = try terminal.waitFor("EXITED-0")
        #expect(!screen.contains("Tallinn is the capital of [...]"))
        #expect(screen.contains("Cards reviewed: 3   Right: 3 (100%)"))
        let database = try AppDatabase.open(directory: recall.dataDirectory)
        #expect(try database.card("baltic").state.phase == .review, "graded Easy")
        #expect(try database.card("tallinn-c2").buriedUntilDay != nil)
    }
}
