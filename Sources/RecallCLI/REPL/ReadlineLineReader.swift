import CReadline
import Foundation

// readline's callbacks are C function pointers that cannot capture context, so the little
// state they need lives here. A study session is single-threaded and owns the one reader.
nonisolated(unsafe) private var completionWords: [String] = []
nonisolated(unsafe) private var completionIndex = 0
nonisolated(unsafe) private var completedLine: String?
nonisolated(unsafe) private var lineDone = false
nonisolated(unsafe) private var interrupted: sig_atomic_t = 0

/// GNU readline through its callback interface, so Ctrl-C can cancel the line cleanly:
/// line editing, a history of commands kept in a file (appended after every command, so a
/// killed session keeps it), and tab completion of commands.
public final class ReadlineLineReader: LineReader {
    private let historyPath: String?

    public init(historyPath: String?) {
        self.historyPath = historyPath
        recall_rl_setup(UnsafePointer(strdup("recall"))) { text, start, _ in
            recall_rl_completion_over()
            guard start == 0 else { return nil }
            completionIndex = 0
            return rl_completion_matches(text) { partial, state in
                if state == 0 { completionIndex = 0 }
                let prefix = partial.map { String(cString: $0) } ?? ""
                while completionIndex < completionWords.count {
                    let word = completionWords[completionIndex]
                    completionIndex += 1
                    if word.hasPrefix(prefix) { return strdup(word) }
                }
                return nil
            }
        }
        using_history()
        if let historyPath {
            read_history(historyPath)
        }
        var action = sigaction()
        action.__sigaction_handler.sa_handler = { _ in interrupted = 1 }
        sigemptyset(&action.sa_mask)
        action.sa_flags = 0  // no SA_RESTART: poll() returns EINTR on Ctrl-C
        sigaction(SIGINT, &action, nil)
    }

    public func setCompletions(_ words: [String]) {
        completionWords = words.sorted()
    }

    public func readLine(prompt: String) -> LineInput {
        completedLine = nil
        lineDone = false
        interrupted = 0
        rl_callback_handler_install(prompt) { raw in
            lineDone = true
            if let raw {
                completedLine = String(cString: raw)
                free(raw)
            }
            rl_callback_handler_remove()
        }
        var descriptor = pollfd(fd: STDIN_FILENO, events: Int16(POLLIN), revents: 0)
        while !lineDone {
            if interrupted != 0 {
                interrupted = 0
                recall_rl_show_cancelled_line()
                FileHandle.standardOutput.write(Data("^C\n".utf8))
                rl_free_line_state()
                rl_callback_sigcleanup()
                rl_callback_handler_remove()
                return .interrupt
            }
            let ready = poll(&descriptor, 1, -1)
            if ready > 0 { rl_callback_read_char() }
        }
        guard let line = completedLine else {
            FileHandle.standardOutput.write(Data("\n".utf8))
            return .endOfInput
        }
        // Only commands are remembered: answers are not worth recalling with the arrow keys,
        // and a history of answers would be a crib sheet.
        if Self.remembers(line) {
            add_history(line)
            if let historyPath {
                if append_history(1, historyPath) != 0 { write_history(historyPath) }
                history_truncate_file(historyPath, 1000)
            }
        }
        return .line(line)
    }

    /// Whether a line goes into the history: a colon command such as `:hint`.
    static func remembers(_ line: String) -> Bool {
        line.trimmingCharacters(in: .whitespaces).hasPrefix(":")
    }
}
