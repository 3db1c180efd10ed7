import Testing
@testable import RecallCore

@Test func aCleftIsAskedForWhatItSinglesOut() {
    let found = ruleFacts(CleftRule(), in: """
        Title
        Trump is not the first to complain about theft, but ironically it was US companies’ use of China’s resources that led to the development of its powerhouse of patents.
        """)
    #expect(found.map(\.answer) == ["US companies’ use of China’s resources"])
    // "its" is China, named in the answer: the question names it.
    #expect(found.first?.prompt == "What led to the development of China’s powerhouse of patents?")
    #expect(found.first?.asksCloze == false)
}

@Test func aPersonSingledOutIsAskedWho() {
    let found = ruleFacts(CleftRule(), in: "Title\nMary Jones spoke first. It was Mary Jones who signed the treaty in Paris.")
    #expect(found.map(\.prompt) == ["Who signed the treaty in Paris?"])
}

@Test func aCountrySingledOutIsAskedWhichCountry() {
    let found = ruleFacts(CleftRule(), in: "Title\nTalks dragged on. It was China that joined the trade body first in 2001.")
    #expect(found.map(\.prompt) == ["Which country joined the trade body first in 2001?"])
}

@Test(arguments: [
    ("an extraposed adjective", "Title\nIt is clear that costs rose in the spring."),
    ("a date singled out is the date rule's", "Title\nIt was in 2001 that China joined the trade body."),
    ("a that clause with its own subject", "Title\nIt was a pity that he left the party so soon."),
    ("a denial", "Title\nIt was not the tariffs that hurt the farmers most."),
    ("no clause start", "Title\nCritics said it was the tariffs that hurt the farmers most."),
    ("its with nothing named in the focus", "Title\nIt was the new tariff that cut its exports by half."),
])
func noCleftQuestionWithoutANounPhraseSingledOut(_ id: String, _ text: String) {
    #expect(ruleFacts(CleftRule(), in: text).isEmpty, "\(id)")
}
