/// How an all-number date such as "9/4" is read: 9 April (day first, as in most of the world)
/// or September 4 (month first, as in the United States). The command line takes it from the
/// locale; without one, an ambiguous date is asked about.
public enum DateOrder: String, Sendable, Equatable, CaseIterable {
    case dayFirst, monthFirst
}

extension DateReading {
    /// The reading in `order` of an ambiguous all-number date; any other date as it is.
    /// (An ambiguous date's readings are day first, then month first.)
    public func resolved(_ order: DateOrder?) -> DateReading {
        guard let order, isAmbiguous, readings.count == 2 else { return self }
        return DateReading([readings[order == .dayFirst ? 0 : 1]])
    }
}
