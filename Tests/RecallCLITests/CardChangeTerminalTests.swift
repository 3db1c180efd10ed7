import Foundation
import Testing
import RecallStore

extension ReadlineTerminalTests {
    /// Runs one recall command on its own terminal to its end; what the screen showed.
    func onTerminal(_ recall: RecallRunner, _ command: [String], exit status: Int = 0) throws -> String {
        let terminal = Tmux()
        defer { terminal.stop() }
        try terminal.start(recall, command)
        return try terminal.waitFor("EXITED-\(status)")
    }

    /// A card suspended in a session, brought back by `recall card unsuspend`, and card
    /// changes taken back by `recall card undo`, the session's :suspend among them, each on a
    /// real terminal as a person sees it.
    @Test func aCardSuspendedInASessionIsUnsuspendedAndCardChangesAreUndone() throws {
        let recall = try RecallRunner()
        defer { recall.cleanUp() }
        try recall.writeDeck("capitals.yaml", capitalsDeck)
        let study = Tmux()
        defer { study.stop() }
        try study.start(recall, ["study"])
        try study.waitFor("What is the capital of France?\n›")
        try study.send(":suspend", "Enter")
        try study.waitFor("Suspended. `recall card unsuspend 1` brings it back. `:undo` or `recall card undo 1` takes it back.")
        try study.waitFor("What is the capital of Azerbaijan?\n›")
        try study.send("C-d")
        try study.waitFor("EXITED-0")
        #expect(try recall.cardInfo("france")["suspended"] as? Bool == true)

        let unsuspend = try onTerminal(recall, ["card", "unsuspend", "1"])
        #expect(unsuspend.contains("Unsuspended 1 card: 1.\n`recall card undo` takes it back (change 2).\n"), "\(unsuspend)")
        #expect(try recall.cardInfo("france")["suspended"] as? Bool == false)

        let undoUnsuspend = try onTerminal(recall, ["card", "undo"])
        #expect(undoUnsuspend.contains("Undone change 2 (unsuspend): 1 card back as they were: 1.\n"), "\(undoUnsuspend)")
        #expect(try recall.cardInfo("france")["suspended"] as? Bool == true)

        // The session's :suspend is change 1 of the same log.
        let undoSuspend = try onTerminal(recall, ["card", "undo"])
        #expect(undoSuspend.contains("Undone change 1 (suspend): 1 card back as they were: 1.\n"), "\(undoSuspend)")
        let nothing = try onTerminal(recall, ["card", "undo"], exit: 1)
        #expect(nothing.contains("recall: error: there is no card change to undo"), "\(nothing)")

        let again = Tmux()
        defer { again.stop() }
        try again.start(recall, ["study"])
        try again.waitFor("0 due · 3 new · 0 learning")
        try again.waitFor("What is the capital of France?\n›")
        try again.send("C-d")
        try again.waitFor("EXITED-0")
    }
}
