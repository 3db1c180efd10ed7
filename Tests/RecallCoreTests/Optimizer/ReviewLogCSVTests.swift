import Foundation
import Testing
@testable import RecallCore

struct ReviewLogCSVTests {
    @Test func readsCardsInAnswerOrderWithTheirSplit() throws {
        let log = try ReviewLogCSV.parse(
            "card_id,split,review_idx,day,rating\n2,test,1,5,3\n2,test,0,0,1\n1,train,0,0,4\n", file: "log.csv")
        #expect(log.histories.map(\.cardID) == [1, 2])
        #expect(log.histories[1].answers == [.init(day: 0, rating: .again), .init(day: 5, rating: .good)])
        #expect(log.histories(in: .train).map(\.cardID) == [1])
        #expect(log.histories(in: .test).map(\.cardID) == [2])
    }

    @Test func withoutASplitColumnEveryCardIsInBoth() throws {
        let log = try ReviewLogCSV.parse("card_id,day,rating\n1,0,3\n", file: "log.csv")
        #expect(!log.hasSplit)
        #expect(log.histories(in: .train) == log.histories(in: .test))
    }

    @Test(arguments: [
        ("card_id,day\n1,0\n", "log.csv:1:1: error: the header must name the columns card_id, day and rating; missing: rating"),
        ("card_id,day,rating\n1,0,5\n", "log.csv:2:5: error: rating must be 1, 2, 3 or 4, not “5”"),
        ("card_id,day,rating\n1,x\u{1B}[2J,3\n", "log.csv:2:3: error: day must be a whole number of days, not “x␛[2J”"),
        ("card_id,day,rating,split\n1,0,3,train\n1,2,3,test\n", "log.csv:3:7: error: card 1 is in both the train and the test split"),
    ])
    func problemsAreReportedWithTheirPlace(text: String, message: String) {
        #expect(throws: ReviewLogCSVError.self) { try ReviewLogCSV.parse(text, file: "log.csv") }
        do {
            _ = try ReviewLogCSV.parse(text, file: "log.csv")
        } catch {
            #expect(error.description == message)
        }
    }

    /// A log of 300 answers drawn with a seeded generator, written the usual way (commas, no
    /// spaces) and read fast, and with a space after each comma, which the full reader takes.
    @Test func theFastReaderReadsWhatTheFullReaderReads() throws {
        var generator = SplitMix64(seed: 11)
        var plain = "card_id,split,review_idx,day,rating\r\n"
        var spaced = "card_id, split, review_idx, day, rating\n"
        for index in 0..<300 {
            let card = Int(generator.next() % 40) - 5
            let row = [String(card), card % 3 == 0 ? "test" : "train", String(index % 7), String(generator.next() % 90),
                       String(generator.next() % 4 + 1)]
            plain += row.joined(separator: ",") + "\r\n"
            spaced += row.joined(separator: ", ") + "\n"
        }
        #expect(ReviewLogCSV.fastRows(plain) != nil)
        #expect(ReviewLogCSV.fastRows(spaced) == nil)
        let fast = try ReviewLogCSV.parse(plain, file: "log.csv")
        let full = try ReviewLogCSV.parse(spaced, file: "log.csv")
        #expect(fast.histories == full.histories && fast.splits == full.splits)
        #expect(fast.histories.reduce(0) { $0 + $1.answers.count } == 300)
    }

    @Test(arguments: ["card_id,day,rating\n1,0,\"3\"\n", "card_id,day,rating\n1,0,7\n", "card_id,day,rating\n1,0,3,9\n",
                      "card_id;day;rating\n1;0;3\n", "card_id,day,rating,split\n1,0,3,Train\n"])
    func anythingUnusualGoesToTheFullReader(text: String) {
        #expect(ReviewLogCSV.fastRows(text) == nil)
    }
}
