import Foundation
#if canImport(FoundationNetworking)
import FoundationNetworking
#endif

/// Why a call to the sync server failed, as a sentence naming the server; none of them has
/// changed anything in recall.
public enum AnkiSyncError: Error, Equatable, Sendable {
    /// Nothing answered: no such host, connection refused, no network, silence past the timeout.
    case unreachable(server: String, reason: String)
    /// The user name or password (at login) was refused.
    case wrongLogin(server: String)
    /// The stored host key was refused: the password changed, or the login is for another server.
    case loginExpired(server: String)
    /// Another sync of the same user holds the server's collection.
    case busy(server: String)
    /// The server moved to another address (AnkiWeb's permanent redirect).
    case moved(server: String, to: String)
    /// An HTTP error status, with what the server said.
    case failed(server: String, method: String, status: Int, said: String)
    /// An answer that is not Anki's sync protocol.
    case notAnkiProtocol(server: String, method: String, reason: String)
    /// The server did not take a full upload, and why.
    case uploadRefused(server: String, message: String)
    /// The connection failed while the server ended an incremental sync: the server may have
    /// kept the sync's changes, which recall has not stored.
    case endUnconfirmed(server: String)

    /// The error an HTTP `status` other than 200 stands for; `said` is the answer's text.
    public static func failedStatus(
        _ status: Int, server: String, method: String, said: String, location: String? = nil
    ) -> AnkiSyncError {
        switch status {
        case 403 where method == "hostKey": .wrongLogin(server: server)
        case 403: .loginExpired(server: server)
        case 409: .busy(server: server)
        case 301, 302, 307, 308: .moved(server: server, to: location ?? "another address")
        default: .failed(server: server, method: method, status: status, said: said)
        }
    }

    static func transport(_ error: any Error, server: String) -> AnkiSyncError {
        guard let error = error as? URLError else {
            return .unreachable(server: server, reason: error.localizedDescription)
        }
        let reason = switch error.code {
        case .cannotConnectToHost: "the connection was refused (is the server running, and is the address right?)"
        case .cannotFindHost, .dnsLookupFailed: "no host of that name was found"
        case .timedOut: "it did not answer in time"
        case .notConnectedToInternet: "this computer is not connected to a network"
        case .networkConnectionLost: "the connection was lost before the answer was complete"
        // What an answer cut off before its first byte is on Linux ("Empty reply from server").
        case .badServerResponse: "the connection was closed before any answer came"
        case .secureConnectionFailed, .serverCertificateUntrusted, .serverCertificateHasBadDate,
             .serverCertificateNotYetValid, .serverCertificateHasUnknownRoot:
            "a secure connection could not be made (\(error.localizedDescription))"
        case .unsupportedURL, .badURL: "the address is not an http or https URL"
        default: error.localizedDescription
        }
        return .unreachable(server: server, reason: reason)
    }
}

extension AnkiSyncError: LocalizedError {
    public var errorDescription: String? {
        switch self {
        case .unreachable(let server, let reason):
            "the sync server at \(server) could not be reached: \(reason); nothing was changed"
        case .wrongLogin(let server):
            "the sync server at \(server) refused that user name and password; nothing was stored"
        case .loginExpired(let server):
            "the sync server at \(server) no longer accepts recall's login (the password may have changed); "
                + "log in again with `recall sync login`; nothing was changed"
        case .busy(let server):
            "the sync server at \(server) is busy with another sync of the same user; try again in a moment; "
                + "nothing was changed"
        case .moved(let server, let to):
            "the sync server at \(server) has moved to \(to); log in again with `recall sync login --server \(to)`; "
                + "nothing was changed"
        case .failed(let server, let method, let status, let said):
            "the sync server at \(server) failed on “\(method)” (HTTP \(status)"
                + (said.isEmpty || said == String(status) ? "" : ": “\(said)”") + "); nothing was changed"
        case .notAnkiProtocol(let server, let method, let reason):
            "the server at \(server) does not speak Anki's sync protocol: on “\(method)”, \(reason); nothing was changed"
        case .uploadRefused(let server, let message):
            "the sync server at \(server) refused the upload: “\(message)”; nothing was changed"
        case .endUnconfirmed(let server):
            "the connection to \(server) was lost while it ended the sync, so the server may hold the sync's changes "
                + "while recall does not yet; recall is as it was, and the next `recall sync` brings both sides together"
        }
    }
}
