import Foundation

/// The messages of Anki's collection sync protocol, version 11 (Anki 2.1.57 and later,
/// AnkiDroid 2.16 and later): every request is an HTTP POST to `{server}/sync/{method}` whose
/// body is zstd-compressed JSON (or, for `upload`, the collection file), with an `anki-sync`
/// header saying who asks; every answer is zstd-compressed too. Encoding and decoding only:
/// the requests are sent by RecallSync.
public enum AnkiSyncMethod: String, Sendable, CaseIterable {
    case hostKey, meta, start, applyGraves, applyChanges, chunk, applyChunk, sanityCheck2, finish, abort, upload, download

    /// The method's address under the server's: `https://sync.ankiweb.net/sync/meta`.
    public func url(server: URL) -> URL {
        server.appendingPathComponent("sync").appendingPathComponent(rawValue)
    }
}

public enum AnkiSyncProtocol {
    /// The protocol version recall speaks: zstd bodies, the sync header, schema-18 collections
    /// in full uploads and downloads.
    public static let version = 11
    /// AnkiWeb's sync address, which Anki uses when no other server is set.
    public static let ankiWeb = URL(string: "https://sync.ankiweb.net/")!
    /// The server's clock and this machine's may differ by this much before Anki refuses to
    /// sync (the dates of reviews would be wrong).
    public static let allowedClockSkew: TimeInterval = 300

    /// How recall names itself to the server: name, version and platform, as Anki does.
    public static func clientVersion(_ recallVersion: String) -> String {
        #if os(Linux)
        let platform = "linux"
        #else
        let platform = "mac"
        #endif
        return "recall,\(recallVersion),\(platform)"
    }
}

/// The `anki-sync` header: the protocol version, the host key (empty when logging in), the
/// client's version and a key naming this sync among others of the same user.
public struct AnkiSyncHeader: Codable, Equatable, Sendable {
    public var version: Int
    public var hostKey: String
    public var clientVersion: String
    public var sessionKey: String

    public init(version: Int = AnkiSyncProtocol.version, hostKey: String, clientVersion: String, sessionKey: String) {
        self.version = version
        self.hostKey = hostKey
        self.clientVersion = clientVersion
        self.sessionKey = sessionKey
    }

    enum CodingKeys: String, CodingKey {
        case version = "v", hostKey = "k", clientVersion = "c", sessionKey = "s"
    }

    /// The header's value: compact JSON.
    public func value() -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = .sortedKeys
        // Four plain fields: encoding cannot fail.
        return String(decoding: (try? encoder.encode(self)) ?? Data(), as: UTF8.self)
    }
}

/// `hostKey`'s request: the user's name and password, sent once to get a key that stands for
/// them from then on.
public struct AnkiHostKeyRequest: Codable, Sendable {
    public var user: String
    public var password: String

    public init(user: String, password: String) {
        self.user = user
        self.password = password
    }

    enum CodingKeys: String, CodingKey { case user = "u", password = "p" }
}

public struct AnkiHostKeyResponse: Codable, Equatable, Sendable {
    public var key: String
}

/// `meta`'s request: the protocol and client versions.
public struct AnkiMetaRequest: Codable, Sendable {
    public var version: Int
    public var clientVersion: String

    public init(version: Int = AnkiSyncProtocol.version, clientVersion: String) {
        self.version = version
        self.clientVersion = clientVersion
    }

    enum CodingKeys: String, CodingKey { case version = "v", clientVersion = "cv" }
}

/// What the server says of its collection before a sync (`meta`'s answer).
public struct AnkiSyncMeta: Codable, Equatable, Sendable {
    /// When the collection last changed, in epoch milliseconds.
    public var modified: Int64
    /// When its schema last changed (a change only a full sync can carry), epoch milliseconds.
    public var schemaModified: Int64
    /// The server's update sequence number: every object changed since the client's last
    /// sync has a higher one.
    public var usn: Int
    /// The server's clock, epoch seconds.
    public var serverTime: Int64
    /// A message for the user, and whether the server lets the sync go on.
    public var message: String
    public var shouldContinue: Bool
    /// Whether the server's collection has no cards.
    public var empty: Bool
    public var mediaUSN: Int

    public init(
        modified: Int64, schemaModified: Int64, usn: Int, serverTime: Int64, message: String = "",
        shouldContinue: Bool = true, empty: Bool, mediaUSN: Int = 0
    ) {
        self.modified = modified
        self.schemaModified = schemaModified
        self.usn = usn
        self.serverTime = serverTime
        self.message = message
        self.shouldContinue = shouldContinue
        self.empty = empty
        self.mediaUSN = mediaUSN
    }

    enum CodingKeys: String, CodingKey {
        case modified = "mod", schemaModified = "scm", usn, serverTime = "ts", message = "msg"
        case shouldContinue = "cont", empty, mediaUSN = "media_usn"
    }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        modified = try container.decode(Int64.self, forKey: .modified)
        schemaModified = try container.decode(Int64.self, forKey: .schemaModified)
        usn = try container.decode(Int.self, forKey: .usn)
        serverTime = try container.decode(Int64.self, forKey: .serverTime)
        message = try container.decodeIfPresent(String.self, forKey: .message) ?? ""
        shouldContinue = try container.decodeIfPresent(Bool.self, forKey: .shouldContinue) ?? true
        empty = try container.decodeIfPresent(Bool.self, forKey: .empty) ?? false
        mediaUSN = try container.decodeIfPresent(Int.self, forKey: .mediaUSN) ?? 0
    }
}
