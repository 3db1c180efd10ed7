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
            let result = QuestionGenerator().generate(
                from: Article(text: text, fileName: article), fileName: url.lastPathComponent)
            let counts = result.counts.map { "\($0.category.rawValue) \($0.count)" }.joined(separator: ", ")
            Console.note("\(result.cards.count) questions: \(counts)")
            Console.note(result.gate.summary)
            let rendered = format == .json ? GenerationJSON.render(result) : DeckWriter.render(result.deck)
            try Console.writeOutput(rendered, to: output)
        }
    }
}
