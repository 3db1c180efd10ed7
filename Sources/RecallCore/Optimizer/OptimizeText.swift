import Foundation

/// What `recall optimize` prints: pure, so tests read it without a terminal.
public enum OptimizeText {
    /// The fit on a collection and the comparison on held-out cards.
    public static func summary(_ run: OptimizationRun, scope: String) -> String {
        let judged = run.judgedOnHeldOutCards
            ? "compared on \(count(run.new.items)) items of held-out cards (1 card in \(OptimizationRun.heldOutShare))"
            : "the held-out cards had no review a day or more after another, so both are compared on every card"
        var lines = [
            "Fitted FSRS on \(count(run.reviewCount)) reviews of \(scope) (\(count(run.fit.items)) training items); \(judged).",
            table([("current", run.current), ("new", run.new)]),
        ]
        if run.fit.stage == .initialStabilitiesOnly {
            lines.append("With fewer than \(ParameterOptimizer.minimumTrainingItems) training items, only the initial stabilities were fitted.")
        }
        lines.append("New parameters: " + weights(run.fit.parameters))
        return lines.joined(separator: "\n")
    }

    /// The fit of a CSV review log.
    public static func fileSummary(fit: ParameterOptimizer.Fit, evaluations: [(String, ModelEvaluation)], onTestSplit: Bool) -> String {
        var lines = ["Fitted FSRS on \(count(fit.items)) training items" + (onTestSplit ? " (train split)." : ".")]
        if !evaluations.isEmpty {
            lines.append(onTestSplit ? "On the test split:" : "On the same history (the file has no split column):")
            lines.append(table(evaluations))
        }
        lines.append("Parameters: " + weights(fit.parameters))
        return lines.joined(separator: "\n")
    }

    /// The same as JSON: parameters, items, stage and metrics by name.
    public static func json(fit: ParameterOptimizer.Fit, evaluations: [(String, ModelEvaluation)], onTestSplit: Bool) throws -> String {
        struct Metrics: Encodable {
            var items: Int
            var logLoss: Double
            var rmseBins: Double
        }
        struct Output: Encodable {
            var parameters: [Double]
            var trainingItems: Int
            var stage: String
            var evaluatedOn: String
            var metrics: [String: Metrics]
        }
        let output = Output(
            parameters: fit.parameters.weights, trainingItems: fit.items, stage: fit.stage.rawValue,
            evaluatedOn: onTestSplit ? "test" : "all",
            metrics: Dictionary(uniqueKeysWithValues: evaluations.map {
                ($0.0, Metrics(items: $0.1.items, logLoss: $0.1.logLoss, rmseBins: $0.1.rmseBins))
            }))
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys]
        return String(decoding: try encoder.encode(output), as: UTF8.self)
    }

    public static func date(_ date: Date) -> String {
        ReportDates.isoInstant(date).prefix(10).description
    }

    static func table(_ rows: [(String, ModelEvaluation)]) -> String {
        let width = max(rows.map(\.0.count).max() ?? 0, 10)
        let header = "  " + "".padding(toLength: width, withPad: " ", startingAt: 0) + "  log loss  RMSE(bins)"
        return ([header] + rows.map { name, evaluation in
            "  " + name.padding(toLength: width, withPad: " ", startingAt: 0)
                + String(format: "  %8.4f  %10.4f", evaluation.logLoss, evaluation.rmseBins)
        }).joined(separator: "\n")
    }

    static func weights(_ parameters: FSRSParameters) -> String {
        parameters.weights.map { String(format: "%.4f", $0) }.joined(separator: ", ")
    }

    static func count(_ value: Int) -> String { ReportFormat.count(value) }
}
