/// The colon commands a study session understands.
public enum ReplCommand: String, CaseIterable, Sendable {
    case help, hint, skip, bury, suspend, undo, source, stats, add, quit

    public var summary: String {
        switch self {
        case .help: "list these commands"
        case .hint: "show a hint, more each time (a right answer after a hint is proposed as Hard)"
        case .skip: "leave this card for later in the session"
        case .bury: "hide this card until tomorrow"
        case .suspend: "stop showing this card (it keeps its history; recall card unsuspend brings it back)"
        case .undo: "take back the last answer, :bury or :suspend completely (recall card undo takes back :bury and :suspend too)"
        case .source: "show the sentence the card comes from (the answer hidden until you answer)"
        case .stats: "show what is left today and how this session is going"
        case .add: "add a card to a deck file; it joins this session"
        case .quit: "end the session with a summary (also Ctrl-D)"
        }
    }

    /// Reads ":hint", ":h" … (any unambiguous prefix); nil if `line` is not a command.
    public static func parse(_ line: String) -> Result<ReplCommand, ReplCommandError>? {
        let trimmed = line.trimmingCharacters(in: .whitespaces)
        guard trimmed.hasPrefix(":") else { return nil }
        let word = trimmed.dropFirst().lowercased()
        if let exact = ReplCommand(rawValue: String(word)) { return .success(exact) }
        let matches = allCases.filter { !word.isEmpty && $0.rawValue.hasPrefix(word) }
        if matches.count == 1 { return .success(matches[0]) }
        if matches.count > 1 { return .failure(.ambiguous(String(word), matches)) }
        return .failure(.unknown(String(word)))
    }

    /// ":help", ":hint" … as offered by tab completion.
    public static var completions: [String] { allCases.map { ":" + $0.rawValue } }
}

public enum ReplCommandError: Error, Equatable, CustomStringConvertible {
    case unknown(String)
    case ambiguous(String, [ReplCommand])

    public var description: String {
        switch self {
        case let .unknown(word): "unknown command “:\(word)”; type :help for the list"
        case let .ambiguous(word, matches):
            ":\(word) could be \(matches.map { ":" + $0.rawValue }.joined(separator: " or "))"
        }
    }
}

import Foundation
