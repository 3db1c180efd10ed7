import Foundation
import RecallTestSupport
import Testing
@testable import RecallCore

private let start = Date(timeIntervalSince1970: 1_704_099_600)  // 2024-01-01 09:00 UTC

/// Answers `ratings` in turn, each `wait` seconds after the previous answer.
private func answer(
    _ ratings: [Rating], with scheduler: Scheduler = Scheduler(), wait: TimeInterval = 0
) -> CardState {
    var state = CardState.new(availableFrom: start)
    var now = start
    for rating in ratings {
        state = scheduler.review(state, rating: rating, at: now, fuzz: nil).after
        now.addTimeInterval(wait)
    }
    return state
}

/// A card graduated long ago: in review with the given memory, last seen `daysAgo` days before
/// `start`.
private func reviewCard(stability: Double, difficulty: Double = 5, daysAgo: Int) -> CardState {
    let lastReview = start.addingTimeInterval(-Double(daysAgo) * 86_400)
    return CardState(
        phase: .review, step: nil, memory: MemoryState(stability: stability, difficulty: difficulty),
        due: lastReview.addingTimeInterval(stability * 86_400), lastReview: lastReview,
        scheduledDays: Int(stability), reps: 5, lapses: 0)
}

struct StepCase: Sendable, CustomTestStringConvertible {
    var testDescription: String
    var learningSteps: [TimeInterval] = [60, 600]
    var relearningSteps: [TimeInterval] = [600]
    /// Answers before the one looked at.
    var before: [Rating]
    var rating: Rating
    var phase: CardPhase
    var step: Int?
    /// The wait in seconds, or nil when the card graduates to review.
    var wait: TimeInterval?

    static let all: [StepCase] = [
        StepCase(testDescription: "again on a new card waits the first step",
                 before: [], rating: .again, phase: .learning, step: 0, wait: 60),
        StepCase(testDescription: "hard at step 0 waits halfway between the first two steps (5m30s)",
                 before: [], rating: .hard, phase: .learning, step: 0, wait: 330),
        StepCase(testDescription: "hard at step 0 with one step waits 1.5 times it",
                 learningSteps: [120], before: [], rating: .hard, phase: .learning, step: 0, wait: 180),
        StepCase(testDescription: "hard at step 1 repeats step 1",
                 before: [.good], rating: .hard, phase: .learning, step: 1, wait: 600),
        StepCase(testDescription: "good at step 0 moves to step 1",
                 before: [], rating: .good, phase: .learning, step: 1, wait: 600),
        StepCase(testDescription: "good on the last step graduates",
                 before: [.good], rating: .good, phase: .review, step: nil, wait: nil),
        StepCase(testDescription: "easy graduates from any step",
                 before: [], rating: .easy, phase: .review, step: nil, wait: nil),
        StepCase(testDescription: "without learning steps the first answer graduates",
                 learningSteps: [], before: [], rating: .again, phase: .review, step: nil, wait: nil),
        StepCase(testDescription: "again in review goes to relearning step 0",
                 before: [.easy], rating: .again, phase: .relearning, step: 0, wait: 600),
        StepCase(testDescription: "without relearning steps again stays in review",
                 relearningSteps: [], before: [.easy], rating: .again, phase: .review, step: nil, wait: nil),
        StepCase(testDescription: "hard in relearning with one step waits 15m",
                 before: [.easy, .again], rating: .hard, phase: .relearning, step: 0, wait: 900),
        StepCase(testDescription: "again in relearning waits the first relearning step",
                 before: [.easy, .again], rating: .again, phase: .relearning, step: 0, wait: 600),
        StepCase(testDescription: "good on the last relearning step returns to review",
                 before: [.easy, .again], rating: .good, phase: .review, step: nil, wait: nil),
    ]
}

@Test(arguments: StepCase.all)
func learningAndRelearningStepsFollowPyFSRS(_ example: StepCase) throws {
    let scheduler = Scheduler(configuration: SchedulerConfiguration(
        learningSteps: example.learningSteps, relearningSteps: example.relearningSteps))
    let state = answer(example.before, with: scheduler)
    let now = start.addingTimeInterval(3_600)
    let log = scheduler.review(state, rating: example.rating, at: now, fuzz: nil)
    #expect(log.after.phase == example.phase)
    #expect(log.after.step == example.step)
    if let wait = example.wait {
        #expect(log.intervalSeconds == wait)
        #expect(log.scheduledDays == nil)
    } else {
        let days = try #require(log.scheduledDays)
        #expect(log.intervalSeconds == Double(days) * 86_400)
    }
}

@Test func againOnLastLearningStepGoesBackToFirstStep() {
    let scheduler = Scheduler()
    let onLastStep = answer([.good])
    #expect(onLastStep.step == 1)
    let now = start.addingTimeInterval(600)
    let log = scheduler.review(onLastStep, rating: .again, at: now, fuzz: nil)
    #expect(log.after.phase == .learning)
    #expect(log.after.step == 0)
    #expect(log.after.due == now.addingTimeInterval(60))
}

@Test func hardAtStepZeroWaitsFiveMinutesThirtySeconds() {
    let log = Scheduler().review(.new(availableFrom: start), rating: .hard, at: start, fuzz: nil)
    #expect(log.after.step == 0)
    #expect(log.intervalSeconds == 5 * 60 + 30)
    #expect(log.after.due == start.addingTimeInterval(330))
}

@Test func aStepLeftByALongerConfigurationGraduatesOnAnythingButAgain() {
    // Step 3 of a four-step configuration, now answered with two steps configured.
    var state = answer([.again])
    state.step = 3
    let scheduler = Scheduler()
    #expect(scheduler.review(state, rating: .hard, at: start, fuzz: nil).after.phase == .review)
    let again = scheduler.review(state, rating: .again, at: start, fuzz: nil).after
    #expect(again.phase == .learning)
    #expect(again.step == 0)
}

@Test func aNewCardIgnoresAnyStaleMemory() {
    let stale = CardState(
        phase: .new, step: 0, memory: MemoryState(stability: 50, difficulty: 9), due: start,
        lastReview: start.addingTimeInterval(-86_400 * 30), scheduledDays: 40, reps: 0)
    let log = Scheduler().review(stale, rating: .good, at: start, fuzz: nil)
    #expect(log.after.memory == FSRS().nextMemory(after: nil, rating: .good, elapsedDays: nil))
    #expect(log.elapsedDays == nil)
    #expect(log.after.phase == .learning)
    #expect(log.after.step == 1)
}

@Test func repsCountEveryAnswerAndLapsesOnlyAgainInReview() {
    let state = answer([.again, .good, .good, .again, .again, .good], wait: 86_400)
    #expect(state.reps == 6)
    #expect(state.lapses == 1)  // the second Again is in relearning
}

@Test func goodAfterGraduationNeverShrinksTheInterval() throws {
    var random = SplitMix64(seed: 0x0F5E_5EED)
    let schedulers = [
        Scheduler(),
        Scheduler(configuration: SchedulerConfiguration(
            desiredRetention: 0.8,
            dayCounting: .studyDays(StudyCalendar(timeZone: TimeZone(identifier: "Europe/Berlin") ?? .gmt)))),
    ]
    var checked = 0
    for history in 0..<400 {
        let scheduler = schedulers[history % schedulers.count]
        var state = CardState.new(availableFrom: start)
        var now = start
        for index in 0..<40 {
            if state.phase == .review {
                let before = try #require(state.scheduledDays)
                let good = scheduler.review(state, rating: .good, at: now, fuzz: nil)
                let after = try #require(good.scheduledDays)
                #expect(after >= before, "history \(history) answer \(index): \(before)d became \(after)d")
                checked += 1
            }
            let rating = [Rating.again, .hard, .good, .good, .good, .easy].randomElement(using: &random) ?? .good
            state = scheduler.review(state, rating: rating, at: now, fuzz: nil).after
            // The next answer comes early, on time or late: 0.1 to 3 times the wait, at least a minute.
            let wait = max(state.due.timeIntervalSince(now), 60)
            now.addTimeInterval(wait * Double.random(in: 0.1...3, using: &random))
        }
    }
    #expect(checked > 5_000)
}

@Test func previewEqualsAppliedReview() {
    var random = SplitMix64(seed: 7)
    let schedulers = [
        Scheduler(),
        Scheduler(configuration: SchedulerConfiguration(
            dayCounting: .studyDays(StudyCalendar(timeZone: TimeZone(identifier: "America/New_York") ?? .gmt)))),
    ]
    for history in 0..<100 {
        let scheduler = schedulers[history % 2]
        let key = "card-\(history)"
        var state = CardState.new(availableFrom: start)
        var now = start
        for _ in 0..<20 {
            let fuzz = FuzzSeed(cardKey: key, reviewCount: state.reps)
            let preview = scheduler.preview(state, at: now, fuzz: fuzz)
            for rating in Rating.allCases {
                #expect(preview[rating] == scheduler.review(state, rating: rating, at: now, fuzz: fuzz))
                #expect(preview[rating].rating == rating)
            }
            let rating = Rating.allCases.randomElement(using: &random) ?? .good
            state = preview[rating].after
            now = state.due.addingTimeInterval(Double.random(in: 0...86_400 * 3, using: &random))
        }
    }
}

@Test func maximumIntervalCapsReviewIntervalsWithAndWithoutFuzz() throws {
    let scheduler = Scheduler(configuration: SchedulerConfiguration(maximumInterval: 30))
    let card = reviewCard(stability: 1_000, daysAgo: 200)
    for rating in [Rating.hard, .good, .easy] {
        let log = scheduler.review(card, rating: rating, at: start, fuzz: nil)
        #expect(log.scheduledDays == 30)
        #expect(log.after.due == start.addingTimeInterval(30 * 86_400))
        for count in 0..<200 {
            let fuzzed = scheduler.review(
                card, rating: rating, at: start, fuzz: FuzzSeed(cardKey: "cap", reviewCount: count))
            let days = try #require(fuzzed.scheduledDays)
            #expect((27...30).contains(days))
        }
    }
    // The default cap of 36,500 days holds for a stability far above it.
    let huge = Scheduler().review(reviewCard(stability: 41_304, daysAgo: 30), rating: .easy, at: start, fuzz: nil)
    #expect(huge.scheduledDays == 36_500)
}

@Test func fuzzLeavesLearningStepsAlone() {
    let fuzz = FuzzSeed(cardKey: "steps", reviewCount: 0)
    let scheduler = Scheduler()
    let new = CardState.new(availableFrom: start)
    #expect(scheduler.review(new, rating: .good, at: start, fuzz: fuzz)
        == scheduler.review(new, rating: .good, at: start, fuzz: nil))
    let lapse = scheduler.review(reviewCard(stability: 40, daysAgo: 40), rating: .again, at: start, fuzz: fuzz)
    #expect(lapse.intervalSeconds == 600)
}

@Test func retrievabilityIsNilForANewCardAndFallsToTheDesiredRetentionAtTheInterval() throws {
    let scheduler = Scheduler()
    #expect(scheduler.retrievability(of: .new(availableFrom: start), at: start) == nil)
    let card = reviewCard(stability: 10, daysAgo: 10)
    let lastReview = try #require(card.lastReview)
    #expect(scheduler.retrievability(of: card, at: lastReview) == 1)
    #expect(isClose(scheduler.retrievability(of: card, at: start), 0.9, relative: 1e-12))
    // Whole days: 23h59m after the last review still counts as 0 days.
    #expect(scheduler.retrievability(of: card, at: lastReview.addingTimeInterval(86_399)) == 1)
}

@Test func studyDaysMakeAReviewDueAtTheRolloverOfItsDay() throws {
    let berlin = try #require(TimeZone(identifier: "Europe/Berlin"))
    let calendar = StudyCalendar(timeZone: berlin, rolloverHour: 4)
    let scheduler = Scheduler(configuration: SchedulerConfiguration(dayCounting: .studyDays(calendar)))
    let card = reviewCard(stability: 3, daysAgo: 3)
    // 2024-01-01 23:00 in Berlin (22:00 UTC): study day 1 January.
    let lateEvening = Date(timeIntervalSince1970: 1_704_146_400)
    let log = scheduler.review(card, rating: .good, at: lateEvening, fuzz: nil)
    let days = try #require(log.scheduledDays)
    // Due at 04:00 Berlin (03:00 UTC) on 1 January + days.
    #expect(log.after.due == Date(timeIntervalSince1970: 1_704_078_000 + Double(days) * 86_400))
    #expect(log.intervalSeconds == log.after.due.timeIntervalSince(lateEvening))

    // Six hours later, after the rollover, is a new study day: one elapsed day, not short-term.
    let nextMorning = lateEvening.addingTimeInterval(6 * 3_600)
    let next = scheduler.review(log.after, rating: .good, at: nextMorning, fuzz: nil)
    #expect(next.elapsedDays == 1)
    #expect(scheduler.model.memoryUpdate(for: log.after.memory, rating: .good, elapsedDays: next.elapsedDays) == .recall)
    #expect(Scheduler().review(log.after, rating: .good, at: nextMorning, fuzz: nil).elapsedDays == 0)
}
