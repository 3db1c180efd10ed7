import Foundation
import RecallCore
import RecallTestSupport
import Testing
@testable import RecallStore

struct AppDatabaseCardChangeTests {
    let calendar = AppDatabaseSearchTests.calendar
    let now = AppDatabaseSearchTests.now

    @Test func aChangeIsRecordedAndUndoneExactly() throws {
        let db = try AppDatabaseSearchTests.collection()
        let france = try db.card("france"), seine = try db.card("seine")
        let report = try db.apply(.suspend, to: [france.id, seine.id], now: now, calendar: calendar)
        #expect(report.changed == [france.id] && report.unchanged == [seine.id])
        #expect(try db.card("france").suspended)
        #expect(try db.latestChange(ofCard: france.id)?.action == "suspend")
        #expect(try db.latestChange(ofCard: seine.id) == nil, "an unchanged card is not in the change")

        let undone = try db.undoCardChange(now: now)
        #expect(undone.id == report.changeID && undone.cardIDs == [france.id])
        #expect(try db.card("france") == france)
        #expect(try db.latestChange(ofCard: france.id) == nil)
        #expect(throws: StoreError.noChangeToUndo) { try db.undoCardChange(now: now) }
        #expect(throws: StoreError.changeAlreadyUndone(undone.id, action: "suspend")) { try db.undoCardChange(undone.id, now: now) }
    }

    @Test func forgetAndRescheduleAreTakenBackToTheSecond() throws {
        let db = try AppDatabaseSearchTests.collection()
        let france = try db.card("france"), baku = try db.card("baku")
        _ = try db.apply(.forget, to: [france.id], now: now, calendar: calendar)
        #expect(try db.card("france").state.phase == .new)
        _ = try db.apply(.reschedule(days: 4), to: [baku.id], now: now, calendar: calendar)
        #expect(try db.card("baku").state.due == calendar.start(ofDay: calendar.dayNumber(of: now) + 4))
        try db.undoCardChange(now: now)
        try db.undoCardChange(now: now)
        #expect(try db.card("france") == france)
        #expect(try db.card("baku") == baku)
    }

    @Test func aChangeIsNotUndoneOverALaterAnswer() throws {
        let db = try AppDatabaseSearchTests.collection()
        let france = try db.card("france"), baku = try db.card("baku")
        let report = try db.apply(.bury, to: [france.id, baku.id], now: now, calendar: calendar)
        try db.record(TestReviews.good(baku.state, at: now), cardID: baku.id, sessionID: nil)
        #expect(throws: StoreError.changedSinceChange(cardID: baku.id, changeID: report.changeID!, action: "bury")) {
            try db.undoCardChange(now: now)
        }
        #expect(try db.card("france").buriedUntilDay != nil, "nothing was undone")
    }

    @Test func anUnknownCardChangesNothing() throws {
        let db = try AppDatabaseSearchTests.collection()
        let france = try db.card("france")
        #expect(throws: StoreError.noSuchCard("999")) {
            try db.apply(.suspend, to: [france.id, 999], now: now, calendar: calendar)
        }
        #expect(try !db.card("france").suspended)
        #expect(throws: StoreError.noChangeToUndo) { try db.undoCardChange(now: now) }
    }

    @Test func aSuspendedCardCanAlwaysBeUnsuspended() throws {
        let db = try AppDatabaseSearchTests.collection()
        let seine = try db.card("seine")
        #expect(seine.suspended, "suspended outside the undo log")
        let report = try db.apply(.unsuspend, to: [seine.id], now: now, calendar: calendar)
        #expect(report.changed == [seine.id])
        #expect(try !db.card("seine").suspended)
    }
}
