import Foundation
import RecallCore
import RecallStore
import Testing

/// `recall import` of packages holding numbers recall cannot compute with, and of media it
/// cannot write: refused with a sentence, nothing stored, no temporary folder left behind.
@Suite final class HostileImportEndToEndTests {
    let runner: RecallRunner
    /// The TMPDIR of each run, so a leftover unpacked collection shows.
    let temporary: URL

    init() throws {
        runner = try RecallRunner()
        temporary = runner.root.appendingPathComponent("tmp")
        try FileManager.default.createDirectory(at: temporary, withIntermediateDirectories: true)
    }

    deinit { runner.cleanUp() }

    /// One reviewed Basic card; `spoil` changes it before the package is written.
    func package(_ name: String, media: [ImportedMedia] = [], spoil: (inout AnkiCard) -> Void = { _ in }) throws -> URL {
        var card = AnkiCard(
            id: 1_700_000_000_002, noteID: 1_700_000_000_001, deckID: 1, ord: 0, type: .review, queue: .review,
            due: 10, interval: 5, easeFactor: 2500, reps: 1, lapses: 0, flag: 0,
            reviews: [AnkiReviewEntry(
                milliseconds: 1_700_000_100_000, ease: 3, kind: .learning, interval: 5, lastInterval: 0,
                factor: 2500, durationMilliseconds: 3000)])
        spoil(&card)
        let collection = AnkiCollection(
            schemaVersion: 11, createdSeconds: 1_699_999_200,
            notetypes: [AnkiNotetype(id: 1, name: "Basic", kind: .normal, fields: ["Front", "Back"], templates: ["Card 1"])],
            decks: [AnkiDeck(id: 1, name: "Peru")],
            notes: [AnkiNote(id: 1_700_000_000_001, guid: "peru", notetypeID: 1, fields: ["Capital of Peru?", "Lima"], tags: [])],
            cards: [card], media: media)
        let url = runner.root.appendingPathComponent(name)
        try AnkiPackageWriter().write(collection, to: url, now: Date(timeIntervalSince1970: 1_700_000_000))
        return url
    }

    func importing(_ url: URL) throws -> RecallRunner.Result {
        try runner.run(["import", url.path], environment: ["TMPDIR": temporary.path])
    }

    func expectNothingStoredAndNoTemporaryFolder() throws {
        #expect(try runner.run(["decks"]).output.hasPrefix("No decks yet."))
        #expect(try FileManager.default.contentsOfDirectory(atPath: temporary.path) == [])
    }

    /// A number at `Int64.max` and the place and bounds the refusal names.
    enum Spoil: String, CaseIterable, Sendable {
        case reviewInterval, cardDue

        func apply(_ card: inout AnkiCard) {
            switch self {
            case .reviewInterval: card.reviews[0].interval = .max
            case .cardDue: card.due = .max
            }
        }

        var refusal: String {
            switch self {
            case .reviewInterval: "review 1700000100000: `revlog.ivl` is 9223372036854775807, outside the -100000000…1000000"
            case .cardDue: "card 1700000000002: `cards.due` is 9223372036854775807, outside the -10000000000…10000000000"
            }
        }
    }

    @Test(arguments: Spoil.allCases)
    func aNumberAtInt64MaxIsRefusedWithItsPlace(_ spoil: Spoil) throws {
        let url = try package("\(spoil).apkg", spoil: spoil.apply)
        let result = try importing(url)
        #expect(result.status == 1)
        #expect(result.error == "recall: error: \(url.path): \(spoil.refusal) recall accepts; nothing was imported.\n")
        try expectNothingStoredAndNoTemporaryFolder()
    }

    @Test func mediaThatCannotBeWrittenLeavesNoCardsBehind() throws {
        let url = try package("media.apkg", media: [ImportedMedia(name: "lima.png", data: Data("png".utf8))])
        // A regular file where the media folder belongs: the media cannot be written.
        try FileManager.default.createDirectory(at: runner.dataDirectory, withIntermediateDirectories: true)
        let media = runner.dataDirectory.appendingPathComponent("media")
        try Data("not a folder".utf8).write(to: media)
        let result = try importing(url)
        #expect(result.status == 1)
        #expect(result.error.hasPrefix("recall: error: the media file \(media.path) could not be written ("))
        #expect(result.error.hasSuffix("), so nothing was imported\n"))
        try expectNothingStoredAndNoTemporaryFolder()
        try FileManager.default.removeItem(at: media)
        let again = try importing(url)
        #expect(again.output == "Imported \(url.path): 1 card added to deck Peru (1 in review), 1 past review, 1 media file.\n")
        #expect(try Data(contentsOf: media.appendingPathComponent("lima.png")) == Data("png".utf8))
    }

    @Test func aMediaFileThatCannotBeWrittenTakesBackTheOnesWrittenBeforeIt() throws {
        let url = try package("two-media.apkg", media: [
            ImportedMedia(name: "a-lima.png", data: Data("lima".utf8)),
            ImportedMedia(name: "b-cusco.png", data: Data("cusco".utf8)),
        ])
        // A folder where the second file belongs: it cannot be written, the first one can.
        let media = runner.dataDirectory.appendingPathComponent("media")
        let blocker = media.appendingPathComponent("b-cusco.png")
        try FileManager.default.createDirectory(at: blocker, withIntermediateDirectories: true)
        let result = try importing(url)
        #expect(result.status == 1)
        #expect(result.error.hasPrefix("recall: error: the media file \(blocker.path) could not be written ("))
        #expect(result.error.hasSuffix("), so nothing was imported\n"))
        try expectNothingStoredAndNoTemporaryFolder()
        #expect(try FileManager.default.contentsOfDirectory(atPath: media.path) == ["b-cusco.png"])
    }
}
