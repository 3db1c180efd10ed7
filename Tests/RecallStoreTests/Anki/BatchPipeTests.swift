import Foundation
import Testing
@testable import RecallStore

struct BatchPipeTests {
    private struct Broken: Error, Equatable {}

    @Test func batchesComeOutInOrderAndThenNil() throws {
        let pipe = BatchPipe<[Int]>(capacity: 4)
        let putting = DispatchSemaphore(value: 0)
        DispatchQueue.global().async {
            for batch in 0..<100 { try? pipe.put([batch, batch]) }
            pipe.finish()
            putting.signal()
        }
        var taken: [[Int]] = []
        while let batch = try pipe.take() { taken.append(batch) }
        putting.wait()
        #expect(taken == (0..<100).map { [$0, $0] })
    }

    @Test func anErrorOfThePuttingSideComesAfterTheBatchesBeforeIt() throws {
        let pipe = BatchPipe<Int>(capacity: 4)
        try pipe.put(1)
        try pipe.put(2)
        pipe.finish(throwing: Broken())
        #expect(try pipe.take() == 1)
        #expect(try pipe.take() == 2)
        #expect(throws: Broken.self) { try pipe.take() }
    }

    @Test func aFullPipeHoldsThePutUntilABatchIsTakenAndACancelStopsIt() throws {
        let pipe = BatchPipe<Int>(capacity: 2)
        try pipe.put(1)
        try pipe.put(2)
        let third = DispatchSemaphore(value: 0)
        nonisolated(unsafe) var outcome: Result<Void, any Error>?
        DispatchQueue.global().async {
            outcome = Result { try pipe.put(3) }
            third.signal()
        }
        #expect(try pipe.take() == 1)
        third.wait()
        #expect(outcome.map { (try? $0.get()) != nil } == true)
        // Full again: the next put waits until the taking side cancels, then throws.
        DispatchQueue.global().async {
            outcome = Result { try pipe.put(4) }
            third.signal()
        }
        pipe.cancel()
        third.wait()
        #expect(throws: BatchPipe<Int>.Cancelled.self) { try outcome?.get() }
    }
}
