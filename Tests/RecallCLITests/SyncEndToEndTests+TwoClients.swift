import Foundation
import RecallTestSupport
import Testing

/// The flow of someone with Anki on a desktop, AnkiDroid on a phone and recall in the terminal:
/// one collection, three clients syncing with the same server in turns.
extension SyncEndToEndTests {
    /// The desktop seeds and uploads, the phone downloads, recall downloads; the phone answers,
    /// recall receives it and answers a card of its own, the desktop and then the phone sync:
    /// each side ends with every answer once, and Check Database finds nothing to fix.
    @Test func twoAnkiClientsAndRecallSyncInTurns() throws {
        let server = try AnkiSyncServer()
        let cards = try seededAndDownloaded(server)
        let phoneStart = try peer("fetch", server, "phone")
        #expect((phoneStart["cards"] as? [Any])?.count == cards.count)
        let seededReviews = try #require(phoneStart["revlog"] as? [Any]).count
        let capitals = cards.filter { $0["deck"] as? String == "Geography::Capitals" }.compactMap { $0["id"] as? Int }
        let onPhone = capitals[0]

        // The phone answers a card and syncs; recall receives it.
        let phone = try peer("sync", server, "phone", ["--answer", "\(onPhone):3"])
        #expect(phone["sync"] as? String == "incremental")
        let before = try exported()
        let received = try recall.run(["sync"])
        #expect(received.status == 0, "\(received.error)")
        #expect(received.output.contains("received 1 review"), "\(received.output)")
        #expect(reviewCount(try recallCard(try exported(), onPhone)) == reviewCount(try recallCard(before, onPhone)) + 1)

        // recall answers a new card and sends it.
        #expect(try recall.run(["config", "set", "imported-mode", "reveal"]).status == 0)
        let study = try recall.run(["study", "Words"], input: "\n3\n:quit\n")
        #expect(study.output.contains("Cards reviewed: 1"), "\(study.output)")
        let sent = try recall.run(["sync"])
        #expect(sent.status == 0, "\(sent.error)")
        #expect(sent.output.contains("sent 1 review"), "\(sent.output)")

        // The desktop, which answered nothing since it seeded, has the phone's answer and recall's.
        let desktop = try peer("sync", server, "anki")
        #expect(desktop["sync"] as? String == "incremental")
        #expect(desktop["check_database_ok"] as? Bool == true, "\(desktop["check_database"] ?? "")")
        let desktopLog = try #require(desktop["revlog"] as? [[String: Any]])
        #expect(desktopLog.count == seededReviews + 2)
        #expect(Set(desktopLog.compactMap { $0["id"] as? Int }).count == desktopLog.count)

        // The phone syncs once more and has recall's answer too; recall is then in step.
        let phoneAgain = try peer("sync", server, "phone")
        #expect(phoneAgain["sync"] as? String == "incremental")
        #expect(phoneAgain["check_database_ok"] as? Bool == true, "\(phoneAgain["check_database"] ?? "")")
        #expect((phoneAgain["revlog"] as? [Any])?.count == seededReviews + 2)
        // Each Anki sync ends with a new stamp on the server: recall's next sync carries nothing,
        // and the one after finds the sides the same.
        #expect(try recall.run(["sync"]).output == "Synced with \(server.url.absoluteString): received 0 reviews and "
            + "0 cards; sent 0 reviews and 0 cards.\n")
        #expect(try recall.run(["sync"]).output == "Already in sync with \(server.url.absoluteString).\n")
        #expect(reviewCount(try recallCard(try exported(), onPhone)) == reviewCount(try recallCard(before, onPhone)) + 1)
    }
}
