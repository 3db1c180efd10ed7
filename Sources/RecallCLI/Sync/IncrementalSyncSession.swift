import Foundation
import RecallCore
import RecallStore
import RecallSync

/// An incremental sync as `recall sync` runs it: both sides' changes merged, and what came
/// and went said in one line.
struct IncrementalSyncSession {
    let database: AppDatabase
    let client: AnkiSyncClient
    let meta: AnkiSyncMeta
    let state: AnkiSyncState
    let now: Date

    func run() throws {
        let settings = try Settings.load(from: database)
        let summary = try AnkiIncrementalSync(client: client, database: database).run(
            state: state, meta: meta, replay: settings.reviewReplay(preset:), now: now, calendar: settings.calendar())
        for warning in summary.warnings { Console.note(TerminalText.sanitize(warning)) }
        let changed = summary.cardsUpdated + summary.cardsAdded
        var received = "\(ReportFormat.plural(summary.reviewsReceived, "review")) and \(ReportFormat.plural(changed, "card"))"
        if summary.cardsAdded > 0 { received += " (\(summary.cardsAdded) new)" }
        if summary.cardsRemoved > 0 { received += ", \(ReportFormat.plural(summary.cardsRemoved, "card")) deleted" }
        var sent = "\(ReportFormat.plural(summary.reviewsSent, "review")) and \(ReportFormat.plural(summary.cardsSent, "card"))"
        if summary.cardsSentNew > 0 { sent += " (\(summary.cardsSentNew) new)" }
        if summary.notesSent > 0 { sent += ", \(ReportFormat.plural(summary.notesSent, "note")) with new text" }
        if summary.cardsDeleted > 0 { sent += ", \(ReportFormat.plural(summary.cardsDeleted, "card")) deleted" }
        print("Synced with \(TerminalText.sanitize(client.server.absoluteString)): received \(received); sent \(sent).")
        for edit in summary.editsReplaced {
            // Anki's text is printed, so the edit is not lost: recall's replaced it in Anki.
            let fields = edit.fields.map { field in
                "\(field.name) “\(TerminalText.sanitize(field.anki))” (recall's: “\(TerminalText.sanitize(field.recall))”)"
            }
            print("Edited in Anki, replaced by recall's text: card \(TerminalText.sanitize(edit.key)) in "
                + "\(TerminalText.sanitize(edit.deck)): " + fields.joined(separator: "; ") + ".")
        }
        if summary.ownCardsNotSent > 0 {
            Console.note("\(ReportFormat.plural(summary.ownCardsNotSent, "card")) of recall's own (from deck files or "
                + "articles) changed since the last sync \(summary.ownCardsNotSent == 1 ? "is" : "are") not in Anki, "
                + "which lacks \(summary.ownCardsNotSent == 1 ? "its deck" : "their decks") or recall's note type; "
                + "`recall sync --full-upload` sends them.")
        }
    }
}
