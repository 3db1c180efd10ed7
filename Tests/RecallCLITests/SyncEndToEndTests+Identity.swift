import Foundation
import RecallTestSupport
import Testing

/// One identity (issue 11): notes that came from Anki go back to Anki as themselves, through
/// an `.apkg` export as through a full upload, and recall's own cards go as notes keyed by
/// their card key. Anki itself (tools/anki-sync-peer.py) imports and downloads them.
extension SyncEndToEndTests {
    /// The notes of a peer report as (id, guid, fields), and its cards as (id, note, ord).
    func identities(_ report: [String: Any]) throws -> (notes: [[String]], cards: Set<[Int]>) {
        let notes = try #require(report["notes"] as? [[String: Any]]).map { note in
            ["\(note["id"] ?? "")", note["guid"] as? String ?? ""] + (note["fields"] as? [String] ?? [])
        }
        let cards = try #require(report["cards"] as? [[String: Any]]).map { card in
            [card["id"] as? Int ?? 0, card["note"] as? Int ?? 0, card["ord"] as? Int ?? -1]
        }
        return (notes, Set(cards))
    }

    func count(_ report: [String: Any], _ key: String) -> Int? { (report[key] as? [Any])?.count }

    /// The notes of `report` that are not among `original`'s.
    func ownNotes(_ report: [String: Any], besides original: (notes: [[String]], cards: Set<[Int]>)) throws -> [[String: Any]] {
        let guids = Set(original.notes.map { $0[1] })
        return try #require(report["notes"] as? [[String: Any]]).filter { !guids.contains($0["guid"] as? String ?? "") }
    }

    /// Answers the three imported cards that are due (shown, then rated Good), and lets recall
    /// read the capitals deck file.
    func studyImportedCardsAndAddADeck() throws {
        #expect(try recall.run(["config", "set", "imported-mode", "reveal"]).status == 0)
        let study = try recall.run(["study"], input: "\n3\n\n3\n\n3\n:quit\n")
        #expect(study.status == 0, "\(study.error)")
        #expect(study.output.contains("Cards reviewed: 3"), "\(study.output)")
        try recall.writeDeck("capitals.yaml", capitalsDeck)
        #expect(try recall.run(["study"], input: ":quit\n").status == 0)
    }

    /// Anki exports a collection of Basic, reversed and Cloze notes; recall imports it, studies
    /// it and exports it; Anki imports that export into the same collection: the same notes,
    /// none duplicated, and recall's own cards beside them as notes of recall's note type.
    @Test func anExportGoesBackIntoTheAnkiItCameFromWithoutDuplicates() throws {
        let package = folder.url.appendingPathComponent("anki.apkg")
        let anki = try peer("seed", nil, "anki", ["--apkg", package.path])
        let original = try identities(anki)
        #expect(original.notes.count == 5 && original.cards.count == 7 && count(anki, "revlog") == 5)
        #expect(try recall.run(["import", package.path]).status == 0)
        try studyImportedCardsAndAddADeck()

        let export = folder.url.appendingPathComponent("recall.apkg")
        let exported = try recall.run(["export", "--format", "apkg", "-o", export.path])
        #expect(exported.error == "Exported 10 cards and 8 reviews to \(export.path).\n")
        let back = try peer("import", nil, "anki", ["--apkg", export.path])
        #expect(back["check_database_ok"] as? Bool == true, "\(back["check_database"] ?? "")")
        #expect(back["imported"] as? [String: Int] == [
            "new": 3, "updated": 0, "duplicate": 5, "conflicting": 0, "first_field_match": 0, "missing_notetype": 0,
            "missing_deck": 0, "empty_first_field": 0,
        ])
        let after = try identities(back)
        // Anki's own five notes and seven cards, as they were; three notes more, of recall's cards.
        #expect(after.notes.filter { original.notes.contains($0) } == original.notes && after.notes.count == 8)
        #expect(original.cards.isSubset(of: after.cards) && after.cards.count == 10)
        let own = try ownNotes(back, besides: original)
        #expect(Set(own.compactMap { $0["guid"] as? String }) == ["france", "azerbaijan", "australia"])
        #expect(Set(own.compactMap { $0["notetype"] as? String }) == ["recall"])
        #expect((back["decks"] as? [String])?.contains("Capitals") == true)
        // Anki's import brings the review log only with the cards it adds (its importer does not
        // update a card it holds): the three answers given in recall stay behind.
        #expect(count(back, "revlog") == 5)

        // Exported and imported again: nothing new, nothing duplicated.
        #expect(try recall.run(["export", "--format", "apkg", "-o", export.path]).status == 0)
        let again = try peer("import", nil, "anki", ["--apkg", export.path])
        #expect(count(again, "notes") == 8 && count(again, "cards") == 10)
        #expect((again["imported"] as? [String: Int])?["new"] == 0)

        // A collection that does not hold them yet gets every review.
        let fresh = try peer("import", nil, "fresh-anki", ["--apkg", export.path])
        #expect(count(fresh, "revlog") == 8)
        #expect(try identities(fresh).notes.filter { original.notes.contains($0) }.count == 5)
        #expect(fresh["check_database_ok"] as? Bool == true, "\(fresh["check_database"] ?? "")")
    }

    /// A full download from Anki, study in recall, a full upload: the Anki that downloads it
    /// holds the same notes and cards (ids, guids, fields), the reviews of both, and recall's
    /// own cards as notes of recall's note type; Check Database finds nothing to fix.
    @Test func aFullUploadGivesAnkiItsOwnNotesBackWithRecallsReviews() throws {
        let server = try AnkiSyncServer()
        let anki = try peer("seed", server, "anki")
        let original = try identities(anki)
        try logIn(server)
        #expect(try recall.run(["sync", "--full-download"]).status == 0)
        try studyImportedCardsAndAddADeck()
        let upload = try recall.run(["sync", "--full-upload"])
        #expect(upload.status == 0, "\(upload.error)")

        let fetched = try peer("fetch", server, "second-anki")
        #expect(fetched["check_database_ok"] as? Bool == true, "\(fetched["check_database"] ?? "")")
        let after = try identities(fetched)
        #expect(after.notes.filter { original.notes.contains($0) } == original.notes && after.notes.count == 8)
        #expect(original.cards.isSubset(of: after.cards) && after.cards.count == 10)
        #expect(count(fetched, "revlog") == 8)
        let own = try ownNotes(fetched, besides: original)
        #expect(Set(own.compactMap { $0["guid"] as? String }) == ["france", "azerbaijan", "australia"])
        #expect(Set(fetched["decks"] as? [String] ?? []).isSuperset(of: ["Capitals", "Geography::Capitals", "Words"]))
        #expect(fetched["fsrs"] as? Bool == true)

        // Downloaded back into recall, every card has its key again.
        let keys = Set(try exported().compactMap { $0["key"] as? String })
        #expect(try recall.run(["sync", "--full-download"]).status == 0)
        #expect(Set(try exported().compactMap { $0["key"] as? String }) == keys)
    }

    /// Each fixture package (current Anki, Anki's legacy export, genanki) imported into recall
    /// and exported again is imported by a fresh Anki with every note once, every review, and
    /// nothing for Check Database to fix.
    @Test(arguments: [("anki-export-current", 10, 15), ("anki-export-legacy", 10, 15), ("genanki-basic-cloze", 15, 0)])
    func aPackageThroughRecallIsOneAnkiImportsWhole(name: String, notes: Int, reviews: Int) throws {
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        let package = root.appendingPathComponent("RecallStoreTests/Fixtures/anki/\(name).apkg")
        #expect(try recall.run(["import", package.path]).status == 0)
        let export = folder.url.appendingPathComponent("\(name).apkg")
        #expect(try recall.run(["export", "--format", "apkg", "-o", export.path]).status == 0)
        let python = try #require(AnkiSyncServer.python)
        let result = try ChildProcess.run(
            URL(fileURLWithPath: python),
            arguments: [root.deletingLastPathComponent().appendingPathComponent("tools/check-apkg-export.py").path, export.path],
            timeout: 120)
        try #require(result.status == 0, "\(String(decoding: result.error, as: UTF8.self))")
        let report = try #require(try JSONSerialization.jsonObject(with: result.output) as? [String: Any])
        #expect(report["notes"] as? Int == notes)
        #expect(report["revlog"] as? Int == reviews)
        #expect(report["check_database"] as? String == "Database rebuilt and optimized.")
    }
}
