import Foundation
import Testing

/// Compares `text` with a golden file and records an issue at the caller on any difference.
/// Golden files live in the test target's folder (found from the calling test file's
/// `#filePath`: the folder under `Tests/`) at `directory/name`. Run the tests with
/// `RECORD_SNAPSHOTS=1` to write them afresh, then read the diff before committing.
public func assertSnapshot(
    _ text: String, named name: String, in directory: String = "Fixtures/snapshots",
    filePath: String = #filePath, sourceLocation: Testing.SourceLocation = #_sourceLocation
) {
    guard let target = testTargetDirectory(of: filePath) else {
        Issue.record("\(filePath) is not inside a Tests/<target>/ folder", sourceLocation: sourceLocation)
        return
    }
    let url = target.appendingPathComponent(directory).appendingPathComponent(name)
    let record = ProcessInfo.processInfo.environment["RECORD_SNAPSHOTS"].map { !$0.isEmpty && $0 != "0" } ?? false
    if record {
        do {
            try FileManager.default.createDirectory(
                at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try Data(text.utf8).write(to: url)
        } catch {
            Issue.record("could not write the snapshot \(url.path): \(error.localizedDescription)",
                         sourceLocation: sourceLocation)
        }
        return
    }
    guard let data = FileManager.default.contents(atPath: url.path) else {
        Issue.record("there is no snapshot at \(url.path); run the tests with RECORD_SNAPSHOTS=1 to record it",
                     sourceLocation: sourceLocation)
        return
    }
    let expected = String(decoding: data, as: UTF8.self)
    guard expected != text else { return }
    Issue.record(
        Comment(rawValue: snapshotDifference(expected: expected, actual: text, path: url.path)),
        sourceLocation: sourceLocation)
}

/// `Tests/<target>` above `filePath`.
private func testTargetDirectory(of filePath: String) -> URL? {
    var url = URL(fileURLWithPath: filePath).deletingLastPathComponent()
    while url.path != "/" {
        if url.deletingLastPathComponent().lastPathComponent == "Tests" { return url }
        url = url.deletingLastPathComponent()
    }
    return nil
}

/// The first line that differs, with a line of context either side, as a sentence to read.
func snapshotDifference(expected: String, actual: String, path: String) -> String {
    let old = expected.split(separator: "\n", omittingEmptySubsequences: false)
    let new = actual.split(separator: "\n", omittingEmptySubsequences: false)
    let line = zip(old, new).enumerated().first { $1.0 != $1.1 }?.offset ?? min(old.count, new.count)
    func show(_ lines: [Substring], _ index: Int) -> String {
        index < lines.count ? String(lines[index]).debugDescription : "(end of text)"
    }
    var message = "the output differs from the snapshot \(path) at line \(line + 1)"
        + " (\(old.count) lines recorded, \(new.count) now):\n"
    if line > 0 { message += "    \(line): \(show(old, line - 1))\n" }
    message += "  - \(line + 1): \(show(old, line))\n  + \(line + 1): \(show(new, line))\n"
    message += "Run with RECORD_SNAPSHOTS=1 to accept the new output."
    return message
}
