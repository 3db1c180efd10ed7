import Foundation
import RecallCore
import Testing

/// Fitting on `synthetic_10k.csv`, a learner whose memory follows FSRS-6 with known weights
/// (copied from the reference histories; the figures quoted are fsrs-rs's on the same file).
struct ParameterOptimizerTests {
    static let log = Result { () throws -> ReviewLogCSV in
        guard let url = Bundle.module.url(forResource: "synthetic_10k", withExtension: "csv", subdirectory: "Fixtures/fsrs")
        else { throw CocoaError(.fileNoSuchFile) }
        return try ReviewLogCSV.parse(String(contentsOf: url, encoding: .utf8), file: "synthetic_10k.csv")
    }

    static let trueWeights = [
        0.4, 1.8, 3.5, 12.0, 6.8, 0.55, 2.2, 0.02, 1.6, 0.2, 0.95, 1.7, 0.09, 0.3, 1.4, 0.45, 2.2, 0.6, 0.12, 0.1, 0.2,
    ]

    @Test func itemsAreOnePerReviewADayOrMoreAfterThePreviousOne() throws {
        let log = try Self.log.get()
        // fsrs-rs built 5,876 training and 1,720 held-out items from this file.
        #expect(TrainingSet(histories: log.histories(in: .train)).items.count == 5_876)
        #expect(TrainingSet(histories: log.histories(in: .test)).items.count == 1_720)
    }

    @Test func sameDayReviewsAreInsideHistoriesNotItems() {
        let history = CardHistory(cardID: 1, answers: [
            .init(day: 0, rating: .again), .init(day: 0, rating: .good), .init(day: 2, rating: .good),
            .init(day: 2, rating: .hard), .init(day: 9, rating: .again),
        ])
        let set = TrainingSet(histories: [history])
        #expect(set.items.map(\.answer) == [2, 4])
        #expect(set.cards[0].elapsedDays == [0, 0, 2, 0, 7])
    }

    @Test func evaluationMatchesFsrsRsOnTheHeldOutCards() throws {
        let test = try Self.log.get().histories(in: .test)
        let truth = try #require(ModelEvaluation(parameters: FSRSParameters(weights: Self.trueWeights), histories: test))
        let defaults = try #require(ModelEvaluation(parameters: .default, histories: test))
        // fsrs-rs: 0.29941 and 0.30224.
        #expect(abs(truth.logLoss - 0.29941) < 0.00002)
        #expect(abs(defaults.logLoss - 0.30224) < 0.00002)
        #expect(truth.items == 1_720)
        #expect(truth.calibration.reduce(0) { $0 + $1.count } == 1_720)
    }

    @Test func fittedWeightsPredictHeldOutCardsBetterThanTheDefaults() throws {
        let log = try Self.log.get()
        let fit = try ParameterOptimizer().fit(log.histories(in: .train))
        #expect(fit.stage == .trained)
        let fitted = try #require(ModelEvaluation(parameters: fit.parameters, histories: log.histories(in: .test)))
        let defaults = try #require(ModelEvaluation(parameters: .default, histories: log.histories(in: .test)))
        #expect(fitted.logLoss < defaults.logLoss - 0.001)
        // The initial stabilities move towards the learner's (true: 0.4, 1.8, 3.5, 12).
        #expect(fit.parameters[0] > 0.3 && fit.parameters[3] > 8.2956)
        // Every weight within fsrs-rs's training bounds.
        #expect(fit.parameters[19] >= 0.01)
    }

    @Test func fittingTheSameHistoryTwiceGivesTheSameWeights() throws {
        let train = try Self.log.get().histories(in: .train)
        #expect(try ParameterOptimizer().fit(train) == ParameterOptimizer().fit(train))
    }

    @Test func aLongHistoryKeepsTheDescentWithTheLowerTrainingLoss() throws {
        let train = try Self.log.get().histories(in: .train)
        func configuration(seed: UInt64, longHistory: Int) -> ParameterOptimizer.Configuration {
            var configuration = ParameterOptimizer.Configuration()
            configuration.seed = seed
            configuration.longHistory = longHistory
            configuration.epochs = 3
            configuration.longHistoryEpochs = 3
            return configuration
        }
        // 5,876 items: long when the threshold is lowered, so two descents (seeds 7 and 8).
        let both = try ParameterOptimizer(configuration: configuration(seed: 7, longHistory: 1_000)).fit(train)
        let singles = try [7, 8].map { seed in
            try ParameterOptimizer(configuration: configuration(seed: UInt64(seed), longHistory: .max)).fit(train)
        }
        #expect(singles[0].parameters != singles[1].parameters)
        let better = try #require(singles.min { $0.trainingLoss! < $1.trainingLoss! })
        #expect(both == better)
    }

    @Test func tooLittleHistoryIsRefusedWithASentence() {
        let histories = (1...5).map { id in
            CardHistory(cardID: Int64(id), answers: [.init(day: 0, rating: .good), .init(day: 3, rating: .good)])
        }
        // Five cards that began alike are too few to learn from: fsrs-rs sets them aside as outliers.
        #expect(throws: OptimizerError.notEnoughHistory(items: 5, minimum: 8, setAside: 5)) {
            try ParameterOptimizer().fit(histories)
        }
        #expect(OptimizerError.notEnoughHistory(items: 5, minimum: 8).localizedDescription
            == "there is too little review history to fit FSRS: 5 reviews were made a day or more after the card's "
            + "previous one, and fitting needs at least 8, Anki's minimum; keep studying and try again later")
    }

    @Test func reviewsSetAsideAsOutliersAreSaidWhenTheyLeaveTooFew() {
        // 18 reviews a day or more after the previous one, more than the minimum of 8, yet every
        // card is an outlier (fewer than 20 began alike): the sentence must not read as if 18
        // were too few.
        let histories = (1...18).map { id in
            CardHistory(cardID: Int64(id), answers: [.init(day: 0, rating: .good), .init(day: 1 + id % 2, rating: .good)])
        }
        var thrown: OptimizerError?
        do { _ = try ParameterOptimizer().fit(histories) } catch { thrown = error }
        #expect(thrown == .notEnoughHistory(items: 18, minimum: 8, setAside: 18))
        let sentence = thrown?.localizedDescription ?? ""
        #expect(sentence.contains("18 reviews were made a day or more after the card's previous one, 18 of them"))
        #expect(sentence.contains("which leaves 0, and fitting needs at least 8"))
    }

    @Test func aSmallHistoryOnlyEstimatesInitialStabilities() throws {
        // 40 cards first answered Good, recalled 3 days later: 40 items, fewer than 64.
        let histories = (1...40).map { id in
            CardHistory(cardID: Int64(id), answers: [.init(day: 0, rating: .good), .init(day: 3, rating: id % 10 == 0 ? .again : .good)])
        }
        let fit = try ParameterOptimizer().fit(histories)
        #expect(fit.stage == .initialStabilitiesOnly)
        #expect(Array(fit.parameters.weights[4...]) == Array(FSRSParameters.defaultWeights[4...]))
        #expect(fit.parameters[2] != FSRSParameters.defaultWeights[2])
        // Filled in for the ratings never seen, rising with the rating.
        #expect(fit.parameters[0] < fit.parameters[1] && fit.parameters[1] < fit.parameters[2]
            && fit.parameters[2] < fit.parameters[3])
    }
}
