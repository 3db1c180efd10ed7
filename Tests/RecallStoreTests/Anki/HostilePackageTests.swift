import Foundation
import GRDB
import RecallCore
import RecallTestSupport
import Testing
import ZIPFoundation
@testable import RecallStore

/// Packages built to attack or confuse the reader: each must fail with its own error.
@Suite final class HostilePackageTests {
    /// A fresh directory for this test's files, removed afterwards.
    let folder: TemporaryDirectory
    var directory: URL { folder.url }

    init() throws {
        folder = try TemporaryDirectory("hostile")
    }

    /// Writes a zip holding `entries` (path → bytes), deflated.
    func zip(_ name: String, _ entries: [(String, Data)]) throws -> URL {
        let url = directory.appendingPathComponent(name)
        let archive = try Archive(url: url, accessMode: .create)
        for (path, data) in entries {
            try archive.addEntry(
                with: path, type: .file, uncompressedSize: Int64(data.count), compressionMethod: .deflate
            ) { position, size in data.subdata(in: Int(position)..<Int(position) + size) }
        }
        return url
    }

    /// A schema-11-looking collection whose `col.ver` is `version`.
    func collection(version: Int) throws -> Data {
        let url = directory.appendingPathComponent("col-\(version).sqlite")
        let queue = try DatabaseQueue(path: url.path)
        try queue.write { db in
            try db.execute(sql: """
                CREATE TABLE col (id integer PRIMARY KEY, crt integer, ver integer, models text, decks text);
                INSERT INTO col VALUES (1, 0, \(version), '{}', '{}');
                """)
        }
        try queue.close()
        return try Data(contentsOf: url)
    }

    func readError(_ url: URL, limits: AnkiPackageReader.Limits = .standard) -> AnkiPackageError? {
        #expect(throws: AnkiPackageError.self) { try AnkiPackageReader(limits: limits).read(contentsOf: url) }
    }

    @Test(arguments: ["../evil", "media/../../evil", "/etc/evil", "C:/evil", "dir\\..\\evil"])
    func entryPathsThatLeaveThePackageAreRejected(path: String) throws {
        let url = try zip("traversal.apkg", [("collection.anki2", try collection(version: 11)), (path, Data("x".utf8))])
        #expect(readError(url) == .unsafeEntryPath(file: url.path, path: path))
    }

    @Test func anEntryCompressedLikeAZipBombIsRejected() throws {
        let zeros = Data(count: 4 << 20)
        let url = try zip("bomb.apkg", [("collection.anki2", zeros)])
        let limits = AnkiPackageReader.Limits(maxUnpackedBytes: 1 << 30, maxCompressionRatio: 200, ratioCheckFromBytes: 1 << 20)
        #expect(readError(url, limits: limits) == .suspiciousCompression(file: url.path, entry: "collection.anki2", ratio: 200))
    }

    @Test func aPackageExpandingPastTheLimitIsRejected() throws {
        let url = try zip("large.apkg", [("collection.anki2", randomBytes(3 << 20, seed: 7))])
        let limits = AnkiPackageReader.Limits(maxUnpackedBytes: 2 << 20, maxCompressionRatio: 200, ratioCheckFromBytes: 1 << 20)
        #expect(readError(url, limits: limits) == .tooLarge(file: url.path, limitBytes: 2 << 20))
    }

    @Test func anEntryDeclaringASizeNearTheLargestIntegerIsTooLargeNotACrash() throws {
        // Found by the fuzzer: adding the declared size to the running total overflowed.
        let url = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent(
            "../../../Fuzz/Corpus/anki-package/declared-size-near-int64-max.apkg").standardizedFileURL
        #expect(readError(url) == .tooLarge(file: url.path, limitBytes: AnkiPackageReader.Limits.standard.maxUnpackedBytes))
    }

    @Test func aZstdBombIsRefusedWhenItsOutputPassesTheLimit() throws {
        // One frame of 8,192 run-length blocks of 128 KiB: 32 KiB that expand to 1 GiB.
        let block = 128 << 10
        var frame = Data(Zstd.magic + [0x00, 0x38])  // no content size; a 128 KiB window
        for index in 0..<8192 {
            let header = (block << 3) | (1 << 1) | (index == 8191 ? 1 : 0)  // RLE; the last one ends it
            frame += [UInt8(header & 0xFF), UInt8((header >> 8) & 0xFF), UInt8(header >> 16), 0x00]
        }
        let url = try zip("zstd-bomb.apkg", [("collection.anki21b", frame)])
        let limits = AnkiPackageReader.Limits(maxUnpackedBytes: 2 << 20, maxCompressionRatio: 200, ratioCheckFromBytes: 1 << 40)
        #expect(readError(url, limits: limits) == .tooLarge(file: url.path, limitBytes: 2 << 20))
    }

    @Test func aTruncatedPackageIsReportedAsTruncated() throws {
        let original = try Data(contentsOf: AnkiFixtures.url("anki-export-current", "apkg"))
        let url = directory.appendingPathComponent("cut.apkg")
        try original.prefix(original.count / 2).write(to: url)
        #expect(readError(url) == .truncated(file: url.path))
    }

    @Test func aCollectionThatIsNotSQLiteIsRejected() throws {
        let url = try zip("text.apkg", [("collection.anki2", Data(String(repeating: "not a database ", count: 100).utf8))])
        #expect(readError(url) == .malformedCollection(
            file: url.path, entry: "collection.anki2", reason: "it is not an SQLite database"))
    }

    @Test func anUnknownSchemaVersionIsRejected() throws {
        let url = try zip("future.apkg", [("collection.anki21", try collection(version: 99))])
        let error = readError(url)
        #expect(error == .unsupportedSchema(file: url.path, version: 99))
        #expect(error?.localizedDescription == "\(url.path) uses Anki collection schema 99, which recall does not know "
            + "(it reads 11 to 18); export it again from Anki with “Support older Anki versions” ticked.")
    }

    @Test func aFileThatIsNotAZipIsRejected() throws {
        let url = directory.appendingPathComponent("notes.apkg")
        try Data("front\tback\n".utf8).write(to: url)
        #expect(readError(url) == .notAZip(file: url.path))
    }

    @Test func aZipWithoutACollectionIsRejected() throws {
        let url = try zip("empty.apkg", [("media", Data("{}".utf8))])
        #expect(readError(url) == .noCollection(file: url.path))
    }

    @Test func aNewerPackageHoldingOnlyTheStubIsRejected() throws {
        let url = try zip("stub.apkg", [("meta", Data([0x08, 0x02])), ("collection.anki2", try collection(version: 11))])
        #expect(readError(url) == .malformedData(
            file: url.path, reason: "its collection.anki2 is only a placeholder and the real collection is missing"))
    }

    @Test func damagedZstdDataIsRejected() throws {
        let url = try zip("zstd.apkg", [("collection.anki21b", Data(Zstd.magic + [0x00, 0x01, 0x02, 0x03]))])
        let error = readError(url)
        guard case .corruptEntry(url.path, "collection.anki21b", let reason) = error else {
            Issue.record("expected a corrupt collection.anki21b, got \(String(describing: error))")
            return
        }
        #expect(reason == "its zstd data ends early")
    }

    @Test func garbageInsideAZstdFrameIsRejected() throws {
        let frame = Data(Zstd.magic + [0x24, 0x40]) + randomBytes(200, seed: 3)
        let url = try zip("zstd-garbage.apkg", [("collection.anki21b", frame)])
        guard case .corruptEntry(url.path, "collection.anki21b", let reason) = readError(url) else {
            Issue.record("expected a corrupt collection.anki21b")
            return
        }
        #expect(reason.hasPrefix("zstd: "))
    }

    @Test func mediaNamesThatAreNotPlainFileNamesAreRejected() throws {
        let url = try zip("media.apkg", [
            ("collection.anki2", try collection(version: 11)),
            ("media", Data(#"{"0": "../../.bashrc"}"#.utf8)),
            ("0", Data("payload".utf8)),
        ])
        #expect(readError(url) == .unsafeMediaName(file: url.path, name: "../../.bashrc"))
    }

    @Test func importFileReaderRejectsBinaryAndBareSQLite() throws {
        let binary = directory.appendingPathComponent("x.csv")
        try Data([0x00, 0xFF, 0x10]).write(to: binary)
        #expect(throws: ImportFileError.unsupported(file: binary.path, what: "neither an Anki package (.apkg) nor UTF-8 text")) {
            try ImportFileReader().read(contentsOf: binary)
        }
        let sqlite = directory.appendingPathComponent("collection.anki2")
        try collection(version: 11).write(to: sqlite)
        #expect(throws: ImportFileError.self) { try ImportFileReader().read(contentsOf: sqlite) }
    }
}

/// Incompressible bytes for size-limit tests.
func randomBytes(_ count: Int, seed: UInt64) -> Data {
    var generator = SplitMix64(seed: seed)
    var data = Data(capacity: count + 8)
    while data.count < count {
        withUnsafeBytes(of: generator.next()) { data.append(contentsOf: $0) }
    }
    return data.prefix(count)
}
