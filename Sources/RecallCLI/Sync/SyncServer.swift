import ArgumentParser
import Foundation
import RecallCore
import RecallSync

/// The sync server's address as the commands take it, and a client for it.
enum SyncServer {
    /// `text` as a sync server's address: http or https with a host, ending in `/`.
    static func url(_ text: String) throws -> URL {
        guard let url = URL(string: text), let scheme = url.scheme?.lowercased(), ["http", "https"].contains(scheme),
              url.host != nil
        else {
            throw ValidationError("“\(text)” is not a sync server's address; give an http:// or https:// URL")
        }
        return url.absoluteString.hasSuffix("/") ? url : url.appendingPathComponent("")
    }

    /// A client for `server` with a new session key.
    static func client(server: URL, hostKey: String) -> AnkiSyncClient {
        let letters = Array("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789")
        let sessionKey = String((0..<8).map { _ in letters.randomElement()! })
        return AnkiSyncClient(
            server: server, hostKey: hostKey, clientVersion: AnkiSyncProtocol.clientVersion(RecallVersion.string),
            sessionKey: sessionKey)
    }
}
