import Foundation
import RecallSync
import RecallTestSupport
import Testing

/// Incremental sync (issue 11) against Anki's own server, with Anki itself
/// (tools/anki-sync-peer.py) answering, suspending and moving cards on the other side.
extension SyncEndToEndTests {
    /// The card of `report` (a peer's) with Anki card id `id`.
    func ankiCard(_ report: [String: Any], _ id: Int) throws -> [String: Any] {
        let cards = try #require(report["cards"] as? [[String: Any]])
        return try #require(cards.first { $0["id"] as? Int == id })
    }

    /// recall's card with Anki card id `id`, from `recall export --format json`.
    func recallCard(_ cards: [[String: Any]], _ id: Int) throws -> [String: Any] {
        try #require(cards.first { ($0["anki"] as? [String: Any])?["cardID"] as? Int == id })
    }

    /// Anki seeds a collection and uploads it; recall logs in and downloads it. Anki's cards.
    func seededAndDownloaded(_ server: AnkiSyncServer) throws -> [[String: Any]] {
        let seeded = try peer("seed", server, "anki")
        try logIn(server)
        #expect(try recall.run(["sync", "--full-download"]).status == 0)
        return try #require(seeded["cards"] as? [[String: Any]])
    }

    func reviewCount(_ card: [String: Any]) -> Int { (card["reviews"] as? [Any])?.count ?? 0 }

    func memory(_ card: [String: Any]) -> (stability: Double, difficulty: Double)? {
        guard let memory = (card["state"] as? [String: Any])?["memory"] as? [String: Any],
              let stability = memory["stability"] as? Double, let difficulty = memory["difficulty"] as? Double
        else { return nil }
        return (stability, difficulty)
    }

    /// A review card's due day in recall's export, as the peer writes Anki's (`yyyy-MM-dd`, UTC).
    func dueDay(_ card: [String: Any]) -> String? {
        guard let text = (card["state"] as? [String: Any])?["due"] as? String,
              let due = ISO8601DateFormatter().date(from: text)
        else { return nil }
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: "en_US_POSIX")
        formatter.timeZone = TimeZone(identifier: "UTC")
        formatter.dateFormat = "yyyy-MM-dd"
        return formatter.string(from: due)
    }

    /// Anki answers and suspends; recall syncs and has both. recall answers; Anki syncs and has
    /// recall's answers with recall's memory states and due days. A card answered on both sides
    /// between two syncs keeps both answers, on both sides. Check Database finds nothing to fix.
    @Test func anIncrementalSyncCarriesAnswersAndSuspensionsBothWays() throws {
        let server = try AnkiSyncServer()
        let cards = try seededAndDownloaded(server)
        let capitals = cards.filter { $0["deck"] as? String == "Geography::Capitals" }.compactMap { $0["id"] as? Int }
        let words = cards.filter { $0["deck"] as? String == "Words" && $0["queue"] as? Int == 0 }.compactMap { $0["id"] as? Int }
        let (answered, suspended, bothSides) = (capitals[0], words[0], capitals[2])

        // Anki answers one card and suspends another.
        let first = try peer("sync", server, "anki", ["--answer", "\(answered):3", "--suspend", "\(suspended)"])
        #expect(first["sync"] as? String == "incremental")
        let before = try exported()
        let received = try recall.run(["sync"])
        #expect(received.status == 0, "\(received.error)")
        #expect(received.output == "Synced with \(server.url.absoluteString): received 1 review and 2 cards; sent 0 reviews "
            + "and 0 cards.\n")
        let afterReceiving = try exported()
        #expect(afterReceiving.count == before.count)
        #expect(reviewCount(try recallCard(afterReceiving, answered)) == reviewCount(try recallCard(before, answered)) + 1)
        #expect(try recallCard(afterReceiving, suspended)["isSuspended"] as? Bool == true)
        // The memory state is the one of the whole history, as Anki's own FSRS has it.
        let ankiAnswered = try ankiCard(first, answered)
        let ours = try #require(memory(try recallCard(afterReceiving, answered)))
        let theirs = try #require(ankiAnswered["stability"] as? Double)
        #expect(abs(ours.stability - theirs) <= theirs * 0.01, "stability \(ours.stability) in recall, \(theirs) in Anki")
        #expect(try recall.run(["sync"]).output == "Already in sync with \(server.url.absoluteString).\n")

        // Anki answers a card, and so does recall before it syncs; recall answers two new cards too.
        let second = try peer("sync", server, "anki", ["--answer", "\(bothSides):3"])
        #expect(second["sync"] as? String == "incremental")
        let key = try #require(try recallCard(afterReceiving, bothSides)["key"] as? String)
        let due = try recall.run(["card", "reschedule", "0", key])
        #expect(due.status == 0, "\(due.error)")
        #expect(try recall.run(["config", "set", "imported-mode", "reveal"]).status == 0)
        let capitalsStudy = try recall.run(["study", "Geography::Capitals"], input: "\n3\n:quit\n")
        #expect(capitalsStudy.output.contains("Cards reviewed: 1"), "\(capitalsStudy.output)")
        let wordsStudy = try recall.run(["study", "Words"], input: "\n3\n\n3\n:quit\n")
        #expect(wordsStudy.output.contains("Cards reviewed: 2"), "\(wordsStudy.output)")
        let sent = try recall.run(["sync"])
        #expect(sent.status == 0, "\(sent.error)")
        #expect(sent.output == "Synced with \(server.url.absoluteString): received 1 review and 1 card; sent 3 reviews "
            + "and 3 cards.\n")
        let recallCards = try exported()
        #expect(reviewCount(try recallCard(recallCards, bothSides)) == reviewCount(try recallCard(before, bothSides)) + 2)

        // Anki has every answer once, recall's with recall's memory states and due days.
        let anki = try peer("sync", server, "anki")
        #expect(anki["sync"] as? String == "incremental")
        #expect(anki["check_database_ok"] as? Bool == true, "\(anki["check_database"] ?? "")")
        let revlog = try #require(anki["revlog"] as? [[String: Any]])
        #expect(revlog.count == 5 + 2 + 3)
        #expect(Set(revlog.compactMap { $0["id"] as? Int }).count == revlog.count)
        #expect(revlog.filter { $0["card"] as? Int == bothSides }.count == reviewCount(try recallCard(recallCards, bothSides)))
        let studied = recallCards.filter { card in
            (card["reviews"] as? [[String: Any]])?.count ?? 0 > 0
        }
        #expect(studied.count == 5)
        for card in studied {
            let id = try #require((card["anki"] as? [String: Any])?["cardID"] as? Int)
            let theirs = try ankiCard(anki, id)
            let ours = try #require(memory(card))
            let stability = try #require(theirs["stability"] as? Double)
            let difficulty = try #require(theirs["difficulty"] as? Double)
            #expect(abs(ours.stability - stability) <= 0.001 * max(stability, 1), "card \(id): \(ours) against \(theirs)")
            #expect(abs(ours.difficulty - difficulty) <= 0.001 * difficulty, "card \(id): \(ours) against \(theirs)")
            if let due = theirs["due_day"] as? String {
                #expect(dueDay(card) == due, "card \(id)")
            }
        }
        // Anki's sync ended with a new modification stamp on the server: one more sync, with nothing
        // to carry, and then both sides are the same.
        #expect(try recall.run(["sync"]).output == "Synced with \(server.url.absoluteString): received 0 reviews and "
            + "0 cards; sent 0 reviews and 0 cards.\n")
        #expect(try recall.run(["sync"]).output == "Already in sync with \(server.url.absoluteString).\n")
        // A second Anki downloading the collection has the same.
        let fresh = try peer("fetch", server, "fresh-anki")
        #expect(fresh["check_database_ok"] as? Bool == true, "\(fresh["check_database"] ?? "")")
        #expect((fresh["revlog"] as? [Any])?.count == revlog.count)
    }
}

extension SyncEndToEndTests {
    /// A note added in Anki, a card moved to another deck there, a deck made there and a deck
    /// renamed there reach recall, and Anki holds the same after recall's next changes; a note
    /// deleted in Anki takes its card out of recall's study.
    @Test func notesAddedCardsMovedDecksMadeAndNotesDeletedInAnkiReachRecall() throws {
        let server = try AnkiSyncServer()
        let cards = try seededAndDownloaded(server)
        let capitals = cards.filter { $0["deck"] as? String == "Geography::Capitals" }.compactMap { $0["id"] as? Int }
        let changed = try peer("sync", server, "anki", [
            "--add", "Words:hund:dog", "--move", "\(capitals[0]):Words",
        ])
        #expect(changed["sync"] as? String == "incremental")
        let result = try recall.run(["sync"])
        #expect(result.status == 0, "\(result.error)")
        #expect(result.output == "Synced with \(server.url.absoluteString): received 0 reviews and 2 cards (1 new); "
            + "sent 0 reviews and 0 cards.\n")
        var synced = try exported()
        #expect(synced.count == 8)
        #expect(try recallCard(synced, capitals[0])["deck"] as? String == "Words")
        #expect(synced.contains { ($0["content"] as? [String: Any])?["prompt"] as? String == "hund" && $0["deck"] as? String == "Words" })
        #expect(try recall.run(["sync"]).output == "Already in sync with \(server.url.absoluteString).\n")

        _ = try peer("sync", server, "anki", ["--move", "\(capitals[1]):Rivers", "--rename-deck", "Words:Vocabulary"])
        let decks = try recall.run(["sync"])
        #expect(decks.status == 0, "\(decks.error)")
        synced = try exported()
        #expect(try recallCard(synced, capitals[1])["deck"] as? String == "Rivers")
        #expect(Set(synced.compactMap { $0["deck"] as? String }) == ["Geography::Capitals", "Rivers", "Vocabulary"])
        #expect(try recall.run(["card", "suspend", "--query", "deck:Rivers"]).status == 0)
        #expect(try recall.run(["sync"]).status == 0)
        let anki = try peer("sync", server, "anki")
        #expect(anki["check_database_ok"] as? Bool == true, "\(anki["check_database"] ?? "")")
        #expect(try ankiCard(anki, capitals[1])["queue"] as? Int == -1)
        #expect(try ankiCard(anki, capitals[1])["deck"] as? String == "Rivers")
        let fresh = try peer("fetch", server, "fresh-anki")
        #expect(fresh["check_database_ok"] as? Bool == true, "\(fresh["check_database"] ?? "")")
        #expect((fresh["decks"] as? [String]).map(Set.init) == ["Default", "Geography", "Geography::Capitals", "Rivers", "Vocabulary"])
        #expect(try recall.run(["sync"]).status == 0)
        synced = try exported()

        let note = try #require(cards.first { $0["id"] as? Int == capitals[2] }?["note"] as? Int)
        _ = try peer("sync", server, "anki", ["--delete-note", "\(note)"])
        let deleted = try recall.run(["sync"])
        #expect(deleted.status == 0, "\(deleted.error)")
        #expect(deleted.output == "Synced with \(server.url.absoluteString): received 0 reviews and 0 cards, 1 card "
            + "deleted; sent 0 reviews and 0 cards.\n")
        let remaining = try exported()
        #expect(remaining.count == synced.count - 1)
        #expect(!remaining.contains { ($0["anki"] as? [String: Any])?["cardID"] as? Int == capitals[2] })
        #expect(try recall.run(["sync"]).output == "Already in sync with \(server.url.absoluteString).\n")
        let after = try peer("fetch", server, "after-deletion")
        #expect(after["check_database_ok"] as? Bool == true, "\(after["check_database"] ?? "")")
        #expect((after["cards"] as? [Any])?.count == remaining.count)
    }
}

extension SyncEndToEndTests {
    /// recall's own cards (a deck file) go up once in a full upload; from then on Anki's answers
    /// to them come down, and recall's go up, by incremental syncs.
    @Test func ownCardsUploadedOnceSyncIncrementallyAfterwards() throws {
        let server = try AnkiSyncServer()
        try recall.writeDeck("capitals.yaml", capitalsDeck)
        #expect(try recall.run(["study"], input: "paris\n\nbaku\n\n:quit\n").status == 0)
        try logIn(server)
        #expect(try recall.run(["sync", "--full-upload"]).status == 0)
        #expect(try recall.run(["sync"]).output == "Already in sync with \(server.url.absoluteString).\n")

        let fetched = try peer("fetch", server, "anki")
        let notes = try #require(fetched["notes"] as? [[String: Any]])
        let australia = try #require(notes.first { $0["guid"] as? String == "australia" }?["id"] as? Int)
        let card = try #require((fetched["cards"] as? [[String: Any]])?.first { $0["note"] as? Int == australia }?["id"] as? Int)
        #expect(try peer("sync", server, "anki", ["--answer", "\(card):3"])["sync"] as? String == "incremental")
        let received = try recall.run(["sync"])
        #expect(received.status == 0, "\(received.error)")
        #expect(received.output == "Synced with \(server.url.absoluteString): received 1 review and 1 card; sent 0 reviews "
            + "and 0 cards.\n")
        let cards = try exported()
        let ours = try #require(cards.first { $0["key"] as? String == "australia" })
        #expect(reviewCount(ours) == 1)

        // An answer in recall goes up.
        #expect(try recall.run(["card", "reschedule", "0", "australia"]).status == 0)
        let study = try recall.run(["study"], input: "canberra\n\n:quit\n")
        #expect(study.output.contains("Cards reviewed: 1"), "\(study.output)")
        let sent = try recall.run(["sync"])
        #expect(sent.status == 0, "\(sent.error)")
        #expect(sent.output.hasSuffix("sent 1 review and 1 card.\n"), "\(sent.output)")
        let anki = try peer("sync", server, "anki")
        #expect(anki["check_database_ok"] as? Bool == true, "\(anki["check_database"] ?? "")")
        #expect((anki["revlog"] as? [[String: Any]])?.filter { $0["card"] as? Int == card }.count == 2)

        // A card added to the deck file and answered goes to Anki as a note of recall's note
        // type, with its answer.
        try recall.writeDeck("capitals.yaml", capitalsDeck + "\n  - q: What is the capital of Peru?\n    a: Lima\n    id: peru\n")
        let peru = try recall.run(["study", "Capitals"], input: "lima\n\n:quit\n")
        #expect(peru.output.contains("Cards reviewed: 1"), "\(peru.output)")
        let added = try recall.run(["sync"])
        #expect(added.output.hasSuffix("sent 1 review and 1 card (1 new).\n"), "\(added.output) \(added.error)")
        let withPeru = try peer("sync", server, "anki")
        #expect(withPeru["check_database_ok"] as? Bool == true, "\(withPeru["check_database"] ?? "")")
        let peruNote = try #require((withPeru["notes"] as? [[String: Any]])?.first { $0["guid"] as? String == "peru" })
        #expect(peruNote["notetype"] as? String == "recall")
        #expect((peruNote["fields"] as? [String])?.first == "What is the capital of Peru?")
        let peruCard = try #require((withPeru["cards"] as? [[String: Any]])?.first { $0["note"] as? Int == peruNote["id"] as? Int })
        #expect((withPeru["revlog"] as? [[String: Any]])?.filter { $0["card"] as? Int == peruCard["id"] as? Int }.count == 1)
        #expect(try recall.run(["sync"]).output.hasPrefix("Synced with \(server.url.absoluteString): received 0 reviews"))
        #expect(try recall.run(["sync"]).output == "Already in sync with \(server.url.absoluteString).\n")

        // An export (an hour later: Anki takes a note that changed after its own) gives Anki its
        // notes under its own ids: it updates them, and adds none.
        let package = folder.url.appendingPathComponent("own.apkg").path
        var later = recall
        later.now = ISO8601DateFormatter().string(from: Date().addingTimeInterval(3600))
        #expect(try later.run(["export", "--format", "apkg", "-o", package]).status == 0)
        let imported = try peer("import", nil, "anki", ["--apkg", package])
        #expect((imported["notes"] as? [[String: Any]])?.count == 4)
        let counts = try #require(imported["imported"] as? [String: Int])
        #expect(counts["updated"] == 4 && counts["new"] == 0, "\(counts)")

        // Another recall downloading the collection knows those cards as Anki's too.
        var second = try RecallRunner()
        second.now = recall.now
        defer { second.cleanUp() }
        let login = try second.run(["sync", "login", "--server", server.url.absoluteString, "--user", AnkiSyncServer.user],
                                   input: AnkiSyncServer.password + "\n")
        try #require(login.status == 0, "login failed: \(login.error)")
        #expect(try second.run(["sync", "--full-download"]).status == 0)
        #expect(try peer("sync", server, "anki", ["--answer", "\(card):3"])["sync"] as? String == "incremental")
        let again = try second.run(["sync"])
        // The answer's card, and the cards of the four notes the import updated.
        #expect(again.output == "Synced with \(server.url.absoluteString): received 1 review and 4 cards; sent 0 reviews "
            + "and 0 cards.\n", "\(again.error)")
    }
}

extension SyncEndToEndTests {
    /// A card buried in Anki is buried in recall until the next day, and one buried in recall
    /// is buried in Anki; unburied on one side, unburied on the other. A card flagged in Anki
    /// keeps its flag when recall sends it.
    @Test func buriesTravelBothWaysAndFlagsStay() throws {
        let server = try AnkiSyncServer()
        let cards = try seededAndDownloaded(server)
        let words = cards.filter { $0["deck"] as? String == "Words" && $0["queue"] as? Int == 0 }.compactMap { $0["id"] as? Int }
        func buried() throws -> Set<String> {
            let listing = try recall.run(["cards", "--json"])
            let entries = try #require(try JSONSerialization.jsonObject(with: Data(listing.output.utf8)) as? [[String: Any]])
            return Set(entries.filter { $0["buried"] as? Bool == true }.compactMap { $0["key"] as? String })
        }
        _ = try peer("sync", server, "anki", ["--bury", "\(words[0])", "--flag", "\(words[1]):1"])
        #expect(try recall.run(["sync"]).status == 0)
        let keys = try exported()
        let first = try #require(try recallCard(keys, words[0])["key"] as? String)
        let second = try #require(try recallCard(keys, words[1])["key"] as? String)
        #expect(try buried() == [first])

        #expect(try recall.run(["card", "unbury", first]).status == 0)
        #expect(try recall.run(["card", "bury", second]).status == 0)
        let sent = try recall.run(["sync"])
        #expect(sent.output.hasSuffix("sent 0 reviews and 2 cards.\n"), "\(sent.output) \(sent.error)")
        let anki = try peer("sync", server, "anki")
        #expect(try ankiCard(anki, words[0])["queue"] as? Int == 0)
        #expect(try ankiCard(anki, words[1])["queue"] as? Int == -3)
        #expect(try ankiCard(anki, words[1])["flag"] as? Int == 1)
        #expect(anki["check_database_ok"] as? Bool == true, "\(anki["check_database"] ?? "")")
    }
}
