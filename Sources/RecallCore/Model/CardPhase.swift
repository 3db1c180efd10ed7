/// Where a card is in its life. py-fsrs has no `new` state (a new card is Learning at step 0
/// with no memory state); recall keeps `new` apart so counts and limits can tell them apart.
public enum CardPhase: String, Sendable, Codable, CaseIterable {
    case new, learning, review, relearning
}
