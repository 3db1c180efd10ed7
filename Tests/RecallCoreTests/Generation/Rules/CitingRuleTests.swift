import Testing
@testable import RecallCore

@Test func aReasonCitedAfterTheClauseIsAskedForWhatWasCited() {
    let text = "Title\nDonald Trump imposed tariffs on steel and aluminum imports in May, citing national security concerns."
    let found = ruleFacts(CitingRule(), in: text)
    #expect(found.map(\.prompt) == ["What did Donald Trump cite in imposing tariffs on steel and aluminum imports in May?"])
    #expect(found.first?.answer == "national security concerns")
    // An auxiliary's clause, a reason too long to type, or another clause before it: not asked.
    #expect(ruleFacts(CitingRule(), in: "Title\nDonald Trump has imposed tariffs on steel, citing national security concerns.").isEmpty)
    #expect(ruleFacts(CitingRule(), in: "Title\nDonald Trump imposed tariffs on steel, citing the many concerns of the steel industry over cheap imports from abroad.").isEmpty)
    #expect(ruleFacts(CitingRule(), in: "Title\nDonald Trump imposed tariffs, which hurt Europe, citing national security concerns.").isEmpty)
}

@Test(arguments: [
    ("impose", "imposing"), ("cite", "citing"), ("see", "seeing"), ("die", "dying"), ("say", "saying"),
    ("sign", "signing"), ("announce", "announcing"), ("fix", "fixing"),
])
func theGerundOfABaseIsSpelledAsEnglishDoes(_ base: String, _ gerund: String) {
    #expect(VerbForms.gerund(of: base) == gerund)
}

@Test func aGerundWhoseConsonantMayDoubleIsLeftOut() {
    #expect(VerbForms.gerund(of: "stop") == nil)
    #expect(VerbForms.gerund(of: "admit") == nil)
}
