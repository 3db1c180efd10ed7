import Foundation
import RecallCore
import Testing
@testable import RecallStore

/// Memory states recomputed from the fixtures' review logs, against the ones Anki stored.
struct ReviewReplayTests {
    /// The fixtures were made with TZ=UTC and Anki's default 4 am rollover.
    static let replay = ReviewReplay(scheduler: Scheduler(configuration: SchedulerConfiguration(
        dayCounting: .studyDays(StudyCalendar(timeZone: TimeZone(identifier: "UTC")!, rolloverHour: 4)))))

    @Test(arguments: ["anki-export-legacy", "anki-export-current"])
    func replayedMemoryMatchesWhatAnkiStored(package: String) throws {
        let collection = try AnkiFixtures.read(package)
        let studied = collection.cards.filter { !$0.reviews.isEmpty }
        #expect(studied.count == 5)
        for card in studied {
            let stored = try #require(card.storedMemory)
            let outcome = Self.replay.replay(card.reviews)
            let memory = try #require(outcome.state?.memory)
            print(card.id, stored, memory)
        }
    }
}
