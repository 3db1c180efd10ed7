import Foundation
import Testing
@testable import RecallCore

struct CardEditTests {
    let calendar = StudyCalendar(timeZone: TimeZone(identifier: "UTC")!, rolloverHour: 4)
    /// 2024-01-10 12:00 UTC: study day 19732.
    let now = Date(timeIntervalSince1970: 1_704_067_200 + 9 * 86_400 + 12 * 3600)
    var today: Int { calendar.dayNumber(of: now) }

    var reviewed: CardEdit.Card {
        CardEdit.Card(
            state: CardState(phase: .review, step: nil, memory: MemoryState(stability: 12, difficulty: 5),
                             due: now.addingTimeInterval(5 * 86_400), lastReview: now.addingTimeInterval(-7 * 86_400),
                             scheduledDays: 12, reps: 4, lapses: 1),
            suspended: false, buriedUntilDay: nil)
    }

    var new: CardEdit.Card { CardEdit.Card(state: .new(availableFrom: now), suspended: false, buriedUntilDay: nil) }

    @Test func suspendAndUnsuspendTurnTheFlagOnlyWhenItChanges() {
        var suspended = reviewed
        suspended.suspended = true
        #expect(CardEdit.suspend.applied(to: reviewed, now: now, calendar: calendar) == .changed(suspended))
        #expect(CardEdit.suspend.applied(to: suspended, now: now, calendar: calendar) == .unchanged)
        #expect(CardEdit.unsuspend.applied(to: suspended, now: now, calendar: calendar) == .changed(reviewed))
        #expect(CardEdit.unsuspend.applied(to: reviewed, now: now, calendar: calendar) == .unchanged)
    }

    @Test func buryLastsUntilTheNextStudyDayAndAnOldBurialDoesNotCount() {
        var buried = reviewed
        buried.buriedUntilDay = today + 1
        #expect(CardEdit.bury.applied(to: reviewed, now: now, calendar: calendar) == .changed(buried))
        #expect(CardEdit.bury.applied(to: buried, now: now, calendar: calendar) == .unchanged)
        #expect(CardEdit.unbury.applied(to: buried, now: now, calendar: calendar) == .changed(reviewed))
        var lapsed = reviewed
        lapsed.buriedUntilDay = today
        #expect(CardEdit.unbury.applied(to: lapsed, now: now, calendar: calendar) == .unchanged, "buried until today is back already")
    }

    @Test func forgetMakesTheCardNewKeepingItsCounts() {
        guard case let .changed(forgotten) = CardEdit.forget.applied(to: reviewed, now: now, calendar: calendar) else {
            Issue.record("forget changed nothing")
            return
        }
        #expect(forgotten.state == CardState(phase: .new, step: 0, memory: nil, due: now, reps: 4, lapses: 1))
        #expect(CardEdit.forget.applied(to: new, now: now, calendar: calendar) == .unchanged)
    }

    @Test func rescheduleMovesTheDueDayToItsStart() {
        guard case let .changed(moved) = CardEdit.reschedule(days: 3).applied(to: reviewed, now: now, calendar: calendar) else {
            Issue.record("reschedule changed nothing")
            return
        }
        #expect(moved.state.due == calendar.start(ofDay: today + 3))
        #expect(moved.state.scheduledDays == 12, "a review card keeps its interval, as Anki's Set Due Date")
        #expect(moved.state.memory == reviewed.state.memory)
    }

    @Test func rescheduleGraduatesALearningCardAndRefusesANewOne() {
        var learning = reviewed
        learning.state.phase = .learning
        learning.state.step = 1
        learning.state.scheduledDays = nil
        guard case let .changed(moved) = CardEdit.reschedule(days: 0).applied(to: learning, now: now, calendar: calendar) else {
            Issue.record("reschedule changed nothing")
            return
        }
        #expect(moved.state.phase == .review && moved.state.step == nil && moved.state.scheduledDays == 1)
        #expect(moved.state.due == calendar.start(ofDay: today))
        #expect(CardEdit.reschedule(days: 2).applied(to: new, now: now, calendar: calendar)
            == .refused("a new card has no due date to move; study it first"))
    }
}
