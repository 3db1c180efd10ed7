import RecallCore
@testable import RecallSync
import Testing

/// recall's deletions go to the server in chunks of at most 250 ids, as Anki sends its own.
struct AnkiGraveChunkTests {
    @Test func deletionsGoInChunksOfAtMost250IdsCardsFirst() {
        #expect(AnkiIncrementalSync.chunks(of: AnkiGraves()).isEmpty)
        let graves = AnkiGraves(cards: (1...300).map(Int64.init), decks: [7], notes: (1001...1240).map(Int64.init))
        let chunks = AnkiIncrementalSync.chunks(of: graves)
        #expect(chunks.map { $0.cards.count + $0.notes.count + $0.decks.count } == [250, 250, 41])
        #expect(chunks[0].cards == (1...250).map(Int64.init) && chunks[0].notes.isEmpty)
        #expect(chunks[1].cards == (251...300).map(Int64.init) && chunks[1].notes == (1001...1200).map(Int64.init))
        #expect(chunks[2].notes == (1201...1240).map(Int64.init) && chunks[2].decks == [7])
    }
}
