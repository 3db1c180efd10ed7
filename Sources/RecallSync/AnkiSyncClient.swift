import Foundation
#if canImport(FoundationNetworking)
import FoundationNetworking
#endif
import RecallCore
import RecallStore

/// A client of an Anki sync server (AnkiWeb, or `python -m anki.syncserver`), speaking version
/// 11 of its protocol: each method is a POST to `{server}/sync/{method}` with the `anki-sync`
/// header, a zstd-compressed body and a zstd-compressed answer. Calls block until the answer
/// has arrived; a failure is an `AnkiSyncError` sentence naming the server.
public struct AnkiSyncClient: Sendable {
    /// The server's address; `metaFollowingMove` changes it when the server sends the client
    /// elsewhere.
    public private(set) var server: URL
    /// Empty until logged in (`hostKey` needs none).
    public var hostKey: String
    public let clientVersion: String
    /// Names this sync among others of the same user; one for all the calls of one sync.
    public let sessionKey: String
    /// How long the server may stay silent before the call is given up.
    public var idleTimeout: TimeInterval = 60

    /// The most an answer may decompress to: a whole collection in a full download.
    static let answerLimit = 4 << 30

    public init(server: URL, hostKey: String = "", clientVersion: String, sessionKey: String) {
        self.server = server
        self.hostKey = hostKey
        self.clientVersion = clientVersion
        self.sessionKey = sessionKey
    }

    /// Logs in: the key that stands for `user` and `password` from now on.
    public func hostKey(user: String, password: String) throws(AnkiSyncError) -> String {
        let answer: AnkiHostKeyResponse = try call(.hostKey, AnkiHostKeyRequest(user: user, password: password))
        return answer.key
    }

    /// The server collection's stamps, which say what a sync has to do.
    public func meta() throws(AnkiSyncError) -> AnkiSyncMeta {
        try call(.meta, AnkiMetaRequest(clientVersion: clientVersion))
    }

    /// `meta`, following the server when it moves the client to another address (AnkiWeb sends
    /// a client to the host that keeps its collection, with a permanent redirect): the answer,
    /// and the new address, which the client uses from then on, if the server moved.
    public mutating func metaFollowingMove() throws(AnkiSyncError) -> (meta: AnkiSyncMeta, movedTo: URL?) {
        do {
            return (try meta(), nil)
        } catch {
            guard case .moved(_, let to) = error, let url = URL(string: to),
                  ["http", "https"].contains(url.scheme?.lowercased() ?? ""), url.host != nil
            else { throw error }
            server = url.absoluteString.hasSuffix("/") ? url : url.appendingPathComponent("")
            return (try meta(), server)
        }
    }

    /// A full download: the server's collection as an SQLite file (schema 18).
    public func download() throws(AnkiSyncError) -> Data {
        try send(.download, body: Data("{}".utf8))
    }

    /// A full upload: `collection` (an SQLite collection file) replaces the server's. The server
    /// answers "OK", or a sentence saying why it refused the file.
    public func upload(_ collection: Data) throws(AnkiSyncError) {
        let answer = String(decoding: try send(.upload, body: collection), as: UTF8.self)
        guard answer == "OK" else { throw .uploadRefused(server: server.absoluteString, message: answer) }
    }

    /// Calls `method` with `request` as JSON and decodes the JSON answer.
    func call<Request: Encodable, Answer: Decodable>(
        _ method: AnkiSyncMethod, _ request: Request
    ) throws(AnkiSyncError) -> Answer {
        let body: Data
        do {
            body = try JSONEncoder().encode(request)
        } catch {
            // Plain strings and numbers: encoding cannot fail.
            preconditionFailure("encoding a sync request: \(error)")
        }
        let answer = try send(method, body: body)
        do {
            return try JSONDecoder().decode(Answer.self, from: answer)
        } catch {
            throw .notAnkiProtocol(server: server.absoluteString, method: method.rawValue, reason: "its answer is not the JSON expected")
        }
    }

    /// Sends `body`, compressed, to `method` and returns the decompressed answer.
    func send(_ method: AnkiSyncMethod, body: Data) throws(AnkiSyncError) -> Data {
        let serverName = server.absoluteString
        var request = URLRequest(url: method.url(server: server))
        request.httpMethod = "POST"
        request.timeoutInterval = idleTimeout
        request.setValue("application/octet-stream", forHTTPHeaderField: "Content-Type")
        request.setValue(
            AnkiSyncHeader(hostKey: hostKey, clientVersion: clientVersion, sessionKey: sessionKey).value(),
            forHTTPHeaderField: "anki-sync")
        request.httpBody = Zstd.compress(body)
        let exchange = try HTTPExchange.run(request, server: serverName)
        guard exchange.status == 200 else {
            throw AnkiSyncError.failedStatus(
                exchange.status, server: serverName, method: method.rawValue, said: Self.text(of: exchange.body),
                location: exchange.location)
        }
        guard Zstd.isCompressed(exchange.body) else {
            throw .notAnkiProtocol(server: serverName, method: method.rawValue, reason: "its answer is not zstd-compressed")
        }
        do throws(Zstd.Failure) {
            return try Zstd.decompress(exchange.body, limit: Self.answerLimit)
        } catch {
            throw .notAnkiProtocol(server: serverName, method: method.rawValue, reason: "its answer could not be decompressed")
        }
    }

    /// What an error answer says, as text: decompressed if it is zstd, at most 300 characters.
    static func text(of body: Data) -> String {
        let data = Zstd.isCompressed(body) ? ((try? Zstd.decompress(body, limit: 1 << 16)) ?? body) : body
        let text = String(decoding: data.prefix(300), as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines)
        return text
    }
}

/// One HTTP request and its answer, waited for: the sync is a sequence of calls, each needing
/// the last one's answer.
struct HTTPExchange: Sendable {
    var status: Int
    var body: Data
    var location: String?

    /// A session that follows no redirect (Anki's servers redirect a client to another address,
    /// which the client must then remember) and keeps no cookies or cache.
    private static let session: URLSession = {
        let configuration = URLSessionConfiguration.ephemeral
        configuration.httpCookieStorage = nil
        configuration.urlCache = nil
        configuration.timeoutIntervalForResource = 6 * 3600
        return URLSession(configuration: configuration, delegate: NoRedirects(), delegateQueue: nil)
    }()

    private final class NoRedirects: NSObject, URLSessionTaskDelegate, @unchecked Sendable {
        func urlSession(
            _ session: URLSession, task: URLSessionTask, willPerformHTTPRedirection response: HTTPURLResponse,
            newRequest request: URLRequest, completionHandler: @escaping (URLRequest?) -> Void
        ) {
            completionHandler(nil)
        }
    }

    /// Where a finished task leaves its outcome for the waiting thread.
    private final class Outcome: @unchecked Sendable {
        var data: Data?
        var response: URLResponse?
        var error: (any Error)?
    }

    static func run(_ request: URLRequest, server: String) throws(AnkiSyncError) -> HTTPExchange {
        let outcome = Outcome()
        let done = DispatchSemaphore(value: 0)
        let task = session.dataTask(with: request) { data, response, error in
            outcome.data = data
            outcome.response = response
            outcome.error = error
            done.signal()
        }
        task.resume()
        done.wait()
        if let error = outcome.error { throw AnkiSyncError.transport(error, server: server) }
        guard let response = outcome.response as? HTTPURLResponse else {
            throw .unreachable(server: server, reason: "it sent no HTTP answer")
        }
        return HTTPExchange(
            status: response.statusCode, body: outcome.data ?? Data(),
            location: response.value(forHTTPHeaderField: "Location"))
    }
}
