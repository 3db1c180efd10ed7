import Testing
@testable import RecallCore

@Test func aPersonSubjectIsAskedWhoDidWhat() {
    let found = ruleFacts(ActorRule(), in: "Title\nJohn Bolton joined the White House in April. Bolton advocates attacking North Korea first.")
    #expect(found.map(\.entity) == ["John Bolton", "John Bolton"])
    #expect(found.last?.entityPrompt == "Who advocates attacking North Korea first?")
}

@Test func aResolvedHeIsTheActor() {
    let found = ruleFacts(ActorRule(), in: "Title\nCarles Puigdemont fled Spain in October. He had been living in exile in Belgium since then.")
    #expect(found.last?.entity == "Carles Puigdemont")
    #expect(found.last?.entityPrompt == "Who had been living in exile in Belgium since then?")
}

@Test(arguments: [
    "Title\nThe appointment of John Bolton signals a more confrontational approach to the world.",
    "Title\nJohn Bolton said “there is no United Nations” in a speech.",
    "Title\nWhereas McMaster was a cautious general, the new adviser is not.",
    "Title\nJohn Smith met Peter Jones on Monday. He said the deal was done at last.",
    "Title\nAustralia might reconsider the level of its involvement in the football World Cup.",
])
func noActorWhereThePersonIsNotTheSubject(_ text: String) {
    #expect(ruleFacts(ActorRule(), in: text).filter { $0.sentence == Article(text: text).sentences.count - 1 }.isEmpty)
}

@Test func aCountrySubjectIsAskedWhichCountry() {
    let found = ruleFacts(ActorRule(), in: "Title\nTalks went on. The US has announced it will take China to the WTO over patent violations.")
    #expect(found.last?.entity == "the US")
    #expect(found.last?.entityPrompt == "Which country has announced it will take China to the WTO over patent violations?")
}

@Test(arguments: [
    ("a named body that acts", "Title\nThe European Council concluded that Russia was highly likely to be responsible for the attack.",
     "Who concluded that Russia was highly likely to be responsible for the attack?", "the European Council"),
    ("an acronym that is no country", "Title\nNATO announced that it would send four battalions to the Baltic states.",
     "Who announced that it would send four battalions to the Baltic states?", "NATO"),
])
func aNamedBodyIsAskedForWhatItDid(_ id: String, _ text: String, _ question: String, _ actor: String) {
    let facts = ActorRule().facts(in: Article(text: text))
    #expect(facts.contains { $0.entityPrompt == question && $0.entity == actor }, "\(id): \(facts.map { ($0.entityPrompt ?? "", $0.entity ?? "") })")
}

@Test func aBodyInAStateIsNotAsked() {
    let facts = ActorRule().facts(in: Article(text: "Title\nThe EU has been through repeated crises since 2008 and it seems tired."))
    #expect(facts.isEmpty)
}

@Test(arguments: [
    ("a name before a role", "Title\nEU leaders stressed unqualified solidarity with the UK over the attack.", "EU leaders"),
    ("a nationality before a role", "Title\nChinese officials signalled readiness to work with the new team.", "Chinese officials"),
])
func aGroupANamePlacesIsAskedWho(_ id: String, _ text: String, _ actor: String) {
    #expect(ruleFacts(ActorRule(), in: text).map(\.entity) == [actor], "\(id)")
}

@Test func aGroupDescribedIsNotAsked() {
    // "Which … are …" fits many groups, as it does countries.
    #expect(ruleFacts(ActorRule(), in: "Title\nEU leaders are among the most cautious people in Europe.").isEmpty)
}

@Test func aTimeCountedFromTodayBetweenSubjectAndVerbIsLeftOut() {
    let found = ruleFacts(ActorRule(), in: "Title\nUS Secretary of State Mike Pompeo last week imposed additional curbs on travel by officials.")
    #expect(found.map(\.entity) == ["Mike Pompeo"])
    #expect(found.first?.entityPrompt == "Who imposed additional curbs on travel by officials?")
}

@Test func aCountryThatWasInstrumentalIsAskedWhichCountry() {
    let facts = ruleFacts(ActorRule(), in: "Title\nAlong with the Allies, the Soviet Union was instrumental in the post-war Nuremberg process.")
    #expect(facts.map(\.entity) == ["the Soviet Union"])
    #expect(facts.map(\.entityPrompt) == ["Which country was instrumental in the post-war Nuremberg process, along with the Allies?"])
    // A country described is still not asked.
    #expect(ruleFacts(ActorRule(), in: "Title\nAlong with the Allies, the Soviet Union was powerful in the post-war years.").isEmpty)
}

@Test func aSecondPredicateOfTheSameSubjectStaysInTheQuestion() {
    let text = "Title\nEU leaders reconfirmed their commitment to free trade and simultaneously spoke out against the US decision to impose tariffs on steel."
    let found = ruleFacts(ActorRule(), in: text)
    #expect(found.map(\.entityPrompt) == [
        "Who reconfirmed their commitment to free trade and simultaneously spoke out against the US decision to impose tariffs on steel?",
    ])
    #expect(found.first?.entity == "EU leaders")
}
