import Foundation

/// A fresh directory of its own under the system's temporary directory, removed with all it
/// holds when the last reference goes: a suite keeps one for the files its test writes.
public final class TemporaryDirectory: Sendable {
    public let url: URL

    /// `recall-<label>-<uuid>`, created now.
    public init(_ label: String) throws {
        url = FileManager.default.temporaryDirectory
            .appendingPathComponent("recall-\(label)-\(UUID().uuidString)", isDirectory: true)
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    }

    deinit {
        try? FileManager.default.removeItem(at: url)
    }
}
