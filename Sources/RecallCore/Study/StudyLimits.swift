/// Daily limits, as in Anki's deck options: `newPerDay` new cards for each deck, and at most
/// `newPerDayTotal` across the whole collection when it is set; `reviewsPerDay` reviews.
public struct StudyLimits: Sendable, Equatable {
    public var newPerDay: Int
    public var newPerDayTotal: Int?
    public var reviewsPerDay: Int

    public init(newPerDay: Int = 20, reviewsPerDay: Int = 200, newPerDayTotal: Int? = nil) {
        self.newPerDay = newPerDay
        self.newPerDayTotal = newPerDayTotal
        self.reviewsPerDay = reviewsPerDay
    }
}

