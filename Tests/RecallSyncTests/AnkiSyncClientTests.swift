import Foundation
import RecallCore
import RecallSync
import RecallTestSupport
import Testing

struct AnkiSyncClientTests {
    static func client(_ server: URL, hostKey: String = "") -> AnkiSyncClient {
        AnkiSyncClient(server: server, hostKey: hostKey, clientVersion: "recall,test,linux", sessionKey: "test")
    }

    @Test func aServerThatIsDownIsASentenceNamingItAndTheRefusedConnection() throws {
        let server = URL(string: "http://127.0.0.1:\(try AnkiSyncServer.freePort())/")!
        #expect(throws: AnkiSyncError.unreachable(
            server: server.absoluteString,
            reason: "the connection was refused (is the server running, and is the address right?)")) {
            try Self.client(server).meta()
        }
        #expect(AnkiSyncError.unreachable(server: "http://h/", reason: "r").localizedDescription
            == "the sync server at http://h/ could not be reached: r; nothing was changed")
    }

    struct StatusCase: CustomTestStringConvertible, Sendable {
        var name: String
        var status: Int
        var method: String
        var said: String
        var sentence: String
        var testDescription: String { name }

        static let all: [StatusCase] = [
            StatusCase(name: "a wrong password at login", status: 403, method: "hostKey", said: "403",
                       sentence: "the sync server at http://h/ refused that user name and password; nothing was stored"),
            StatusCase(name: "a host key no longer valid", status: 403, method: "meta", said: "403",
                       sentence: "the sync server at http://h/ no longer accepts recall's login (the password may have changed); "
                           + "log in again with `recall sync login`; nothing was changed"),
            StatusCase(name: "a server error with its words", status: 500, method: "download", said: "disk full",
                       sentence: "the sync server at http://h/ failed on “download” (HTTP 500: “disk full”); nothing was changed"),
            StatusCase(name: "a server error saying only its code", status: 502, method: "meta", said: "502",
                       sentence: "the sync server at http://h/ failed on “meta” (HTTP 502); nothing was changed"),
        ]
    }

    @Test(arguments: StatusCase.all)
    func errorStatusesBecomeSentences(_ test: StatusCase) {
        let error = AnkiSyncError.failedStatus(test.status, server: "http://h/", method: test.method, said: test.said)
        #expect(error.localizedDescription == test.sentence)
    }

    /// Against Anki's own server: the right password gives a host key that meta accepts, a
    /// wrong one the sentence, and a meta with a made-up key is refused.
    @Test(.enabled(if: AnkiSyncServer.testsRun, Comment(rawValue: AnkiSyncServer.skipReason)))
    func loginAndMetaAgainstAnkisServer() throws {
        let server = try AnkiSyncServer()
        let key = try Self.client(server.url).hostKey(user: AnkiSyncServer.user, password: AnkiSyncServer.password)
        #expect(key.count == 40)
        let meta = try Self.client(server.url, hostKey: key).meta()
        #expect(meta.empty && meta.usn == 0 && meta.shouldContinue)
        #expect(abs(Double(meta.serverTime) - Date().timeIntervalSince1970) < 60)
        #expect(throws: AnkiSyncError.wrongLogin(server: server.url.absoluteString)) {
            try Self.client(server.url).hostKey(user: AnkiSyncServer.user, password: "wrong")
        }
        #expect(throws: AnkiSyncError.loginExpired(server: server.url.absoluteString)) {
            try Self.client(server.url, hostKey: "0123").meta()
        }
    }
}
