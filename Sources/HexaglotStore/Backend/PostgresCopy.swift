import Foundation
import NIOCore
import PostgresNIO

/// One `COPY table (columns) FROM STDIN` on the connection of a transaction, fed row by row
/// from the store's (blocking) thread.
///
/// PostgresNIO's `copyFrom` is async: it runs in a task of its own (on the connection's event
/// loop, see ``EventLoopTaskExecutor``), taking the rows from a
/// stream in chunks of about 256 kB; the store's thread blocks while 8 chunks wait unsent, so
/// memory stays bounded however many rows come. Rows are in COPY's text format (see
/// ``PostgresCopyRow``). Until ``finish()`` returns, nothing else may run on the connection.
/// ``cancel()`` (or an error) makes the server drop every row of the COPY; the transaction's
/// rollback then drops the rest.
// @unchecked: `inFlight`, `ended`, `failure` and `abandoned` are read and written only while holding `condition`; `buffer` only by the store's thread.
final class PostgresCopy: @unchecked Sendable {
    private static let chunkSize = 256 * 1024
    private static let maxInFlight = 8

    private let location: PostgresLocation
    private let table: String
    private let condition = NSCondition()
    private var inFlight = 0
    private var ended = false
    private var abandoned = false
    private var failure: (any Error)?
    private let continuation: AsyncStream<ByteBuffer>.Continuation
    private var buffer = ByteBuffer()

    init(_ sql: PostgresSQL, table: String, columns: [String]) {
        location = sql.location
        self.table = table
        let (stream, continuation) = AsyncStream<ByteBuffer>.makeStream()
        self.continuation = continuation
        buffer.reserveCapacity(PostgresCopy.chunkSize + 4096)
        let connection = sql.connection
        // On the connection's event loop, not Swift's shared pool: the store's thread blocks
        // until the COPY ends, and may itself be one of the pool's few threads (a test, a server).
        Task(executorPreference: EventLoopTaskExecutor(loop: connection.eventLoop)) { [self] in
            do {
                try await connection.copyFrom(table: table, columns: columns, logger: PostgresSQL.logger) { writer in
                    for await chunk in stream {
                        try await writer.write(chunk)
                        self.sent()
                    }
                    // Thrown here, the COPY fails on the server: none of its rows is stored.
                    if self.isAbandoned { throw CancellationError() }
                }
                self.end(nil)
            } catch {
                self.end(error)
            }
        }
        // A connection lost midway may leave the COPY's task waiting for ever: the store's
        // thread stops waiting for it then.
        let location = location
        connection.closeFuture.whenComplete { [self] _ in
            end(PostgresBackend.lostConnection(location, detail: " during the copy into \(table)"))
        }
    }

    /// Appends one row, written by `write` in COPY's text format (ending with its newline).
    func append(_ write: (inout ByteBuffer) -> Void) throws {
        write(&buffer)
        if buffer.readableBytes >= PostgresCopy.chunkSize { try flush() }
    }

    private func flush() throws {
        guard buffer.readableBytes > 0 else { return }
        condition.lock()
        while inFlight >= PostgresCopy.maxInFlight && !ended { condition.wait() }
        if ended {
            condition.unlock()
            throw outcome() ?? StoreError(.database, "\(location): the copy into \(table) ended early")
        }
        inFlight += 1
        condition.unlock()
        continuation.yield(buffer)
        buffer = ByteBuffer()
        buffer.reserveCapacity(PostgresCopy.chunkSize + 4096)
    }

    /// Sends what is left and waits for the server to take the COPY; throws what it refused.
    func finish() throws {
        do {
            try flush()
        } catch {
            cancel()
            throw error
        }
        continuation.finish()
        try waitForEnd()
    }

    /// Abandons the COPY: the server stores none of its rows. Waits until the connection is free.
    func cancel() {
        condition.lock()
        abandoned = true
        condition.unlock()
        continuation.finish()
        _ = try? waitForEnd()
    }

    private func waitForEnd() throws {
        condition.lock()
        while !ended { condition.wait() }
        condition.unlock()
        if let error = outcome() { throw error }
    }

    private var isAbandoned: Bool {
        condition.lock()
        defer { condition.unlock() }
        return abandoned
    }

    private func sent() {
        condition.lock()
        inFlight -= 1
        condition.broadcast()
        condition.unlock()
    }

    private func end(_ error: (any Error)?) {
        condition.lock()
        if ended {
            condition.unlock()
            return
        }
        ended = true
        failure = error
        condition.broadcast()
        condition.unlock()
    }

    /// The COPY's error as the store reports it, or nil when it went through (or was abandoned).
    private func outcome() -> StoreError? {
        condition.lock()
        let failure = self.failure, abandoned = self.abandoned
        condition.unlock()
        guard let failure, !abandoned else { return nil }
        if let error = failure as? PSQLError { return PostgresBackend.storeError(error, location, connecting: false) }
        if let error = failure as? StoreError { return error }
        return StoreError(.connection, "\(location): the copy into \(table) failed (\(failure)); nothing of this command was stored")
    }
}

/// Runs a task's jobs on a NIO event loop (a thread that never blocks on the store).
final class EventLoopTaskExecutor: TaskExecutor {
    let loop: any EventLoop

    init(loop: any EventLoop) { self.loop = loop }

    func enqueue(_ job: consuming ExecutorJob) {
        let job = UnownedJob(job)
        loop.execute { job.runSynchronously(on: self.asUnownedTaskExecutor()) }
    }
}

/// A row in COPY's text format: fields by position (from 1, as SQLite binds them), NULL unless set.
struct PostgresCopyRow {
    enum Field {
        case integer(Int64)
        case text(String)
        case bytes([UInt8])
    }

    private var fields: [Field?]

    init(columns: Int) { fields = Array(repeating: nil, count: columns) }

    mutating func set(_ index: Int, _ field: Field?) { fields[index - 1] = field }

    mutating func clear() {
        for i in fields.indices { fields[i] = nil }
    }

    /// Writes the row: tab between fields, `\N` for NULL, a newline at the end.
    func write(to buffer: inout ByteBuffer) {
        for (i, field) in fields.enumerated() {
            if i > 0 { buffer.writeInteger(UInt8(ascii: "\t")) }
            switch field {
            case nil: buffer.writeStaticString("\\N")
            case .integer(let n)?: buffer.writeString(String(n))
            case .text(var text)?: text.withUTF8 { PostgresCopyRow.writeText($0, to: &buffer) }
            case .bytes(let bytes)?: bytes.withUnsafeBytes { PostgresCopyRow.writeBytea($0, to: &buffer) }
            }
        }
        buffer.writeInteger(UInt8(ascii: "\n"))
    }

    /// Text with COPY's escapes: backslash, newline, carriage return and tab.
    static func writeText(_ bytes: UnsafeBufferPointer<UInt8>, to buffer: inout ByteBuffer) {
        var start = 0
        for (i, byte) in bytes.enumerated() {
            let escaped: UInt8
            switch byte {
            case UInt8(ascii: "\\"): escaped = UInt8(ascii: "\\")
            case UInt8(ascii: "\n"): escaped = UInt8(ascii: "n")
            case UInt8(ascii: "\r"): escaped = UInt8(ascii: "r")
            case UInt8(ascii: "\t"): escaped = UInt8(ascii: "t")
            default: continue
            }
            buffer.writeBytes(UnsafeRawBufferPointer(rebasing: UnsafeRawBufferPointer(bytes)[start..<i]))
            buffer.writeInteger(UInt8(ascii: "\\"))
            buffer.writeInteger(escaped)
            start = i + 1
        }
        buffer.writeBytes(UnsafeRawBufferPointer(rebasing: UnsafeRawBufferPointer(bytes)[start..<bytes.count]))
    }

    private static let hex = Array("0123456789abcdef".utf8)

    /// Bytes as bytea's hex form, its backslash escaped: `\\x0a1b…`.
    static func writeBytea(_ bytes: UnsafeRawBufferPointer, to buffer: inout ByteBuffer) {
        buffer.writeStaticString("\\\\x")
        buffer.writeWithUnsafeMutableBytes(minimumWritableBytes: bytes.count * 2) { out in
            for (i, byte) in bytes.enumerated() {
                out[2 * i] = hex[Int(byte >> 4)]
                out[2 * i + 1] = hex[Int(byte & 15)]
            }
            return bytes.count * 2
        }
    }
}
