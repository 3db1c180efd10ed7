import ArgumentParser
import Foundation
import Testing
@testable import RecallCLI

struct SyncServerTests {
    @Test func anAddressGetsItsTrailingSlashAndKeepsItsPort() throws {
        #expect(try SyncServer.url("http://127.0.0.1:8080").absoluteString == "http://127.0.0.1:8080/")
        #expect(try SyncServer.url("https://sync.ankiweb.net/").absoluteString == "https://sync.ankiweb.net/")
        #expect(try SyncServer.url("http://nas.local:27701/anki").absoluteString == "http://nas.local:27701/anki/")
    }

    @Test(arguments: ["ftp://example.com/", "sync.ankiweb.net", "http://"])
    func anythingButAnHTTPAddressIsRefusedWithASentence(_ text: String) {
        #expect(throws: ValidationError.self) { try SyncServer.url(text) }
        #expect((try? SyncServer.url(text)) == nil)
    }

    @Test func eachClientHasASessionKeyOfItsOwn() {
        let server = URL(string: "http://127.0.0.1:8080/")!
        let first = SyncServer.client(server: server, hostKey: "k"), second = SyncServer.client(server: server, hostKey: "k")
        #expect(first.sessionKey.count == 8 && first.sessionKey != second.sessionKey)
        #expect(first.clientVersion.hasPrefix("recall,"))
    }
}
