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

    /// Batches handed over that the store has not taken yet: 0 when the store waits for the reader.
    var backlog: Int {
        condition.lock()
        defer { condition.unlock() }
        return batches.count
    }

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

/// How many units in eight the reading thread prepares itself (the store's thread prepares the
/// rest), moved after each batch towards the share at which neither thread waits: a backlog at
/// the store means the store is the slower side, an empty queue that the reader is.
///
/// Reading costs more or less than preparing depending on the file (libxml2 reads non-ASCII
/// text character by character) and the machine, so no fixed share fits every import.
struct WorkShare {
    private(set) var inEight = 5

    /// Whether the reading thread prepares the `count`th unit.
    func readerPrepares(_ count: Int) -> Bool { count & 7 < inEight }

    /// Moves the share after a batch is handed over with `backlog` batches already waiting.
    mutating func adjust(backlog: Int) {
        if backlog >= 2 {
            inEight = min(8, inEight + 1)
        } else if backlog == 0 {
            inEight = max(0, inEight - 1)
        }
    }
}

/// A count shared between threads.
final class Counter: Sendable {
    private let count = Mutex(0)
    func add(_ n: Int) { count.withLock { $0 += n } }
    var value: Int { count.withLock { $0 } }
}
