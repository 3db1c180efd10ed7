import Foundation

/// Why an Anki package could not be read. Each message is a sentence naming the file; nothing
/// has been imported when one is thrown.
public enum AnkiPackageError: Error, Equatable, Sendable {
    case unreadable(file: String, reason: String)
    case notAZip(file: String)
    case truncated(file: String)
    case unsafeEntryPath(file: String, path: String)
    case tooLarge(file: String, limitBytes: Int64)
    case suspiciousCompression(file: String, entry: String, ratio: Int)
    case corruptEntry(file: String, entry: String, reason: String)
    case noCollection(file: String)
    case malformedCollection(file: String, entry: String, reason: String)
    case unsupportedSchema(file: String, version: Int)
    case malformedData(file: String, reason: String)
    case unsafeMediaName(file: String, name: String)
    /// A value in the collection recall cannot use: `place` names the row (“note 1234”),
    /// `column` is `table.column`.
    case badValue(file: String, place: String, column: String, problem: String)
}

extension AnkiPackageError: LocalizedError {
    public var errorDescription: String? {
        switch self {
        case .unreadable(let file, let reason):
            "\(file) could not be read: \(reason)."
        case .notAZip(let file):
            "\(file) is not a zip archive, so it is not an Anki package."
        case .truncated(let file):
            "\(file) is truncated: the zip archive ends before its table of contents, so part of the file is missing."
        case .unsafeEntryPath(let file, let path):
            "\(file) contains an entry named “\(path)”, a path that leaves the package (absolute, or with “..”); it was not imported."
        case .tooLarge(let file, let limit):
            "\(file) expands to more than \(limit / (1 << 20)) MiB when unpacked (a zip bomb?); it was not imported."
        case .suspiciousCompression(let file, let entry, let ratio):
            "\(file) holds “\(entry)”, compressed more than \(ratio) to 1, as zip bombs are; it was not imported."
        case .corruptEntry(let file, let entry, let reason):
            "\(file) is damaged: “\(entry)” cannot be unpacked (\(reason))."
        case .noCollection(let file):
            "\(file) has no collection.anki21b, collection.anki21 or collection.anki2 inside, so it is not an Anki deck package."
        case .malformedCollection(let file, let entry, let reason):
            "\(file) holds a \(entry) that is not a readable Anki collection: \(reason)."
        case .unsupportedSchema(let file, let version):
            "\(file) uses Anki collection schema \(version), which recall does not know (it reads 11 to 18); "
                + "export it again from Anki with “Support older Anki versions” ticked."
        case .malformedData(let file, let reason):
            "\(file) holds data recall cannot read: \(reason)."
        case .unsafeMediaName(let file, let name):
            "\(file) names a media file “\(name)”, which is not a plain file name; it was not imported."
        case .badValue(let file, let place, let column, let problem):
            "\(file): \(place): `\(column)` \(problem); nothing was imported."
        }
    }
}
