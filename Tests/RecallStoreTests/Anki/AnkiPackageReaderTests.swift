import Foundation
import RecallCore
import Testing
@testable import RecallStore

/// Every fact in expected/<package>.json, checked against what `AnkiPackageReader` reads.
@Suite struct AnkiPackageReaderTests {
    @Test(arguments: AnkiFixtures.packages)
    func countsAndSchemaMatchAnki(package: String) throws {
        let collection = try AnkiFixtures.read(package)
        let expected = try AnkiFixtures.expected(package, as: ExpectedPackage.self)
        #expect(collection.schemaVersion == expected.collection.schemaVersion)
        #expect(collection.notes.count == expected.collection.noteCount)
        #expect(collection.cards.count == expected.collection.cardCount)
        #expect(collection.reviewCount == expected.collection.revlogCount)
        #expect(collection.notes.count == expected.ankiImport.notes)
        #expect(collection.cards.count == expected.ankiImport.cards)
        #expect(collection.reviewCount == expected.ankiImport.revlog)
        #expect(collection.warnings.isEmpty)
    }

    @Test(arguments: AnkiFixtures.packages)
    func notetypesAndDecksMatchAnki(package: String) throws {
        let collection = try AnkiFixtures.read(package)
        let expected = try AnkiFixtures.expected(package, as: ExpectedPackage.self)
        let used = Set(collection.notes.map(\.notetypeID))
        let notetypes = collection.notetypes.filter { used.contains($0.id) }
        #expect(notetypes.map(\.name) == expected.collection.notetypes.map(\.name))
        #expect(notetypes.map(\.kind.rawValue) == expected.collection.notetypes.map(\.kind))
        #expect(notetypes.map(\.fields) == expected.collection.notetypes.map(\.fields))
        #expect(notetypes.map(\.templates) == expected.collection.notetypes.map(\.templates))
        #expect(collection.decks.map(\.name) == expected.collection.decks)
    }

    @Test(arguments: AnkiFixtures.packages)
    func notesHaveAnkisFieldsTagsAndGuids(package: String) throws {
        let collection = try AnkiFixtures.read(package)
        let expected = try AnkiFixtures.expected(package, as: ExpectedPackage.self)
        let notetypes = Dictionary(uniqueKeysWithValues: collection.notetypes.map { ($0.id, $0) })
        try #require(collection.notes.count == expected.collection.notes.count)
        for (note, want) in zip(collection.notes, expected.collection.notes) {
            let notetype = try #require(notetypes[note.notetypeID])
            #expect(notetype.name == want.notetype)
            let fields = Dictionary(uniqueKeysWithValues: zip(notetype.fields, note.fields))
            #expect(fields == want.fields, "note \(note.id)")
            #expect(note.tags == want.tags, "note \(note.id)")
            if let guid = want.guid { #expect(note.guid == guid) }
        }
        let tags = Set(collection.notes.flatMap(\.tags)).sorted()
        #expect(tags == expected.ankiImport.tags)
    }

    @Test(arguments: AnkiFixtures.packages)
    func cardsHaveAnkisDeckStateFlagsAndMemory(package: String) throws {
        let collection = try AnkiFixtures.read(package)
        let expected = try AnkiFixtures.expected(package, as: ExpectedPackage.self)
        let notes = Dictionary(uniqueKeysWithValues: collection.notes.map { ($0.id, $0) })
        let decks = Dictionary(uniqueKeysWithValues: collection.decks.map { ($0.id, $0.name) })
        try #require(collection.cards.count == expected.collection.cards.count)
        for (card, want) in zip(collection.cards, expected.collection.cards) {
            let note = try #require(notes[card.noteID])
            #expect(note.fields.first == want.noteFirstField)
            #expect(card.ord == want.ord)
            #expect(decks[card.deckID] == want.deck)
            #expect(Self.name(of: card.type) == want.type, "card \(card.id)")
            #expect(Self.name(of: card.queue) == want.queue, "card \(card.id)")
            #expect(card.interval == want.interval)
            #expect(card.reps == want.reps)
            #expect(card.lapses == want.lapses)
            #expect(card.flag == want.flags)
            #expect(card.storedMemory?.stability == want.fsrsMemoryState?.stability, "card \(card.id)")
            #expect(card.storedMemory?.difficulty == want.fsrsMemoryState?.difficulty, "card \(card.id)")
        }
    }

    @Test(arguments: AnkiFixtures.packages)
    func reviewLogMatchesAnkisTotals(package: String) throws {
        let collection = try AnkiFixtures.read(package)
        let expected = try AnkiFixtures.expected(package, as: ExpectedPackage.self)
        let reviews = collection.cards.flatMap(\.reviews)
        let byKind = Dictionary(grouping: reviews, by: { Self.name(of: $0.kind) }).mapValues(\.count)
        let byEase = Dictionary(grouping: reviews, by: { String($0.ease) }).mapValues(\.count)
        #expect(byKind == expected.collection.revlogByKind)
        #expect(byEase == expected.collection.revlogByEase)
        let notes = Dictionary(uniqueKeysWithValues: collection.notes.map { ($0.id, $0) })
        var perNote: [String: Int] = [:]
        for card in collection.cards where !card.reviews.isEmpty {
            perNote[notes[card.noteID]!.fields[0], default: 0] += card.reviews.count
        }
        #expect(perNote == (expected.collection.reviewsPerNote ?? [:]))
        for card in collection.cards {
            #expect(card.reviews.map(\.milliseconds) == card.reviews.map(\.milliseconds).sorted())
        }
    }

    @Test(arguments: AnkiFixtures.packages)
    func mediaFilesAreUnpackedWithTheirNames(package: String) throws {
        let collection = try AnkiFixtures.read(package)
        let expected = try AnkiFixtures.expected(package, as: ExpectedPackage.self)
        #expect(collection.media.map(\.name) == expected.media.map(\.name))
        #expect(collection.media.map(\.name) == expected.ankiImport.mediaFiles)
        #expect(collection.media.map(\.data.count) == expected.media.map(\.size))
        for media in collection.media {
            #expect(SHA256Digest.hex(of: media.data) == expected.media.first { $0.name == media.name }?.sha256)
        }
    }

    /// A note's fields split at U+001F as splitting its text at that character does: empty
    /// fields kept, the first and the last too, whatever the characters beside the separator.
    @Test func noteFieldsSplitAtTheSeparatorAsTheTextSplitsThere() {
        for flds in ["", "a", "Front\u{1f}Back", "\u{1f}", "\u{1f}\u{1f}x\u{1f}", "é\u{1f}日本\u{1f}\u{301}e\u{301}\u{1f}👍🏽",
                     "line\r\n\u{1f}\r\n", "\u{1f}\u{301}"] {
            let expected = flds.split(separator: "\u{1f}", omittingEmptySubsequences: false).map(String.init)
            #expect(AnkiCollectionDatabase.fields(flds) == expected, "\(flds.debugDescription)")
        }
        #expect(AnkiCollectionDatabase.fields("a\u{1f}\u{1f}b") == ["a", "", "b"])
    }

    @Test func legacyExportIsReadFromCollectionAnki21NotTheStub() throws {
        let collection = try AnkiFixtures.read("anki-export-legacy")
        #expect(!collection.notes.contains { $0.fields.first?.hasPrefix("Please update") == true })
    }

    @Test func reviewEntriesKeepAnkisEncoding() throws {
        let collection = try AnkiFixtures.read("anki-export-current")
        let straße = try #require(collection.cards.first { card in
            collection.notes.first { $0.id == card.noteID }?.fields.first == "Straße"
        })
        #expect(straße.reviews.map(\.kind) == [.learning, .learning, .learning, .manual, .review, .relearning])
        #expect(straße.reviews.map(\.ease) == [1, 3, 3, 0, 1, 3])
        #expect(straße.reviews.map(\.interval) == [-60, -600, 1, 0, -600, 1])
        #expect(straße.reviews.map(\.lastInterval) == [0, -60, -600, 1, 0, -600])
        #expect(straße.reviews.map(\.factor) == [701, 700, 699, 699, 967, 965])
        #expect(straße.reviews.compactMap(\.rating) == [.again, .good, .good, .again, .good])
        #expect(straße.easeFactor == 2300)
        #expect(straße.lastReviewSeconds == 1_795_762_424)
    }

    static func name(of type: AnkiCard.CardType) -> String {
        switch type {
        case .new: "new"
        case .learning: "learning"
        case .review: "review"
        case .relearning: "relearning"
        }
    }

    static func name(of queue: AnkiCard.Queue) -> String {
        switch queue {
        case .userBuried: "user_buried"
        case .schedulerBuried: "sched_buried"
        case .suspended: "suspended"
        case .new: "new"
        case .learning: "learning"
        case .review: "review"
        case .dayLearning: "day_learning"
        case .preview: "preview"
        }
    }

    static func name(of kind: AnkiReviewEntry.Kind) -> String {
        switch kind {
        case .learning: "learning"
        case .review: "review"
        case .relearning: "relearning"
        case .filtered: "filtered"
        case .manual: "manual"
        case .rescheduled: "rescheduled"
        }
    }
}
