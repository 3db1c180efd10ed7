import Foundation
import GRDB
import RecallCore
import Testing
@testable import RecallCLI
@testable import RecallStore

/// A study session whose collection fails under it: each failing store call is said as a
/// sentence and the session goes on, or ends with its summary, instead of stopping with an
/// error.
@Suite final class StudySessionFaultTests {
    /// Lines typed, with faults done to the collection between them.
    enum Step {
        case type(String)
        case fault(String)
        /// Something happens outside the session meanwhile: another recall process changes the
        /// collection (`recall card undo`, say), or the collection's disk fills up.
        case meanwhile((AppDatabase) throws -> Void)
    }

    /// Reads the script's lines; runs each fault (SQL on the collection) before the next line.
    struct ScriptedReader: LineReader {
        var steps: [Step]
        let database: AppDatabase
        let output: Transcript

        mutating func readLine(prompt: String) -> LineInput {
            while let step = steps.first {
                steps.removeFirst()
                switch step {
                case .fault(let sql):
                    // Once writes are refused this must still run: PRAGMA needs no write.
                    try? database.writer.writeWithoutTransaction { try $0.execute(sql: sql) }
                case .meanwhile(let change):
                    try? change(database)
                case .type(let line):
                    output.write(prompt + line + "\n")
                    return .line(line)
                }
            }
            return .endOfInput
        }

        mutating func setCompletions(_ words: [String]) {}
    }

    final class Transcript: TextOutput, @unchecked Sendable {
        private let lock = NSLock()
        private var text = ""
        func write(_ text: String) { lock.withLock { self.text += text } }
        var lines: [String] { lock.withLock { text.components(separatedBy: "\n") } }
    }

    let database: AppDatabase
    let now = Date(timeIntervalSince1970: 1_745_139_600)

    init() throws {
        database = try AppDatabase.inMemory()
        let deck = try #require(DeckParser.parse(capitalsDeck, file: "capitals.yaml").deck)
        try database.syncDeck(deck, source: "capitals.yaml", sourceHash: nil, now: now)
    }

    func study(_ steps: [Step], on database: AppDatabase? = nil) throws -> (summary: SessionSummary, lines: [String]) {
        let database = database ?? self.database
        let transcript = Transcript()
        let reader = ScriptedReader(steps: steps, database: database, output: transcript)
        let session = StudySession(
            context: .init(database: database, settings: Settings(), deckIDs: nil, deckTitle: "all decks",
                           clock: Clock(offset: now.timeIntervalSinceNow), timeZone: TimeZone(identifier: "UTC")!, seed: 7),
            reader: reader, output: transcript, style: Style(enabled: false))
        return (try session.run(), transcript.lines)
    }

    /// The sentence the collection gives when it refuses writes (`PRAGMA query_only`).
    var refusal: String {
        StoreError.directoryNotWritable(path: "", reason: "attempt to write a readonly database").localizedDescription
    }

    @Test func buryingSuspendingAndAnsweringOnAReadOnlyCollectionSaySoAndTheSessionGoesOn() throws {
        let (summary, lines) = try study([
            .fault("PRAGMA query_only = ON"), .type(":bury"), .type(":suspend"), .type("Paris"), .type(""),
            .fault("PRAGMA query_only = OFF"), .type(""), .type(":undo"), .type(":quit"),
        ])
        #expect(lines.contains("The card was not buried: \(refusal)."))
        #expect(lines.contains("The card was not suspended: \(refusal)."))
        #expect(lines.contains("Your answer was not saved: \(refusal). Rate it again to retry, or :quit."))
        // Once writes work again the same rating is saved, and taken back by :undo.
        #expect(lines.contains { $0.hasPrefix("Next in ") })
        #expect(lines.contains("Undone: “What is the capital of France?” is back as it was."))
        #expect(summary.reviewed == 0)
        #expect(lines.contains("Session summary"))
    }

    @Test func undoThatCannotBeSavedStaysUndoable() throws {
        let (summary, lines) = try study([
            .type("Paris"), .type(""), .fault("PRAGMA query_only = ON"), .type(":undo"),
            .fault("PRAGMA query_only = OFF"), .type(":undo"), .type(":quit"),
        ])
        #expect(lines.contains("Nothing was undone: \(refusal)."))
        #expect(lines.contains("Undone: “What is the capital of France?” is back as it was."))
        #expect(summary.reviewed == 0)
    }

    @Test func undoOfASuspensionTakenBackMeanwhileByRecallCardUndoSaysSo() throws {
        let now = now
        let (_, lines) = try study([
            .type(":suspend"), .meanwhile { try $0.undoCardChange(now: now) }, .type(":undo"), .type(":undo"), .type(":quit"),
        ])
        #expect(lines.contains("Suspended. `recall card unsuspend 1` brings it back. `:undo` or `recall card undo 1` takes it back."))
        #expect(lines.contains("Change 1 (suspend) had already been undone, by `recall card undo`."), "\(lines)")
        #expect(lines.contains("Nothing to undo in this session."), "the change left the session's undo list")
        #expect(try !database.card("france").suspended)
    }

    @Test func undoOfABuryChangedMeanwhileSaysSoAndGivesWayToTheAnswerBeforeIt() throws {
        let now = now
        let utc = StudyCalendar(timeZone: TimeZone(identifier: "UTC")!, rolloverHour: 4)
        let (summary, lines) = try study([
            .type("Paris"), .type(""), .type(":bury"),
            .meanwhile { _ = try $0.apply(.unbury, to: [2], now: now, calendar: utc) },
            .type(":undo"), .type(":undo"), .type(":quit"),
        ])
        #expect(lines.contains("Buried until tomorrow. `:undo` or `recall card undo 1` takes it back."))
        #expect(lines.contains("Card 2 has changed since change 1 (bury): it was answered or changed again, so nothing was undone."), "\(lines)")
        #expect(lines.contains("Undone: “What is the capital of France?” is back as it was."))
        #expect(summary.reviewed == 0)
    }

    @Test func aCollectionThatCannotBeReadEndsTheSessionWithItsSummary() throws {
        let (summary, lines) = try study([
            .type("Paris"), .type(""), .fault("ALTER TABLE card RENAME TO hidden"), .type(":skip"),
        ])
        #expect(lines.contains { $0.hasPrefix("The next card could not be fetched, so the session ends here: ") }, "\(lines)")
        #expect(lines.contains("Session summary"))
        #expect(lines.contains("  Cards reviewed: 1   Right: 1 (100%)   Again: 0"))
        #expect(summary.reviewed == 1)
    }
}
