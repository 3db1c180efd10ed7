import Foundation
import RecallCore
import RecallStore

/// Finds deck files and articles, reads them and brings the collection in line with them.
/// `.yaml`/`.yml` files are decks; `.txt`/`.md` files are articles, turned into questions
/// as they load. A file unchanged since the last load is not read again past its hash.
public struct DeckLibrary {
    public struct LoadedDeck: Sendable {
        public var name: String
        public var file: String
        public var sync: DeckSyncSummary
    }

    public static let deckExtensions: Set<String> = ["yaml", "yml"]
    public static let articleExtensions: Set<String> = ["txt", "md", "markdown"]

    /// The decks folder: $RECALL_DECKS, else ./decks when it exists, else <data dir>/decks.
    public static func defaultDirectory(dataDirectory: URL,
                                        environment: [String: String] = ProcessInfo.processInfo.environment) -> URL {
        if let dir = environment["RECALL_DECKS"], !dir.isEmpty {
            return URL(fileURLWithPath: (dir as NSString).expandingTildeInPath)
        }
        let local = URL(fileURLWithPath: FileManager.default.currentDirectoryPath).appendingPathComponent("decks")
        var isDirectory: ObjCBool = false
        if FileManager.default.fileExists(atPath: local.path, isDirectory: &isDirectory), isDirectory.boolValue {
            return local
        }
        return dataDirectory.appendingPathComponent("decks")
    }

    /// The decks folder a `--decks` option names, else the default one.
    public static func folder(_ option: String?, dataDirectory: URL) -> URL {
        option.map { URL(fileURLWithPath: ($0 as NSString).expandingTildeInPath) }
            ?? defaultDirectory(dataDirectory: dataDirectory)
    }

    /// Deck and article files directly in `directory`, sorted by name.
    public static func files(in directory: URL) -> [URL] {
        let entries = (try? FileManager.default.contentsOfDirectory(
            at: directory, includingPropertiesForKeys: nil, options: [.skipsHiddenFiles])) ?? []
        return entries.filter { isLoadable($0) }.sorted { $0.lastPathComponent < $1.lastPathComponent }
    }

    public static func isLoadable(_ url: URL) -> Bool {
        let ext = url.pathExtension.lowercased()
        return deckExtensions.contains(ext) || articleExtensions.contains(ext)
    }

    /// Reads one file into a deck: parses a deck file, or generates questions from an article.
    /// Problems come back as diagnostics with their places. Cards with errors are left out of the
    /// deck; the deck is nil only when the file cannot be read as one (not UTF-8, not YAML, no
    /// list of cards).
    public static func read(_ url: URL, displayPath: String) -> (deck: Deck?, diagnostics: [DeckDiagnostic]) {
        switch text(of: url, displayPath: displayPath) {
        case .success(let text): deck(from: text, url: url, displayPath: displayPath)
        case .failure(let problem): (nil, [problem])
        }
    }

    static func deck(from text: String, url: URL, displayPath: String) -> (deck: Deck?, diagnostics: [DeckDiagnostic]) {
        if articleExtensions.contains(url.pathExtension.lowercased()) {
            if let problem = Article.lengthProblem(text, file: displayPath) { return (nil, [problem]) }
            let article = Article(text: text, fileName: displayPath)
            let result = QuestionGenerator().generate(from: article, fileName: displayPath)
            let empty = text.allSatisfy(\.isWhitespace)
            return (result.deck, result.cards.isEmpty ? [FactCategory.noFactsDiagnostic(file: displayPath, articleIsEmpty: empty)] : [])
        }
        // A card with an error is left out and the others load; only a file that holds no
        // readable deck at all is skipped.
        let result = DeckParser.parse(text, file: displayPath)
        guard var deck = result.deck else { return (nil, result.diagnostics) }
        if deck.name.isEmpty { deck.name = url.deletingPathExtension().lastPathComponent }
        return (deck, result.diagnostics)
    }

    /// The file's text, or a diagnostic when it cannot be read or is not UTF-8.
    static func text(of url: URL, displayPath: String) -> Result<String, DeckDiagnostic> {
        do {
            return DeckFileText.decode(try Data(contentsOf: url), file: displayPath)
        } catch {
            return .failure(DeckDiagnostic(
                .error, at: SourceLocation(file: displayPath, line: 1, column: 1),
                "the file cannot be read: \(FileErrorReason.describe(error))", notes: ["it was skipped"]))
        }
    }

    static func readText(_ url: URL, displayPath: String) throws -> String {
        let data: Data
        do { data = try Data(contentsOf: url) } catch {
            throw LibraryError.unreadable(path: displayPath, reason: FileErrorReason.describe(error))
        }
        guard let text = String(data: data, encoding: .utf8) else {
            throw LibraryError.notUTF8(path: displayPath)
        }
        return text
    }

    /// Loads `urls` into the collection, skipping unchanged files. Diagnostics are returned,
    /// not thrown: one broken, unreadable or non-UTF-8 file does not stop the others.
    public static func load(
        _ urls: [URL], into database: AppDatabase, now: Date
    ) throws -> (decks: [LoadedDeck], diagnostics: [DeckDiagnostic]) {
        var loaded: [LoadedDeck] = []
        var diagnostics: [DeckDiagnostic] = []
        for url in urls {
            let display = displayPath(url)
            let text: String
            switch self.text(of: url, displayPath: display) {
            case .success(let read): text = read
            case .failure(let problem):
                diagnostics.append(problem)
                continue
            }
            let hash = String(CardKey.fnv1a(contentVersion + text), radix: 16)
            let knownName = try database.deckName(forSource: url.standardizedFileURL.path)
            if let knownName, try database.sourceHash(ofDeck: knownName) == hash {
                loaded.append(LoadedDeck(name: knownName, file: display,
                                         sync: DeckSyncSummary(deckID: 0, unchanged: true)))
                continue
            }
            let (parsed, problems) = deck(from: text, url: url, displayPath: display)
            diagnostics += problems
            guard var deck = parsed else { continue }
            let source = url.standardizedFileURL.path
            // Two files naming the same deck must not take each other's cards: the later one
            // gets its file name added.
            var renamedFrom: String?
            if knownName == nil, let owner = try database.source(ofDeck: deck.name), owner != source {
                deck.name += " (\(url.lastPathComponent))"
            } else if let knownName, knownName != deck.name {
                // The file renamed its deck: follow it (renaming and syncing in one
                // transaction), unless another file owns the new name.
                if try database.source(ofDeck: deck.name) == nil {
                    renamedFrom = knownName
                } else {
                    deck.name = knownName
                }
            }
            let sync = try database.syncDeck(deck, source: source, sourceHash: hash, now: now, renamedFrom: renamedFrom)
            if deckExtensions.contains(url.pathExtension.lowercased()) {
                diagnostics += RewordedCards.diagnostics(left: sync.leftWithHistory, addedKeys: sync.addedKeys, in: deck)
            }
            loaded.append(LoadedDeck(name: deck.name, file: display, sync: sync))
        }
        return (loaded, diagnostics)
    }

    /// Bumped when parsing or generation changes, so unchanged files are read again.
    static let contentVersion = "recall-content-3\n"

    /// A path relative to the working directory when it is inside it, for messages.
    public static func displayPath(_ url: URL) -> String {
        let path = url.standardizedFileURL.path
        let cwd = FileManager.default.currentDirectoryPath
        return path.hasPrefix(cwd + "/") ? String(path.dropFirst(cwd.count + 1)) : path
    }
}

public enum LibraryError: LocalizedError, Equatable {
    case unreadable(path: String, reason: String)
    case notUTF8(path: String)
    case notFound(String, command: String)
    case unwritable(path: String, reason: String)

    public var errorDescription: String? {
        switch self {
        case let .unreadable(path, reason): "cannot read \(path): \(reason)"
        case let .notUTF8(path): "\(path) is not UTF-8 text"
        case let .notFound(name, command): "no command, deck or deck file named “\(name)”; did you mean `recall \(command)`?"
        case let .unwritable(path, reason): "cannot write \(path): \(reason)"
        }
    }
}
