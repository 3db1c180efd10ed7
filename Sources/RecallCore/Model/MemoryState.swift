/// FSRS memory state: stability in days and difficulty from 1 to 10.
public struct MemoryState: Sendable, Equatable, Codable, Hashable {
    public var stability: Double
    public var difficulty: Double

    public init(stability: Double, difficulty: Double) {
        self.stability = stability
        self.difficulty = difficulty
    }
}
