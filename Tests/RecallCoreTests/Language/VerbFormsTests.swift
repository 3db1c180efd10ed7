import Testing
@testable import RecallCore

@Test(arguments: [
    ("a pronoun and a present verb", "He continues to advocate attacking North Korea.", true),
    ("a negated auxiliary", "Russia doesn't just violate international law.", true),
    ("a counted noun before an article", "Across all six countries an astonishing 85% or more", false),
    ("a caption", "Bolton in his halcyon days with George W. Bush", false),
])
func aLineHasAFiniteVerbOrNot(_ id: String, _ text: String, _ finite: Bool) {
    #expect(VerbForms.hasFiniteVerb(Tokenizer.tokens(Array(text.unicodeScalars))) == finite, "\(id)")
}

@Test(arguments: [
    ("required", "require"), ("acquired", "acquire"), ("emphasised", "emphasise"), ("joined", "join"),
    ("grabbed", "grab"), ("signalled", "signal"), ("called", "call"), ("took", "take"),
])
func aPastIsTracedToItsBase(_ past: String, _ base: String) {
    #expect(VerbForms.base(of: past) == base)
}

@Test func thePastOfABaseIsItsOwn() {
    #expect(["say", "argue", "add", "try", "hold"].map(VerbForms.past(ofBase:)) == ["said", "argued", "added", "tried", "held"])
}

@Test func aHyphenatedCompoundIsAnAdjectiveUnlessAVerbPrefixOpensIt() {
    #expect(!VerbForms.isFiniteVerb("long-anticipated"))
    #expect(!VerbForms.isFiniteVerb("state-sponsored"))
    #expect(!VerbForms.isFiniteVerb("so-called"))
    #expect(VerbForms.isFiniteVerb("re-elected"))
    #expect(VerbForms.isFiniteVerb("anticipated"))
}
