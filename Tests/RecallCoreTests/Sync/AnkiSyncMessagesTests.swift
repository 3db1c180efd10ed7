import Foundation
import RecallCore
import Testing

struct AnkiSyncMessagesTests {
    @Test func headerIsCompactJSONWithAnkisOneLetterKeys() {
        let header = AnkiSyncHeader(hostKey: "abc", clientVersion: "recall,0.1.0,linux", sessionKey: "s1")
        #expect(header.value() == #"{"c":"recall,0.1.0,linux","k":"abc","s":"s1","v":11}"#)
    }

    @Test func methodAddressesAreUnderTheServersSyncFolder() {
        let server = URL(string: "https://sync.ankiweb.net/")!
        #expect(AnkiSyncMethod.meta.url(server: server).absoluteString == "https://sync.ankiweb.net/sync/meta")
        #expect(AnkiSyncMethod.sanityCheck2.url(server: URL(string: "http://127.0.0.1:8080/")!).absoluteString
            == "http://127.0.0.1:8080/sync/sanityCheck2")
    }

    @Test func hostKeyAndMetaRequestsUseAnkisKeys() throws {
        let encoder = JSONEncoder()
        encoder.outputFormatting = .sortedKeys
        #expect(String(decoding: try encoder.encode(AnkiHostKeyRequest(user: "u@x", password: "pw")), as: UTF8.self)
            == #"{"p":"pw","u":"u@x"}"#)
        #expect(String(decoding: try encoder.encode(AnkiMetaRequest(clientVersion: "c")), as: UTF8.self)
            == #"{"cv":"c","v":11}"#)
    }

    /// The answer a fresh `anki.syncserver` gives, as it gave it.
    @Test func metaAnswerDecodesEveryField() throws {
        let json = #"{"mod":0,"scm":1796411367147,"usn":0,"ts":1796411367,"msg":"","cont":true,"hostNum":0,"empty":true,"media_usn":0}"#
        let meta = try JSONDecoder().decode(AnkiSyncMeta.self, from: Data(json.utf8))
        #expect(meta == AnkiSyncMeta(modified: 0, schemaModified: 1_796_411_367_147, usn: 0, serverTime: 1_796_411_367, empty: true))
    }

    @Test func metaAnswerWithoutTheOptionalFieldsContinuesAndIsNotEmpty() throws {
        let json = #"{"mod":5,"scm":6,"usn":7,"ts":8}"#
        let meta = try JSONDecoder().decode(AnkiSyncMeta.self, from: Data(json.utf8))
        #expect(meta.shouldContinue && !meta.empty && meta.message.isEmpty)
    }
}
