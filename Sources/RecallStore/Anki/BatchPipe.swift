import Foundation

/// Hands batches from one thread to another, holding at most `capacity` of them: the thread
/// that puts waits while the pipe is full, so memory stays bounded however many come. The
/// putting side ends with `finish(throwing:)`; the taking side may `cancel()`, after which a
/// waiting or later `put` throws `Cancelled`.
final class BatchPipe<Batch: Sendable>: @unchecked Sendable {
    struct Cancelled: Error {}

    private let capacity: Int
    private let condition = NSCondition()
    // Guarded by `condition`.
    private var batches: [Batch] = []
    private var finished = false
    private var failure: (any Error)?
    private var cancelled = false

    init(capacity: Int) {
        self.capacity = capacity
    }

    /// Adds `batch`, waiting while the pipe is full.
    func put(_ batch: Batch) throws {
        condition.lock()
        defer { condition.unlock() }
        while batches.count >= capacity, !cancelled { condition.wait() }
        if cancelled { throw Cancelled() }
        batches.append(batch)
        condition.broadcast()
    }

    /// Nothing more comes; with an error, `take` throws it once the batches before it are taken.
    func finish(throwing error: (any Error)? = nil) {
        condition.lock()
        finished = true
        failure = error
        condition.broadcast()
        condition.unlock()
    }

    /// The next batch, waiting for one; nil once the putting side has finished.
    func take() throws -> Batch? {
        condition.lock()
        defer { condition.unlock() }
        while batches.isEmpty, !finished { condition.wait() }
        if !batches.isEmpty {
            condition.broadcast()
            return batches.removeFirst()
        }
        if let failure { throw failure }
        return nil
    }

    /// The taking side stops: the putting side's next `put` throws.
    func cancel() {
        condition.lock()
        cancelled = true
        condition.broadcast()
        condition.unlock()
    }
}
