import ArgumentParser
import Foundation
import RecallCore
import RecallStore

/// Options every command takes, before or after its name: where the collection and the deck
/// files live, plain text on a terminal, and (hidden, for tests) the clock and the random seed.
public struct GlobalOptions: ParsableArguments, Sendable {
    @Option(name: .customLong("data-dir"), help: ArgumentHelp(
        "Where the collection lives (default: $RECALL_HOME, else $XDG_DATA_HOME/recall, else ~/.local/share/recall).",
        valueName: "dir"))
    public var dataDirectory: String?

    @Option(name: .customLong("decks"), help: ArgumentHelp(
        "The folder of deck files and articles (default: $RECALL_DECKS, ./decks, or <data dir>/decks).",
        valueName: "dir"))
    public var decksDirectory: String?

    @Flag(help: "Plain text even on a terminal: no colour, no line editing.")
    public var plain = false

    @Option(name: .customLong("now"), help: .hidden)
    public var fixedNow: String?

    @Option(name: .customLong("seed"), help: .hidden)
    public var seed: UInt64?

    public init() {}

    /// The data directory, by precedence: --data-dir, RECALL_HOME, XDG_DATA_HOME, ~/.local/share.
    public func dataDirectoryURL(environment: [String: String] = ProcessInfo.processInfo.environment) -> URL {
        if let dataDirectory { return URL(fileURLWithPath: (dataDirectory as NSString).expandingTildeInPath) }
        if let home = environment["RECALL_HOME"], !home.isEmpty {
            return URL(fileURLWithPath: (home as NSString).expandingTildeInPath)
        }
        if let xdg = environment["XDG_DATA_HOME"], xdg.hasPrefix("/") {
            return URL(fileURLWithPath: xdg).appendingPathComponent("recall")
        }
        return FileManager.default.homeDirectoryForCurrentUser
            .appendingPathComponent(".local/share/recall")
    }

    /// Where the study prompt's command history is kept: `$XDG_STATE_HOME/recall/history`,
    /// else `~/.local/state/recall/history` (state, not data: losing it loses nothing).
    public static func historyFileURL(environment: [String: String] = ProcessInfo.processInfo.environment) -> URL {
        let state = environment["XDG_STATE_HOME"].flatMap { $0.hasPrefix("/") ? URL(fileURLWithPath: $0) : nil }
            ?? FileManager.default.homeDirectoryForCurrentUser.appendingPathComponent(".local/state")
        return state.appendingPathComponent("recall/history")
    }

    /// The decks folder: --decks, else the default one.
    public func decksFolder() -> URL {
        DeckLibrary.folder(decksDirectory, dataDirectory: dataDirectoryURL())
    }

    /// Colour for standard output: none with --plain, else as `Style.detect` finds.
    public func style() -> Style {
        plain ? Style(enabled: false) : Style.detect()
    }

    /// The collection; `access: .readOnlyWhenNotWritable` for commands that only read it.
    public func openDatabase(access: AppDatabase.Access = .readWrite) throws -> AppDatabase {
        try AppDatabase.open(directory: dataDirectoryURL(), access: access)
    }

    /// The clock: the real one, or a fixed start moved on by real elapsed time when `--now`
    /// is given, so scripted sessions see time pass. Truncated to milliseconds, the precision
    /// the review log keeps.
    public func makeClock() throws -> Clock {
        guard let fixedNow else { return Clock(offset: 0) }
        guard let date = Self.parseInstant(fixedNow) else {
            throw ValidationError("--now takes an ISO 8601 time such as 2025-04-20T09:00:00Z, not “\(fixedNow)”")
        }
        return Clock(offset: date.timeIntervalSinceNow)
    }

    static func parseInstant(_ text: String) -> Date? {
        let formatter = ISO8601DateFormatter()
        if let date = formatter.date(from: text) { return date }
        formatter.formatOptions = [.withInternetDateTime, .withFractionalSeconds]
        return formatter.date(from: text)
    }
}

/// Reads the time, the one place the tool does.
public struct Clock: Sendable {
    let offset: TimeInterval

    public func now() -> Date {
        let raw = Date().addingTimeInterval(offset).timeIntervalSince1970
        return Date(timeIntervalSince1970: (raw * 1000).rounded(.down) / 1000)
    }
}
