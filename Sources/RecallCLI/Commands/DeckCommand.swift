import ArgumentParser
import Foundation
import RecallCore

struct DeckCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "deck", abstract: "Work with deck files.", subcommands: [Check.self, New.self])

    struct Check: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Check deck files (and articles) and report every problem with its place.")

        @OptionGroup var global: GlobalOptions

        @Argument(help: ArgumentHelp("Deck files (.yaml) or articles (.txt, .md).", valueName: "file"))
        var files: [String]

        func validate() throws {
            if files.isEmpty { throw ValidationError("give at least one deck file to check") }
        }

        func run() throws {
            var failed = false
            for file in files {
                let url = URL(fileURLWithPath: (file as NSString).expandingTildeInPath)
                let (deck, diagnostics) = DeckLibrary.read(url, displayPath: file)
                Console.print(diagnostics)
                let errors = diagnostics.count { $0.severity == .error }
                let warnings = diagnostics.count - errors
                var counts: [String] = []
                if errors > 0 { counts.append(ReportFormat.plural(errors, "error")) }
                if warnings > 0 { counts.append(ReportFormat.plural(warnings, "warning")) }
                if let deck {
                    // Cards with errors are left out; the rest load.
                    let problems = counts.isEmpty ? "no problems" : counts.joined(separator: ", ")
                    print("\(TerminalText.sanitize(file)): \(ReportFormat.plural(deck.cards.count, "card")), \(problems)")
                } else {
                    print("\(TerminalText.sanitize(file)): \(ReportFormat.plural(errors, "error")), the file is skipped")
                }
                if errors > 0 { failed = true }
            }
            if failed { throw ExitCode.failure }
        }
    }
}
