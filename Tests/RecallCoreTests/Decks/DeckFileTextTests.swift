import Foundation
import RecallCore
import RecallTestSupport
import Testing

/// A deck file that is not UTF-8 is reported at its first byte that is not.
struct DeckFileTextTests {
    @Test func utf8TextIsReturnedAsItIs() throws {
        #expect(try DeckFileText.decode(Data("deck: Café\n".utf8), file: "cafe.yaml").get() == "deck: Café\n")
    }

    @Test func latin1IsReportedAtItsFirstAccentedLetter() {
        let marked = MarkedText("deck: Capitals\ncards:\n  - q: Capital of Z1️⃣ürich's canton?\n    a: Zürich\n")
        // The same text saved as Latin-1: ü is the single byte 0xFC.
        let latin1 = Data(marked.text.unicodeScalars.map { UInt8($0.value) })
        let result = DeckFileText.decode(latin1, file: "swiss.yaml")
        #expect(throws: DeckDiagnostic(
            .error, at: marked.location("1️⃣", file: "swiss.yaml"),
            "the file is not UTF-8 text: byte 0xFC here is not part of a UTF-8 character",
            notes: ["save it as UTF-8 (it may be Latin-1 or UTF-16); it was skipped"])) { try result.get() }
    }
}
