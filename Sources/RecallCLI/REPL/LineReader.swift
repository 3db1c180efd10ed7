import Foundation

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

/// Reads plain lines (piped input, scripts): no editing, no history, prompts still printed
/// so transcripts read naturally.
public struct PlainLineReader: LineReader {
    private let output: any TextOutput

    public init(output: any TextOutput) { self.output = output }

    public mutating func readLine(prompt: String) -> LineInput {
        output.write(prompt)
        guard let line = Swift.readLine(strippingNewline: true) else {
            output.write("\n")
            return .endOfInput
        }
        output.write("\n")
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
