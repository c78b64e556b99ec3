import Foundation
import GRDB
import HexaglotCore
import HexaglotText

/// The translation memory read from a SQLite workspace, through prepared statements driven by
/// SQLite's C API (``RawStatement``) and reused from one call to the next.
final class SQLiteMemorySource: MemorySource {
    let db: Database
    private var statements: [String: RawStatement] = [:]
    /// Decoded postings, reused from one run to the next.
    private var scratch: [UInt32] = []

    init(_ db: Database) { self.db = db }

    var prefetches: Bool { false }

    private func statement(_ sql: String) throws -> RawStatement {
        if let s = statements[sql] { return s }
        let s = try RawStatement(db, sql)
        statements[sql] = s
        return s
    }

    func encode(_ prepared: PreparedVariant, language: Language) throws -> (VariantEncoding, frequencies: [Int: Int], anyNumber: UInt32?) {
        let find = try statement("SELECT id, df FROM tm_token WHERE language = ? AND kind = ? AND text = ?")
        var frequencies: [Int: Int] = [:]
        var fresh: [String: UInt32] = [:]
        var handle = 0
        var anyNumber: UInt32?
        let encoding = try VariantEncoding.encode(prepared) { kind, bytes, _ in
            find.bind(1, language.rawValue)
            find.bind(2, Int64(kind))
            find.bind(3, utf8: bytes)
            defer { find.reset() }
            if try find.step() {
                let id = UInt32(find.int64(0))
                frequencies[Int(id)] = Int(find.int64(1))
                if kind == MemoryToken.number && bytes.isEmpty { anyNumber = id }
                return (id, Int(id))
            }
            let text = "\(kind):" + String(decoding: bytes, as: UTF8.self)
            if let id = fresh[text] { return (id, Int(id)) }
            handle += 1
            let id = MemoryToken.idMask - UInt32(handle)
            fresh[text] = id
            frequencies[Int(id)] = 0
            if kind == MemoryToken.number && bytes.isEmpty { anyNumber = id }
            return (id, Int(id))
        }
        return (encoding, frequencies, anyNumber)
    }

    func prefetchPostings(tokens: [UInt32], lengths: ClosedRange<Int>) throws {}

    func forEachPostingRun(token: UInt32, lengths: ClosedRange<Int>, _ body: (UnsafeBufferPointer<UInt32>, Int) -> Void) throws {
        let rows = try statement("SELECT length, units FROM tm_posting WHERE token = ? AND (length = 0 OR length BETWEEN ? AND ?)")
        rows.bind(1, Int64(token))
        rows.bind(2, min(lengths.lowerBound, 255))
        rows.bind(3, lengths.upperBound)
        defer { rows.reset() }
        while try rows.step() {
            PostingCodec.forEachRun(row: Int(rows.int64(0)), bytes: rows.blob(1), window: lengths, scratch: &scratch, body)
        }
        let delta = try statement("SELECT unit, length FROM tm_posting_delta WHERE token = ?")
        delta.bind(1, Int64(token))
        defer { delta.reset() }
        while try delta.step() {
            let length = Int(delta.int64(1))
            if lengths.contains(length) {
                var unit = UInt32(delta.int64(0))
                withUnsafePointer(to: &unit) { body(UnsafeBufferPointer(start: $0, count: 1), length) }
            }
        }
    }

    func prefetch(units: [UInt32], language: Language, target: Language?) throws {}

    func withTokens<T>(unit: UInt32, language: Language, target: Language?,
                       _ body: (UnsafeRawBufferPointer?, Bool) throws -> T) throws -> T {
        let l = language.rawValue, t = (target ?? language).rawValue
        let s = try statement("SELECT \(l)_tokens, \(t)_tokens IS NOT NULL FROM tm_unit WHERE id = ?")
        s.bind(1, Int64(unit))
        defer { s.reset() }
        guard try s.step(), !s.isNull(0) else { return try body(nil, false) }
        return try body(s.blob(0), s.int64(1) != 0)
    }

    func variant(unit: Int64, language: Language) throws -> StoredVariant? {
        let l = language.rawValue
        let s = try statement("""
            SELECT \(l)_tag, \(l)_text, \(l)_content, \(l)_tokens, \(l)_context, author, changed_by, changed, created, extra
            FROM tm_unit WHERE id = ?
            """)
        s.bind(1, unit)
        defer { s.reset() }
        guard try s.step(), !s.isNull(1) else { return nil }
        return try StoredMemoryRow.variant(unit: unit, language: language, tag: s.text(0), text: s.text(1), content: s.text(2),
                                           tokens: s.blob(3), context: s.isNull(4) ? nil : s.int64(4), author: s.text(5),
                                           changedBy: s.text(6), changed: s.text(7), created: s.text(8), extra: s.text(9))
    }

    func forEachVariant(language: Language, _ body: (UInt32, UnsafeRawBufferPointer, UInt8) throws -> Void) throws {
        let mask = Language.allCases.map { "((\($0.rawValue)_tokens IS NOT NULL) << \($0.memoryIndex))" }.joined(separator: " | ")
        let s = try RawStatement(db, "SELECT id, \(language.rawValue)_tokens, \(mask) FROM tm_unit WHERE \(language.rawValue)_tokens IS NOT NULL")
        while try s.step() {
            try body(UInt32(s.int64(0)), s.blob(1), UInt8(truncatingIfNeeded: s.int64(2)))
        }
    }

    func prefetchUnits(_ ids: [Int64]) throws {}

    func unit(_ id: Int64) throws -> StoredUnit? {
        let u = try statement(StoredMemoryRow.unitQuery(where: "u.id = ?"))
        u.bind(1, id)
        defer { u.reset() }
        guard try u.step() else { return nil }
        return try StoredMemoryRow.unit(id: id, text: { u.text(Int32($0)) }, position: u.isNull(8) ? nil : u.int64(8),
                                        archived: !u.isNull(9))
    }

    func forEachUnit(_ body: (StoredUnit) throws -> Void) throws {
        let ids = try RawStatement(db, "SELECT id FROM tm_unit ORDER BY id")
        while try ids.step() {
            if let unit = try unit(ids.int64(0)) { try body(unit) }
        }
    }

    func maxUnitID() throws -> Int64 {
        let s = try statement("SELECT max(id) FROM tm_unit")
        defer { s.reset() }
        return try s.step() ? s.int64(0) : 0
    }

    func unitCount() throws -> Int {
        try Int.fetchOne(db, sql: "SELECT count(*) FROM tm_unit") ?? 0
    }

    func unitID(reference: String, segment number: Int) throws -> Int64? {
        try Int64.fetchOne(db, sql: """
            SELECT u.id FROM tm_unit u JOIN segment s ON s.id = u.segment_id JOIN document d ON d.id = s.document_id
            WHERE d.reference = ? AND s.position = ? AND s.archived_in_revision IS NULL
            """, arguments: [reference, number - 1])
    }

    func statistics() throws -> MemoryStatistics {
        var variants: [String: Int] = [:]
        let counts = Language.allCases.map { "count(\($0.rawValue)_tokens)" }.joined(separator: ", ")
        if let row = try Row.fetchOne(db, sql: "SELECT \(counts) FROM tm_unit") {
            for (i, language) in Language.allCases.enumerated() { variants[language.rawValue] = row[i] }
        }
        return MemoryStatistics(
            units: try Int.fetchOne(db, sql: "SELECT count(*) FROM tm_unit") ?? 0,
            workspaceUnits: try Int.fetchOne(db, sql: "SELECT count(*) FROM tm_unit WHERE segment_id IS NOT NULL") ?? 0,
            variants: variants,
            tokens: try Int.fetchOne(db, sql: "SELECT count(*) FROM tm_token") ?? 0,
            sources: try Int.fetchOne(db, sql: "SELECT count(*) FROM tm_source") ?? 0)
    }
}
