import Foundation
import HexaglotCore
import HexaglotStore
import Synchronization

/// A unit on its way to the store: prepared by the reading thread, or left for the store's
/// thread to prepare (the two threads share the text work so that neither waits).
enum PipelineUnit: Sendable {
    case prepared(PreparedMemoryUnit)
    case raw(TranslationUnit)

    func prepare() throws -> PreparedMemoryUnit {
        switch self {
        case .prepared(let p): return p
        case .raw(let u): return try PreparedMemoryUnit(u)
        }
    }
}

/// Hands prepared memory units from a reading thread to the thread that stores them.
///
/// The reader parses the file and does the text work (keys, tokens) while the store writes the
/// previous batches, so an import uses both cores. The queue is bounded, so a large file never
/// piles up in memory; an error on either side stops both.
// @unchecked: every stored property but the constants is read and written under `condition`.
final class UnitPipeline: @unchecked Sendable {
    private let condition = NSCondition()
    private var batches: [[PipelineUnit]] = []
    /// Batches the store is done with, dropped by the reading thread: memory is freed by the
    /// thread that allocated it, which spares glibc's allocator a lock per object.
    private var used: [[PipelineUnit]] = []
    private var finished = false
    private var cancelled = false
    private var failure: Error?
    private let capacity: Int
    private let done = DispatchSemaphore(value: 0)

    init(capacity: Int = 16) { self.capacity = capacity }

    /// Runs `read` on its own thread; it calls `put` with each batch and returns at the end.
    func start(_ read: @escaping @Sendable (_ put: ([PipelineUnit]) throws -> Void) throws -> Void) {
        let thread = Thread { [self] in
            do {
                try read { batch in try self.put(batch) }
                close(nil)
            } catch {
                close(error)
            }
            done.signal()
        }
        thread.stackSize = 8 << 20
        thread.start()
    }

    /// Calls `body` with each batch in order, on the calling thread; rethrows the reader's error.
    func drain(_ body: ([PipelineUnit]) throws -> Void) throws {
        do {
            while let batch = try take() {
                try body(batch)
                condition.lock()
                used.append(batch)
                condition.unlock()
            }
        } catch {
            cancel()
            done.wait()
            throw failure ?? error
        }
        done.wait()
    }

    private struct Cancelled: Error {}

    private func put(_ batch: [PipelineUnit]) throws {
        condition.lock()
        while batches.count >= capacity && !cancelled { condition.wait() }
        if cancelled {
            condition.unlock()
            throw Cancelled()
        }
        batches.append(batch)
        var done: [[PipelineUnit]] = []
        swap(&done, &used)
        condition.broadcast()
        condition.unlock()
        done.removeAll()
    }

    private func take() throws -> [PipelineUnit]? {
        condition.lock()
        defer { condition.unlock() }
        while batches.isEmpty && !finished { condition.wait() }
        if let failure { throw failure }
        if batches.isEmpty { return nil }
        let batch = batches.removeFirst()
        condition.broadcast()
        return batch
    }

    private func close(_ error: Error?) {
        condition.lock()
        if failure == nil, let error, !(error is Cancelled) { failure = error }
        finished = true
        condition.broadcast()
        condition.unlock()
    }

    private func cancel() {
        condition.lock()
        cancelled = true
        condition.broadcast()
        condition.unlock()
    }
}

/// A count shared between threads.
final class Counter: Sendable {
    private let count = Mutex(0)
    func add(_ n: Int) { count.withLock { $0 += n } }
    var value: Int { count.withLock { $0 } }
}
