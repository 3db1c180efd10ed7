import Foundation
import Testing
@testable import RecallCore

@Test(arguments: generationArticles)
func generationIsDeterministic(_ name: String) throws {
    let text = try articleFixture(name)
    let first = GenerationJSON.render(QuestionGenerator().generate(from: Article(text: text), fileName: name))
    let second = GenerationJSON.render(QuestionGenerator().generate(from: Article(text: text), fileName: name))
    #expect(first == second)
    #expect(first.count > 1000)
}

@Test(arguments: generationArticles)
func everyAnswerOccursInTheArticleAtItsRecordedLocation(_ name: String) throws {
    let text = try articleFixture(name)
    let article = Article(text: text)
    let source = Array(text.unicodeScalars)
    let lines = text.split(separator: "\n", omittingEmptySubsequences: false).map { Array($0.unicodeScalars) }
    for fact in QuestionGenerator().generate(from: article, fileName: name).facts {
        let sentence = article.sentences[fact.sentence]
        #expect(sentence.text(fact.span) == fact.answer)
        // The same scalars, line breaks read as spaces, at the recorded source offsets.
        let offsets = sentence.offsets[fact.span]
        let original = String(String.UnicodeScalarView(source[offsets.first!...offsets.last!]))
        #expect(original.replacingOccurrences(of: "\n", with: " ") == fact.answer)
        let place = article.position(ofSourceOffset: offsets.first!)
        let line = lines[place.line - 1]
        #expect(String(String.UnicodeScalarView(line[(place.column - 1)...])).hasPrefix(fact.answer.split(separator: " ").first.map(String.init) ?? ""))
        // The sentence's own recorded place holds its first scalar.
        #expect(lines[sentence.line - 1][sentence.column - 1] == sentence.scalars[0])
    }
}

@Test(arguments: generationArticles)
func noPromptHoldsItsAnswerAndChoiceListsAreSound(_ name: String) throws {
    let result = QuestionGenerator().generate(from: Article(text: try articleFixture(name)), fileName: name)
    #expect(result.cards.count >= 15)
    for card in result.cards {
        let content = card.content
        #expect(!AnswerMatch.leaks(prompt: content.prompt, answer: content.answer), "\(content.prompt)")
        // A question, or the cloze of its sentence when the question failed the gate.
        #expect(content.prompt.hasSuffix("?") || content.prompt.contains("[...]"), "\(content.prompt)")
        if !content.choices.isEmpty {
            #expect(content.choices.count == 4)
            #expect(content.choices.filter { AnswerMatch.close($0, content.answer) }.count == 1, "\(content.choices)")
            #expect(Set(content.choices).count == 4)
            // No second choice that the answer checker takes for an accepted form.
            for other in content.accepted {
                let form = CardContent(kind: .basic, prompt: "", answer: other)
                let matching = content.choices.filter { AnswerChecker().check($0, against: form).verdict == .correct }
                #expect(matching.count <= 1, "\(other) in \(content.choices)")
            }
        }
        #expect(content.clozePrompt.map { $0.contains("[...]") } ?? true)
        #expect(content.clozePrompt == nil || content.prompt.hasSuffix("?"), "a cloze card has no second cloze")
        #expect(content.tags == [content.category?.rawValue ?? ""])
    }
    #expect(Set(result.cards.map(\.key)).count == result.cards.count)
    let positions = Set(result.cards.compactMap { $0.content.choices.firstIndex(of: $0.content.answer) })
    #expect(positions.count > 1, "the answer is not always in the same place")
}

@Test func theBundledArticleYieldsItsKeyFacts() throws {
    let result = QuestionGenerator().generate(from: Article(text: try articleFixture("baku-tightrope.txt")), fileName: "baku")
    func has(_ category: FactCategory, _ answer: String, entity: String? = nil) -> Bool {
        result.facts.contains { $0.category == category && $0.answer == answer && (entity == nil || $0.entity == entity) }
    }
    #expect(has(.figure, "$1.75 billion"))
    #expect(has(.figure, "38 people"))
    #expect(has(.figure, "60-day"))
    #expect(has(.date, "mid-2024"))
    #expect(has(.date, "April 9"))
    #expect(has(.date, "three weeks ago"))
    #expect(has(.quote, "criminal organization", entity: "Elon Musk"))
    #expect(has(.quote, "senseless waste", entity: "Trump"))
    #expect(has(.position, "a leader of the Armenian church", entity: "Aram I"))
    // The photo caption on the first line is no sentence to learn from.
    #expect(!result.cards.contains { $0.content.source?.line == 1 })
    #expect(has(.stance, "bomb Iran", entity: "Trump"))
    #expect(has(.stance, "press for the release of Armenian detainees held in Baku", entity: "Yerevan"))
    #expect(result.cards.contains { $0.content.prompt == "What did Elon Musk brand USAID?" })
    #expect(result.cards.contains { $0.content.prompt == "Who branded USAID a “criminal organization”?" && $0.content.answer == "Elon Musk" })
}

@Test func aTypoFixElsewhereInTheSentenceKeepsTheKey() throws {
    let text = try articleFixture("baku-tightrope.txt")
    let fixed = text.replacingOccurrences(of: "Azerbaijan Airlines plan that crashed", with: "Azerbaijan Airlines plane that crashed")
    #expect(fixed != text)
    let before = QuestionGenerator().generate(from: Article(text: text), fileName: "a")
    let after = QuestionGenerator().generate(from: Article(text: fixed), fileName: "a")
    let key = { (result: GenerationResult) in result.cards.first { $0.content.answer == "38 people" }?.key }
    #expect(key(before) != nil)
    #expect(key(before) == key(after))
    // Keys of cards in other sentences are untouched by the edit.
    let otherBefore = before.cards.filter { !$0.content.explanation!.contains("Airlines") }.map(\.key)
    let otherAfter = after.cards.filter { !$0.content.explanation!.contains("Airlines") }.map(\.key)
    #expect(otherBefore == otherAfter)
}

@Test func theJSONFormHasTheDocumentedFields() throws {
    let result = QuestionGenerator().generate(from: Article(text: try articleFixture("baku-tightrope.txt")), fileName: "baku-tightrope.txt")
    let json = try JSONSerialization.jsonObject(with: Data(GenerationJSON.render(result).utf8)) as? [String: Any]
    #expect(json?["article"] as? String == "baku-tightrope.txt")
    let counts = json?["counts"] as? [String: Int]
    #expect(Set(counts?.keys.map { $0 } ?? []) == Set(FactCategory.allCases.map(\.rawValue)))
    let questions = json?["questions"] as? [[String: Any]] ?? []
    #expect(questions.count == result.cards.count)
    let withCloze = questions.first { $0["cloze"] != nil } ?? [:]
    for key in ["id", "category", "prompt", "answer", "accept", "choices", "cloze", "source"] {
        #expect(withCloze.keys.contains(key), "missing \(key)")
    }
    let forms = json?["forms"] as? [String: Int]
    #expect(forms?["question"] == result.gate.asQuestion && forms?["cloze"] == result.gate.asCloze)
    #expect(json?["gate"] as? [String: Int] == result.gate.rejections)
}

/// Seeded generator for the robustness test.
private struct Seeded {
    var state: UInt64
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}

@Test func shuffledArticleTextNeverCrashesAndKeepsInvariants() throws {
    var pieces: [String] = []
    for name in generationArticles {
        pieces += try articleFixture(name).split(whereSeparator: { $0 == " " || $0 == "\n" }).map(String.init)
    }
    var random = Seeded(state: 42)
    for _ in 0..<20 {
        var words: [String] = []
        for _ in 0..<300 {
            words.append(pieces[Int(random.next() % UInt64(pieces.count))])
            if random.next() % 17 == 0 { words.append("\n") }
        }
        let text = words.joined(separator: " ")
        let article = Article(text: text)
        let result = QuestionGenerator().generate(from: article, fileName: "random")
        for fact in result.facts {
            #expect(article.sentences[fact.sentence].text(fact.span) == fact.answer)
        }
        for card in result.cards where !card.content.choices.isEmpty {
            #expect(card.content.choices.filter { AnswerMatch.close($0, card.content.answer) }.count == 1)
        }
    }
}

@Test func aPositionTwoPeopleHoldIsNotAskedTheOtherWay() {
    let text = "Title\nDiplomats such as George C. Marshall, who served as the U.S. secretary of state, helped. Later, Secretary of State Rex Tillerson was fired."
    let result = QuestionGenerator().generate(from: Article(text: text), fileName: "t")
    #expect(result.cards.contains { $0.content.prompt == "What post did George C. Marshall hold?" })
    #expect(!result.cards.contains { $0.content.answer == "George C. Marshall" && $0.content.prompt.hasPrefix("Who ") })
}

@Test func oneAnswerIsAskedAtMostTwice() {
    let text = "Title\nThe process began in 2012. Marches grew in 2012. Lobbying started in 2012. Polls changed in 2012."
    let result = QuestionGenerator().generate(from: Article(text: text), fileName: "t")
    #expect(result.facts.filter { $0.answer == "2012" }.map(\.sentence) == [1, 2])
}

@Test func yearsAreTypedWhileAmountsAreOfferedChoices() throws {
    let text = """
    Title
    The Obama administration filed a complaint with the WTO over wind power subsidies in 2010.
    The global facial recognition industry is forecast to be worth US$6.5 billion by 2021.
    """
    let cards = QuestionGenerator().generate(from: Article(text: text), fileName: "t").cards
    let year = try #require(cards.first { $0.content.answer == "2010" })
    #expect(year.content.choices.isEmpty)
    let amount = try #require(cards.first { $0.content.answer == "US$6.5 billion" })
    #expect(amount.content.choices.count == 4)
}

@Test(arguments: [
    ("one end of a period is not asked", "Title\nThe movement staged marches between 2012 and 2017 in the city.", ["2012", "2017"]),
    ("nor the first day of a two-day meeting", "Title\nThe European Council met on March 22 and 23 in Brussels.", ["March 22", "March 23"]),
    ("nor a decade of a span of two", "Title\nIn the late 1980s and throughout the 1990s, western firms invested in China.", ["1980s", "1990s", "late 1980s"]),
    ("nor the year that names a law", "Title\nAmendments to the 1993 Anti-Unfair Competition Law in early 2017 improved protection for trade secrets.", ["1993"]),
])
func datesThatAreDetailsAreNotAsked(_ id: String, _ text: String, _ answers: [String]) {
    let facts = QuestionGenerator().generate(from: Article(text: text), fileName: "t").facts
    for answer in answers {
        #expect(!facts.contains { $0.answer == answer }, "\(id): \(answer)")
    }
}

@Test func thePartOfAYearIsTheAnswer() throws {
    let text = "Title\nIn China, amendments to the 1993 Anti-Unfair Competition Law in early 2017 improved protection for trade secrets."
    let cards = QuestionGenerator().generate(from: Article(text: text), fileName: "t").cards
    let card = try #require(cards.first { $0.content.category == .date })
    #expect(card.content.answer == "early 2017")
    #expect(card.content.prompt == "In China, amendments to the 1993 Anti-Unfair Competition Law in [...] improved protection for trade secrets.")
}

@Test func aSpanCountedFromTheDayOfWritingIsNotAsked() {
    let text = "Title\nThe salient feature of economic growth over the past four decades has been globalisation. Bolton has met Trump 14 times in two years."
    let facts = QuestionGenerator().generate(from: Article(text: text), fileName: "t").facts
    #expect(!facts.contains { $0.answer == "four decades" })
}

@Test func aSpanFromAnEventToNowIsNotAsked() {
    let now = "Title\nFive months after the proclamation of the republic, not one country has recognised it."
    #expect(!QuestionGenerator().generate(from: Article(text: now), fileName: "t").facts.contains { $0.answer == "Five months" })
    // Told in the past, the span is what happened: "two years after the war, the city was rebuilt".
    let past = "Title\nThe city was rebuilt two years after the war ended in the north."
    #expect(QuestionGenerator().generate(from: Article(text: past), fileName: "t").facts.contains { $0.answer == "two years" })
}

@Test func theDaysOfOneEventAreOneAnswer() throws {
    let text = "Title\nEgyptians are voting in presidential elections on March 26-28."
    let facts = QuestionGenerator().generate(from: Article(text: text), fileName: "t").facts
    let fact = try #require(facts.first { $0.category == .date })
    #expect(fact.answer == "March 26-28")
    #expect(fact.prompt == "On what dates are Egyptians voting in presidential elections?")
    #expect(fact.accepted.contains("March 26 to 28") && !fact.accepted.contains("March 26 and 28"))
}

@Test func anEventNamedByANounIsAskedByItself() throws {
    let text = "Title\nFrom allegations of poisoning in Salisbury to the annexation of Crimea in 2014, and from the incursion of Russian forces into Georgia in 2008 to support for separatists, Russia is cast as a violator."
    let facts = QuestionGenerator().generate(from: Article(text: text), fileName: "t").facts
    #expect(facts.first { $0.answer == "2014" }?.prompt == "In which year was the annexation of Crimea?")
    #expect(facts.first { $0.answer == "2008" }?.prompt == "In which year was the incursion of Russian forces into Georgia?")
}

@Test func aNameWithAParticleIsOnePersonWithItsSurnames() throws {
    let text = "Al-Sisi poised for empty victory\nEgyptians are voting this month. Abdel Fattah al-Sisi, who grabbed power in 2013, is set to win another term by a landslide."
    let cards = QuestionGenerator().generate(from: Article(text: text), fileName: "t").cards
    let card = try #require(cards.first { $0.content.answer == "Abdel Fattah al-Sisi" })
    // No name, place or number in "Who is set to win another term by a landslide?": its cloze.
    #expect(card.content.prompt == "[...], who grabbed power in 2013, is set to win another term by a landslide.")
    #expect(card.content.accepted.contains("al-Sisi") && card.content.accepted.contains("Sisi"))
}

@Test func aDateOfSpeakingAsksWhenTheAudienceWasAddressed() throws {
    let text = """
    Title
    President Ilham Aliyev told the “Facing A New World Order” forum in Baku on April 9, “USAID, of course, is the number-one monster – a completely corrupt structure… As soon as the portfolio is ready, we will submit it to President Trump’s administration so they can take serious measures against this corrupt USAID and its corrupt leaders.”
    """
    let facts = QuestionGenerator().generate(from: Article(text: text), fileName: "t").facts
    let fact = try #require(facts.first { $0.answer == "April 9" })
    #expect(fact.prompt == "On what date did President Ilham Aliyev address the “Facing A New World Order” forum in Baku?")
}

@Test func aDateInAClauseOfItsOwnIsNotAskedOfTheMainClause() {
    let text = "Title\nWhen the European Council met on March 22 and 23, the plan had been to come up with detailed ideas about the future relationship."
    let facts = QuestionGenerator().generate(from: Article(text: text), fileName: "t").facts
    #expect(!facts.contains { $0.prompt.hasPrefix("On what dates had the plan been") })
}

@Test(arguments: [
    ("which: its subject acts on the name before it", "Title\nThe U.S. likely would have better luck resolving this problem at the WTO, which China joined in 2001 and must abide by its rulings.",
     "2001", "In which year did China join the WTO?"),
    ("who: the name before it acts", "Title\nAbdel Fattah al-Sisi, who grabbed power in 2013, is set to win another term by a landslide.",
     "2013", "In which year did Abdel Fattah al-Sisi grab power?"),
])
func aDateInARelativeClauseIsAskedOfThatClause(_ id: String, _ text: String, _ answer: String, _ question: String) {
    let facts = QuestionGenerator().generate(from: Article(text: text), fileName: "t").facts
    #expect(facts.first { $0.answer == answer }?.prompt == question, "\(id)")
}

@Test func aRelativeClausesNameIsTakenWholeAcrossItsSmallWords() {
    let text = "Title\nThe change challenges the European Convention on Human Rights, which Russia ratified in 1998."
    let facts = QuestionGenerator().generate(from: Article(text: text), fileName: "t").facts
    #expect(facts.first { $0.answer == "1998" }?.prompt == "In which year did Russia ratify the European Convention on Human Rights?")
}

@Test func aDateFollowedByTheClauseItDatesIsAskedOfThatClause() {
    let text = "Title\nIn December 2001 when China joined the WTO it entered into the Agreement on Trade-Related Intellectual Property Rights."
    let facts = QuestionGenerator().generate(from: Article(text: text), fileName: "t").facts
    #expect(facts.first { $0.answer == "December 2001" }?.prompt == "In which month and year did China join the WTO?")
}

@Test func nothingIsAskedOutOfAGerundInsideANounPhrase() {
    let text = "Title\nAfter routing the Taliban, the Bush administration accelerated the practice of seeking out “evildoers” abroad."
    let prompts = QuestionGenerator().generate(from: Article(text: text), fileName: "t").cards.map(\.content.prompt)
    #expect(!prompts.contains { $0.contains("practice of seeking out abroad") || $0.contains("practice of seeking out?") }, "\(prompts)")
}

@Test func aHeadlineClozeTakesTheSentenceBeforeWhenThatOneSaysWhere() throws {
    let text = """
    Al-Sisi poised for empty victory in Egypt
    Egyptians are voting in presidential elections on March 26-28. Abdel Fattah al-Sisi, who grabbed power in 2013, is set to win another term by a landslide.
    """
    let cards = QuestionGenerator().generate(from: Article(text: text), fileName: "t").cards
    let card = try #require(cards.first { $0.content.answer == "Abdel Fattah al-Sisi" })
    #expect(card.content.prompt == "Egyptians are voting in presidential elections on March 26-28. [...], who grabbed power in 2013, is set to win another term by a landslide.")
}

@Test func aYearTheFiguresOwnQuestionStatesIsNotAskedAgain() {
    let text = "Title\nThe U.S. accounted for 18.4 percent of Chinese exports in 2016, down from 21 percent in 2006."
    let cards = QuestionGenerator().generate(from: Article(text: text), fileName: "t").cards
    #expect(cards.contains { $0.content.prompt == "What share of Chinese exports did the U.S. account for in 2016?" })
    #expect(!cards.contains { $0.content.category == .date && $0.content.answer == "2016" })
    // A year only a cloze shows is still asked.
    #expect(cards.contains { $0.content.category == .date && $0.content.answer == "2006" })
}

@Test func aCountToldAgainIsAskedOnce() {
    let text = """
        Title
        The expulsion of some 130 Russian diplomats will curtail intelligence operations across Europe.
        Russia has a proven capability, and the expulsion of some 130 agents will not undermine it in the long run.
        """
    let facts = QuestionGenerator().generate(from: Article(text: text), fileName: "t").facts
    #expect(facts.filter { QuestionGenerator.countValue($0.answer) == 130 }.count == 1)
}

@Test func aCapitalStandingForItsGovernmentIsNoAnswerToWho() {
    let text = "Title\nYerevan implored Trump to press for the release of Armenian detainees held in Baku."
    let facts = QuestionGenerator().generate(from: Article(text: text), fileName: "t").facts
    #expect(!facts.contains { $0.entity == "Yerevan" && $0.entityPrompt != nil })
}

@Test func anEventThatNamesNoOneWhoDidItIsAskedOnlyAsItsCloze() {
    // The cloze passes: the sentence is asked with its gap.
    let clear = QuestionGenerator.generate(
        from: Article(text: "Title\nJohn Bolton was a proponent of the 2003 invasion of Iraq, as he said at the time."), fileName: "a.txt")
    #expect(clear.cards.filter { $0.content.answer == "2003" }.map(\.content.prompt)
        == ["John Bolton was a proponent of the [...] invasion of Iraq, as he said at the time."])
    // The clause of the gap has an unresolved "this strategy": no cloze, and no bare question either.
    let unresolved = QuestionGenerator.generate(
        from: Article(text: "Title\nWhile Bolton called this strategy the 2003 invasion of Iraq, Trump became a critic of the war."),
        fileName: "a.txt")
    #expect(!unresolved.cards.contains { $0.content.answer == "2003" })
    // The unresolved words lie in the other clause: what the "While" clause grants is asked alone.
    let granted = QuestionGenerator.generate(
        from: Article(text: "Title\nWhile Trump became a critic of the 2003 invasion of Iraq, Bolton was a proponent of this strategy."),
        fileName: "a.txt")
    #expect(granted.cards.filter { $0.content.answer == "2003" }.map(\.content.prompt) == ["Trump became a critic of the [...] invasion of Iraq."])
}

@Test func aTitleThatSaysWhatChangedIsAskedAsTheChange() {
    let text = "Article 50 one year on: a more dangerous world shifts focus of Brexit debate\n"
        + "The UK triggered Article 50 of the Lisbon Treaty, formally launching the Brexit process. "
        + "At the time, the focus was on internal concerns. "
        + "One year on, the focus has shifted to an uncertain new world shaping up beyond EU borders."
    let article = Article(text: text)
    let headline = Headline(article: article)
    // What it changed to, without the participle phrase after it.
    #expect(headline.map { article.sentences[$0.sentence].text($0.span) } == "an uncertain new world")
    let result = QuestionGenerator.generate(from: article, fileName: "a.txt")
    // "One year on" from what the title names; the title's own words for the change are true too.
    #expect(result.cards.first?.content.prompt
        == "One year on from Article 50, the focus of the Brexit debate has shifted to [...] shaping up beyond EU borders.")
    #expect(result.cards.first?.content.accepted == ["a more dangerous world"])
    // A title whose "-s" word no sentence says again keeps the name-based headline.
    #expect(Headline.echo(of: "Russia expels diplomats as tensions rise", in: article) == nil)
}

@Test func whoDidWhatIsNotAskedWhereTheFiguresQuestionNamesWho() {
    let result = QuestionGenerator.generate(
        from: Article(text: "Title\nTrade has changed. The U.S. accounted for 18.4 percent of Chinese exports in 2016."), fileName: "a.txt")
    #expect(result.cards.contains { $0.content.answer == "18.4 percent" })
    #expect(!result.cards.contains { $0.content.prompt.hasPrefix("Which country accounted") })
}

@Test func aHeadlineWhoseNameIsGivenAwayIsAskedInTheTitlesWords() {
    let text = "US and Ukraine sign deal on minerals access\n"
        + "Ukraine and the United States signed an agreement in Washington that grants the U.S. preferential access to Ukrainian mineral deals."
    let article = Article(text: text)
    let headline = Headline(article: article)
    #expect(headline.flatMap { $0.titlePhrase(in: article) }.map { article.sentences[headline!.sentence].text($0) }
        == "preferential access to Ukrainian mineral deals")
    let cards = QuestionGenerator.generate(from: article, fileName: "t").cards
    #expect(cards.first?.content.answer == "preferential access to Ukrainian mineral deals")
    #expect(cards.first?.content.prompt.hasSuffix("that grants the U.S. [...].") == true)
    // One word of the title's is no phrase.
    let single = Article(text: "US and Ukraine sign deal\nUkraine and the United States signed an agreement that grants Ukrainian firms access.")
    #expect(Headline(article: single).flatMap { $0.titlePhrase(in: single) } == nil)
}

@Test func aNameTheTitleUsesAsAnAdjectiveIsNoHeadlineAnswer() {
    let text = "Agreement in meeting on trade deal - Mexican minister\n"
        + "Ministers reached agreement in talks on the trade deal, Economy Minister Ildefonso Guajardo said. "
        + "The Mexican minister did not give details of the agreement."
    let article = Article(text: text)
    #expect(Headline(article: article).map { article.sentences[$0.sentence].text($0.span) } != "Mexican")
    // A country named as an owner, or before a function word, still answers.
    let owner = Article(text: "Talks in Baku\nTrump is heard 6,000 miles away in Azerbaijan’s capital Baku. Baku waits.")
    #expect(Headline(article: owner).map { owner.sentences[$0.sentence].text($0.span) } == "Baku")
}

@Test func aShareToldByItsBoundAcceptsTheExactFigureOfTheSamePeople() {
    let text = "Title\nLess than half of the general public believe that universities helped, according to a survey. "
        + "Only 46 per cent of the general public said universities were important. Some 70 per cent of the staff agreed."
    let cards = QuestionGenerator.generate(from: Article(text: text), fileName: "t").cards
    let bounded = cards.first { $0.content.answer == "Less than half" }
    #expect(bounded?.content.accepted.contains("46 per cent") == true)
    #expect(bounded?.content.accepted.contains("70 per cent") == false)
    // A figure past the bound is no exact value of it.
    let past = "Title\nLess than half of the general public believe that universities helped. Some 60 per cent of the general public said so."
    #expect(QuestionGenerator.generate(from: Article(text: past), fileName: "t").cards.first { $0.content.answer == "Less than half" }?
        .content.accepted.contains("60 per cent") == false)
}

@Test func aLeadThatNamesNothingTheTitleNamesIsAskedForTheTitlesWords() {
    let text = "US, EU reach trade pact after retaliatory tariffs\n"
        + "The U.S. and the European Union have reached a new pact on trade, officials in Washington announced Wednesday."
    let article = Article(text: text)
    let headline = Headline(article: article)
    #expect(headline?.answerKind == .statement)
    #expect(headline.map { article.sentences[$0.sentence].text($0.span) } == "new pact on trade")
    #expect(QuestionGenerator.generate(from: article, fileName: "t").cards.first?.content.answer == "new pact on trade")
}

@Test func aKindOfPeopleIsNoAnswerToWho() {
    let text = "Title\nAnalysts believed Acacia was simply trying to negotiate improved terms with Cisco Systems."
    let article = Article(text: text)
    #expect(QuestionGenerator.isKindOfPeople("Analysts", article: article))
    #expect(!QuestionGenerator.isKindOfPeople("Acacia", article: article))
    #expect(!QuestionGenerator.generate(from: article, fileName: "t").cards.contains { $0.content.answer == "Analysts" })
}

@Test func aTitleAnnouncingANewHolderOfAnOfficeAsksWhoTookIt() {
    let text = """
    China's new central bank governor will have to deal with massive debt
    The Chinese government has appointed a new head of its central bank. Yi Gang, the deputy governor of the People’s Bank of China, will take over the leadership from Zhou Xiaochuan, who had been in the position since 2002. Yi received his doctorate in 1986.
    """
    let cards = QuestionGenerator().generate(from: Article(text: text), fileName: "t").cards
    let first = try? #require(cards.first)
    #expect(first?.content.prompt == "Who is China's new central bank governor?")
    #expect(first?.content.answer == "Yi Gang")
    #expect(first?.content.accepted.contains("Yi") == true)
    #expect(!cards.contains { $0.content.prompt == "Who will take over the leadership from Zhou Xiaochuan?" })
    // A title about a post that changes nothing asks nothing of the kind.
    let plain = "The governor will have to deal with debt\nYi Gang, the governor, spoke on Monday about debt."
    #expect(NewPostTitle(article: Article(text: plain)) == nil)
}

@Test func aQuoteBroughtInByThatIsAskedWithoutTheThat() {
    let text = "Title\nIn a speech in Cairo, Abdel Fattah al-Sisi claimed that “calling for social justice results in the destruction of our country”."
    let prompts = QuestionGenerator().generate(from: Article(text: text), fileName: "t").cards.map(\.content.prompt)
    #expect(!prompts.contains { $0.contains("claim that,") || $0.contains("claim that?") })
}

@Test func aStanceVerbWithAParticleHasNoObject() {
    let facts = StanceRule().facts(in: Article(text: "Title\nIn 2002, George W. Bush introduced steel tariffs, but backed down in the face of opposition."))
    #expect(!facts.contains { $0.answer.hasPrefix("down") })
}

@Test func aYearOfAnAgreementNamedByItsOwnerIsAskedAsItsCloze() {
    let text = "Title\nUnder the 2004 Australia-US Free Trade Agreement’s public procurement agreement, the US Department of Defence may buy at home."
    let facts = DateRule().facts(in: Article(text: text))
    #expect(facts.first { $0.answer == "2004" }?.prefersCloze == true)
    let named = DateRule().facts(in: Article(text: "Title\nRussia has been accused of violations, from the incursion into Georgia to the annexation of Crimea in 2014, and more."))
    #expect(named.first { $0.answer == "2014" }?.prefersCloze == false)
}

@Test func aDateOfALeadingAfterPhraseIsAskedOnlyAsItsCloze() {
    let text = "Title\nAfter the Sandy Hook Elementary School massacre in 2012, public policy scholar Kristin A. Goss wrote about the absence of a movement."
    let fact = DateRule().facts(in: Article(text: text)).first { $0.answer == "2012" }
    #expect(fact?.prefersCloze == true)
    let main = DateRule().facts(in: Article(text: "Title\nIn 2012, public policy scholar Kristin A. Goss wrote about the absence of a movement."))
    #expect(main.first { $0.answer == "2012" }?.prefersCloze == false)
}

@Test func anOnlyThatSetsANameAgainstOthersGoes() {
    let cards = QuestionGenerator().generate(from: Article(text: "Title\nSix senators are new. Only Cory Bernardi was elected in 2016."), fileName: "t").cards
    #expect(!cards.contains { $0.content.prompt.contains("only Cory Bernardi") || $0.content.prompt.contains("Only Cory Bernardi") })
}

@Test func aLeadThatNumbersOrAnnouncesThePointGoes() {
    #expect(Phrasing.openerEnd(Tokenizer.tokens(Array("First, premiums rose by 4% in 2017.".unicodeScalars))) == 2)
    let second = Tokenizer.tokens(Array("Second, and more controversially, premiums rose by 4%.".unicodeScalars))
    #expect(second[Phrasing.openerEnd(second)].text == "premiums")
    let news = Tokenizer.tokens(Array("There is some good news: the numbers of homeless children have declined by 7% since 2011.".unicodeScalars))
    #expect(news[Phrasing.openerEnd(news)].text == "the")
    // A speaker's colon is no lead: what was said keeps its speaker.
    let said = Tokenizer.tokens(Array("The minister said: the numbers have declined.".unicodeScalars))
    #expect(Phrasing.openerEnd(said) == 0)
    #expect(Phrasing.openerEnd(Tokenizer.tokens(Array("First Minister Nicola Sturgeon spoke in 2017.".unicodeScalars))) == 0)
}

@Test func figuresThatGiveEachOtherAwayAreNotAsked() {
    let text = "Title\nThe number of homeless people in Australia rose from 102,439 in 2011 to 116,427 in 2016, a rise of 14%."
    let cards = QuestionGenerator().generate(from: Article(text: text), fileName: "t").cards
    #expect(!cards.contains { ["102,439", "116,427", "14%"].contains($0.content.answer) })
    // Figures that do not tell each other stay.
    let apart = "Title\nThe number of homeless people in Australia rose from 102,439 in 2011 to 116,427 in 2016, while 3% of them were children."
    #expect(QuestionGenerator().generate(from: Article(text: apart), fileName: "t").cards.contains { $0.content.answer == "3%" })
}

@Test func aSentenceWithTheAuthorsWeStillGivesTheFactsOfItsOtherClause() {
    let text = "Title\nOver recent decades in Australia union membership has fallen from 40% of the workforce in 1990 to 15% in 2016 and so unions might seem less relevant to what we earn."
    let cards = QuestionGenerator().generate(from: Article(text: text), fileName: "t").cards
    #expect(cards.contains { $0.content.answer == "40%" && !$0.content.prompt.contains(" we ") })
}

@Test func aRecentEventLeadingTheSentenceGoes() {
    let text = "Title\nIn a recent speech, Abdel Fattah al-Sisi claimed that “calling for social justice results in the destruction of our country”."
    let prompts = QuestionGenerator().generate(from: Article(text: text), fileName: "t").cards.map(\.content.prompt)
    #expect(!prompts.isEmpty)
    #expect(!prompts.contains { $0.contains("recent") })
}

@Test func aQuoteAfterAnAdjectiveIsAskedOnlyForItsSpeaker() {
    let text = "Title\nIn 2000 and 2001, the Howard government implemented an effective “freeze” on private health insurance premium increases."
    let prompts = QuestionGenerator().generate(from: Article(text: text), fileName: "t").cards.map(\.content.prompt)
    #expect(!prompts.contains { $0.contains("implement an effective on") })
}

@Test func aYearThatEndsALawsNameIsAskedOnlyAsItsCloze() {
    let text = "Title\nEU citizens, by contrast, have the benefit of the Judicial Redress Act 2015 (US) for some potential misuses of data."
    #expect(DateRule().facts(in: Article(text: text)).first { $0.answer == "2015" }?.prefersCloze == true)
}
