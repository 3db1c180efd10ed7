import Foundation

/// What `recall sync login` keeps: the server, the user's name and the host key the server
/// gave for them, never the password. One JSON file in recall's data folder, readable and
/// writable by its owner only (mode 0600) from the moment it exists.
public struct AnkiSyncLogin: Codable, Equatable, Sendable {
    public var server: String
    public var user: String
    public var hostKey: String

    public init(server: String, user: String, hostKey: String) {
        self.server = server
        self.user = user
        self.hostKey = hostKey
    }

    public static let fileName = "sync-login.json"

    public static func url(in dataDirectory: URL) -> URL {
        dataDirectory.appendingPathComponent(fileName)
    }

    /// The login stored in `dataDirectory`, or nil when there is none.
    public static func load(from dataDirectory: URL) throws(AnkiSyncLoginError) -> AnkiSyncLogin? {
        let url = url(in: dataDirectory)
        guard FileManager.default.fileExists(atPath: url.path) else { return nil }
        do {
            return try JSONDecoder().decode(AnkiSyncLogin.self, from: Data(contentsOf: url))
        } catch {
            throw .unreadable(path: url.path)
        }
    }

    /// Stores the login in `dataDirectory`: written to a private new file (mode 0600 from its
    /// creation), then moved over any older one, so no reader ever sees half of it.
    public func save(in dataDirectory: URL) throws(AnkiSyncLoginError) {
        let url = Self.url(in: dataDirectory)
        let temporary = dataDirectory.appendingPathComponent(".\(Self.fileName).\(ProcessInfo.processInfo.processIdentifier)")
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        do {
            try FileManager.default.createDirectory(at: dataDirectory, withIntermediateDirectories: true)
            let data = try encoder.encode(self) + Data("\n".utf8)
            let descriptor = open(temporary.path, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o600)
            guard descriptor >= 0 else { throw POSIXError(POSIXErrorCode(rawValue: errno) ?? .EIO) }
            let handle = FileHandle(fileDescriptor: descriptor, closeOnDealloc: true)
            // An older file of this name made with a wider mode keeps it through O_TRUNC.
            guard fchmod(descriptor, 0o600) == 0 else { throw POSIXError(POSIXErrorCode(rawValue: errno) ?? .EIO) }
            try handle.write(contentsOf: data)
            try handle.synchronize()
            try handle.close()
            guard rename(temporary.path, url.path) == 0 else { throw POSIXError(POSIXErrorCode(rawValue: errno) ?? .EIO) }
        } catch {
            try? FileManager.default.removeItem(at: temporary)
            throw .unwritable(path: url.path, reason: (error as? POSIXError).map { String(cString: strerror($0.code.rawValue)) }
                ?? error.localizedDescription)
        }
    }

    /// Removes the login stored in `dataDirectory`; whether there was one.
    public static func remove(from dataDirectory: URL) throws(AnkiSyncLoginError) -> Bool {
        let url = url(in: dataDirectory)
        guard FileManager.default.fileExists(atPath: url.path) else { return false }
        do {
            try FileManager.default.removeItem(at: url)
        } catch {
            throw .unwritable(path: url.path, reason: error.localizedDescription)
        }
        return true
    }
}

public enum AnkiSyncLoginError: Error, Equatable, Sendable {
    case unreadable(path: String)
    case unwritable(path: String, reason: String)
}

extension AnkiSyncLoginError: LocalizedError {
    public var errorDescription: String? {
        switch self {
        case .unreadable(let path):
            "the sync login in \(path) could not be read; log in again with `recall sync login`"
        case .unwritable(let path, let reason):
            "the sync login could not be written to \(path) (\(reason))"
        }
    }
}
