import GRDB
import GRDBSQLite

/// A prepared statement driven through SQLite's C API, for the memory's hot loops where GRDB's
/// per-call conveniences would cost more than the SQL itself. Only this module sees it.
final class RawStatement {
    private let statement: Statement
    private let handle: OpaquePointer
    private let connection: OpaquePointer?

    init(_ db: Database, _ sql: String) throws {
        statement = try db.makeStatement(sql: sql)
        handle = statement.sqliteStatement
        connection = db.sqliteConnection
    }

    /// An empty C string (a NUL) for binding text whose buffer has no base address.
    // nonisolated(unsafe): written once, when first used (Swift's lazy global init is thread-safe), then only read.
    nonisolated(unsafe) private static let emptyText: UnsafePointer<UInt8> = {
        let p = UnsafeMutablePointer<UInt8>.allocate(capacity: 1)
        p.pointee = 0
        return UnsafePointer(p)
    }()
    private static let transient = unsafeBitCast(-1, to: sqlite3_destructor_type.self)

    func bind(_ index: Int32, _ value: Int64) { sqlite3_bind_int64(handle, index, value) }
    func bind(_ index: Int32, _ value: Int) { sqlite3_bind_int64(handle, index, Int64(value)) }
    func bindNull(_ index: Int32) { sqlite3_bind_null(handle, index) }

    func bind(_ index: Int32, _ value: String?) {
        guard var value else { sqlite3_bind_null(handle, index); return }
        value.withUTF8 { p in bind(index, utf8: p) }
    }

    func bind(_ index: Int32, utf8 p: UnsafeBufferPointer<UInt8>) {
        let text = UnsafeRawPointer(p.baseAddress ?? RawStatement.emptyText).assumingMemoryBound(to: CChar.self)
        _ = sqlite3_bind_text(handle, index, text, Int32(p.count), RawStatement.transient)
    }

    func bind(_ index: Int32, blob bytes: UnsafeRawBufferPointer) {
        _ = sqlite3_bind_blob(handle, index, bytes.baseAddress ?? UnsafeRawPointer(bitPattern: 1), Int32(bytes.count), RawStatement.transient)
    }

    /// Steps once: true when a row is ready, false when done.
    @discardableResult
    func step() throws -> Bool {
        let rc = sqlite3_step(handle)
        if rc == SQLITE_ROW { return true }
        if rc == SQLITE_DONE { return false }
        let message = connection.map { String(cString: sqlite3_errmsg($0)) } ?? "SQLite error \(rc)"
        sqlite3_reset(handle)
        throw DatabaseError(resultCode: ResultCode(rawValue: rc), message: message)
    }

    /// Runs a statement that returns no rows, then resets it for the next bindings.
    func run() throws {
        defer { reset() }
        try step()
    }

    func reset() {
        sqlite3_reset(handle)
        sqlite3_clear_bindings(handle)
    }

    func int64(_ column: Int32) -> Int64 { sqlite3_column_int64(handle, column) }
    func isNull(_ column: Int32) -> Bool { sqlite3_column_type(handle, column) == SQLITE_NULL }

    func text(_ column: Int32) -> String? {
        guard let p = sqlite3_column_text(handle, column) else { return nil }
        let n = Int(sqlite3_column_bytes(handle, column))
        return String(decoding: UnsafeBufferPointer(start: p, count: n), as: UTF8.self)
    }

    /// The column's bytes, valid until the next step or reset.
    func blob(_ column: Int32) -> UnsafeRawBufferPointer {
        let p = sqlite3_column_blob(handle, column)
        let n = Int(sqlite3_column_bytes(handle, column))
        return UnsafeRawBufferPointer(start: p, count: p == nil ? 0 : n)
    }
}
