import Foundation

/// One answer to one card, as the review log keeps it.
public struct ReviewLog: Sendable, Equatable, Codable {
    public var rating: Rating
    public var reviewedAt: Date
    public var before: CardState
    public var after: CardState
    /// Days counted since the previous review (nil for the first).
    public var elapsedDays: Int?
    /// The interval set by this review: whole days in review, else nil.
    public var scheduledDays: Int?
    /// Seconds until due after this review.
    public var intervalSeconds: Double
    /// What the person typed, if anything.
    public var typedAnswer: String?
    /// How long the person took to answer, in milliseconds.
    public var responseMilliseconds: Int?

    public init(
        rating: Rating, reviewedAt: Date, before: CardState, after: CardState, elapsedDays: Int?,
        scheduledDays: Int?, intervalSeconds: Double, typedAnswer: String? = nil,
        responseMilliseconds: Int? = nil
    ) {
        self.rating = rating
        self.reviewedAt = reviewedAt
        self.before = before
        self.after = after
        self.elapsedDays = elapsedDays
        self.scheduledDays = scheduledDays
        self.intervalSeconds = intervalSeconds
        self.typedAnswer = typedAnswer
        self.responseMilliseconds = responseMilliseconds
    }
}
