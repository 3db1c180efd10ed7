import Foundation
import RecallCore
import ZIPFoundation

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
            head = try Self.head(of: url, count: 4)
        } catch {
            throw .unreadable(file: url.path, reason: FileErrorReason.describe(error))
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
            // Compared before it is added: a hostile entry may declare a size near Int64.max.
            if size > limits.maxUnpackedBytes - declared { throw .tooLarge(file: file, limitBytes: limits.maxUnpackedBytes) }
            declared += size
            try checkRatio(entry: entry.path, unpacked: size, packed: Int64(clamping: entry.compressedSize))
        }
    }

    private func checkRatio(entry: String, unpacked: Int64, packed: Int64) throws(AnkiPackageError) {
        if unpacked > limits.ratioCheckFromBytes, unpacked / max(packed, 1) > limits.maxCompressionRatio {
            throw .suspiciousCompression(file: file, entry: entry, ratio: Int(limits.maxCompressionRatio))
        }
    }

    /// The first `count` bytes of the file at `url` (fewer when it is shorter).
    static func head(of url: URL, count: Int) throws -> Data {
        let handle = try FileHandle(forReadingFrom: url)
        defer { try? handle.close() }
        return try handle.read(upToCount: count) ?? Data()
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

    /// Unpacks entry `path` into the file at `url` as its bytes arrive, through zstd when
    /// `zstd` is set: memory holds one buffer of it, never the whole, and the budget is
    /// checked before each buffer is written.
    func unpack(_ path: String, to url: URL, zstd: Bool) throws(AnkiPackageError) {
        guard let entry = archive[path] else {
            throw .malformedData(file: file, reason: "the entry “\(path)” is missing")
        }
        guard FileManager.default.createFile(atPath: url.path, contents: nil, attributes: [.posixPermissions: 0o600]),
              let handle = FileHandle(forWritingAtPath: url.path)
        else {
            throw .unreadable(file: file, reason: "its collection could not be unpacked to \(url.path)")
        }
        defer { try? handle.close() }
        let packed = Int64(clamping: entry.compressedSize)
        let budget = limits.maxUnpackedBytes - unpackedBytes
        var written: Int64 = 0
        var failure: AnkiPackageError?
        let decoder: Zstd.Decoder?
        do throws(Zstd.Failure) {
            decoder = zstd ? try Zstd.Decoder(limit: Int(clamping: budget)) : nil
        } catch {
            throw zstdError(error, entry: path)
        }
        func write(_ bytes: UnsafeRawBufferPointer) throws(AnkiPackageError) {
            written += Int64(bytes.count)
            if written > budget { throw .tooLarge(file: file, limitBytes: limits.maxUnpackedBytes) }
            try checkRatio(entry: path, unpacked: written, packed: packed)
            do {
                try handle.write(contentsOf: Data(bytes))
            } catch {
                throw .unreadable(file: file, reason: "its collection could not be unpacked to \(url.path) (\(FileErrorReason.describe(error)))")
            }
        }
        do {
            _ = try archive.extract(entry, bufferSize: 1 << 20, skipCRC32: false) { chunk in
                do throws(AnkiPackageError) {
                    if let decoder {
                        do throws(Zstd.Failure) {
                            try decoder.feed(chunk) { bytes throws(Zstd.Failure) in
                                do throws(AnkiPackageError) { try write(bytes) } catch {
                                    failure = error
                                    throw .tooLarge
                                }
                            }
                        } catch {
                            throw failure ?? zstdError(error, entry: path)
                        }
                    } else {
                        var refused: AnkiPackageError?
                        chunk.withUnsafeBytes { bytes in
                            do throws(AnkiPackageError) { try write(bytes) } catch { refused = error }
                        }
                        if let refused { throw refused }
                    }
                } catch {
                    failure = error
                    throw CancellationError()
                }
            }
            if let decoder {
                do throws(Zstd.Failure) { try decoder.finish() } catch { throw zstdError(error, entry: path) }
            }
        } catch let error as AnkiPackageError {
            throw error
        } catch {
            if let failure { throw failure }
            throw .corruptEntry(file: file, entry: path, reason: Self.describe(error))
        }
        unpackedBytes += written
    }

    private func zstdError(_ error: Zstd.Failure, entry: String) -> AnkiPackageError {
        switch error {
        case .tooLarge: .tooLarge(file: file, limitBytes: limits.maxUnpackedBytes)
        case .truncated: .corruptEntry(file: file, entry: entry, reason: "its zstd data ends early")
        case .corrupt(let reason): .corruptEntry(file: file, entry: entry, reason: "zstd: \(reason)")
        }
    }

    /// Decompresses zstd data from entry `entry`, within what is left of the budget.
    func decompress(_ data: Data, entry: String) throws(AnkiPackageError) -> Data {
        let budget = limits.maxUnpackedBytes - unpackedBytes
        let output: Data
        do throws(Zstd.Failure) {
            output = try Zstd.decompress(data, limit: Int(clamping: budget))
        } catch {
            throw zstdError(error, entry: entry)
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
