import Foundation
import RecallSync
import RecallTestSupport
import Testing

/// What recall changes of its own cards in Anki by incremental syncs (issue 11), against
/// Anki's own server, with Anki itself (tools/anki-sync-peer.py) on the other side: a card a
/// deck file no longer has is deleted in Anki, a card whose text the deck file changed takes
/// the new text there, and an edit made in Anki to such a card is reported and replaced.
extension SyncEndToEndTests {
    /// recall's deck studied and sent by a full upload; Anki downloads it. Anki's collection.
    func ownDeckUploaded(_ server: AnkiSyncServer) throws -> [String: Any] {
        try recall.writeDeck("capitals.yaml", capitalsDeck)
        #expect(try recall.run(["study"], input: "paris\n\n:quit\n").status == 0)
        try logIn(server)
        #expect(try recall.run(["sync", "--full-upload"]).status == 0)
        #expect(try recall.run(["sync"]).output == "Already in sync with \(server.url.absoluteString).\n")
        return try peer("fetch", server, "anki")
    }

    /// Writes the capitals deck file as `text`, loads it (as any `recall study` does) and syncs:
    /// what `recall sync` said.
    func syncDeck(_ text: String) throws -> RecallRunner.Result {
        try recall.writeDeck("capitals.yaml", text)
        let study = try recall.run(["study"], input: ":quit\n")
        #expect(study.status == 0, "\(study.error)")
        let synced = try recall.run(["sync"])
        #expect(synced.status == 0, "\(synced.error)")
        return synced
    }

    /// The capitals deck without its first card.
    var capitalsWithoutFrance: String {
        capitalsDeck.replacingOccurrences(of: "  - q: What is the capital of France?\n    a: Paris\n    id: france\n", with: "")
    }

    /// Anki's sync after recall's ends with a new modification stamp on the server: recall's
    /// next sync carries nothing, and the one after is *Already in sync*.
    func settle(_ server: AnkiSyncServer) throws {
        #expect(try recall.run(["sync"]).output == "Synced with \(server.url.absoluteString): received 0 reviews and "
            + "0 cards; sent 0 reviews and 0 cards.\n")
        #expect(try recall.run(["sync"]).output == "Already in sync with \(server.url.absoluteString).\n")
    }

    /// A card removed from its deck file goes to Anki as a deletion of its card and note, as
    /// Anki's own clients send one; its answer stays in Anki's review log, as Anki keeps the
    /// log of a deleted card. Check Database finds nothing to fix, on this Anki and on a fresh
    /// one downloading the collection. Put back in the file, it goes to Anki again.
    @Test func aCardRemovedFromItsDeckFileIsDeletedInAnki() throws {
        let server = try AnkiSyncServer()
        let notes = try #require(try ownDeckUploaded(server)["notes"] as? [[String: Any]])
        #expect(Set(notes.compactMap { $0["guid"] as? String }) == ["france", "azerbaijan", "australia"])
        let france = try #require(notes.first { $0["guid"] as? String == "france" }?["id"] as? Int)

        let deleted = try syncDeck(capitalsWithoutFrance)
        #expect(deleted.output == "Synced with \(server.url.absoluteString): received 0 reviews and 0 cards; sent 0 reviews "
            + "and 0 cards, 1 card deleted.\n")

        let anki = try peer("sync", server, "anki")
        #expect(anki["sync"] as? String == "incremental")
        #expect(anki["check_database_ok"] as? Bool == true, "\(anki["check_database"] ?? "")")
        let left = try #require(anki["notes"] as? [[String: Any]])
        #expect(Set(left.compactMap { $0["guid"] as? String }) == ["azerbaijan", "australia"])
        #expect((anki["cards"] as? [[String: Any]])?.count == 2)
        #expect(!((anki["cards"] as? [[String: Any]]) ?? []).contains { $0["note"] as? Int == france })
        #expect((anki["revlog"] as? [Any])?.count == 1)
        try settle(server)

        let fresh = try peer("fetch", server, "fresh-anki")
        #expect(fresh["check_database_ok"] as? Bool == true, "\(fresh["check_database"] ?? "")")
        #expect((fresh["notes"] as? [Any])?.count == 2)
        #expect((fresh["cards"] as? [Any])?.count == 2)

        // Put back in the deck file, the card goes to Anki again as a new note, with its answer
        // (which Anki's log already holds, once).
        let back = try syncDeck(capitalsDeck)
        #expect(back.output == "Synced with \(server.url.absoluteString): received 0 reviews and 0 cards; sent 1 review "
            + "and 1 card (1 new).\n", "\(back.error)")
        let again = try peer("sync", server, "anki")
        #expect(again["check_database_ok"] as? Bool == true, "\(again["check_database"] ?? "")")
        #expect(Set(((again["notes"] as? [[String: Any]]) ?? []).compactMap { $0["guid"] as? String })
            == ["france", "azerbaijan", "australia"])
        #expect((again["revlog"] as? [Any])?.count == 1)
        try settle(server)
    }

    /// A card answered in Anki and removed from its deck file in recall before recall synced:
    /// Anki's answer comes down to the removed card's history and the deletion goes up, as
    /// Anki's clients do (the deletion wins, the review log stays), both sides counting the same.
    @Test func aCardAnsweredInAnkiAndRemovedInRecallIsDeletedWithBothAnswersKept() throws {
        let server = try AnkiSyncServer()
        let fetched = try ownDeckUploaded(server)
        let notes = try #require(fetched["notes"] as? [[String: Any]])
        let france = try #require(notes.first { $0["guid"] as? String == "france" }?["id"] as? Int)
        let card = try #require((fetched["cards"] as? [[String: Any]])?.first { $0["note"] as? Int == france }?["id"] as? Int)
        #expect(try peer("sync", server, "anki", ["--answer", "\(card):3"])["sync"] as? String == "incremental")
        let deleted = try syncDeck(capitalsWithoutFrance)
        #expect(deleted.output == "Synced with \(server.url.absoluteString): received 1 review and 1 card; sent 0 reviews "
            + "and 0 cards, 1 card deleted.\n")
        let anki = try peer("sync", server, "anki")
        #expect(anki["check_database_ok"] as? Bool == true, "\(anki["check_database"] ?? "")")
        #expect((anki["notes"] as? [Any])?.count == 2)
        #expect((anki["revlog"] as? [Any])?.count == 2)
        try settle(server)
    }

    /// A full upload after a deletion went leaves the removed card and its history out of Anki
    /// for good: the next incremental sync brings Anki's answer, both sides counting the same.
    @Test func aFullUploadAfterADeletionLeavesTheRemovedCardOut() throws {
        let server = try AnkiSyncServer()
        _ = try ownDeckUploaded(server)
        #expect(try syncDeck(capitalsWithoutFrance).output.hasSuffix("1 card deleted.\n"))
        #expect(try recall.run(["sync", "--full-upload"]).status == 0)
        let anki = try peer("sync", server, "anki")
        #expect(anki["sync"] as? String == "full")
        #expect((anki["notes"] as? [Any])?.count == 2)
        #expect((anki["revlog"] as? [Any])?.count == 0)
        let card = try #require((anki["cards"] as? [[String: Any]])?.first?["id"] as? Int)
        #expect(try peer("sync", server, "anki", ["--answer", "\(card):3"])["sync"] as? String == "incremental")
        let received = try recall.run(["sync"])
        #expect(received.status == 0, "\(received.error)")
        #expect(received.output == "Synced with \(server.url.absoluteString): received 1 review and 1 card; sent 0 reviews "
            + "and 0 cards.\n")
    }

    /// A card whose text its deck file changed goes to Anki as its note with the new text. A
    /// card Anki edited is reported at recall's next sync (which card, which field, Anki's text
    /// and recall's), keeps the deck file's text, and Anki's note takes it back.
    @Test func textEditedInADeckFileGoesToAnkiAndAnEditInAnkiIsReportedAndReplaced() throws {
        let server = try AnkiSyncServer()
        let notes = try #require(try ownDeckUploaded(server)["notes"] as? [[String: Any]])
        let edited = try syncDeck(capitalsDeck.replacingOccurrences(
            of: "What is the capital of France?", with: "Which city is the capital of France?"))
        #expect(edited.output == "Synced with \(server.url.absoluteString): received 0 reviews and 0 cards; sent 0 reviews "
            + "and 0 cards, 1 note with new text.\n")
        let anki = try peer("sync", server, "anki")
        #expect(anki["check_database_ok"] as? Bool == true, "\(anki["check_database"] ?? "")")
        func fields(_ report: [String: Any], _ guid: String) throws -> [String] {
            let note = try #require((report["notes"] as? [[String: Any]])?.first { $0["guid"] as? String == guid })
            return try #require(note["fields"] as? [String])
        }
        #expect(try fields(anki, "france").first == "Which city is the capital of France?")
        #expect(try fields(anki, "azerbaijan").first == "What is the capital of Azerbaijan?")
        try settle(server)

        // Anki edits a card of the deck file: reported, and the file's text goes back.
        let australia = try #require(notes.first { $0["guid"] as? String == "australia" }?["id"] as? Int)
        #expect(try peer("sync", server, "anki", ["--edit", "\(australia):0:Name the capital of Australia"])["sync"]
            as? String == "incremental")
        let replaced = try recall.run(["sync"])
        #expect(replaced.status == 0, "\(replaced.error)")
        #expect(replaced.output == "Synced with \(server.url.absoluteString): received 0 reviews and 1 card; sent 0 reviews "
            + "and 0 cards, 1 note with new text.\n"
            + "Edited in Anki, replaced by recall's text: card australia in Capitals: Front “Name the capital of "
            + "Australia” (recall's: “What is the capital of Australia?”).\n")
        let card = try #require(try exported().first { $0["key"] as? String == "australia" })
        #expect((card["content"] as? [String: Any])?["prompt"] as? String == "What is the capital of Australia?")
        let back = try peer("sync", server, "anki")
        #expect(back["check_database_ok"] as? Bool == true, "\(back["check_database"] ?? "")")
        #expect(try fields(back, "australia").first == "What is the capital of Australia?")
        try settle(server)
    }
}
