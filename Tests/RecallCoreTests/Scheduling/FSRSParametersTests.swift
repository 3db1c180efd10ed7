import Foundation
import Testing
@testable import RecallCore

@Test func defaultParametersAreValidAndGiveTheDocumentedInitialValues() throws {
    #expect(try FSRSParameters(weights: FSRSParameters.defaultWeights) == .default)
    let model = FSRS()
    let stabilities = Rating.allCases.map { model.nextMemory(after: nil, rating: $0, elapsedDays: nil).stability }
    #expect(stabilities == [0.212, 1.2931, 2.3065, 8.2956])
    let difficulties = Rating.allCases.map { model.nextMemory(after: nil, rating: $0, elapsedDays: nil).difficulty }
    for (actual, expected) in zip(difficulties, [6.4133, 5.1122, 2.1181, 1.0]) {
        #expect(abs(actual - expected) < 1e-4)
    }
    #expect(abs(model.factor - 0.980346) < 1e-6)
}

@Test func parametersOfTheWrongCountAreRefusedWithTheCount() {
    #expect(throws: FSRSParametersError.wrongCount(19)) {
        try FSRSParameters(weights: Array(FSRSParameters.defaultWeights.prefix(19)))
    }
    let error = FSRSParametersError.wrongCount(19)
    #expect(error.localizedDescription == "FSRS needs 21 parameters, but 19 were given.")
}

@Test func parametersOutOfBoundsAreRefusedNamingEachWeightAndItsRange() throws {
    var weights = FSRSParameters.defaultWeights
    weights[7] = 0.8
    weights[20] = 0.05
    let error = try #require(throws: FSRSParametersError.self) { try FSRSParameters(weights: weights) }
    #expect(error.localizedDescription == """
        FSRS parameter w7 = 0.8 is outside its range 0.001…0.75.
        FSRS parameter w20 = 0.05 is outside its range 0.1…0.8.
        """)
    weights[7] = 0.75  // the bounds are closed
    weights[20] = 0.1
    #expect(throws: Never.self) { try FSRSParameters(weights: weights) }
}

@Test func decodingParametersChecksThem() throws {
    let decoder = JSONDecoder()
    let valid = try JSONEncoder().encode(FSRSParameters.default)
    #expect(try decoder.decode(FSRSParameters.self, from: valid) == .default)
    #expect(throws: FSRSParametersError.wrongCount(2)) {
        try decoder.decode(FSRSParameters.self, from: Data("[1, 2]".utf8))
    }
}

@Test(arguments: [
    (SchedulerConfiguration(desiredRetention: 1), "The desired retention must lie between 0 and 1 (exclusive), not 1.0."),
    (SchedulerConfiguration(learningSteps: [60, 0]), "A learning or relearning step must be a positive number of seconds, not 0.0."),
    (SchedulerConfiguration(maximumInterval: 0), "The maximum interval must be at least 1 day, not 0."),
])
func invalidConfigurationsAreRefusedWithASentence(configuration: SchedulerConfiguration, message: String) {
    #expect(throws: (any Error).self) { try configuration.validate() }
    do {
        try configuration.validate()
    } catch {
        #expect(error.localizedDescription == message)
    }
}

@Test func theDefaultConfigurationIsValid() {
    #expect(throws: Never.self) { try SchedulerConfiguration().validate() }
}
