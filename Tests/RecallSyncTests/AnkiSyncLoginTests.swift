import Foundation
import RecallSync
import RecallTestSupport
import Testing

struct AnkiSyncLoginTests {
    let folder: TemporaryDirectory
    let login = AnkiSyncLogin(server: "http://127.0.0.1:27701/", user: "someone@example.com", hostKey: "b2619aa1529dfdc4")

    init() throws { folder = try TemporaryDirectory("sync-login") }

    func mode() throws -> Int {
        let attributes = try FileManager.default.attributesOfItem(atPath: AnkiSyncLogin.url(in: folder.url).path)
        return (attributes[.posixPermissions] as? NSNumber)?.intValue ?? -1
    }

    @Test func aSavedLoginReadsBackAndOnlyItsOwnerMayReadIt() throws {
        try login.save(in: folder.url)
        #expect(try AnkiSyncLogin.load(from: folder.url) == login)
        #expect(try mode() == 0o600)
        let text = try String(contentsOf: AnkiSyncLogin.url(in: folder.url), encoding: .utf8)
        #expect(text.contains("b2619aa1529dfdc4") && !text.contains("password"))
    }

    @Test func savingOverAFileOthersCouldReadLeavesItPrivate() throws {
        let url = AnkiSyncLogin.url(in: folder.url)
        try Data("{}".utf8).write(to: url)
        try FileManager.default.setAttributes([.posixPermissions: 0o644], ofItemAtPath: url.path)
        try login.save(in: folder.url)
        #expect(try mode() == 0o600)
        #expect(try AnkiSyncLogin.load(from: folder.url) == login)
    }

    @Test func removingSaysWhetherThereWasALogin() throws {
        #expect(try AnkiSyncLogin.remove(from: folder.url) == false)
        try login.save(in: folder.url)
        #expect(try AnkiSyncLogin.remove(from: folder.url))
        #expect(try AnkiSyncLogin.load(from: folder.url) == nil)
    }

    @Test func aDamagedLoginAsksToLogInAgain() throws {
        try Data("not json".utf8).write(to: AnkiSyncLogin.url(in: folder.url))
        let path = AnkiSyncLogin.url(in: folder.url).path
        #expect(throws: AnkiSyncLoginError.unreadable(path: path)) { try AnkiSyncLogin.load(from: folder.url) }
        #expect(AnkiSyncLoginError.unreadable(path: path).localizedDescription
            == "the sync login in \(path) could not be read; log in again with `recall sync login`")
    }
}
