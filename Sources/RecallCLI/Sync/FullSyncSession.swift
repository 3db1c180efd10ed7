import ArgumentParser
import Foundation
import RecallCore
import RecallStore
import RecallSync

/// A full sync as `recall sync` runs it: the direction chosen (by a flag, or asked on the
/// terminal with what each side would lose), then the download or upload, and what was done.
struct FullSyncSession {
    let global: GlobalOptions
    let database: AppDatabase
    let client: AnkiSyncClient
    let meta: AnkiSyncMeta
    let now: Date

    var server: String { client.server.absoluteString }

    func run(uploadAllowed: Bool, downloadAllowed: Bool, requested: AnkiFullSyncDirection?) throws {
        let counts = try database.ankiSyncCounts()
        let chosen = try AnkiFullSyncDirection.resolve(
            uploadAllowed: uploadAllowed, downloadAllowed: downloadAllowed, requested: requested)
        guard let direction = try chosen ?? ask(uploadAllowed: uploadAllowed, downloadAllowed: downloadAllowed, counts: counts) else {
            print("Cancelled; nothing was changed.")
            return
        }
        switch direction {
        case .download: try download()
        case .upload: try upload()
        }
    }

    /// The direction the user chooses, nil to cancel; without a terminal, a refusal.
    private func ask(uploadAllowed: Bool, downloadAllowed: Bool, counts: (cards: Int, reviews: Int)) throws -> AnkiFullSyncDirection? {
        guard TerminalPrompt.canAsk else { throw AnkiFullSyncRefusal.needsAnswer }
        let held = "\(ReportFormat.plural(counts.cards, "card")) and \(ReportFormat.plural(counts.reviews, "review"))"
        let downloadLine = "  download: the server's collection replaces recall's; recall loses its \(held) "
            + "(a copy of its collection is kept in backups/ in its data folder)\n"
        let uploadLine = "  upload: recall's \(held) replace the server's collection; the server loses whatever recall does "
            + "not have, and every other device must download the new collection at its next sync\n"
        if uploadAllowed && downloadAllowed {
            let answer = TerminalPrompt.ask(
                "recall and \(server) hold different collections, which cannot be merged: one must replace the other.\n"
                    + downloadLine + uploadLine + "Download, upload or cancel? [d/u/C] ")
            switch answer?.trimmingCharacters(in: .whitespaces).lowercased() {
            case "d", "download": return .download
            case "u", "upload": return .upload
            default: return nil
            }
        }
        let direction: AnkiFullSyncDirection = downloadAllowed ? .download : .upload
        let answer = TerminalPrompt.ask(
            (direction == .download
                ? "\(server) holds a collection recall has never synced with:\n" + downloadLine + "Download it? [y/N] "
                : "\(server) holds no cards:\n" + uploadLine + "Upload recall's collection? [y/N] "))
        return ["y", "yes"].contains(answer?.trimmingCharacters(in: .whitespaces).lowercased() ?? "") ? direction : nil
    }

    private func download() throws {
        let settings = try Settings.load(from: database)
        let backup = try backUp()
        let replay = settings.reviewReplay(preset:)
        let bar = ProgressBar()
        bar.update("Downloading", done: 0, total: 1)
        let summary = try AnkiFullSync(client: client, database: database).download(replay: replay, now: now) { done, total in
            bar.update("Replacing recall's collection", done: done, total: total)
        }
        bar.finish()
        for warning in summary.warnings { Console.note(TerminalText.sanitize(warning)) }
        print("Downloaded the collection from \(TerminalText.sanitize(server)): "
              + ImportCommand.summary(summary, decks: summary.decks, mediaFiles: 0) + ".")
        Console.note("recall's collection before the download is in \(backup.path).")
    }

    private func upload() throws {
        let settings = try Settings.load(from: database)
        let sent = try AnkiFullSync(client: client, database: database)
            .upload(server: meta, now: now, calendar: settings.calendar())
        print("Uploaded recall's collection to \(TerminalText.sanitize(server)): \(ReportFormat.plural(sent.cards, "card")) and "
              + "\(ReportFormat.plural(sent.reviews, "review")); other devices download it at their next sync.")
    }

    /// A copy of recall's collection in `backups/` of the data folder, named after `now`.
    private func backUp() throws -> URL {
        let folder = global.dataDirectoryURL().appendingPathComponent("backups")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: "en_US_POSIX")
        formatter.timeZone = TimeZone(identifier: "UTC")
        formatter.dateFormat = "yyyyMMdd-HHmmss"
        var url = folder.appendingPathComponent("before-full-download-\(formatter.string(from: now)).sqlite")
        var suffix = 1
        while FileManager.default.fileExists(atPath: url.path) {
            suffix += 1
            url = folder.appendingPathComponent("before-full-download-\(formatter.string(from: now))-\(suffix).sqlite")
        }
        try database.backUp(to: url)
        return url
    }
}
