import ArgumentParser
import Foundation
import RecallCore

struct AddCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "add",
        abstract: "Add a card to a deck file, asking for each field.",
        discussion: """
        Each field is checked as `recall deck check` would check it, and asked again when it has a \
        problem. The card is appended after the deck's last card; the rest of the file, comments \
        included, is left as it was. Ctrl-D, or an empty required field, adds nothing.
        """)

    @OptionGroup var global: GlobalOptions

    @Option(help: ArgumentHelp("The kind of card: basic, cloze, multiple-choice or numeric (asked when not given).",
                               valueName: "kind"))
    var kind: CardContent.Kind?

    @Argument(help: ArgumentHelp("The deck file to add to (asked when not given).", valueName: "deck-file"))
    var deckFile: String?

    func run() throws {
        try Console.run {
            let terminal = isatty(STDIN_FILENO) == 1 && isatty(STDOUT_FILENO) == 1 && !global.plain
            let output = StandardOutput()
            var reader: any LineReader = terminal
                ? ReadlineLineReader(historyPath: nil) : PlainLineReader(output: output)
            let authoring = CardAuthoring(output: output, style: terminal ? Style.detect() : Style(enabled: false))
            let folder = global.decksFolder()
            let url: URL
            if let deckFile {
                url = URL(fileURLWithPath: (deckFile as NSString).expandingTildeInPath)
            } else {
                let decks = DeckLibrary.files(in: folder).filter {
                    DeckLibrary.deckExtensions.contains($0.pathExtension.lowercased())
                }
                guard let chosen = authoring.askDeckFile(default: decks.count == 1 ? decks[0] : nil,
                                                         offering: decks, reader: &reader) else {
                    throw ExitCode.failure
                }
                url = chosen
            }
            guard FileManager.default.fileExists(atPath: url.path) else {
                throw AuthoringError.noDeckFile(path: DeckLibrary.displayPath(url))
            }
            let display = DeckLibrary.displayPath(url)
            guard let added = try authoring.addCard(to: url, displayPath: display, kind: kind, reader: &reader) else {
                throw ExitCode.failure
            }
            authoring.reportAdded(added)
            print("Study it with `recall study`.")
        }
    }
}

extension CardContent.Kind: ExpressibleByArgument {}
