import Testing
@testable import RecallCore

struct CardIDTableTests {
    @Test func idsInAndOutOfTheFlatArrayKeepTheirValues() {
        var table = CardIDTable<Int32>(absent: -1)
        let ids: [Int64] = [1, 7, 200_000, CardIDTable<Int32>.denseLimit - 1, CardIDTable<Int32>.denseLimit, -5, .max, .min]
        for (index, id) in ids.enumerated() { table[id] = Int32(index) }
        #expect(ids.map { table[$0] } == Array(0..<Int32(ids.count)))
        #expect([0, 2, 8, 199_999, 1 << 30].map { table[$0] } == [-1, -1, -1, -1, -1])
        table[7] = 42
        #expect(table[7] == 42 && table[1] == 0)
    }
}
