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
        func fail(_ message: String) -> Never {
            FileHandle.standardError.write(Data((message + "\n").utf8))
            Self.exit(withError: ExitCode.failure)
        }
        let url = URL(fileURLWithPath: article)
        guard let data = FileManager.default.contents(atPath: article) else {
            fail("\(article): error: cannot read the article")
        }
        guard let text = String(data: data, encoding: .utf8) else {
            fail("\(article):1:1: error: the article is not UTF-8 text")
        }
        let result = QuestionGenerator().generate(from: Article(text: text, fileName: article), fileName: url.lastPathComponent)
        let counts = result.counts.map { "\($0.category.rawValue) \($0.count)" }.joined(separator: ", ")
        FileHandle.standardError.write(Data("\(result.cards.count) questions: \(counts)\n".utf8))
        let rendered = format == .json ? GenerationJSON.render(result) : GeneratedDeckYAML.render(result.deck)
        if let output {
            do {
                try Data(rendered.utf8).write(to: URL(fileURLWithPath: output))
            } catch {
                fail("\(output): error: cannot write the questions (\(error.localizedDescription))")
            }
        } else {
            FileHandle.standardOutput.write(Data(rendered.utf8))
        }
    }
}

/// A small YAML deck writer for generated cards.
/// TODO(lead, at merge): replace with `DeckWriter.render(_:)` from RecallCore/Decks.
private enum GeneratedDeckYAML {
    static func render(_ deck: Deck) -> String {
        var lines = ["deck: \(quoted(deck.name))", "cards:"]
        for card in deck.cards {
            let content = card.content
            lines.append("  - id: \(quoted(card.key))")
            lines.append("    q: \(quoted(content.prompt))")
            lines.append("    a: \(quoted(content.answer))")
            if !content.accepted.isEmpty {
                lines.append("    accept: [\(content.accepted.map(quoted).joined(separator: ", "))]")
            }
            if !content.choices.isEmpty {
                lines.append("    choices: [\(content.choices.map(quoted).joined(separator: ", "))]")
            }
            if let cloze = content.clozePrompt { lines.append("    cloze: \(quoted(cloze))") }
            if let category = content.category { lines.append("    category: \(category.rawValue)") }
            if let explanation = content.explanation { lines.append("    explain: \(quoted(explanation))") }
            if let source = content.source {
                lines.append("    source: {line: \(source.line), column: \(source.column)}")
            }
        }
        return lines.joined(separator: "\n") + "\n"
    }

    /// A double-quoted YAML scalar.
    private static func quoted(_ text: String) -> String {
        var out = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\t": out += "\\t"
            default: out.unicodeScalars.append(scalar)
            }
        }
        return out + "\""
    }
}
