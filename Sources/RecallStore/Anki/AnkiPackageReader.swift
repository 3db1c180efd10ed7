import Foundation
import RecallCore
import ZIPFoundation

/// Reads an Anki package (`.apkg`) in any of its three layouts:
/// - `collection.anki21b` (current Anki): zstd-compressed SQLite, schema 18, media list as
///   zstd-compressed protobuf, media files zstd-compressed;
/// - `collection.anki21` ("Support older Anki versions"): SQLite schema 11, JSON media list;
///   its `collection.anki2` is only a stub asking to update Anki;
/// - `collection.anki2` (genanki, Anki 2.1.x): SQLite schema 11, JSON media list.
///
/// The package is untrusted: entry paths that leave the archive, archives that expand past
/// `Limits`, truncated or damaged archives, malformed SQLite and unknown schema versions all
/// throw an `AnkiPackageError` naming the file. The collection is unpacked into a private
/// temporary directory that is removed before `read` returns.
public struct AnkiPackageReader: Sendable {
    public struct Limits: Sendable, Equatable {
        /// The most all entries together may expand to.
        public var maxUnpackedBytes: Int64
        /// The highest compression ratio accepted for an entry that expands past
        /// `ratioCheckFromBytes`. Small entries may legitimately compress very well (a SQLite
        /// file's empty pages), so the ratio is only checked above that size.
        public var maxCompressionRatio: Int64
        public var ratioCheckFromBytes: Int64

        public init(maxUnpackedBytes: Int64, maxCompressionRatio: Int64, ratioCheckFromBytes: Int64) {
            self.maxUnpackedBytes = maxUnpackedBytes
            self.maxCompressionRatio = maxCompressionRatio
            self.ratioCheckFromBytes = ratioCheckFromBytes
        }

        /// 2 GiB in all; 200 to 1 for entries past 16 MiB.
        public static let standard = Limits(
            maxUnpackedBytes: 2 << 30, maxCompressionRatio: 200, ratioCheckFromBytes: 16 << 20)
    }

    /// How far reading has got, for a progress bar.
    public struct Progress: Sendable, Equatable {
        public enum Stage: String, Sendable { case unpacking, notes, cards, reviews, media }
        public var stage: Stage
        public var done: Int
        public var total: Int
    }

    public var limits: Limits

    public init(limits: Limits = .standard) {
        self.limits = limits
    }

    /// The collection members in order of preference.
    static let collectionMembers = ["collection.anki21b", "collection.anki21", "collection.anki2"]

    /// Reads the package at `url`. `progress` is called now and then while rows are read.
    public func read(
        contentsOf url: URL, progress: ((Progress) -> Void)? = nil
    ) throws(AnkiPackageError) -> AnkiCollection {
        let file = url.path
        let archive = try PackageArchive(url: url, limits: limits)
        guard let member = Self.collectionMembers.first(where: { archive.contains($0) }) else {
            throw .noCollection(file: file)
        }
        // Newer packages (meta version 2 and up) keep only a stub asking to update Anki in
        // collection.anki2; without their real collection there is nothing to import.
        if member == "collection.anki2", try AnkiMediaManifest.packageVersion(in: archive) >= 2 {
            throw .malformedData(file: file, reason: "its collection.anki2 is only a placeholder and the real collection is missing")
        }
        progress?(Progress(stage: .unpacking, done: 0, total: 1))
        let directory = try makePrivateDirectory(file: file)
        defer { try? FileManager.default.removeItem(at: directory) }
        let databaseURL = directory.appendingPathComponent("collection.sqlite")

        var bytes = try archive.data(of: member)
        if member == "collection.anki21b" {
            bytes = try archive.decompress(bytes, entry: member)
        }
        do {
            try bytes.write(to: databaseURL)
        } catch {
            throw .unreadable(file: file, reason: "its collection could not be unpacked to \(directory.path) (\(error.localizedDescription))")
        }
        bytes = Data()
        progress?(Progress(stage: .unpacking, done: 1, total: 1))

        let media = try AnkiMediaManifest.read(from: archive, progress: progress)
        var collection = try AnkiCollectionDatabase(file: file, entry: member)
            .read(path: databaseURL.path, progress: progress)
        collection.media = media
        return collection
    }

    private func makePrivateDirectory(file: String) throws(AnkiPackageError) -> URL {
        let directory = FileManager.default.temporaryDirectory
            .appendingPathComponent("recall-import-\(UUID().uuidString)", isDirectory: true)
        do {
            try FileManager.default.createDirectory(
                at: directory, withIntermediateDirectories: true, attributes: [.posixPermissions: 0o700])
        } catch {
            throw .unreadable(file: file, reason: "no private temporary directory could be made (\(error.localizedDescription))")
        }
        return directory
    }
}

/// A zip archive whose entries have been checked, unpacked within a byte budget.
final class PackageArchive {
    let file: String
    private let archive: Archive
    private let limits: AnkiPackageReader.Limits
    private var unpackedBytes: Int64 = 0

    init(url: URL, limits: AnkiPackageReader.Limits) throws(AnkiPackageError) {
        file = url.path
        self.limits = limits
        let head: Data
        do {
            let handle = try FileHandle(forReadingFrom: url)
            defer { try? handle.close() }
            head = try handle.read(upToCount: 4) ?? Data()
        } catch {
            throw .unreadable(file: url.path, reason: error.localizedDescription)
        }
        guard InterchangeFormat.detect(prefix: head) == .ankiPackage else { throw .notAZip(file: file) }
        do {
            archive = try Archive(url: url, accessMode: .read)
        } catch {
            // It starts like a zip but its end record is missing: cut short.
            throw .truncated(file: file)
        }
        try checkEntries()
    }

    /// Rejects unsafe paths and entries whose declared sizes already break the limits.
    private func checkEntries() throws(AnkiPackageError) {
        var declared: Int64 = 0
        for entry in archive {
            guard entry.type != .symlink, Self.isSafe(path: entry.path) else {
                throw .unsafeEntryPath(file: file, path: entry.path)
            }
            let size = Int64(clamping: entry.uncompressedSize)
            declared += size
            if declared > limits.maxUnpackedBytes { throw .tooLarge(file: file, limitBytes: limits.maxUnpackedBytes) }
            try checkRatio(entry: entry.path, unpacked: size, packed: Int64(clamping: entry.compressedSize))
        }
    }

    private func checkRatio(entry: String, unpacked: Int64, packed: Int64) throws(AnkiPackageError) {
        if unpacked > limits.ratioCheckFromBytes, unpacked / max(packed, 1) > limits.maxCompressionRatio {
            throw .suspiciousCompression(file: file, entry: entry, ratio: Int(limits.maxCompressionRatio))
        }
    }

    /// A relative path with no `..` component, no drive letter and no backslashes.
    static func isSafe(path: String) -> Bool {
        guard !path.isEmpty, !path.hasPrefix("/"), !path.contains("\\"), !path.contains("\0") else { return false }
        if path.count >= 2, path.dropFirst().first == ":" { return false }
        return !path.split(separator: "/").contains("..")
    }

    func contains(_ path: String) -> Bool { archive[path] != nil }

    /// The bytes of entry `path`, counted against the limits as they are unpacked (the sizes
    /// an archive declares can lie).
    func data(of path: String) throws(AnkiPackageError) -> Data {
        guard let entry = archive[path] else {
            throw .malformedData(file: file, reason: "the entry “\(path)” is missing")
        }
        var output = Data()
        var overflow: AnkiPackageError?
        let packed = Int64(clamping: entry.compressedSize)
        let budget = limits.maxUnpackedBytes - unpackedBytes
        do {
            _ = try archive.extract(entry, bufferSize: 1 << 20, skipCRC32: false) { chunk in
                output.append(chunk)
                if Int64(output.count) > budget {
                    overflow = .tooLarge(file: self.file, limitBytes: self.limits.maxUnpackedBytes)
                } else {
                    do throws(AnkiPackageError) {
                        try self.checkRatio(entry: path, unpacked: Int64(output.count), packed: packed)
                    } catch { overflow = error }
                }
                if overflow != nil { throw CancellationError() }
            }
        } catch {
            if let overflow { throw overflow }
            throw .corruptEntry(file: file, entry: path, reason: Self.describe(error))
        }
        unpackedBytes += Int64(output.count)
        return output
    }

    /// Decompresses zstd data from entry `entry`, within what is left of the budget.
    func decompress(_ data: Data, entry: String) throws(AnkiPackageError) -> Data {
        let budget = limits.maxUnpackedBytes - unpackedBytes
        let output: Data
        do throws(Zstd.Failure) {
            output = try Zstd.decompress(data, limit: Int(clamping: budget))
        } catch {
            switch error {
            case .tooLarge: throw .tooLarge(file: file, limitBytes: limits.maxUnpackedBytes)
            case .truncated: throw .corruptEntry(file: file, entry: entry, reason: "its zstd data ends early")
            case .corrupt(let reason): throw .corruptEntry(file: file, entry: entry, reason: "zstd: \(reason)")
            }
        }
        try checkRatio(entry: entry, unpacked: Int64(output.count), packed: Int64(data.count))
        unpackedBytes += Int64(output.count)
        return output
    }

    private static func describe(_ error: any Error) -> String {
        switch error {
        case Archive.ArchiveError.invalidCRC32: "its checksum does not match its contents"
        case is Archive.ArchiveError: "its zip headers are damaged or it runs past the end of the file"
        default: "its compressed data is damaged"
        }
    }
}
