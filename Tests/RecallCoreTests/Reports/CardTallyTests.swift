import Foundation
import Testing
@testable import RecallCore

private typealias S = ReportSamples

struct CardTallyTests {
    /// Every card with lapses sorted as the hardest are (most lapses, then higher difficulty,
    /// then lower id) and cut at the limit: what the tally keeps card by card must equal it.
    @Test(arguments: [0, 1, 5, 20, 200])
    func theHardestCardsKeptOneByOneAreTheFirstOfAllSorted(limit: Int) {
        var random = SplitMix64(seed: 13)
        let cards = (1...150).map { id in
            S.card(Int64(id), difficulty: Double(random.next() % 4) + 1, lapses: Int(random.next() % 6))
        }.shuffled(using: &random)
        let scope = ReportScope(now: S.now, calendar: S.utc)
        var tally = CardTally(scope: scope, options: ReportOptions(hardestLimit: limit))
        for card in cards { tally.add(card) }
        let expected = cards.filter { $0.state.lapses > 0 }
            .sorted {
                ($0.state.lapses, $0.state.memory!.difficulty, -$0.id) > ($1.state.lapses, $1.state.memory!.difficulty, -$1.id)
            }
            .prefix(limit).map(\.id)
        #expect(tally.hardestIDs == Array(expected))
        #expect(tally.hardest.map(\.id) == Array(expected))
    }

    @Test func hardestCardsAddedWithoutTextsAreNamedAfterwards() {
        let scope = ReportScope(now: S.now, calendar: S.utc)
        var tally = CardTally(scope: scope)
        for id in Int64(1)...3 {
            var card = S.card(id, lapses: Int(id))
            (card.key, card.prompt) = ("", "")
            tally.add(card)
        }
        tally.name([3: ("capital-of-chad", "What is the capital of Chad?"), 1: ("one", "First?")])
        #expect(tally.hardest.map(\.key) == ["capital-of-chad", "", "one"])
        #expect(tally.hardest.map(\.prompt) == ["What is the capital of Chad?", "", "First?"])
    }

    @Test func eachCardIsJudgedWithItsDecksPresetAndACardOfNoDeckWithTheDefault() {
        var scope = ReportScope(now: S.now, calendar: S.utc)
        scope.presets = ["Slow": Preset(name: "Slow")]
        scope.deckPresets = ["Languages": "Slow"]
        var tally = CardTally(scope: scope)
        tally.add(S.card(1, deck: "Capitals"))
        tally.add(S.card(2, deck: "Languages"))
        let preset = tally.presets(in: scope)
        #expect([1, 2, 3].map { preset($0).name } == [Preset.defaultName, "Slow", Preset.defaultName])
    }
}
