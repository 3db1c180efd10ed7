struct StanceRule: FactRule {
    var category: FactCategory { .stance }

    func facts(in article: Article) -> [Fact] { [] }
}
