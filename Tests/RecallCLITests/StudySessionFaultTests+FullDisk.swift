import Foundation
import RecallCore
import Testing
@testable import RecallCLI
@testable import RecallStore

/// A study session whose data folder's disk fills up under it (a small tmpfs, filled to its last
/// byte): an answer that cannot be stored gets a sentence, and none acknowledged before is lost.
extension StudySessionFaultTests {
    @Test(.enabled(if: SmallFilesystem.canMount, "mounting a tmpfs needs root, as CI runs; skipped here"))
    func anAnswerOnAFullDiskGetsASentenceAndNoAcknowledgedAnswerIsLost() throws {
        let disk = try SmallFilesystem(kilobytes: 1024)
        let database = try AppDatabase.open(directory: disk.folder.appendingPathComponent("data"))
        let deck = try #require(DeckParser.parse(capitalsDeck, file: "capitals.yaml").deck)
        try database.syncDeck(deck, source: "capitals.yaml", sourceHash: nil, now: now)
        let full = StoreError.diskFull(path: database.path).localizedDescription
        #expect(full.hasPrefix("the disk holding \(disk.folder.path)/data/collection.sqlite is full"))

        let (summary, lines) = try study([
            .type("Paris"), .type(""),
            .meanwhile { _ in try disk.fill() }, .type("Baku"), .type(""),
            .meanwhile { _ in try disk.free() }, .type(""),
            .meanwhile { _ in try disk.fill() }, .type("Canberra"), .type(""), .type(":quit"),
        ], on: database)
        let refusal = "Your answer was not saved: \(full). Rate it again to retry, or :quit."
        #expect(lines.count { $0 == refusal } == 2, "\(lines)")
        #expect(lines.count { $0.hasPrefix("Next in ") } == 2, "\(lines)")
        // :quit at the rating prompt tries once more to store the answer given, and says so.
        #expect(lines.contains("Your answer was not saved: \(full)."), "\(lines)")
        #expect(lines.contains("  Cards reviewed: 2   Right: 2 (100%)   Again: 0"), "\(lines)")
        // The two answers acknowledged ("Next in …") are stored, the refused one is not.
        #expect(summary.reviewed == 2)
        try disk.free()
        #expect(try database.reviewCount() == 2)
        let reopened = try AppDatabase.open(directory: disk.folder.appendingPathComponent("data"))
        #expect(try reopened.reviewCount() == 2)
    }
}
