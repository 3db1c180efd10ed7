import Foundation
import Testing
@testable import RecallCore

/// docs/deck-format.md, found from this file's place in `Tests/RecallCoreTests/Decks/`.
private let formatDoc = URL(fileURLWithPath: #filePath)
    .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    .deletingLastPathComponent().appendingPathComponent("docs/deck-format.md")

/// The ```yaml blocks of a Markdown text, unindented.
private func yamlBlocks(in markdown: String) -> [String] {
    var blocks: [String] = []
    var current: [Substring]?
    var indent = 0
    for line in markdown.split(separator: "\n", omittingEmptySubsequences: false) {
        let trimmed = line.drop { $0 == " " }
        if current == nil, trimmed == "```yaml" {
            current = []
            indent = line.count - trimmed.count
        } else if current != nil, trimmed == "```" {
            blocks.append(current!.joined(separator: "\n"))
            current = nil
        } else if current != nil {
            current!.append(line.dropFirst(min(indent, line.prefix { $0 == " " }.count)))
        }
    }
    return blocks
}

@Test func everyYAMLExampleInTheFormatReferenceReadsCleanly() throws {
    let blocks = yamlBlocks(in: try String(contentsOf: formatDoc, encoding: .utf8))
    #expect(blocks.count >= 6)
    for block in blocks {
        let result = DeckParser.parse(block, file: "docs/example.yaml")
        #expect(result.diagnostics.map(\.description) == [], "\(block)")
        #expect(result.deck?.cards.isEmpty == false)
    }
}

@Test func theFormatReferenceShowsEveryKindOfCard() throws {
    let blocks = yamlBlocks(in: try String(contentsOf: formatDoc, encoding: .utf8))
    let kinds = blocks.flatMap { DeckParser.parse($0, file: "x.yaml").deck?.cards.map(\.content.kind) ?? [] }
    #expect(Set(kinds) == Set(CardContent.Kind.allCases))
}
