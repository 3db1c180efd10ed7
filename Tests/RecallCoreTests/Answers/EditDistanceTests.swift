import Testing
import RecallTestSupport
@testable import RecallCore

struct DistanceCase: CustomTestStringConvertible, Sendable {
    var id: String
    var a: String
    var b: String
    var limit: Int
    var substitutionCost = 1
    /// nil when the distance is over the limit.
    var distance: Int?

    var testDescription: String { id }

    static let all: [DistanceCase] = [
        .init(id: "equal", a: "aliyev", b: "aliyev", limit: 2, distance: 0),
        .init(id: "substitution", a: "aliyev", b: "aliyeb", limit: 2, distance: 1),
        .init(id: "deletion", a: "aliyev", b: "alyev", limit: 2, distance: 1),
        .init(id: "insertion", a: "baku", b: "bakku", limit: 2, distance: 1),
        .init(id: "transposition-costs-one", a: "baku", b: "bkau", limit: 2, distance: 1),
        .init(id: "two-transpositions", a: "abcd", b: "badc", limit: 3, distance: 2),
        .init(id: "over-limit", a: "kitten", b: "sitting", limit: 2, distance: nil),
        .init(id: "at-limit", a: "kitten", b: "sitting", limit: 3, distance: 3),
        .init(id: "length-gap-bails-out", a: "a", b: String(repeating: "a", count: 10_000), limit: 3, distance: nil),
        .init(id: "empty-against-short", a: "", b: "ab", limit: 2, distance: 2),
        .init(id: "dear-substitution", a: "iran", b: "iraq", limit: 1, substitutionCost: 2, distance: nil),
        .init(id: "dear-substitution-swap-still-one", a: "iran", b: "irna", limit: 1, substitutionCost: 2, distance: 1),
        .init(id: "long-equal-strings", a: String(repeating: "ab", count: 5000), b: String(repeating: "ab", count: 5000), limit: 3, distance: 0),
        .init(id: "long-one-edit", a: String(repeating: "ab", count: 5000), b: String(repeating: "ab", count: 5000) + "c", limit: 3, distance: 1),
    ]
}

@Test(arguments: DistanceCase.all)
func editDistanceCountsEditsUpToTheLimit(_ example: DistanceCase) {
    #expect(EditDistance.distance(example.a, example.b, limit: example.limit, substitutionCost: example.substitutionCost) == example.distance)
}

@Test(arguments: [(0, 0), (3, 0), (4, 1), (7, 1), (8, 2), (15, 2), (16, 3), (400, 3)])
func typoAllowanceGrowsWithLength(length: Int, allowance: Int) {
    #expect(EditDistance.allowance(forLength: length) == allowance)
}

/// The banded distance agrees with a plain full-table one on random short strings.
@Test func bandedDistanceAgreesWithFullTable() {
    var random = SplitMix64(seed: 7)
    let alphabet = Array("abcab".unicodeScalars)
    for _ in 0..<2000 {
        let a = (0..<Int.random(in: 0...7, using: &random)).map { _ in alphabet.randomElement(using: &random)! }
        let b = (0..<Int.random(in: 0...7, using: &random)).map { _ in alphabet.randomElement(using: &random)! }
        let full = fullTableDistance(a, b)
        for limit in 0...3 {
            let banded = EditDistance.distance(a, b, limit: limit)
            #expect(banded == (full <= limit ? full : nil), "\(a) \(b) limit \(limit)")
        }
    }
}

private func fullTableDistance(_ a: [Unicode.Scalar], _ b: [Unicode.Scalar]) -> Int {
    var table = [[Int]](repeating: [Int](repeating: 0, count: b.count + 1), count: a.count + 1)
    for i in 0...a.count { table[i][0] = i }
    for j in 0...b.count { table[0][j] = j }
    for i in stride(from: 1, through: a.count, by: 1) {
        for j in stride(from: 1, through: b.count, by: 1) {
            let cost = a[i - 1] == b[j - 1] ? 0 : 1
            table[i][j] = min(table[i - 1][j] + 1, table[i][j - 1] + 1, table[i - 1][j - 1] + cost)
            if i > 1, j > 1, a[i - 1] == b[j - 2], a[i - 2] == b[j - 1] {
                table[i][j] = min(table[i][j], table[i - 2][j - 2] + 1)
            }
        }
    }
    return table[a.count][b.count]
}
