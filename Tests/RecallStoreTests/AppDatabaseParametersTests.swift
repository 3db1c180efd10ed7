import Foundation
import RecallCore
import RecallTestSupport
import Testing
@testable import RecallStore

struct AppDatabaseParametersTests {
    let utc = StudyCalendar(timeZone: TimeZone(identifier: "UTC")!, rolloverHour: 4)

    /// Two cards answered through the scheduler over several days, one of them reset to new
    /// and studied again.
    func collection() throws -> (AppDatabase, Scheduler) {
        let db = try AppDatabase.inMemory()
        let scheduler = Scheduler(configuration: SchedulerConfiguration(dayCounting: .studyDays(utc)))
        var bulk: [BulkCard] = []
        for (index, ratings) in [[Rating.good, .good, .again, .good, .easy], [.hard, .good, .good]].enumerated() {
            var state = CardState.new(availableFrom: TestCards.date())
            var logs: [ReviewLog] = []
            for (step, rating) in ratings.enumerated() {
                let log = scheduler.review(state, rating: rating, at: TestCards.date(Double(step) * 3 * 86_400 + 36_000), fuzz: nil)
                logs.append(log)
                state = log.after
            }
            bulk.append(BulkCard(card: TestCards.basic("c\(index)", "Q\(index)?", "A"), state: state, reviews: logs))
        }
        try db.insertBulk(bulk, intoDeck: "D", source: nil, now: TestCards.date())
        return (db, scheduler)
    }

    func fit(_ weights: [Double]) -> FittedParameters {
        FittedParameters(
            parameters: FSRSParameters(clamped: weights), fittedAt: TestCards.date(86_400 * 30), reviewCount: 8,
            logLoss: 0.2, rmseBins: 0.02, previousLogLoss: 0.3, previousRmseBins: 0.03)
    }

    @Test func historiesAreReadInStudyDaysOnePerCard() throws {
        let (db, _) = try collection()
        let histories = try db.cardHistories(calendar: utc)
        #expect(histories.map(\.cardID).sorted() == [1, 2])
        let first = try #require(histories.first { $0.cardID == 1 })
        #expect(first.answers.map(\.day) == [19_723, 19_726, 19_729, 19_732, 19_735])
        #expect(first.answers.map(\.rating) == [.good, .good, .again, .good, .easy])
    }

    @Test func applyingAFitRecomputesMemoryStatesAndRevertGoesBack() throws {
        let (db, scheduler) = try collection()
        #expect(try db.currentParameters() == nil)
        var weights = FSRSParameters.defaultWeights
        weights[2] = 5
        weights[8] = 1.2
        let applied = fit(weights)
        let histories = try db.cardHistories(calendar: utc)
        try db.apply(applied, memoryStates: FSRS(parameters: applied.parameters).memoryStates(after: histories))
        #expect(try db.currentParameters() == applied)
        let card = try db.card("D/c0")
        let expected = FSRS(parameters: applied.parameters).memoryState(after: histories.first { $0.cardID == card.id }!)
        #expect(card.state.memory == expected)
        #expect(card.state.memory != scheduler.model.memoryState(after: histories.first { $0.cardID == card.id }!))

        let back = try db.revertParameters(at: TestCards.date(86_400 * 31)) { current in
            FSRS(parameters: current?.parameters ?? .default).memoryStates(after: histories)
        }
        #expect(back == nil)
        #expect(try db.currentParameters() == nil)
        #expect(try db.card("D/c0").state.memory == scheduler.model.memoryState(after: histories.first { $0.cardID == card.id }!))
        #expect(throws: ParameterStoreError.nothingToRevert(preset: "Default")) {
            _ = try db.revertParameters(at: TestCards.date()) { _ in [:] }
        }
    }

    @Test func revertingTheSecondFitGoesBackToTheFirst() throws {
        let (db, _) = try collection()
        var weights = FSRSParameters.defaultWeights
        weights[8] = 1.5
        let first = fit(weights)
        weights[8] = 1.1
        let second = fit(weights)
        try db.apply(first, memoryStates: [:])
        try db.apply(second, memoryStates: [:])
        #expect(try db.parameterHistory() == [first, second])
        #expect(try db.revertParameters(at: TestCards.date()) { _ in [:] } == first)
        #expect(try db.currentParameters() == first)
    }
}
