// Tests that import RecallTestSupport get RecallCore's seeded SplitMix64 and model types too.
@_exported import RecallCore
