import Foundation
import RecallCore

/// What one read from the person gave.
public enum LineInput: Equatable, Sendable {
    case line(String)
    /// Ctrl-C: the line being typed was cancelled.
    case interrupt
    /// Ctrl-D, or the end of piped input.
    case endOfInput
}

/// Where a study session reads its lines from: readline on a terminal, plain lines otherwise.
public protocol LineReader {
    mutating func readLine(prompt: String) -> LineInput
    /// Words offered by tab completion at the start of a line.
    mutating func setCompletions(_ words: [String])
}

/// Reads plain lines (piped input, scripts): no editing, no history. Prompts are printed and,
/// when the input is not a terminal (which would echo it), so is each line read, so a
/// transcript of a scripted session reads like a person's.
public struct PlainLineReader: LineReader {
    private let output: any TextOutput
    private let echo: Bool

    public init(output: any TextOutput, echo: Bool = isatty(STDIN_FILENO) == 0) {
        self.output = output
        self.echo = echo
    }

    public mutating func readLine(prompt: String) -> LineInput {
        output.write(prompt)
        guard let line = Swift.readLine(strippingNewline: true) else {
            output.write("\n")
            return .endOfInput
        }
        output.write((echo ? TerminalText.sanitize(line, keepNewlines: false) : "") + "\n")
        return .line(line)
    }

    public mutating func setCompletions(_ words: [String]) {}
}

/// Where a study session writes. Standard output in the tool, a buffer in tests.
public protocol TextOutput: Sendable {
    func write(_ text: String)
}

public struct StandardOutput: TextOutput {
    public init() {}

    public func write(_ text: String) {
        FileHandle.standardOutput.write(Data(text.utf8))
    }
}
