import Foundation
import Testing
@testable import RecallCore

private let now = Date(timeIntervalSince1970: 1_750_000_000)

private func card(_ id: Int64, _ phase: CardPhase, deck: Int64 = 1, due: TimeInterval = -60, note: String? = nil, fact: String? = nil) -> QueueCard {
    QueueCard(id: id, deckID: deck, phase: phase, due: now.addingTimeInterval(due), siblings: SiblingKeys(note: note, fact: fact))
}

/// The ids `policy` shows in turn, each shown card answered (and so gone from its list, and
/// counted as studied today), until it shows nothing.
private func order(_ policy: QueuePolicy, _ start: QueueCandidates, skipped: Set<Int64> = []) -> [Int64] {
    var candidates = start
    var shown: [Int64] = []
    while let next = policy.next(from: candidates, now: now, skipped: skipped), shown.count < 100 {
        shown.append(next.id)
        candidates.learning.removeAll { $0.id == next.id }
        candidates.reviews.removeAll { $0.id == next.id }
        if candidates.new.contains(where: { $0.id == next.id }) {
            candidates.new.removeAll { $0.id == next.id }
            candidates.studied.newByDeck[next.deckID, default: 0] += 1
            candidates.studied.new += 1
        } else if next.phase == .review {
            candidates.studied.reviews += 1
        }
    }
    return shown
}

@Test func learningCardsWhoseStepHasElapsedComeFirst() {
    let candidates = QueueCandidates(
        learning: [card(1, .learning, due: -10), card(2, .relearning, due: -300)],
        reviews: [card(3, .review)], new: [card(4, .new)])
    #expect(QueuePolicy().next(from: candidates, now: now)?.id == 2)
}

@Test func newCardsAreSpreadEvenlyAmongTheReviews() {
    let reviews = (1...10).map { card(Int64($0), .review) }
    let new = (101...102).map { card(Int64($0), .new) }
    let shown = order(QueuePolicy(), QueueCandidates(reviews: reviews, new: new))
    #expect(shown == [1, 2, 3, 4, 5, 101, 6, 7, 8, 9, 10, 102])
}

@Test func withNoReviewsNewCardsComeInDeckOrder() {
    let shown = order(QueuePolicy(), QueueCandidates(new: [card(7, .new), card(3, .new), card(9, .new, deck: 2)]))
    #expect(shown == [7, 3, 9])
}

@Test func learningCardsDueSoonAreShownEarlyOnlyWhenNothingElseIsLeft() {
    let soon = card(1, .learning, due: 5 * 60)
    let later = card(2, .learning, due: 30 * 60)
    let policy = QueuePolicy(learnAhead: 20 * 60)
    #expect(policy.next(from: QueueCandidates(learning: [soon, later], reviews: [card(3, .review)]), now: now)?.id == 3)
    #expect(policy.next(from: QueueCandidates(learning: [soon, later]), now: now)?.id == 1)
    #expect(policy.next(from: QueueCandidates(learning: [later]), now: now) == nil)
}

@Test func eachDeckIntroducesAtMostItsDailyLimitOfNewCards() {
    let new = [card(1, .new), card(2, .new), card(3, .new), card(4, .new, deck: 2), card(5, .new, deck: 2)]
    let policy = QueuePolicy(limits: StudyLimits(newPerDay: 2))
    #expect(order(policy, QueueCandidates(new: new)) == [1, 2, 4, 5])
    var studied = QueueCandidates(new: new)
    studied.studied = StudiedToday(newByDeck: [1: 1, 2: 2])
    #expect(order(policy, studied) == [1])
}

@Test func theCollectionLimitCountsNewCardsOfEveryDeck() {
    let new = [card(1, .new), card(2, .new), card(3, .new, deck: 2)]
    var candidates = QueueCandidates(new: new, studied: StudiedToday(newByDeck: [9: 2], new: 0))
    #expect(order(QueuePolicy(limits: StudyLimits(newPerDay: 20, newPerDayTotal: 3)), candidates) == [1])
    candidates.studied = StudiedToday()
    #expect(order(QueuePolicy(limits: StudyLimits(newPerDay: 20, newPerDayTotal: 3)), candidates) == [1, 2, 3])
}

@Test func reviewsStopAtTheDailyLimit() {
    let reviews = (1...5).map { card(Int64($0), .review) }
    let candidates = QueueCandidates(reviews: reviews, studied: StudiedToday(reviews: 197))
    #expect(order(QueuePolicy(limits: StudyLimits(reviewsPerDay: 200)), candidates) == [1, 2, 3])
}

@Test func skippedCardsArePassedOverAndDoNotUseUpTheLimit() {
    let candidates = QueueCandidates(
        learning: [card(1, .learning)], reviews: [card(2, .review), card(3, .review)],
        new: [card(4, .new), card(5, .new)])
    let policy = QueuePolicy(limits: StudyLimits(newPerDay: 1, reviewsPerDay: 1))
    #expect(order(policy, candidates, skipped: [1, 2, 4]) == [3, 5])
}

@Test func answeringACardBuriesEverySiblingWhateverItsPhase() {
    let answered = card(1, .new, note: "1:n", fact: "f1")
    let others = [
        card(2, .new, note: "1:n"), card(3, .review, fact: "f1"), card(4, .learning, note: "1:n"),
        card(5, .new, note: "1:other", fact: "f2"), card(6, .new),
    ]
    #expect(QueuePolicy().siblingsToBury(of: answered, among: others + [answered]) == [2, 3, 4])
    #expect(QueuePolicy(burySiblings: false).siblingsToBury(of: answered, among: others).isEmpty)
    // A card without keys has no siblings.
    #expect(QueuePolicy().siblingsToBury(of: card(6, .new), among: others).isEmpty)
}
