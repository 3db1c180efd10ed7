import Foundation
import RecallCore

/// The package's `media` member, which says which zip entry holds which media file:
/// - legacy layouts: JSON `{"0": "picture.png", …}`;
/// - the current layout (`meta` version 3): zstd-compressed protobuf `MediaEntries`, whose
///   entry *i* (`name` = 1, `size` = 2, `sha1` = 3, `legacy_zip_filename` = 255) is zip entry
///   *i*, itself zstd-compressed.
enum AnkiMediaManifest {
    struct Entry: Equatable {
        var member: String
        var name: String
        var size: Int?
    }

    /// `PackageMetadata.version` from the `meta` member: 1 when there is none (genanki), 2
    /// for legacy exports, 3 for the current layout.
    static func packageVersion(in archive: PackageArchive) throws(AnkiPackageError) -> Int {
        guard archive.contains("meta") else { return 1 }
        let bytes = try archive.data(of: "meta")
        do {
            return Int(clamping: try ProtobufReader.integer(field: 1, in: bytes) ?? 1)
        } catch {
            throw .malformedData(file: archive.file, reason: "its “meta” entry is not valid package metadata (\(error.reason))")
        }
    }

    /// Every media file with its bytes, in manifest order.
    static func read(
        from archive: PackageArchive, progress: ((AnkiPackageReader.Progress) -> Void)?
    ) throws(AnkiPackageError) -> [ImportedMedia] {
        guard archive.contains("media") else { return [] }
        let version = try packageVersion(in: archive)
        var manifest = try archive.data(of: "media")
        if Zstd.isCompressed(manifest) { manifest = try archive.decompress(manifest, entry: "media") }
        let entries = try self.entries(in: manifest, file: archive.file)
        var media: [ImportedMedia] = []
        for (index, entry) in entries.enumerated() {
            guard ImportedMedia.isSafeFileName(entry.name) else {
                throw .unsafeMediaName(file: archive.file, name: entry.name)
            }
            guard archive.contains(entry.member) else {
                throw .malformedData(file: archive.file, reason: "the media file “\(entry.name)” is listed, but its entry “\(entry.member)” is missing")
            }
            var data = try archive.data(of: entry.member)
            if version >= 3, Zstd.isCompressed(data) { data = try archive.decompress(data, entry: entry.member) }
            if let size = entry.size, size != data.count {
                throw .malformedData(file: archive.file, reason: "the media file “\(entry.name)” should have \(size) bytes but has \(data.count)")
            }
            media.append(ImportedMedia(name: entry.name, data: data))
            progress?(AnkiPackageReader.Progress(stage: .media, done: index + 1, total: entries.count))
        }
        return media
    }

    static func entries(in manifest: Data, file: String) throws(AnkiPackageError) -> [Entry] {
        if manifest.isEmpty { return [] }
        if manifest.first == UInt8(ascii: "{") { return try jsonEntries(in: manifest, file: file) }
        do {
            return try protobufEntries(in: manifest)
        } catch {
            throw .malformedData(file: file, reason: "its media list is neither JSON nor a media protobuf (\(error.reason))")
        }
    }

    private static func jsonEntries(in manifest: Data, file: String) throws(AnkiPackageError) -> [Entry] {
        guard let object = try? JSONSerialization.jsonObject(with: manifest), let map = object as? [String: Any] else {
            throw .malformedData(file: file, reason: "its media list is not a JSON object")
        }
        var entries: [Entry] = []
        for (member, value) in map {
            guard let name = value as? String else {
                throw .malformedData(file: file, reason: "its media list maps “\(member)” to something other than a file name")
            }
            entries.append(Entry(member: member, name: name, size: nil))
        }
        // Members are numbers as text: order them numerically for a stable result.
        return entries.sorted { (Int($0.member) ?? .max, $0.member) < (Int($1.member) ?? .max, $1.member) }
    }

    private static func protobufEntries(in manifest: Data) throws(ProtobufReader.Malformed) -> [Entry] {
        var entries: [Entry] = []
        for (field, value) in try ProtobufReader.fields(of: manifest) where field == 1 {
            guard let message = value.data else { throw ProtobufReader.Malformed(reason: "a media entry is not a message") }
            var name: String?
            var size: Int?
            var legacyMember: UInt64?
            for (entryField, entryValue) in try ProtobufReader.fields(of: message) {
                switch entryField {
                case 1: name = entryValue.data.flatMap { String(validating: $0, as: UTF8.self) }
                case 2: size = entryValue.integer.map { Int(clamping: $0) }
                case 255: legacyMember = entryValue.integer
                default: break
                }
            }
            guard let name else { throw ProtobufReader.Malformed(reason: "media entry \(entries.count) has no name") }
            entries.append(Entry(member: legacyMember.map(String.init) ?? String(entries.count), name: name, size: size))
        }
        return entries
    }
}
