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
        var originals: [(URL, Data)] = []
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
                // The files written before this one are taken back and the replaced ones
                // restored: a failed save changes nothing.
                remove(named: summary.written)
                for (replaced, data) in originals { try? data.write(to: replaced, options: .atomic) }
                throw .cannotWrite(path: target.path, reason: FileErrorReason.describe(error))
            }
            if let existing {
                summary.replaced.append(file.name)
                originals.append((target, existing))
            } else {
                summary.written.append(file.name)
            }
        }
        return summary
    }

    /// Removes the files named (those an import wrote before it failed); unsafe names are left alone.
    public func remove(named names: [String]) {
        for name in names where ImportedMedia.isSafeFileName(name) {
            try? FileManager.default.removeItem(at: url.appendingPathComponent(name, isDirectory: false))
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
