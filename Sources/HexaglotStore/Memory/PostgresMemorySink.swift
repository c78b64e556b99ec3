import Foundation
import HexaglotCore
import HexaglotText
import NIOCore
import PostgresNIO

/// A memory import into a PostgreSQL workspace, inside the import's transaction: units and
/// posting lists streamed through `COPY … FROM STDIN` (``PostgresCopy``), new tokens copied
/// at the end, frequencies updated in batches, stored lists read and deleted a chunk of tokens
/// at a time. A `COPY` holds the connection, so one is ended before any other statement runs.
final class PostgresMemorySink: MemoryImportSink {
    private let sql: PostgresSQL
    private var copy: PostgresCopy?
    private var copyTable = ""
    private let unitRow = PostgresUnitRow(columns: MemoryBuilder.unitColumns.count)
    /// New tokens' rows, copied at the end (their COPY would otherwise interleave with the lists').
    private var tokenRows = ByteBuffer()
    private var frequencies: [(id: Int64, df: Int64)] = []
    /// The stored lists of the announced tokens, read (and deleted) by `willTakePostings`.
    private var stored: [Int64: [(length: Int, bytes: [UInt8])]] = [:]
    /// Rows read per query when the whole of a table is read.
    private static let page = 50_000

    /// Runs inside ``Workspace/memoryWrite(_:)``, whose turn (``MemoryWriteLock``) makes an import
    /// started meanwhile by another process or machine, or an edit, run after this one, not
    /// beside it (both take `max(id) + 1` as their first id).
    init(_ sql: PostgresSQL) {
        self.sql = sql
    }

    private func query(_ text: String, _ binds: PostgresBindings = PostgresBindings()) throws -> [PostgresRandomAccessRow] {
        try endCopy()
        try PostgresSQL.checkOpen(sql.connection, sql.location)
        let result = try PostgresBackend.mapping(sql.location) {
            try sql.connection.query(PostgresQuery(unsafeSQL: text, binds: binds), logger: PostgresSQL.logger).wait()
        }
        return result.rows.map { $0.makeRandomAccess() }
    }

    private static func int(_ cell: PostgresCell) throws -> Int64 {
        cell.bytes == nil ? 0 : try cell.decode(Int64.self)
    }

    private static func text(_ cell: PostgresCell) throws -> String? {
        cell.bytes == nil ? nil : try cell.decode(String.self)
    }

    /// Runs `sql` (which takes the last id read as `$1` and ends `ORDER BY id LIMIT $2`) page by page.
    private func paged(_ text: String, _ body: (PostgresRandomAccessRow) throws -> Int64) throws {
        var after = Int64.min
        while true {
            var binds = PostgresBindings()
            binds.append(after)
            binds.append(Int64(PostgresMemorySink.page))
            let rows = try query(text, binds)
            for row in rows { after = try body(row) }
            if rows.count < PostgresMemorySink.page { return }
        }
    }

    // MARK: Reading what is stored

    func tokenCount() throws -> (count: Int, maxID: Int64) {
        let row = try query("SELECT count(*), coalesce(max(id), 0) FROM tm_token")[0]
        return (Int(try Self.int(row[0])), try Self.int(row[1]))
    }

    func forEachToken(_ body: (Int64, String, Int64, String, Int64) -> Void) throws {
        try paged("SELECT id, language, kind, text, df FROM tm_token WHERE id > $1 ORDER BY id LIMIT $2") { row in
            let id = try Self.int(row[0])
            body(id, try Self.text(row[1]) ?? "", try Self.int(row[2]), try Self.text(row[3]) ?? "", try Self.int(row[4]))
            return id
        }
    }

    func importedHashes() throws -> [Int64] {
        var hashes: [Int64] = []
        try paged("SELECT id, hash FROM tm_unit WHERE segment_id IS NULL AND id > $1 ORDER BY id LIMIT $2") { row in
            hashes.append(try Self.int(row[1]))
            return try Self.int(row[0])
        }
        return hashes
    }

    func workspaceUnitTexts() throws -> [TranslationUnit] {
        try query(MemoryBuilder.workspaceUnitTextsQuery).map { row in
            try MemoryBuilder.workspaceUnit { (try? Self.text(row[$0])) ?? nil }
        }
    }

    func maxUnitID() throws -> Int64 {
        try Self.int(query("SELECT coalesce(max(id), 0) FROM tm_unit")[0][0])
    }

    func takeDeltas(_ body: (Int64, Int64, Int64) -> Void) throws {
        let rows = try query("DELETE FROM tm_posting_delta RETURNING token, unit, length")
        for row in rows { body(try Self.int(row[0]), try Self.int(row[1]), try Self.int(row[2])) }
    }

    // MARK: Writing

    /// The open COPY into `table`, started when none is.
    private func copy(into table: String, columns: [String]) throws -> PostgresCopy {
        if let copy, copyTable == table { return copy }
        try endCopy()
        let started = PostgresCopy(sql, table: table, columns: columns)
        copy = started
        copyTable = table
        return started
    }

    private func endCopy() throws {
        guard let open = copy else { return }
        copy = nil
        try open.finish()
    }

    func writeUnit(id: Int64, _ prepared: PreparedMemoryUnit, origin: String?,
                   encode: (PreparedVariant) throws -> VariantEncoding) throws {
        let copy = try copy(into: "tm_unit", columns: MemoryBuilder.unitColumns)
        unitRow.row.clear()
        try MemoryBuilder.bindRow(unitRow, id: id, prepared, origin: origin, segment: nil, encode: encode)
        try copy.append { unitRow.row.write(to: &$0) }
    }

    func unitsDone() throws { try endCopy() }

    func insertToken(id: Int64, language: String, kind: Int64, text: UnsafeBufferPointer<UInt8>, df: Int64) throws {
        tokenRows.writeString("\(id)\t\(language)\t\(kind)\t")
        PostgresCopyRow.writeText(text, to: &tokenRows)
        tokenRows.writeString("\t\(df)\n")
    }

    func updateFrequency(id: Int64, df: Int64) throws {
        frequencies.append((id, df))
    }

    func willTakePostings(_ tokens: ArraySlice<Int64>) throws {
        stored = [:]
        guard !tokens.isEmpty else { return }
        for token in tokens { stored[token] = [] }
        var binds = PostgresBindings()
        binds.append(Array(tokens))
        for row in try query("DELETE FROM tm_posting WHERE token = ANY($1) RETURNING token, length, units", binds) {
            stored[try Self.int(row[0]), default: []].append((Int(try Self.int(row[1])), row[2].bytes.map { Array(buffer: $0) } ?? []))
        }
    }

    func takePostings(token: Int64, into entries: inout [UInt64]) throws {
        if stored[token] == nil { try willTakePostings([token]) }
        let rows = stored.removeValue(forKey: token) ?? []
        // Returned in no particular order: the rows of a list go back in length order.
        for row in rows.sorted(by: { $0.length < $1.length }) {
            row.bytes.withUnsafeBytes { entries.append(contentsOf: PostingCodec.entries(row: row.length, bytes: $0)) }
        }
    }

    func insertPosting(token: Int64, length: Int, bytes: UnsafeRawBufferPointer) throws {
        let copy = try copy(into: "tm_posting", columns: ["token", "length", "units"])
        try copy.append { buffer in
            buffer.writeString("\(token)\t\(length)\t")
            PostgresCopyRow.writeBytea(bytes, to: &buffer)
            buffer.writeInteger(UInt8(ascii: "\n"))
        }
    }

    func finish() throws {
        try endCopy()
        if tokenRows.readableBytes > 0 {
            let copy = try copy(into: "tm_token", columns: ["id", "language", "kind", "text", "df"])
            var rows = tokenRows
            tokenRows = ByteBuffer()
            // Handed over in chunks, as the other copies' rows are (COPY's data need not break at rows).
            while rows.readableBytes > 0 {
                let chunk = rows.readSlice(length: min(rows.readableBytes, 256 * 1024))!
                try copy.append { $0.writeImmutableBuffer(chunk) }
            }
            try endCopy()
        }
        for start in stride(from: 0, to: frequencies.count, by: 50_000) {
            let batch = frequencies[start..<min(frequencies.count, start + 50_000)]
            var binds = PostgresBindings()
            binds.append(batch.map(\.id))
            binds.append(batch.map(\.df))
            _ = try query("UPDATE tm_token t SET df = f.df FROM unnest($1::bigint[], $2::bigint[]) AS f (id, df) WHERE t.id = f.id", binds)
        }
        frequencies = []
        // Rows copied with their ids leave the identity sequences behind: bring them up.
        for table in ["tm_unit", "tm_token"] {
            _ = try query("SELECT setval(pg_get_serial_sequence('\(table)', 'id'), greatest((SELECT max(id) FROM \(table)), 1))")
        }
    }

    func cancel() {
        copy?.cancel()
        copy = nil
    }
}

/// A unit row bound as SQLite binds it, kept for `COPY`.
final class PostgresUnitRow: UnitRowBinder {
    var row: PostgresCopyRow

    init(columns: Int) { row = PostgresCopyRow(columns: columns) }

    func bind(_ index: Int32, _ value: Int64) { row.set(Int(index), .integer(value)) }
    func bind(_ index: Int32, _ value: String?) { row.set(Int(index), value.map { .text($0) }) }
    func bind(_ index: Int32, blob bytes: UnsafeRawBufferPointer) { row.set(Int(index), .bytes(Array(bytes))) }
}
