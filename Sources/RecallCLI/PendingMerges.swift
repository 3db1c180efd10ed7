// TEMPORARY, removed when the generate branch merges: minimal stand-ins so the
// CLI builds meanwhile. Articles give no cards yet.
import RecallCore

struct Article {
    var title: String?
    init(text: String, fileName: String) {}
}

struct QuestionGenerator {
    struct Result { var cards: [DeckCard] = [] }
    func generate(from article: Article, fileName: String) -> Result { Result() }
}
import Foundation
