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
                if let deck {
                    let warnings = diagnostics.count
                    print("\(TerminalText.sanitize(file)): \(ReportFormat.plural(deck.cards.count, "card"))"
                          + (warnings == 0 ? ", no problems" : ", " + ReportFormat.plural(warnings, "warning")))
                } else {
                    let errors = diagnostics.filter { $0.severity == .error }.count
                    print("\(TerminalText.sanitize(file)): \(ReportFormat.plural(errors, "error"))")
                    failed = true
                }
            }
            if failed { throw ExitCode.failure }
        }
    }
}
