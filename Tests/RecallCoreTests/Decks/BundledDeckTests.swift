import Foundation
import Testing
@testable import RecallCore

/// The package's `decks/` folder, found from this file's place in `Tests/RecallCoreTests/Decks/`.
private let decksFolder = URL(fileURLWithPath: #filePath)
    .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    .deletingLastPathComponent().appendingPathComponent("decks")

private func bundledDeckFiles() throws -> [URL] {
    try FileManager.default.contentsOfDirectory(at: decksFolder, includingPropertiesForKeys: nil)
        .filter { DeckParser.fileExtensions.contains($0.pathExtension.lowercased()) }
        .sorted { $0.lastPathComponent < $1.lastPathComponent }
}

private func parseBundled(_ url: URL) throws -> DeckParseResult {
    DeckParser.parse(try String(contentsOf: url, encoding: .utf8), file: "decks/" + url.lastPathComponent)
}

/// Words separated by single spaces, so a sentence matches across the article's hard line breaks.
private func collapsed(_ text: String) -> String {
    text.split(whereSeparator: \.isWhitespace).joined(separator: " ")
}

@Test func everyBundledDeckReadsWithoutAnyDiagnostic() throws {
    let files = try bundledDeckFiles()
    #expect(files.map(\.lastPathComponent).contains("baku-tightrope.yaml"))
    for file in files {
        let result = try parseBundled(file)
        #expect(result.diagnostics.map(\.description) == [], "\(file.lastPathComponent)")
        #expect(result.deck?.cards.isEmpty == false)
    }
}

@Test func theBakuDeckHasThirtyCardsOfEveryKindAndCategory() throws {
    let deck = try #require(try parseBundled(decksFolder.appendingPathComponent("baku-tightrope.yaml")).deck)
    #expect(deck.name == "Baku's Tightrope")
    #expect(deck.cards.count >= 30)
    #expect(Set(deck.cards.map(\.content.kind)) == Set(CardContent.Kind.allCases))
    for category in FactCategory.allCases {
        #expect(deck.cards.filter { $0.content.tags.contains(category.rawValue) }.count >= 4, "\(category)")
    }
}

@Test func everyExplanationInTheBakuDeckIsASentenceOfTheArticle() throws {
    let deck = try #require(try parseBundled(decksFolder.appendingPathComponent("baku-tightrope.yaml")).deck)
    let article = collapsed(try String(contentsOf: decksFolder.appendingPathComponent("baku-tightrope.txt"), encoding: .utf8))
    for card in deck.cards {
        let explanation = try #require(card.content.explanation, "\(card.key) has no explanation")
        #expect(article.contains(collapsed(explanation)), "\(card.key)")
    }
}

@Test func theBakuDeckSurvivesWriteThenParse() throws {
    let file = decksFolder.appendingPathComponent("baku-tightrope.yaml")
    let deck = try #require(try parseBundled(file).deck)
    let rendered = DeckWriter.render(deck)
    let again = DeckParser.parse(rendered, file: "decks/copy.yaml")
    // One entry written for each entry read: the cards of a cloze entry are written back together.
    func entries(_ text: String) -> Int { text.split(separator: "\n").count { $0.hasPrefix("  - ") } }
    #expect(entries(rendered) == entries(try String(contentsOf: file, encoding: .utf8)))
    #expect(again.diagnostics.isEmpty)
    #expect(again.deck?.cards.map(\.key) == deck.cards.map(\.key))
    #expect(again.deck?.cards.map(\.content) == deck.cards.map(\.content))
}
