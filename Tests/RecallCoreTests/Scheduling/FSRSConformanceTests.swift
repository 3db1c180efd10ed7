import Foundation
import Testing
@testable import RecallCore

/// py-fsrs 6.3.2's own results for 300 cards and 3,827 reviews (fuzz off), generated from the
/// real package: Fixtures/fsrs/vectors-pyfsrs.json.
struct PyFSRSVectors: Decodable, Sendable {
    struct Header: Decodable, Sendable {
        var parameters: [Double]
        var desiredRetention: Double
        var learningStepsSeconds: [Double]
        var relearningStepsSeconds: [Double]
        var maximumIntervalDays: Int
        var enableFuzzing: Bool
        var decay: Double
        var factor: Double
        var caseCount: Int
        var reviewCount: Int
    }

    struct Case: Decodable, Sendable, CustomTestStringConvertible {
        var id: String
        var description: String
        var reviews: [Review]

        var testDescription: String { id }
    }

    struct Review: Decodable, Sendable {
        var reviewDatetime: Date
        var rating: Int
        var elapsedDays: Int?
        var retrievability: Double?
        var stateBefore: String
        var stepBefore: Int?
        var memoryUpdate: String
        var state: String
        var step: Int?
        var stability: Double
        var difficulty: Double
        var due: Date
        var intervalSeconds: Double
        var intervalDays: Int?
    }

    var header: Header
    var cases: [Case]

    static let loaded = Result { () throws -> PyFSRSVectors in
        guard let url = Bundle.module.url(
            forResource: "vectors-pyfsrs", withExtension: "json", subdirectory: "Fixtures/fsrs")
        else { throw CocoaError(.fileNoSuchFile) }
        let decoder = JSONDecoder()
        decoder.keyDecodingStrategy = .convertFromSnakeCase
        decoder.dateDecodingStrategy = .iso8601
        return try decoder.decode(PyFSRSVectors.self, from: Data(contentsOf: url))
    }

    static func load() throws -> PyFSRSVectors { try loaded.get() }

    /// The vectors' settings as a configuration, counting days as py-fsrs does.
    var configuration: SchedulerConfiguration {
        get throws {
            SchedulerConfiguration(
                parameters: try FSRSParameters(weights: header.parameters),
                desiredRetention: header.desiredRetention,
                learningSteps: header.learningStepsSeconds,
                relearningSteps: header.relearningStepsSeconds,
                maximumInterval: header.maximumIntervalDays,
                dayCounting: .wholeDays)
        }
    }
}

/// py-fsrs's names for states and memory updates.
private func pyName(_ phase: CardPhase) -> String {
    phase == .new ? "Learning" : phase.rawValue.capitalized
}

private func pyName(_ update: FSRS.MemoryUpdate) -> String {
    update == .shortTerm ? "short_term" : update.rawValue
}

/// True when `actual` is within `tolerance` of `expected`, relative to the larger magnitude.
func isClose(_ actual: Double?, _ expected: Double?, relative tolerance: Double = 1e-9) -> Bool {
    guard let actual, let expected else { return actual == nil && expected == nil }
    return abs(actual - expected) <= tolerance * max(abs(actual), abs(expected))
}

@Test func vectorsHoldEveryReviewAndTheDefaultConfiguration() throws {
    let vectors = try PyFSRSVectors.load()
    #expect(vectors.cases.count == 300)
    #expect(vectors.cases.reduce(0) { $0 + $1.reviews.count } == 3_827)
    #expect(vectors.header.reviewCount == 3_827)
    #expect(!vectors.header.enableFuzzing)
    #expect(try vectors.configuration == SchedulerConfiguration())
    let model = FSRS()
    #expect(model.decay == vectors.header.decay)
    #expect(model.factor == vectors.header.factor)
}

@Test(arguments: try PyFSRSVectors.load().cases)
func schedulerReproducesPyFSRS(_ vector: PyFSRSVectors.Case) throws {
    let scheduler = Scheduler(configuration: try PyFSRSVectors.load().configuration)
    let first = try #require(vector.reviews.first, "\(vector.id) has no reviews")
    var state = CardState.new(availableFrom: first.reviewDatetime)

    for (index, expected) in vector.reviews.enumerated() {
        let place = "\(vector.id) review \(index)"
        let rating = try #require(Rating(rawValue: expected.rating), "\(place): rating \(expected.rating)")
        let now = expected.reviewDatetime

        #expect(pyName(state.phase) == expected.stateBefore, "\(place): state before")
        #expect(state.step == expected.stepBefore, "\(place): step before")
        let retrievability = scheduler.retrievability(of: state, at: now)
        #expect(
            isClose(retrievability, expected.retrievability),
            "\(place): retrievability \(String(describing: retrievability)), py-fsrs \(String(describing: expected.retrievability))")

        let log = scheduler.review(state, rating: rating, at: now, fuzz: nil)
        let after = log.after
        let update = scheduler.model.memoryUpdate(
            for: state.phase == .new ? nil : state.memory, rating: rating, elapsedDays: log.elapsedDays)

        #expect(log.elapsedDays == expected.elapsedDays, "\(place): elapsed days")
        #expect(pyName(update) == expected.memoryUpdate, "\(place): memory update")
        #expect(pyName(after.phase) == expected.state, "\(place): state")
        #expect(after.step == expected.step, "\(place): step")
        #expect(
            isClose(after.memory?.stability, expected.stability),
            "\(place): stability \(String(describing: after.memory?.stability)), py-fsrs \(expected.stability)")
        #expect(
            isClose(after.memory?.difficulty, expected.difficulty),
            "\(place): difficulty \(String(describing: after.memory?.difficulty)), py-fsrs \(expected.difficulty)")
        #expect(after.due == expected.due, "\(place): due \(after.due), py-fsrs \(expected.due)")
        #expect(log.intervalSeconds == expected.intervalSeconds, "\(place): interval seconds")
        #expect(log.scheduledDays == expected.intervalDays, "\(place): interval days")
        #expect(after.scheduledDays == expected.intervalDays, "\(place): card's scheduled days")
        #expect(after.lastReview == now, "\(place): last review")
        #expect(after.reps == index + 1, "\(place): reps")
        state = after
    }
}
