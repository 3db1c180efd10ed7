import Foundation
import RecallCore
import Testing
@testable import RecallStore

/// Memory states recomputed from the fixtures' review logs, against the ones Anki stored.
struct ReviewReplayTests {
    /// The fixtures were made with TZ=UTC and Anki's default 4 am rollover.
    static let calendar = StudyCalendar(timeZone: TimeZone(identifier: "UTC")!, rolloverHour: 4)
    static let replay = ReviewReplay(scheduler: Scheduler(configuration: SchedulerConfiguration(
        dayCounting: .studyDays(calendar))))

    /// Anki stores S rounded to 4 decimals and D to 3, and computes them with fsrs-rs in
    /// 32-bit floats, where recall's scheduler follows py-fsrs in 64-bit doubles. The same
    /// FSRS-6 formulas and default weights then agree to about 1e-6 relative, so the tolerance
    /// is Anki's rounding plus a margin: 0.1 % of S (at least 0.001 days) and 0.01 in D. A
    /// replay that skipped the short-term (same-day) formula, counted a manual entry as an
    /// answer or started from the wrong initial state would miss by far more.
    static func close(_ replayed: MemoryState, _ anki: ExpectedPackage.Memory) -> Bool {
        abs(replayed.stability - anki.stability) <= max(0.001, anki.stability * 0.001)
            && abs(replayed.difficulty - anki.difficulty) <= 0.01
    }

    @Test(arguments: ["anki-export-legacy", "anki-export-current"])
    func replayedMemoryMatchesWhatAnkiStored(package: String) throws {
        let collection = try AnkiFixtures.read(package)
        let expected = try AnkiFixtures.expected(package, as: ExpectedPackage.self)
        var compared = 0
        for (card, want) in zip(collection.cards, expected.collection.cards) {
            let outcome = Self.replay.replay(card.reviews)
            guard let anki = want.fsrsMemoryState else {
                #expect(outcome.state == nil, "card \(card.id) has no reviews and no memory")
                continue
            }
            let memory = try #require(outcome.state?.memory, "card \(card.id)")
            #expect(Self.close(memory, anki), "card \(card.id): replayed \(memory), Anki stored \(anki)")
            compared += 1
        }
        #expect(compared == 5)
    }

    @Test func manualEntriesAreSkippedAndEveryAnswerIsLogged() throws {
        let collection = try AnkiFixtures.read("anki-export-current")
        let street = try #require(collection.cards.first { $0.id == 1_795_762_424_451 })
        let outcome = Self.replay.replay(street.reviews)
        #expect(outcome.logs.map(\.rating) == [.again, .good, .good, .again, .good])
        #expect(outcome.logs.map { Int64(($0.reviewedAt.timeIntervalSince1970 * 1000).rounded()) }
            == street.reviews.filter { $0.ease > 0 }.map(\.milliseconds))
        #expect(outcome.logs.first?.before.phase == .new)
        #expect(outcome.state?.reps == 5)
    }

    @Test func aForgetEntryStartsTheMemoryAfreshButKeepsTheHistory() {
        let day: Int64 = 86_400_000
        let start: Int64 = 1_700_000_000_000
        let entries = [
            AnkiReviewEntry(milliseconds: start, ease: 3, kind: .learning, interval: 1, lastInterval: 0, factor: 2500, durationMilliseconds: 4000),
            AnkiReviewEntry(milliseconds: start + 3 * day, ease: 3, kind: .review, interval: 8, lastInterval: 1, factor: 2500, durationMilliseconds: 0),
            AnkiReviewEntry(milliseconds: start + 4 * day, ease: 0, kind: .manual, interval: 0, lastInterval: 8, factor: 0, durationMilliseconds: 0),
            AnkiReviewEntry(milliseconds: start + 5 * day, ease: 1, kind: .learning, interval: -60, lastInterval: 0, factor: 2500, durationMilliseconds: 0),
        ]
        let outcome = Self.replay.replay(entries)
        #expect(outcome.logs.count == 3)
        #expect(outcome.logs[0].responseMilliseconds == 4000)
        #expect(outcome.logs[2].before.phase == .new)
        #expect(outcome.state?.memory == Self.replay.replay([entries[3]]).state?.memory)
    }

    @Test func importedStateKeepsAnkisScheduleWithReplayedMemory() throws {
        let imported = ImportedCollection(anki: try AnkiFixtures.read("anki-export-current"), source: "x")
        let now = Date(timeIntervalSince1970: 1_800_000_000)
        let chat = try #require(imported.cards.first { $0.content.prompt == "chat" })
        let (state, reviews) = chat.initialState(replay: Self.replay, now: now)
        #expect(state.phase == .review)
        #expect(state.due == Date(timeIntervalSince1970: 1_795_752_000 + 4 * 86_400))
        #expect(state.scheduledDays == 4)
        #expect(state.reps == 3)
        #expect(abs(state.memory!.difficulty - 2.104) < 0.001)
        #expect(reviews.count == 3)
        let fresh = try #require(imported.cards.first { $0.content.prompt == "Emoji 😀" })
        let (newState, none) = fresh.initialState(replay: Self.replay, now: now)
        #expect(newState == .new(availableFrom: now))
        #expect(none.isEmpty)
    }
}
