import ArgumentParser
import Foundation
import RecallCore

extension DeckCommand {
    struct New: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Create an empty deck file in the decks folder, ready for `recall add`.")

        @OptionGroup var global: GlobalOptions

        @Argument(help: ArgumentHelp("The deck's name; the file is named after it.", valueName: "name"))
        var name: String

        func validate() throws {
            if name.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty {
                throw ValidationError("give the new deck a name")
            }
        }

        func run() throws {
            try Console.run {
                let folder = global.decksFolder()
                let url = folder.appendingPathComponent(DeckTemplate.fileName(for: name))
                let display = DeckLibrary.displayPath(url)
                try DeckTemplate.create(named: name.trimmingCharacters(in: .whitespacesAndNewlines),
                                        at: url, displayPath: display)
                print("Created \(TerminalText.sanitize(display)).")
                print("Add cards with `recall add \(TerminalText.sanitize(display))`, then study them with `recall study`.")
            }
        }
    }
}
