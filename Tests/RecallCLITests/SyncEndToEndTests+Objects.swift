import Foundation
import RecallSync
import RecallTestSupport
import Testing

/// What recall keeps of Anki's own objects through incremental syncs (issue 11), against
/// Anki's own server, with Anki itself (tools/anki-sync-peer.py) changing them.
extension SyncEndToEndTests {
    /// A deck description changed in Anki is taken, and so is the description of a deck made
    /// there: kept with the deck, it goes back to Anki with a full upload as Anki wrote it.
    @Test func aDeckDescriptionChangedInAnkiIsKeptAndGoesBack() throws {
        let server = try AnkiSyncServer()
        _ = try seededAndDownloaded(server)
        let description = "Animals & <b>more</b>"
        #expect(try peer("sync", server, "anki", [
            "--add", "Rivers:Nile:Egypt", "--describe-deck", "Words:\(description)", "--describe-deck", "Rivers:Long ones",
        ])["sync"] as? String == "incremental")
        let synced = try recall.run(["sync"])
        #expect(synced.status == 0, "\(synced.error)")
        #expect(synced.output == "Synced with \(server.url.absoluteString): received 0 reviews and 1 card (1 new); sent 0 "
            + "reviews and 0 cards.\n")
        #expect(try recall.run(["sync"]).output == "Already in sync with \(server.url.absoluteString).\n")
        #expect(try recall.run(["sync", "--full-upload"]).status == 0)
        let fresh = try peer("fetch", server, "fresh-anki")
        #expect(fresh["check_database_ok"] as? Bool == true, "\(fresh["check_database"] ?? "")")
        #expect(fresh["descriptions"] as? [String: String] == ["Words": description, "Rivers": "Long ones"])
        #expect((fresh["decks"] as? [String]).map(Set.init) == ["Default", "Geography", "Geography::Capitals", "Rivers", "Words"])
    }
}
