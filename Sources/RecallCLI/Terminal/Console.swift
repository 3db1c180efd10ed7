import ArgumentParser
import Foundation
import RecallCore

/// Writing messages and turning failures into a sentence and a non-zero exit.
enum Console {
    static func error(_ message: String) {
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

    /// Writes a command's result to `path` atomically (a failed write leaves any old file
    /// whole), or to standard output when no path is given.
    static func writeOutput(_ text: String, to path: String?) throws {
        guard let path else {
            FileHandle.standardOutput.write(Data(text.utf8))
            return
        }
        do {
            try Data(text.utf8).write(to: URL(fileURLWithPath: path), options: .atomic)
        } catch {
            throw LibraryError.unwritable(path: path, reason: (error as NSError).localizedDescription)
        }
    }

    /// Runs a command body; any failure other than ArgumentParser's own is printed as a
    /// sentence and ends the process with status 1.
    static func run(_ body: () throws -> Void) throws {
        do {
            try body()
        } catch let error as ExitCode {
            throw error
        } catch let error as ValidationError {
            throw error
        } catch let error as CleanExit {
            throw error
        } catch {
            Console.error(TerminalText.sanitize(error.localizedDescription))
            throw ExitCode.failure
        }
    }
}
