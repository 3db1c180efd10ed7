import ArgumentParser
import Foundation
import RecallCore

/// `recall generate ARTICLE`: study questions from an article's facts.
struct GenerateCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "generate",
        abstract: "Generate study questions from an article (plain text or Markdown)."
    )

    enum Format: String, ExpressibleByArgument, CaseIterable {
        case yaml, json
    }

    /// Taken like every command's, so `recall --plain generate FILE` works; generating needs
    /// no collection, and writes no colour.
    @OptionGroup var global: GlobalOptions

    @Argument(help: "The article to read.")
    var article: String

    @Option(help: "Output format: yaml (an editable deck) or json.")
    var format: Format = .yaml

    @Option(name: .shortAndLong, help: "Write to this file instead of standard output.")
    var output: String?

    func run() throws {
        try Console.run {
            let url = URL(fileURLWithPath: (article as NSString).expandingTildeInPath)
            let text = try DeckLibrary.readText(url, displayPath: article)
            if let problem = Article.lengthProblem(text, file: article) {
                Console.print([problem])
                throw ExitCode.failure
            }
            var result = QuestionGenerator().generate(
                from: Article(text: text, fileName: article), fileName: url.lastPathComponent)
            // Nothing found: say so and what recall looks for; an empty deck only when -o asks.
            if result.cards.isEmpty {
                Console.print([FactCategory.noFactsDiagnostic(file: article, articleIsEmpty: text.allSatisfy(\.isWhitespace))])
                if output == nil { return }
            }
            nameArticle(url, in: &result.cards)

            let counts = result.counts.map { "\($0.category.rawValue) \($0.count)" }.joined(separator: ", ")
            Console.note("\(result.cards.count) questions: \(counts)")
            Console.note(result.gate.summary)
            let rendered = format == .json ? GenerationJSON.render(result) : DeckWriter.render(result.deck)
            try Console.writeOutput(rendered, to: output)
        }
    }

    /// Each card's `source` names the article relative to the deck file, so `:source` can say
    /// where a fact comes from: its name when the deck is written beside it (or to standard
    /// output), else its full path.
    private func nameArticle(_ article: URL, in cards: inout [DeckCard]) {
        let folder = output.flatMap { Console.isStandardOutput($0) ? nil : URL(fileURLWithPath: $0).deletingLastPathComponent() }
        let file = folder == nil || folder?.standardizedFileURL.path == article.deletingLastPathComponent().standardizedFileURL.path
            ? article.lastPathComponent : article.standardizedFileURL.path
        for index in cards.indices { cards[index].content.source?.file = file }
    }
}
