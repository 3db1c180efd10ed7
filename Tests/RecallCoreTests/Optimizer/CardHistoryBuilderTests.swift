import Foundation
import RecallCore
import Testing

struct CardHistoryBuilderTests {
    let calendar = StudyCalendar(timeZone: TimeZone(identifier: "UTC")!, rolloverHour: 4)

    func date(day: Int, hour: Double) -> Date { Date(timeIntervalSince1970: (Double(day) * 24 + hour) * 3600) }

    @Test func answersAreCountedInStudyDaysAndAResetStartsANewHistory() {
        var builder = CardHistoryBuilder(calendar: calendar)
        builder.add(cardID: 7, reviewedAt: date(day: 100, hour: 10), rating: .good, wasNew: true)
        builder.add(cardID: 9, reviewedAt: date(day: 100, hour: 11), rating: .again, wasNew: true)
        // 3 am belongs to the study day before (rollover at 4).
        builder.add(cardID: 7, reviewedAt: date(day: 102, hour: 3), rating: .hard, wasNew: false)
        builder.add(cardID: 7, reviewedAt: date(day: 105, hour: 9), rating: .good, wasNew: true)
        builder.add(cardID: 9, reviewedAt: date(day: 106, hour: 9), rating: .good, wasNew: false)
        #expect(builder.histories == [
            CardHistory(cardID: 7, answers: [.init(day: 100, rating: .good), .init(day: 101, rating: .hard)]),
            CardHistory(cardID: 9, answers: [.init(day: 100, rating: .again), .init(day: 106, rating: .good)]),
            CardHistory(cardID: 7, answers: [.init(day: 105, rating: .good)]),
        ])
    }

    @Test func theMemoryStateAfterAHistoryIsTheSchedulers() {
        let scheduler = Scheduler(configuration: SchedulerConfiguration(dayCounting: .studyDays(calendar)))
        var state = CardState.new(availableFrom: date(day: 0, hour: 0))
        var builder = CardHistoryBuilder(calendar: calendar)
        for (index, rating) in [Rating.again, .good, .good, .hard, .again, .good, .easy].enumerated() {
            let when = date(day: index * 2 + (index == 1 ? -2 : 0), hour: 12 + Double(index))
            builder.add(cardID: 1, reviewedAt: when, rating: rating, wasNew: state.phase == .new)
            state = scheduler.review(state, rating: rating, at: when, fuzz: nil).after
        }
        #expect(scheduler.model.memoryState(after: builder.histories[0]) == state.memory)
    }
}
