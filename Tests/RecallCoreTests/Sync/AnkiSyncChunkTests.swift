import Foundation
import RecallCore
import Testing

/// The messages of an incremental sync, against answers Anki's server (26.9.3) gave.
struct AnkiSyncChunkTests {
    /// A `chunk` answer as the server sent it after a card was answered and another suspended.
    @Test func aChunkOfTheServerDecodesItsRowsByColumn() throws {
        let json = #"""
            {"done":true,"revlog":[[1796422766207,1796422764260,2,3,4,2,223,0,1]],
             "cards":[[1796422764260,1796422764259,1796422764250,0,1796422766,2,2,2,4,4,2500,3,0,0,0,0,0,
                       "{\"pos\":1,\"s\":2.3065,\"d\":2.104,\"dr\":0.9,\"decay\":0.154,\"lrt\":1796422766}"]],
             "notes":[[1796422764259,"O,OR-vcyG4",1796422764100,1796422766,2," europe ","What is the capital of France?\u001fParis","","",0,""]]}
            """#
        let chunk = try JSONDecoder().decode(AnkiSyncChunk.self, from: Data(json.utf8))
        #expect(chunk.done)
        #expect(chunk.revlog == [AnkiSyncReview(cardID: 1_796_422_764_260, usn: 2, entry: AnkiReviewEntry(
            milliseconds: 1_796_422_766_207, ease: 3, kind: .review, interval: 4, lastInterval: 2, factor: 223,
            durationMilliseconds: 0))])
        let card = try #require(chunk.cards.first)
        #expect((card.id, card.noteID, card.deckID, card.ord, card.modified, card.usn) == (
            1_796_422_764_260, 1_796_422_764_259, 1_796_422_764_250, 0, 1_796_422_766, 2))
        #expect((card.type, card.queue, card.due, card.interval, card.factor, card.reps) == (2, 2, 4, 4, 2500, 3))
        #expect(card.data.contains(#""s":2.3065"#))
        #expect(chunk.notes.map(\.note) == [AnkiNote(
            id: 1_796_422_764_259, guid: "O,OR-vcyG4", notetypeID: 1_796_422_764_100,
            fields: ["What is the capital of France?", "Paris"], tags: ["europe"], modified: 1_796_422_766, usn: 2)])
    }

    /// What recall sends goes in the same columns, and an empty list is left out, as Anki does.
    @Test func aChunkOfRecallEncodesRowsAsArraysAndLeavesEmptyListsOut() throws {
        let chunk = AnkiSyncChunk(
            done: true,
            revlog: [AnkiSyncReview(cardID: 7, usn: 3, entry: AnkiReviewEntry(
                milliseconds: 1000, ease: 4, kind: .learning, interval: 2, lastInterval: -600, factor: 367,
                durationMilliseconds: 5200))],
            cards: [AnkiSyncCard(
                id: 7, noteID: 6, deckID: 1, ord: 1, modified: 2, usn: 3, type: 2, queue: -1, due: 10, interval: 2,
                factor: 2500, reps: 1, lapses: 0, data: #"{"s":3.5,"d":5.1}"#)])
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        #expect(String(decoding: try encoder.encode(chunk), as: UTF8.self) == #"""
            {"cards":[[7,6,1,1,2,3,2,-1,10,2,2500,1,0,0,0,0,0,"{\"s\":3.5,\"d\":5.1}"]],"done":true,"revlog":[[1000,7,3,4,2,-600,367,5200,0]]}
            """#)
        let back = try JSONDecoder().decode(AnkiSyncChunk.self, from: try encoder.encode(chunk))
        #expect(back == chunk)
    }

    /// `applyChanges`' answer from the server when recall does not claim to be newer: decks
    /// (with their descriptions) and deck options as a pair, the creation time.
    @Test func theServersChangesGiveDecksPresetsAndTheCreationTime() throws {
        let json = #"""
            {"models":[],"decks":[[{"id":1796422764250,"name":"Geography::Capitals","mod":1796422766,"dyn":0,"conf":1,
            "usn":2,"desc":"Capitals of the world"},{"id":"5","name":"Cram","mod":1,"dyn":1}],[{"id":1,"name":"Default","mod":0}]],
            "tags":["europe"],"conf":{"fsrs":true},"crt":1796356800}
            """#
        let changes = try JSONDecoder().decode(AnkiUnchunkedChanges.self, from: Data(json.utf8))
        #expect(changes.decks == [
            AnkiSyncObject(
                id: 1_796_422_764_250, name: "Geography::Capitals", modified: 1_796_422_766, preset: 1,
                description: "Capitals of the world"),
            AnkiSyncObject(id: 5, name: "Cram", modified: 1, filtered: true),
        ])
        #expect(changes.deckOptions == [AnkiSyncObject(id: 1, name: "Default", modified: 0)])
        #expect(changes.tags == ["europe"] && changes.created == 1_796_356_800)
        let encoder = JSONEncoder()
        encoder.outputFormatting = .sortedKeys
        #expect(String(decoding: try encoder.encode(AnkiUnchunkedChanges()), as: UTF8.self)
            == #"{"decks":[[],[]],"models":[],"tags":[]}"#)
    }

    /// The counts go as Anki's tuple, the due counts zero; the answer names both sides'.
    @Test func sanityCountsAreAnkisTupleAndTheAnswerBothSides() throws {
        let counts = AnkiSanityCounts(cards: 7, notes: 5, revlog: 10, notetypes: 6, decks: 4, deckOptions: 1)
        #expect(String(decoding: try JSONEncoder().encode(counts), as: UTF8.self) == "[[0,0,0],7,5,10,0,6,4,1]")
        let answer = try JSONDecoder().decode(AnkiSanityAnswer.self, from: Data(
            #"{"status":"bad","c":[[0,0,0],7,5,10,0,6,4,1],"s":[[0,0,0],7,5,9,0,6,4,1]}"#.utf8))
        #expect(answer.status == "bad" && answer.client == counts && answer.server?.revlog == 9)
        #expect(try JSONDecoder().decode(AnkiSanityAnswer.self, from: Data(#"{"status":"ok"}"#.utf8)).server == nil)
    }

    @Test func startAsksForTheServersChangesSinceTheLastSync() throws {
        let encoder = JSONEncoder()
        encoder.outputFormatting = .sortedKeys
        #expect(String(decoding: try encoder.encode(AnkiStartRequest(minUSN: 12, localIsNewer: false)), as: UTF8.self)
            == #"{"lnewer":false,"minUsn":12}"#)
    }
}
