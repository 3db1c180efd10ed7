import Foundation
import Testing

/// Data folders recall cannot write: a sentence for each, and the commands that only read
/// still work on a folder that is read-only.
@Suite final class DataDirectoryEndToEndTests {
    let runner: RecallRunner
    let package = Bundle.module.url(forResource: "anki-export-current", withExtension: "apkg", subdirectory: "Fixtures/anki")!
    /// Undoes what made the folder read-only, so it can be removed.
    var restore: [() -> Void] = []

    init() throws { runner = try RecallRunner() }

    deinit {
        for undo in restore.reversed() { undo() }
        runner.cleanUp()
    }

    @Test func aDataFolderThatIsAFileGetsASentence() throws {
        try FileManager.default.createDirectory(at: runner.root, withIntermediateDirectories: true)
        try Data("not a folder".utf8).write(to: runner.dataDirectory)
        let stats = try runner.run(["stats"])
        #expect(stats.status == 1)
        #expect(stats.error == "recall: error: the data directory \(runner.dataDirectory.path) is a file, not a folder; "
            + "choose another with --data-dir or RECALL_HOME\n")
        let below = runner.dataDirectory.appendingPathComponent("recall")
        let study = try runner.run(["study", "--data-dir", below.path], ownDataDirectory: false)
        #expect(study.status == 1)
        #expect(study.error == "recall: error: the data directory \(below.path) cannot be made: \(runner.dataDirectory.path) "
            + "is a file, not a folder; choose another with --data-dir or RECALL_HOME\n")
    }

    @Test func aReadOnlyDataFolderServesStatsReportsAndExportsButNotWrites() throws {
        #expect(try runner.run(["import", package.path]).status == 0)
        try makeReadOnly(runner.dataDirectory)
        let stats = try runner.run(["stats"])
        #expect(stats.status == 0, "\(stats.error)")
        #expect(stats.output.hasPrefix("recall stats · study day "))
        let report = try runner.run(["report", "--format", "csv", "--table", "cards", "-o", "-"])
        #expect(report.status == 0, "\(report.error)")
        #expect(report.output.split(separator: "\r\n").count == 18, "a header and 17 cards")
        let export = try runner.run(["export", "--format", "json", "-o", "-"])
        #expect(export.error == "Exported 17 cards and 13 reviews to standard output.\n")
        let decks = try runner.run(["decks"])
        #expect(decks.output.contains("  Vocabulary     5      1      0     10\n"))
        let study = try runner.run(["study"], input: ":quit\n")
        #expect(study.status == 1)
        #expect(study.error == "recall: error: the data directory is not writable: \(runner.dataDirectory.path) "
            + "(permission denied); choose another with --data-dir or RECALL_HOME\n")
    }

    /// Takes write permission from `folder` and its collection. Root ignores permissions, so
    /// for root the two are made immutable as well (`chattr +i`).
    func makeReadOnly(_ folder: URL) throws {
        let collection = folder.appendingPathComponent("collection.sqlite")
        for (path, mode) in [(collection.path, 0o444), (folder.path, 0o555)] {
            try FileManager.default.setAttributes([.posixPermissions: mode], ofItemAtPath: path)
            restore.append { try? FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: path) }
        }
        guard getuid() == 0 else { return }
        try chattr("+i", collection.path, folder.path)
        restore.append { [self] in try? chattr("-i", folder.path, collection.path) }
    }

    private func chattr(_ flag: String, _ paths: String...) throws {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["chattr", flag] + paths
        try process.run()
        process.waitUntilExit()
        try #require(process.terminationStatus == 0, "running as root, the test needs chattr to make a folder read-only")
    }
}
