import ArgumentParser
import Foundation
import RecallCore
import RecallStore

struct StudyCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "study",
        abstract: "Study what is due today (what `recall` alone does).",
        discussion: """
        With no arguments, every deck file and article in the decks folder is loaded and studied. \
        Name decks in the collection, or give deck files (.yaml) and articles (.txt, .md), to study only those.
        """)

    @OptionGroup var global: GlobalOptions

    @Argument(help: ArgumentHelp("Decks to study: deck names (any case, or the start of the name; a parent takes in its sub-decks), deck files or articles.", valueName: "deck"))
    var targets: [String] = []

    @Flag(help: "Ask every card by reveal-and-grade: think of the answer, press Enter to see it, grade yourself 1–4.")
    var reveal = false

    /// The deck `typed` names; a word that is no deck but close to a command's name was most
    /// likely meant as the command (`recall stast`), and the error says so.
    static func deckPath(_ typed: String, in database: AppDatabase) throws -> String {
        do {
            return try DeckLookup.path(typed, in: database)
        } catch let error as DeckNameError {
            guard case .noSuchDeck = error,
                  let command = NameSuggestion.closest(to: typed, among: RecallCommand.commandNames).first
            else { throw error }
            throw LibraryError.notFound(typed, command: command)
        }
    }

    func run() throws {
        try Console.run {
            let database = try global.openDatabase()
            let clock = try global.makeClock()
            let settings = try Settings.load(from: database)
            let folder = global.decksFolder()

            var files = DeckLibrary.files(in: folder)
            var names: [String] = []
            for target in targets {
                let url = URL(fileURLWithPath: (target as NSString).expandingTildeInPath)
                if FileManager.default.fileExists(atPath: url.path), DeckLibrary.isLoadable(url) {
                    if !files.contains(url.standardizedFileURL) { files.append(url.standardizedFileURL) }
                    names.append(url.standardizedFileURL.path)
                } else {
                    names.append(target)
                }
            }
            let (loaded, diagnostics) = try DeckLibrary.load(files, into: database, now: clock.now())
            Console.print(diagnostics)
            if diagnostics.contains(where: { $0.severity == .error }) {
                Console.note("Cards with errors were left out (a file that is not a deck is skipped); `recall deck check FILE` lists every problem.")
            }
            if names.isEmpty, try database.deckNamesByID().isEmpty {
                return print(FirstRun.message(decksFolder: folder))
            }
            let deckNames = try names.map { name in
                if let deck = loaded.first(where: { URL(fileURLWithPath: $0.file).standardizedFileURL.path == name }) {
                    return deck.name
                }
                return try Self.deckPath(name, in: database)
            }
            let deckIDs = deckNames.isEmpty ? nil : try DeckLookup.ids(under: deckNames, in: database)
            let title = deckNames.isEmpty ? "all decks" : deckNames.joined(separator: ", ")

            let terminal = isatty(STDIN_FILENO) == 1 && isatty(STDOUT_FILENO) == 1 && !global.plain
            let output = StandardOutput()
            let history = GlobalOptions.historyFileURL()
            if terminal {
                // Without its folder there is no history, and the session goes on.
                try? FileManager.default.createDirectory(at: history.deletingLastPathComponent(), withIntermediateDirectories: true)
            }
            let reader: any LineReader = terminal
                ? ReadlineLineReader(historyPath: history.path)
                : PlainLineReader(output: output)
            let session = StudySession(
                context: .init(database: database, settings: settings, deckIDs: deckIDs, deckTitle: title,
                               clock: clock, seed: global.seed ?? UInt64.random(in: .min ... .max),
                               revealAll: reveal, dateOrder: { DateOrder.fromLocale() }),
                reader: reader, output: output, style: terminal ? Style.detect() : Style(enabled: false),
                columns: { TerminalSize.columns() })
            try session.run()
        }
    }
}
