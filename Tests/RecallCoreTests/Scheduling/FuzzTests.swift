import Foundation
import RecallTestSupport
import Testing
@testable import RecallCore

@Test(arguments: [
    (days: 2, range: nil),
    (days: 3, range: 2...4),  // δ = 1.075
    (days: 7, range: 5...9),  // δ = 1.675
    (days: 10, range: 8...12),  // δ = 1.975, as FORMULAS.md works out
    (days: 20, range: 17...23),  // δ = 2.975
    (days: 100, range: 93...107),  // δ = 6.975
] as [(days: Int, range: ClosedRange<Int>?)])
func fuzzRangeMatchesPyFSRS(days: Int, range: ClosedRange<Int>?) {
    #expect(Fuzz.range(days: days, maximumInterval: 36_500) == range)
}

@Test func fuzzStaysWithinPyFSRSRangeIncludingItsHighQuirk() throws {
    for days in 1...400 {
        var seen = Set<Int>()
        for count in 0..<300 {
            let u = FuzzSeed(cardKey: "range-\(days)", reviewCount: count).unitValue
            let fuzzed = Fuzz.fuzzedDays(days, u: u, maximumInterval: 36_500)
            seen.insert(fuzzed)
            guard let range = Fuzz.range(days: days, maximumInterval: 36_500) else {
                #expect(fuzzed == days)
                continue
            }
            #expect(range.lowerBound <= fuzzed && fuzzed <= range.upperBound + 1, "\(days)d fuzzed to \(fuzzed)d")
        }
        if days == 10 { #expect(seen == Set(8...13)) }
    }
    #expect(Fuzz.fuzzedDays(36_500, u: 0.9999, maximumInterval: 36_500) == 36_500)  // draws 36,501
}

@Test func fuzzDrawsAreRoundedHalfToEvenLikePython() {
    // n = 10: lo 8, width 5. u = 0.1 gives 8.5 → 8; u = 0.3 gives 9.5 → 10.
    #expect(Fuzz.fuzzedDays(10, u: 0.1, maximumInterval: 36_500) == 8)
    #expect(Fuzz.fuzzedDays(10, u: 0.3, maximumInterval: 36_500) == 10)
    #expect(Fuzz.fuzzedDays(10, u: 0, maximumInterval: 36_500) == 8)
}

@Test func fuzzIsDeterministicForTheSameSeedAndVariesBetweenSeeds() {
    let seed = FuzzSeed(cardKey: "capitals/france", reviewCount: 4)
    #expect(seed.unitValue == FuzzSeed(cardKey: "capitals/france", reviewCount: 4).unitValue)
    // SplitMix64's published first output for seed 0, and the same step as the test generator:
    // a change of hash would move every stored card's fuzz.
    #expect(FuzzSeed.splitMix64(0) == 0xE220_A839_7B1D_CDAF)
    var generator = SplitMix64(seed: 12_345)
    #expect(FuzzSeed.splitMix64(12_345) == generator.next())
    #expect(FuzzSeed(cardKey: "", reviewCount: 0).unitValue
        == Double(FuzzSeed.splitMix64(0xcbf2_9ce4_8422_2325) >> 11) * 0x1p-53)
    let values = (0..<1_000).map { FuzzSeed(cardKey: "capitals/france", reviewCount: $0).unitValue }
    #expect(values.allSatisfy { (0..<1).contains($0) })
    #expect(Set(values).count == 1_000)
    let mean = values.reduce(0, +) / Double(values.count)
    #expect(abs(mean - 0.5) < 0.05)
}
