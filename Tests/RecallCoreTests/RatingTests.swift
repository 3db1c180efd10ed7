import Testing
@testable import RecallCore

@Test(arguments: [
    ("1", Rating.again), ("2", .hard), ("3", .good), ("4", .easy),
    ("again", .again), ("Hard", .hard), (" good ", .good), ("e", .easy), ("ag", .again),
])
func ratingReadsNumbersAndNames(input: String, expected: Rating) {
    #expect(Rating(input: input) == expected)
}

@Test(arguments: ["", "5", "0", "great", "x"])
func ratingRejectsOtherWords(input: String) {
    #expect(Rating(input: input) == nil)
}
