import Testing
@testable import RecallCore

/// One candidate and whether one named check lets it through.
struct GateCase: CustomTestStringConvertible, Sendable {
    var id: String
    var check: any GateCheck
    var form: GateCandidate.Form = .question
    var text: String
    var answer: String
    var kind: AnswerKind = .statement
    var category: FactCategory = .figure
    var unresolved: [String] = []
    var vague: [String] = []
    var title = ""
    var names: Set<String> = []
    var passes: Bool
    var testDescription: String { "\(check.name): \(id)" }

    var candidate: GateCandidate {
        GateCandidate(
            form: form, text: text, answer: answer, kind: kind, category: category, unresolvedPhrases: unresolved,
            vaguePhrases: vague, title: title, names: names)
    }

    static let all: [GateCase] = [
        // worth-learning
        GateCase(id: "a relative date", check: WorthLearning(), text: "When did Aliyev visit China?", answer: "last week", kind: .relative, category: .date, passes: false),
        GateCase(id: "a vague quantity", check: WorthLearning(), text: "How many people marched?", answer: "thousands", kind: .count(noun: "people"), passes: false),
        GateCase(id: "a counted quantity", check: WorthLearning(), text: "How many people died?", answer: "38 people", kind: .count(noun: "people"), passes: true),
        GateCase(id: "a head of state's title", check: WorthLearning(), text: "What post did Xi Jinping hold?", answer: "Chinese President", kind: .title, category: .position, passes: false),
        GateCase(id: "an aim with no occasion", check: OpenQuestion(), text: "What did Jean-Claude Juncker seek to do?", answer: "broker an agreement", kind: .statement, category: .stance, passes: false),
        GateCase(id: "an aim with its occasion", check: OpenQuestion(), text: "What did Jean-Claude Juncker come to Washington in July seeking to do?", answer: "broker an agreement", kind: .statement, category: .stance, passes: true),
        GateCase(id: "a relative day's possessive", check: ResolvedReferences(), text: "What did Andrew Bailey say after today’s rate hike?", answer: "inflation is too high", passes: false),
        GateCase(id: "a price to the cent in a day's trading", check: WorthLearning(), text: "Acacia shares were up 31.8%, at [...], in recent trading.", answer: "$113.98", kind: .money(currency: "$"), category: .figure, passes: false),
        GateCase(id: "an amount to the cent", check: WorthLearning(), text: "The acquisition is expected to add about [...] to earnings per share.", answer: "$0.78", kind: .money(currency: "$"), category: .figure, passes: true),
        GateCase(id: "the head of a body", check: WorthLearning(), text: "What post did Jean-Claude Juncker hold?", answer: "European Commission President", kind: .title, category: .position, passes: true),
        GateCase(id: "a former head of state", check: WorthLearning(), text: "What was Barack Obama’s former post?", answer: "Former US President", kind: .title, category: .position, passes: true),
        GateCase(id: "a minister's title", check: WorthLearning(), text: "What post did Julie Bishop hold?", answer: "Foreign Minister", kind: .title, category: .position, passes: true),
        GateCase(id: "a bare rank", check: WorthLearning(), text: "What rank did Douglas MacArthur hold?", answer: "General", kind: .title, category: .position, passes: false),
        GateCase(id: "a bare role noun", check: WorthLearning(), text: "What post did H.R. McMaster hold?", answer: "adviser", kind: .title, category: .position, passes: false),
        // answer-is-the-topic
        GateCase(id: "the country of the title", check: NotTheTopic(), text: "Which country wants to sell high technology?", answer: "China", kind: .person, title: "Why China is a leader in intellectual property", passes: false),
        GateCase(id: "the subject of the title's second clause", check: NotTheTopic(), text: "Which country plays a critical role in Syria?", answer: "Russia", kind: .person, title: "The West increases pressure with expulsions, but Russia is unlikely to cave", passes: false),
        GateCase(id: "the West as the title's subject", check: NotTheTopic(), text: "Who is trying to alter Russia’s behaviour?", answer: "the West", kind: .person, title: "The West increases pressure with expulsions, but Russia is unlikely to cave", passes: false),
        GateCase(id: "a country the title names as an object", check: NotTheTopic(), text: "Which country expelled the diplomats?", answer: "Australia", kind: .person, title: "The West increases pressure on Australia", passes: true),
        GateCase(id: "another country", check: NotTheTopic(), text: "Which country joined the action?", answer: "Australia", kind: .person, title: "Why China is a leader in intellectual property", passes: true),
        // unfinished-sentence
        GateCase(id: "a cloze that leads into a list", check: FinishedSentence(), form: .cloze, text: "The [...] plan envisions China as a world leader in science:", answer: "five-year", passes: false),
        GateCase(id: "a cloze ending in a quotation", check: FinishedSentence(), form: .cloze, text: "Li called the plan “[...].”", answer: "a failure", passes: true),
        GateCase(id: "a whole cloze sentence", check: FinishedSentence(), form: .cloze, text: "The plan was approved in [...].", answer: "2016", passes: true),
        // unresolved-reference: answers
        GateCase(id: "an answer that says which only in the article", check: ResolvedReferences(), text: "What did the State Department praise as a “historic opportunity”?", answer: "the draft treaty", passes: false),
        GateCase(id: "an answer that says which", check: ResolvedReferences(), text: "What is Baku suggesting that Yerevan must accept?", answer: "the removal of international monitors", passes: true),
        GateCase(id: "an answer holding the sentence's unresolved phrase", check: ResolvedReferences(), form: .cloze, text: "The EU remains exempt from the tariffs until May 1 but EU leaders are calling for [...].", answer: "that exemption to be made permanent", unresolved: ["that exemption"], passes: false),
        GateCase(id: "a 'this' standing for the sentence the card shows before it", check: ResolvedReferences(), text: "Trump began scrutinizing US foreign aid programs. Who applauded this?", answer: "the Azerbaijani Government", kind: .person, passes: true),
        GateCase(id: "a 'this' with nothing before it", check: ResolvedReferences(), text: "Who applauded this?", answer: "the Azerbaijani Government", kind: .person, passes: false),
        GateCase(id: "a 'this' before a noun the shown sentence does not say", check: ResolvedReferences(), text: "Trump began scrutinizing US foreign aid programs. Who applauded this plan?", answer: "the Azerbaijani Government", kind: .person, passes: false),
        GateCase(id: "a description one country named before it places", check: ResolvedReferences(), form: .cloze, text: "Western firms like [...] made large profits by investing in China to take advantage of the cheap labour.", answer: "Apple and Intel", vague: ["the cheap labour"], passes: true),
        GateCase(id: "a balance one country cannot place", check: ResolvedReferences(), form: .cloze, text: "Tariffs on China will not close the deficit, which reached [...].", answer: "$375 billion", vague: ["the deficit"], passes: false),
        GateCase(id: "a description with no country before it", check: ResolvedReferences(), form: .cloze, text: "Firms took advantage of the cheap labour in [...].", answer: "the 1990s", vague: ["the cheap labour"], passes: false),
        GateCase(id: "'more of' compared with nothing", check: ResolvedReferences(), text: "Who is more of a hardcore realist, in contrast to the neocons?", answer: "John Bolton", kind: .person, passes: false),
        GateCase(id: "'more of' with its 'than'", check: ResolvedReferences(), text: "Who is more of a realist than Trump?", answer: "John Bolton", kind: .person, passes: true),
        // answer-cut
        GateCase(id: "an answer cut before 'as not to'", check: WholeAnswer(), form: .cloze, text: "Many of China’s policies favouring [...] as not to discriminate against foreign IP.", answer: "Chinese IP development have been wound back so", passes: false),
        GateCase(id: "an answer ending on a number", check: WholeAnswer(), text: "On what dates did the European Council meet?", answer: "March 22 and 23", kind: .monthDay, passes: true),
        GateCase(id: "a whole answer", check: WholeAnswer(), text: "What did the State Department praise as a “historic opportunity”?", answer: "the peace treaty between Armenia and Azerbaijan", passes: true),
        GateCase(id: "a clause whose only verb is a reduced passive", check: FiniteVerb(), form: .cloze, text: "A draft peace deal announced in [...], but Azerbaijan set new conditions.", answer: "March", passes: false),
        GateCase(id: "a clause with its own verb before but", check: FiniteVerb(), form: .cloze, text: "A draft peace deal was announced in [...], but Azerbaijan set new conditions.", answer: "March", passes: true),
        // open-question
        GateCase(id: "a who with no name, place or number in it", check: OpenQuestion(), text: "Which country has already indicated it will play tit for tat?", answer: "China", kind: .person, passes: false),
        GateCase(id: "a who with someone's own words in it", check: OpenQuestion(), text: "Who declared a “war on terror”?", answer: "George W. Bush", kind: .person, passes: true),
        GateCase(id: "a who with a place in it", check: OpenQuestion(), text: "Who had been living in self-imposed exile in Belgium?", answer: "Carles Puigdemont", kind: .person, passes: true),
        GateCase(id: "the owner the answer names, in the prompt", check: NoGiveaway(), form: .cloze, text: "In recent years, [...] has expressed concern about spying in Australia.", answer: "Australia’s intelligence community", kind: .person, passes: false),
        GateCase(id: "an owner the prompt does not name", check: NoGiveaway(), form: .cloze, text: "In recent years, [...] has expressed concern about spying.", answer: "Australia’s intelligence community", kind: .person, passes: true),
        GateCase(id: "the country a capital names", check: NoGiveaway(), form: .cloze, text: "Trump’s re-entry is being heard 6,000 miles away in [...]’s capital Baku.", answer: "Azerbaijan", kind: .person, passes: false),
        GateCase(id: "a cloze with almost nothing around its gap", check: OpenQuestion(), form: .cloze, text: "George W. Bush argued that [...].", answer: "the Taliban must be punished", passes: false),
        GateCase(id: "a cloze that says which fact it asks", check: OpenQuestion(), form: .cloze, text: "George W. Bush argued that [...] for supporting al-Qaida.", answer: "the Afghan Taliban must be punished", passes: true),
        GateCase(id: "a speaker and a verb, nothing else", check: OpenQuestion(), text: "What did Bush declare?", answer: "war on terror", passes: false),
        GateCase(id: "a verb and its particle", check: OpenQuestion(), text: "What are EU leaders calling for?", answer: "a permanent exemption", passes: false),
        GateCase(id: "an adverb and a verb", check: OpenQuestion(), text: "What did Azerbaijani officials quickly signal?", answer: "readiness to work with Trump", passes: false),
        GateCase(id: "a verb with its object", check: OpenQuestion(), text: "What did Musk brand USAID?", answer: "criminal organization", passes: true),
        GateCase(id: "a copula and its complement", check: OpenQuestion(), text: "What was Sergei Skripal’s former rank?", answer: "former Russian colonel", kind: .title, passes: true),
        GateCase(id: "a wh-phrase that names what it asks", check: OpenQuestion(), text: "What post did Julie Bishop hold?", answer: "Foreign Minister", kind: .title, passes: true),
        GateCase(id: "a verb with a common-noun object", check: OpenQuestion(), text: "What did Li call the plan?", answer: "a failure", passes: true),
        GateCase(id: "a verb phrase asked with 'to do'", check: OpenQuestion(), text: "What did Yerevan implore Trump to do?", answer: "press for the release of detainees", passes: true),
        GateCase(id: "a that-clause cut inside its subordinate clause", check: OpenQuestion(), text: "Who argued that though the Soviet Union did have an expansionist revolutionary ideology?", answer: "George F. Kennan", passes: false),
        GateCase(id: "a whole that-clause", check: OpenQuestion(), text: "Who argued that the Afghan Taliban must be punished for supporting al-Qaida?", answer: "George W. Bush", passes: true),
        // repeated-word
        GateCase(id: "an auxiliary said twice", check: RepeatedWord(), text: "Who has also has a better rapport with Trump?", answer: "Bolton", passes: false),
        GateCase(id: "a word said twice", check: RepeatedWord(), form: .cloze, text: "The the plan cost [...].", answer: "$5", passes: false),
        GateCase(id: "had had", check: RepeatedWord(), form: .cloze, text: "He had had [...] meetings.", answer: "two", passes: true),
        GateCase(id: "a word on each side of the gap", check: RepeatedWord(), form: .cloze,
                 text: "Russia doesn’t just violate international law – it [...] it too.", answer: "follows and shapes", passes: true),
        GateCase(id: "a form of address", check: WorthLearning(), text: "What post did Elizabeth Warren hold?", answer: "Sen.", kind: .title, category: .position, passes: false),
        GateCase(id: "the gap after a head of state's office", check: NoGiveaway(), form: .cloze, text: "US President [...] has the power to impose sanctions.", answer: "Donald Trump", kind: .person, passes: false),
        // balanced-marks
        GateCase(id: "a quotation cut in half", check: BalancedMarks(), text: "Who said “the deal is done?", answer: "Li", passes: false),
        GateCase(id: "whole quotation", check: BalancedMarks(), text: "Who said “the deal is done”?", answer: "Li", passes: true),
        // discourse-opener
        GateCase(id: "In fact", check: NoDiscourseOpener(), form: .cloze, text: "In fact, the plan cost [...].", answer: "$5 billion", passes: false),
        GateCase(id: "This means that", check: NoDiscourseOpener(), form: .cloze, text: "This means that the plan cost [...].", answer: "$5 billion", passes: false),
        GateCase(id: "However", check: NoDiscourseOpener(), text: "However, how much did the plan cost?", answer: "$5 billion", passes: false),
        GateCase(id: "a plain start", check: NoDiscourseOpener(), text: "How much did the plan cost?", answer: "$5 billion", passes: true),
        // unresolved-reference
        GateCase(id: "the sentence's unresolved I, not the i of a word", check: ResolvedReferences(), text: "What does the author call diplomacy by armed force?", answer: "kinetic diplomacy", unresolved: ["I"], passes: true),
        GateCase(id: "the sentence's unresolved it, not the it of audit", check: ResolvedReferences(), text: "What did the audit find in 2019?", answer: "fraud", unresolved: ["it"], passes: true),
        GateCase(id: "the sentence's unresolved phrase as words", check: ResolvedReferences(), text: "What was the pair charged with in 2019?", answer: "fraud", unresolved: ["the pair"], passes: false),
        GateCase(id: "he with no one named", check: ResolvedReferences(), text: "When did he resign?", answer: "2019", kind: .year, passes: false),
        GateCase(id: "he after the person", check: ResolvedReferences(), text: "When did Li say he would resign?", answer: "2019", kind: .year, passes: true),
        GateCase(id: "his in a who question", check: ResolvedReferences(), text: "Who lost his seat in 2019?", answer: "Li Wei", kind: .person, passes: true),
        GateCase(id: "their after the people a share is of", check: ResolvedReferences(), text: "What share of Egyptians think their government is responsive?", answer: "fewer than one third", kind: .fraction, passes: true),
        GateCase(id: "their in a who question", check: ResolvedReferences(), text: "Who reconfirmed their commitment to free trade?", answer: "EU leaders", kind: .person, passes: true),
        GateCase(id: "they with no antecedent", check: ResolvedReferences(), text: "How many problems will they create?", answer: "two", passes: false),
        GateCase(id: "its after a noun phrase", check: ResolvedReferences(), text: "In which year did the Trump administration justify its tariffs?", answer: "2018", kind: .year, passes: true),
        GateCase(id: "these policies", check: ResolvedReferences(), text: "How much do these policies cost a year?", answer: "$50 billion", passes: false),
        GateCase(id: "first person outside a quotation", check: ResolvedReferences(), form: .cloze, text: "My interviewees named [...] reasons.", answer: "two", passes: false),
        GateCase(id: "first person inside a quotation", check: ResolvedReferences(), text: "Who said “we will win”?", answer: "Li Wei", kind: .person, passes: true),
        GateCase(id: "the numeral of a name", check: ResolvedReferences(), form: .cloze, text: "The appeal came from [...], a leader of the church under Aram I.", answer: "Catholicos", passes: true),
        GateCase(id: "an unresolved phrase of the sentence", check: ResolvedReferences(), form: .cloze, text: "The tariffs address [...].", answer: "two problems", unresolved: ["The tariffs"], passes: false),
        GateCase(id: "a vague description beside no name", check: ResolvedReferences(), form: .cloze, text: "The deficit grew to [...].", answer: "$375 billion", vague: ["the deficit"], passes: false),
        GateCase(id: "a vague description beside one name", check: ResolvedReferences(), form: .cloze, text: "Since 2000 the deficit with China grew to [...].", answer: "$375 billion", vague: ["the deficit"], passes: false),
        GateCase(id: "a vague description beside two names", check: ResolvedReferences(), form: .cloze, text: "Since the U.S. normalized trade with China, the deficit grew to [...].", answer: "$375 billion", vague: ["the deficit"], passes: true),
        GateCase(id: "no vague description", check: ResolvedReferences(), form: .cloze, text: "Since 2000 the US deficit with China grew to [...].", answer: "$375 billion", vague: ["the deficit"], passes: true),
        GateCase(id: "an act named by whose it is", check: ResolvedReferences(), text: "What did Russia and Turkey welcome?", answer: "Trump’s shift", passes: false),
        // wh-word-not-fronted
        GateCase(id: "a question phrase inside the subject", check: FrontedWhWord(), text: "Ministers from which countries signed the deal in Danang?", answer: "Canada, Malaysia and Peru", passes: true),
        GateCase(id: "a noun phrase before an echo", check: FrontedWhWord(), text: "Ministers signed which deal in Danang?", answer: "the TPP deal", passes: false),
        GateCase(id: "an echo question", check: FrontedWhWord(), text: "The U.S. accounted for what percentage of Chinese exports?", answer: "18.4 percent", passes: false),
        GateCase(id: "the which", check: FrontedWhWord(), text: "In which year did the treaty of the which year end?", answer: "1919", passes: false),
        GateCase(id: "a question after the sentence it is about", check: FrontedWhWord(), text: "In his first days, Trump began scrutinizing aid programs. Who applauded this?", answer: "the Government", kind: .person, passes: true),
        GateCase(id: "a preposition before the question word", check: FrontedWhWord(), text: "In which year did China join the WTO?", answer: "2001", passes: true),
        GateCase(id: "a relative which", check: FrontedWhWord(), text: "Who signed the treaty, which ended the war?", answer: "Li", passes: true),
        GateCase(id: "no inversion after a fronted phrase", check: FrontedWhWord(), text: "Between which year and 2017, the movement displayed its strength?", answer: "2012", passes: false),
        GateCase(id: "a comma before the verb", check: FrontedWhWord(), text: "How many months after the proclamation, not one country has recognised it?", answer: "five months", passes: false),
        GateCase(id: "a subject question", check: FrontedWhWord(), text: "How many people died in the crash?", answer: "38 people", passes: true),
        GateCase(id: "no question mark", check: FrontedWhWord(), text: "Who signed the treaty", answer: "Li", passes: false),
        // no-finite-verb
        GateCase(id: "a fragment", check: FiniteVerb(), text: "Top how many challenges by country?", answer: "two", passes: false),
        GateCase(id: "do-support", check: FiniteVerb(), text: "When did Li hold his press conference?", answer: "May 2", passes: true),
        GateCase(id: "a present verb after who", check: FiniteVerb(), text: "Who signs a memorandum on tariffs?", answer: "Trump", passes: true),
        GateCase(id: "a past verb after who", check: FiniteVerb(), text: "Who branded USAID a criminal organization?", answer: "Elon Musk", passes: true),
        // wh-word-mismatch
        GateCase(id: "which year answered by a year", check: WhWordFitsAnswer(), text: "In which year did China join the WTO?", answer: "2001", kind: .year, passes: true),
        GateCase(id: "which year answered by a month", check: WhWordFitsAnswer(), text: "In which year did China join the WTO?", answer: "December", kind: .month, passes: false),
        GateCase(id: "how much answered by a count", check: WhWordFitsAnswer(), text: "How much did Australia expel?", answer: "two diplomats", kind: .count(noun: "diplomats"), passes: false),
        GateCase(id: "how much answered by money", check: WhWordFitsAnswer(), text: "How much did the plan cost?", answer: "$5 billion", kind: .money(currency: "$"), passes: true),
        GateCase(id: "who answered by a phrase", check: WhWordFitsAnswer(), text: "Who were not simply demands for democracy?", answer: "the uprisings earlier in the decade", kind: .person, passes: false),
        GateCase(id: "who answered by a body", check: WhWordFitsAnswer(), text: "Who praised the draft treaty?", answer: "the State Department", kind: .person, passes: true),
        GateCase(id: "who is a named person", check: WhWordFitsAnswer(), text: "Who is George C. Marshall?", answer: "the U.S. secretary of state", kind: .title, passes: true),
        GateCase(id: "what answered by a clause", check: WhWordFitsAnswer(), text: "What did many of the policies favour?", answer: "Chinese IP development have been wound back", kind: .statement, passes: false),
        GateCase(id: "what answered by a thing", check: WhWordFitsAnswer(), text: "What did Russia and Turkey welcome?", answer: "the shift in US policy", kind: .statement, passes: true),
        // saying-without-content
        GateCase(id: "telling nothing", check: SaysWhat(), text: "On what date did Aliyev tell the forum in Baku?", answer: "April 9", kind: .monthDay, passes: false),
        GateCase(id: "telling that", check: SaysWhat(), text: "On what date did Aliyev tell the forum that aid would end?", answer: "April 9", kind: .monthDay, passes: true),
        GateCase(id: "a comparison with nothing", check: ResolvedReferences(), form: .cloze, text: "Catalonia holds a much higher share of Spain’s people ([...]).", answer: "16%", passes: false),
        // lengths and giveaways
        GateCase(id: "a 36-word prompt", check: PromptLength(), text: Array(repeating: "word", count: 36).joined(separator: " ") + "?", answer: "x", passes: false),
        GateCase(id: "a 13-word answer", check: AnswerLength(), text: "What did Li say?", answer: Array(repeating: "word", count: 13).joined(separator: " "), passes: false),
        GateCase(id: "the answer in the prompt", check: NoGiveaway(), text: "Who is Elon Musk, the man Elon Musk?", answer: "Elon Musk", passes: false),
        GateCase(id: "a gap that hides the answer", check: NoGiveaway(), form: .cloze, text: "[...] branded USAID a criminal organization.", answer: "Elon Musk", passes: true),
        // unnamed-subject
        GateCase(id: "nothing named", check: NamedSubject(), form: .cloze, text: "Food is more expensive than ever, with inflation still running at more than [...].", answer: "20%", names: ["Egypt"], passes: false),
        GateCase(id: "a country opening the cloze", check: NamedSubject(), form: .cloze, text: "Egypt faces inflation of more than [...].", answer: "20%", names: ["Egypt"], passes: true),
        GateCase(id: "a bare description as subject", check: NamedSubject(), form: .cloze, text: "The group strives to fan sectarian violence as it did in Iraq and Syria, with an attack in [...].", answer: "November 2017", passes: false),
        GateCase(id: "each of a kind as subject", check: NamedSubject(), form: .cloze, text: "Each charge carries a prison sentence of up to 20 years under US law, from [...].", answer: "two years", passes: false),
        GateCase(id: "a described subject with a name", check: NamedSubject(), form: .cloze, text: "The US Commerce Department is arguing that [...].", answer: "imports are a threat", passes: true),
        GateCase(id: "a leading clause that places the subject", check: NamedSubject(), form: .cloze, text: "When the European Council met on [...], the plan had been to agree on ideas.", answer: "March 22", passes: true),
        GateCase(id: "the whole world's", check: NamedSubject(), form: .cloze, text: "The global facial recognition industry is forecast to be worth [...] by 2021.", answer: "US$6.5 billion", passes: true),
        GateCase(id: "until now", check: ResolvedReferences(), text: "Who will be lobbied between now and budget week?", answer: "Tim Storer", kind: .person, passes: false),
        GateCase(id: "the next sitting week", check: ResolvedReferences(), text: "Who said the bill would return in the next sitting week?", answer: "Mathias Cormann", kind: .person, passes: false),
        GateCase(id: "a how told before", check: ResolvedReferences(), form: .cloze, text: "That’s how Cambridge Analytica collected data on up to [...].", answer: "50 million users", passes: false),
        GateCase(id: "at the time of something told elsewhere", check: ResolvedReferences(), form: .cloze, text: "Masao Yoshida was plant manager at the time and died in [...].", answer: "2013", passes: false),
        GateCase(id: "at the time of the gap", check: ResolvedReferences(), form: .cloze, text: "John Bolton backed the [...] invasion of Iraq, as he said at the time.", answer: "2003", passes: true),
        GateCase(id: "a doubled full stop copied from the source", check: NoDiscourseOpener(), form: .cloze, text: "Consumers spent [...], four times the Black Friday figures..", answer: "US$25 billion", passes: false),
        GateCase(id: "have of owning without do-support", check: FiniteVerb(), text: "In which year had Australia a public housing stock of 325,226 dwellings?", answer: "2013", kind: .year, category: .date, passes: false),
        GateCase(id: "have of owning with do-support", check: FiniteVerb(), text: "In which year did Australia have a public housing stock of 325,226 dwellings?", answer: "2013", kind: .year, category: .date, passes: true),
        GateCase(id: "a conjunction where the subject goes", check: FiniteVerb(), text: "What did and on his first day he pledge to do?", answer: "end it", passes: false),
        // answer-in-prompt, a count of a list
        GateCase(id: "a count of the list after it", check: NoGiveaway(), form: .cloze, text: "The top [...] in the index are New Zealand (89), South Africa (89) and Sweden (87).", answer: "three countries", passes: false),
        GateCase(id: "a count of another list", check: NoGiveaway(), form: .cloze, text: "The top [...] in the index include New Zealand and Sweden.", answer: "three countries", passes: true),
        // discourse-opener
        GateCase(id: "a pointer into the article", check: NoDiscourseOpener(), form: .cloze, text: "Here are six of the key takeaways from the press conference on [...].", answer: "March 19", passes: false),
    ]
}

@Test(arguments: GateCase.all)
func gateCheckDecides(_ row: GateCase) {
    #expect(row.check.passes(row.candidate) == row.passes)
}

@Test func everyGateCheckHasItsOwnName() {
    let names = QuestionGate.checks.map(\.name)
    #expect(Set(names).count == names.count)
}

@Test func aFailedQuestionFallsBackToItsClozeAndIsCounted() {
    var report = GateReport()
    let form = QuestionGenerator.gatedForm(
        question: "The U.S. accounted for what percentage of Chinese exports in 2016?",
        cloze: "The U.S. accounted for [...] of Chinese exports in 2016.", answer: "18.4 percent", kind: .percent,
        category: .figure, unresolved: [], vague: [], report: &report)
    #expect(form?.prompt == "The U.S. accounted for [...] of Chinese exports in 2016.")
    #expect(form?.cloze == nil)
    #expect(report.rejections == ["wh-word-not-fronted": 1])
    #expect((report.asQuestion, report.asCloze, report.dropped) == (0, 1, 0))
}

@Test func aFactNotWorthLearningIsNotAskedAsAClozeEither() {
    var report = GateReport()
    let form = QuestionGenerator.gatedForm(
        question: "When did Aliyev visit China?", cloze: "Aliyev visited China [...].", answer: "last week", kind: .relative,
        category: .date, unresolved: [], vague: [], report: &report)
    #expect(form == nil)
    #expect(report.dropped == 1 && report.rejections == ["worth-learning": 1])
    #expect(report.summary == "gate: 0 asked as questions, 0 as clozes, 1 dropped; rejected: worth-learning 1")
}
