import Foundation
import Testing
@testable import RecallStore

struct ZstdTests {
    /// The zstd frame holding the media list of anki-export-current.apkg.
    func frame() throws -> Data {
        let archive = try PackageArchive(url: AnkiFixtures.url("anki-export-current", "apkg"), limits: .standard)
        return try archive.data(of: "media")
    }

    @Test func decompressesAnkisFrames() throws {
        let list = try Zstd.decompress(frame(), limit: 1 << 20)
        #expect(list.count == 44)
        #expect(try AnkiMediaManifest.entries(in: list, file: "x").map(\.name) == ["anki-fixture.png"])
    }

    @Test func stopsAtTheLimit() throws {
        #expect(throws: Zstd.Failure.tooLarge) { try Zstd.decompress(frame(), limit: 10) }
    }

    @Test func reportsACutFrame() throws {
        #expect(throws: Zstd.Failure.truncated) { try Zstd.decompress(frame().dropLast(5), limit: 1 << 20) }
    }

    @Test func compressedDataDecompressesToItself() throws {
        let text = Data(String(repeating: "{\"mod\":0,\"scm\":1796411367147} ", count: 100).utf8)
        let frame = Zstd.compress(text)
        #expect(Zstd.isCompressed(frame))
        #expect(frame.count < text.count / 10)
        #expect(try Zstd.decompress(frame, limit: 1 << 20) == text)
    }
}
