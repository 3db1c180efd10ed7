struct QuoteRule: FactRule {
    var category: FactCategory { .quote }

    func facts(in article: Article) -> [Fact] { [] }
}
