import Foundation
import GRDB
import HexaglotCore
import HexaglotText

/// Where ``MemoryBuilder`` reads the memory it adds to and writes what it builds: SQLite
/// through prepared statements (``SQLiteMemorySink``), PostgreSQL through `COPY`
/// (``PostgresMemorySink``). Calls come in this order: the reads, `takeDeltas`, the units,
/// `unitsDone`, then tokens and posting lists, then `finish`; `cancel` at any point on an error.
protocol MemoryImportSink: AnyObject {
    /// How many tokens the dictionary holds, and the highest id.
    func tokenCount() throws -> (count: Int, maxID: Int64)
    /// Every stored token, in id order.
    func forEachToken(_ body: (_ id: Int64, _ language: String, _ kind: Int64, _ text: String, _ df: Int64) -> Void) throws
    /// The hashes of the imported units (not those made from workspace segments).
    func importedHashes() throws -> [Int64]
    /// The texts of the units made from workspace segments, one variant per language.
    func workspaceUnitTexts() throws -> [TranslationUnit]
    func maxUnitID() throws -> Int64
    /// Reads the postings edits added since the last build, and deletes them.
    func takeDeltas(_ body: (_ token: Int64, _ unit: Int64, _ length: Int64) -> Void) throws
    /// Stores one unit row (``MemoryBuilder/bindRow(_:id:_:origin:segment:encode:)``).
    func writeUnit(id: Int64, _ prepared: PreparedMemoryUnit, origin: String?,
                   encode: (PreparedVariant) throws -> VariantEncoding) throws
    /// Every unit is written.
    func unitsDone() throws
    func insertToken(id: Int64, language: String, kind: Int64, text: UnsafeBufferPointer<UInt8>, df: Int64) throws
    func updateFrequency(id: Int64, df: Int64) throws
    /// The stored tokens whose lists `takePostings` will be asked for next, in that order.
    func willTakePostings(_ tokens: ArraySlice<Int64>) throws
    /// Appends a stored token's posting entries to `entries`, and deletes its lists.
    func takePostings(token: Int64, into entries: inout [UInt64]) throws
    func insertPosting(token: Int64, length: Int, bytes: UnsafeRawBufferPointer) throws
    /// Writes what is still held back.
    func finish() throws
    /// Abandons what is under way (an error): the transaction is then rolled back.
    func cancel()
}

/// What ``MemoryBuilder/bindRow(_:id:_:origin:segment:encode:)`` binds a unit row to.
protocol UnitRowBinder: AnyObject {
    func bind(_ index: Int32, _ value: Int64)
    func bind(_ index: Int32, _ value: String?)
    func bind(_ index: Int32, blob bytes: UnsafeRawBufferPointer)
}

extension RawStatement: UnitRowBinder {}

/// A memory import into a SQLite workspace: one prepared statement per kind of row.
final class SQLiteMemorySink: MemoryImportSink {
    private let db: Database
    private let insertUnit: RawStatement
    private lazy var insertToken = Result { try RawStatement(db, "INSERT INTO tm_token (id, language, kind, text, df) VALUES (?, ?, ?, ?, ?)") }
    private lazy var updateToken = Result { try RawStatement(db, "UPDATE tm_token SET df = ? WHERE id = ?") }
    private lazy var readPostings = Result { try RawStatement(db, "SELECT length, units FROM tm_posting WHERE token = ?") }
    private lazy var deletePostings = Result { try RawStatement(db, "DELETE FROM tm_posting WHERE token = ?") }
    private lazy var insertPosting = Result { try RawStatement(db, "INSERT INTO tm_posting (token, length, units) VALUES (?, ?, ?)") }

    init(_ db: Database) throws {
        self.db = db
        let columns = MemoryBuilder.unitColumns
        insertUnit = try RawStatement(db, "INSERT INTO tm_unit (\(columns.joined(separator: ", "))) VALUES (\(columns.map { _ in "?" }.joined(separator: ", ")))")
    }

    func tokenCount() throws -> (count: Int, maxID: Int64) {
        (try Int.fetchOne(db, sql: "SELECT count(*) FROM tm_token") ?? 0, try Int64.fetchOne(db, sql: "SELECT max(id) FROM tm_token") ?? 0)
    }

    func forEachToken(_ body: (Int64, String, Int64, String, Int64) -> Void) throws {
        let load = try RawStatement(db, "SELECT id, language, kind, text, df FROM tm_token ORDER BY id")
        while try load.step() {
            body(load.int64(0), load.text(1) ?? "", load.int64(2), load.text(3) ?? "", load.int64(4))
        }
    }

    func importedHashes() throws -> [Int64] {
        try Int64.fetchAll(db, sql: "SELECT hash FROM tm_unit WHERE segment_id IS NULL")
    }

    func workspaceUnitTexts() throws -> [TranslationUnit] {
        let rows = try RawStatement(db, MemoryBuilder.workspaceUnitTextsQuery)
        var units: [TranslationUnit] = []
        while try rows.step() {
            units.append(try MemoryBuilder.workspaceUnit { rows.text(Int32($0)) })
        }
        return units
    }

    func maxUnitID() throws -> Int64 {
        try Int64.fetchOne(db, sql: "SELECT max(id) FROM tm_unit") ?? 0
    }

    func takeDeltas(_ body: (Int64, Int64, Int64) -> Void) throws {
        let count = try Int.fetchOne(db, sql: "SELECT count(*) FROM tm_posting_delta") ?? 0
        guard count > 0 else { return }
        let rows = try RawStatement(db, "SELECT token, unit, length FROM tm_posting_delta")
        while try rows.step() { body(rows.int64(0), rows.int64(1), rows.int64(2)) }
        try db.execute(sql: "DELETE FROM tm_posting_delta")
    }

    func writeUnit(id: Int64, _ prepared: PreparedMemoryUnit, origin: String?,
                   encode: (PreparedVariant) throws -> VariantEncoding) throws {
        try MemoryBuilder.bindRow(insertUnit, id: id, prepared, origin: origin, segment: nil, encode: encode)
        try insertUnit.run()
    }

    func unitsDone() throws {}

    func insertToken(id: Int64, language: String, kind: Int64, text: UnsafeBufferPointer<UInt8>, df: Int64) throws {
        let s = try insertToken.get()
        s.bind(1, id)
        s.bind(2, language)
        s.bind(3, kind)
        s.bind(4, utf8: text)
        s.bind(5, df)
        try s.run()
    }

    func updateFrequency(id: Int64, df: Int64) throws {
        let s = try updateToken.get()
        s.bind(1, df)
        s.bind(2, id)
        try s.run()
    }

    func willTakePostings(_ tokens: ArraySlice<Int64>) throws {}

    func takePostings(token: Int64, into entries: inout [UInt64]) throws {
        let read = try readPostings.get()
        read.bind(1, token)
        while try read.step() {
            entries.append(contentsOf: PostingCodec.entries(row: Int(read.int64(0)), bytes: read.blob(1)))
        }
        read.reset()
        let delete = try deletePostings.get()
        delete.bind(1, token)
        try delete.run()
    }

    func insertPosting(token: Int64, length: Int, bytes: UnsafeRawBufferPointer) throws {
        let s = try insertPosting.get()
        s.bind(1, token)
        s.bind(2, length)
        s.bind(3, blob: bytes)
        try s.run()
    }

    func finish() throws {}

    func cancel() {}
}
