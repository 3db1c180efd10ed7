import ArgumentParser
import Foundation
import RecallCore
import RecallStore

/// Writing messages and turning failures into a sentence and a non-zero exit.
enum Console {
    static func error(_ message: String) {
        // A message that quotes a sentence ending in a full stop and ends with its own gets one.
        let message = message.hasSuffix("..") && !message.hasSuffix("...") ? String(message.dropLast()) : message
        FileHandle.standardError.write(Data("recall: error: \(message)\n".utf8))
    }

    static func note(_ message: String) {
        FileHandle.standardError.write(Data("\(message)\n".utf8))
    }

    /// Prints diagnostics like a compiler, errors and warnings on standard error.
    static func print(_ diagnostics: [DeckDiagnostic]) {
        for diagnostic in diagnostics {
            FileHandle.standardError.write(Data((TerminalText.sanitize(diagnostic.description) + "\n").utf8))
        }
    }

    /// Whether an `-o` value means standard output: none given, or `-`.
    static func isStandardOutput(_ path: String?) -> Bool { path == nil || path == "-" }

    /// Writes a command's result to `path` atomically (a failed write leaves any old file
    /// whole), or to standard output when no path or `-` is given. A device or pipe such as
    /// /dev/null is written in place: an atomic write would replace it with a plain file.
    static func writeOutput(_ text: String, to path: String?) throws {
        try writeOutput(Data(text.utf8), to: path)
    }

    static func writeOutput(_ data: Data, to path: String?) throws {
        guard let path, !isStandardOutput(path) else {
            FileHandle.standardOutput.write(data)
            return
        }
        let url = URL(fileURLWithPath: (path as NSString).expandingTildeInPath)
        let type = (try? FileManager.default.attributesOfItem(atPath: url.path))?[.type] as? FileAttributeType
        do {
            if let type, type != .typeRegular {
                let handle = try FileHandle(forWritingTo: url)
                defer { try? handle.close() }
                try handle.write(contentsOf: data)
            } else {
                try data.write(to: url, options: .atomic)
            }
        } catch {
            throw LibraryError.unwritable(path: path, reason: FileErrorReason.describe(error))
        }
    }

    /// Runs a command body; any failure other than ArgumentParser's own is printed as a
    /// sentence and ends the process with status 1. A `ValidationError` found while running
    /// (a bad option value) is printed the same way with status 64, without ArgumentParser's
    /// usage of the root command, which would not help.
    static func run(_ body: () throws -> Void) throws {
        do {
            try body()
        } catch let error as ExitCode {
            throw error
        } catch let error as ValidationError {
            Console.error(TerminalText.sanitize(error.message))
            throw ExitCode.validationFailure
        } catch let error as CleanExit {
            throw error
        } catch {
            Console.error(TerminalText.sanitize(error.localizedDescription))
            throw ExitCode.failure
        }
    }
}
