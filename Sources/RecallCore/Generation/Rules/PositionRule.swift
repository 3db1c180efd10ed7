struct PositionRule: FactRule {
    var category: FactCategory { .position }

    func facts(in article: Article) -> [Fact] { [] }
}
