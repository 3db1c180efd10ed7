import Foundation

/// Weights fitted to a collection and applied to a preset, with what the fit was judged on:
/// kept in a history so an earlier set can be gone back to.
public struct FittedParameters: Sendable, Equatable, Codable {
    /// The preset the weights belong to.
    public var preset: String
    public var parameters: FSRSParameters
    public var fittedAt: Date
    /// Reviews in the history the weights were fitted on.
    public var reviewCount: Int
    /// Held-out log loss and RMSE(bins) of these weights, and of the ones they replaced.
    public var logLoss: Double
    public var rmseBins: Double
    public var previousLogLoss: Double
    public var previousRmseBins: Double

    public init(
        preset: String = Preset.defaultName, parameters: FSRSParameters, fittedAt: Date, reviewCount: Int,
        logLoss: Double, rmseBins: Double, previousLogLoss: Double, previousRmseBins: Double
    ) {
        self.preset = preset
        self.parameters = parameters
        self.fittedAt = fittedAt
        self.reviewCount = reviewCount
        self.logLoss = logLoss
        self.rmseBins = rmseBins
        self.previousLogLoss = previousLogLoss
        self.previousRmseBins = previousRmseBins
    }
}
