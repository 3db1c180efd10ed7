/// The kind of fact a generated question asks about.
public enum FactCategory: String, Sendable, Codable, CaseIterable, Hashable {
    case figure, date, quote, position, stance
}
