import ArgumentParser
import Foundation
import RecallCore
import RecallStore

struct ImportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "import",
        abstract: "Import an Anki package (.apkg) or a CSV/TSV file, with review history.",
        discussion: """
        The format is read from the file's content. Anki packages of every layout keep their \
        decks, tags, suspended cards, media and review history; memory states are recomputed \
        from the history. The import is all or nothing, and importing a file again adds only \
        cards that are not there yet.
        """)

    @OptionGroup var global: GlobalOptions

    @Argument(help: ArgumentHelp("An .apkg, or a CSV/TSV file (Anki's “Notes in Plain Text” included).", valueName: "file"))
    var file: String

    @Option(help: ArgumentHelp("The deck for text rows that name none (default: the file's name).", valueName: "name"))
    var deck: String?

    func run() throws {
        try Console.run {
            let url = URL(fileURLWithPath: (file as NSString).expandingTildeInPath)
            let database = try global.openDatabase()
            let settings = try Settings.load(from: database)
            let now = try global.makeClock().now()
            let bar = ProgressBar()
            let imported = try ImportFileReader().open(contentsOf: url, defaultDeck: deck) { progress in
                bar.update("Reading \(progress.stage.rawValue)", done: progress.done, total: progress.total)
            }
            bar.finish()
            // Each deck's history is replayed with its preset's scheduler.
            let replay = settings.reviewReplay(preset:)
            // The media files are written inside the import's transaction: when one cannot
            // be written, no card is stored either.
            let mediaDirectory = MediaDirectory(url: global.dataDirectoryURL().appendingPathComponent("media"))
            var mediaSaved = MediaDirectory.SaveSummary()
            var committed = false
            // A commit that fails after the media were written takes them back: new files
            // removed, replaced ones restored.
            defer { if !committed { mediaDirectory.undo(mediaSaved) } }
            let summary = try database.importCards(imported, replay: replay, source: url.path, now: now, progress: { done, total in
                bar.update("Importing", done: done, total: total)
            }, beforeCommit: {
                do throws(MediaDirectoryError) {
                    mediaSaved = try mediaDirectory.save(imported.media)
                } catch {
                    bar.finish()
                    throw ImportFailure.media(error)
                }
            })
            committed = true
            bar.finish()
            for warning in summary.warnings { Console.note(TerminalText.sanitize(warning)) }
            print("Imported \(TerminalText.sanitize(file)): " + Self.summary(summary, decks: summary.decks,
                                                                       mediaFiles: mediaSaved.written.count) + ".")
        }
    }

    /// "17 cards added to 2 decks (12 new, 5 in review), 13 past reviews, 1 media file": what was
    /// added, the cards by the phase their history leaves them in.
    static func summary(_ summary: BulkSummary, decks: [String], mediaFiles: Int) -> String {
        let plural = ReportFormat.plural
        let target = decks.count == 1 ? "deck \(TerminalText.sanitize(decks[0]))" : plural(decks.count, "deck")
        var added = summary.cardsAdded == 0 ? "no cards added to \(target)" : "\(plural(summary.cardsAdded, "card")) added to \(target)"
        let phases = [
            ("new", summary.cardsAddedByPhase[.new, default: 0]),
            ("learning", summary.cardsAddedByPhase[.learning, default: 0] + summary.cardsAddedByPhase[.relearning, default: 0]),
            ("in review", summary.cardsAddedByPhase[.review, default: 0]),
        ].filter { $0.1 > 0 }.map { "\($0.1) \($0.0)" }
        if !phases.isEmpty { added += " (" + phases.joined(separator: ", ") + ")" }
        var parts = [added]
        if summary.cardsSkipped > 0 { parts.append("\(summary.cardsSkipped) already there") }
        if summary.reviewsAdded > 0 { parts.append(plural(summary.reviewsAdded, "past review")) }
        if summary.manualEntriesAdded > 0 {
            parts.append("\(summary.manualEntriesAdded) manual log entr\(summary.manualEntriesAdded == 1 ? "y" : "ies") (set due date, forget)")
        }
        if mediaFiles > 0 { parts.append(plural(mediaFiles, "media file")) }
        return parts.joined(separator: ", ")
    }
}

/// Why an import stopped after its file was read.
enum ImportFailure: LocalizedError {
    case media(MediaDirectoryError)

    var errorDescription: String? {
        switch self {
        case .media(.cannotWrite(let path, let reason)):
            "the media file \(path) could not be written (\(reason)), so nothing was imported"
        case .media(.unsafeName(let name)):
            "“\(name)” is not a plain file name for the media directory, so nothing was imported"
        }
    }
}
