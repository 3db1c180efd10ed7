import Foundation
import RecallCore

/// The directory imported media files live in (e.g. `<data directory>/media`), flat like
/// Anki's `collection.media`. Names are checked again before anything is written, files are
/// written atomically, and an identical file already there is left alone, so importing the
/// same package twice writes nothing new.
public struct MediaDirectory: Sendable {
    public let url: URL

    public init(url: URL) {
        self.url = url
    }

    /// What `save` did.
    public struct SaveSummary: Sendable, Equatable {
        public var written: [String] = []
        public var unchanged: [String] = []
        /// Files that existed with other bytes and were replaced.
        public var replaced: [String] = []
        /// The bytes the replaced files had, so that `undo` can put them back.
        var originals: [String: Data] = [:]

        public init(written: [String] = [], unchanged: [String] = [], replaced: [String] = []) {
            self.written = written
            self.unchanged = unchanged
            self.replaced = replaced
        }

        /// What was done, not the bytes kept to undo it.
        public static func == (lhs: SaveSummary, rhs: SaveSummary) -> Bool {
            lhs.written == rhs.written && lhs.unchanged == rhs.unchanged && lhs.replaced == rhs.replaced
        }
    }

    /// Writes `media` into the directory (created if needed).
    public func save(_ media: [ImportedMedia]) throws(MediaDirectoryError) -> SaveSummary {
        do {
            try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        } catch {
            throw .cannotWrite(path: url.path, reason: FileErrorReason.describe(error))
        }
        // Every name is checked before anything is written.
        if let unsafe = media.first(where: { !ImportedMedia.isSafeFileName($0.name) }) { throw .unsafeName(unsafe.name) }
        var summary = SaveSummary()
        for file in media {
            let target = url.appendingPathComponent(file.name, isDirectory: false)
            let existing = try? Data(contentsOf: target)
            if existing == file.data {
                summary.unchanged.append(file.name)
                continue
            }
            do {
                try file.data.write(to: target, options: .atomic)
            } catch {
                // A failed save changes nothing.
                undo(summary)
                throw .cannotWrite(path: target.path, reason: FileErrorReason.describe(error))
            }
            if let existing {
                summary.replaced.append(file.name)
                summary.originals[file.name] = existing
            } else {
                summary.written.append(file.name)
            }
        }
        return summary
    }

    /// Takes back what a save did (its import failed after it, or it failed part way): the
    /// files it wrote are removed and the ones it replaced get their bytes back.
    public func undo(_ summary: SaveSummary) {
        for name in summary.written where ImportedMedia.isSafeFileName(name) {
            try? FileManager.default.removeItem(at: url.appendingPathComponent(name, isDirectory: false))
        }
        for (name, data) in summary.originals where ImportedMedia.isSafeFileName(name) {
            try? data.write(to: url.appendingPathComponent(name, isDirectory: false), options: .atomic)
        }
    }

    /// The files named, for an export; names that are unsafe or missing are left out.
    public func load(named names: some Sequence<String>) -> [ImportedMedia] {
        var seen = Set<String>()
        return names.compactMap { name in
            guard ImportedMedia.isSafeFileName(name), seen.insert(name).inserted,
                  let data = try? Data(contentsOf: url.appendingPathComponent(name, isDirectory: false))
            else { return nil }
            return ImportedMedia(name: name, data: data)
        }
    }

    /// The media names a card's text refers to with `[image: name]`.
    public static func referencedNames(in text: String) -> [String] {
        var names: [String] = []
        var rest = text[...]
        while let start = rest.range(of: "[image: ") {
            rest = rest[start.upperBound...]
            guard let end = rest.firstIndex(of: "]") else { break }
            names.append(String(rest[..<end]))
            rest = rest[rest.index(after: end)...]
        }
        return names
    }
}

public enum MediaDirectoryError: Error, Equatable, Sendable, LocalizedError {
    case cannotWrite(path: String, reason: String)
    case unsafeName(String)

    public var errorDescription: String? {
        switch self {
        case .cannotWrite(let path, let reason): "The media file \(path) could not be written: \(reason)."
        case .unsafeName(let name): "“\(name)” is not a plain file name, so it was not written to the media directory."
        }
    }
}
