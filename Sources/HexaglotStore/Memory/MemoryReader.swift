import Foundation
import GRDB
import HexaglotCore
import HexaglotText

/// A memory variant as stored: its unit, language, content and what lookups compare.
public struct StoredVariant: Sendable {
    public var unit: Int64
    public var language: LanguageTag
    public var content: Content
    /// The tokens in stored form (see ``MemoryToken``).
    public var tokens: [UInt32]
    /// The hash of the neighbouring segments' keys (see ``MemoryContext``).
    public var context: Int64?
    public var author: String?
    public var changedBy: String?
    public var changed: Date?
    public var created: Date?
}

/// A memory unit as stored, with the workspace segment it stands for, if any.
public struct StoredUnit: Sendable {
    public var id: Int64
    public var unit: TranslationUnit
    /// For a unit made from a workspace segment: the document reference and the segment number (from 1).
    public var segment: (reference: String, number: Int, archived: Bool)?
}

/// A lookup query encoded against the memory's dictionary.
public struct EncodedQuery: Sendable {
    /// Tokens in stored form; words never seen by the memory get ids no stored token has.
    public var tokens: [UInt32]
    /// Words and numbers.
    public var length: Int
    /// The distinct index tokens (words, and the any-number token) with their document
    /// frequency; unknown words have frequency 0 and no postings.
    public var indexed: [(token: UInt32, frequency: Int)]
    /// The index token standing for any number, when the query has a number.
    public var anyNumber: UInt32?
    public var context: Int64?
}

/// The hash under which a variant's context (the segments before and after it) is compared.
public enum MemoryContext {
    public static func hash(previous: String?, next: String?) -> Int64? {
        VariantEncoding.context(previous: previous, next: next)
    }
}

/// Counts of the memory's contents.
public struct MemoryStatistics: Codable, Sendable, Equatable {
    public var units: Int
    /// Units made from workspace segments.
    public var workspaceUnits: Int
    public var variants: [String: Int]
    public var tokens: Int
    public var sources: Int
}

extension Workspace {
    /// Runs `body` with a reader of the translation memory, inside one read transaction.
    public func readMemory<T>(_ body: (MemoryReader) throws -> T) throws -> T {
        try read { db in try body(MemoryReader(db)) }
    }
}

/// Reads the translation memory: token ids, posting lists, variants and units.
///
/// Lives for one read transaction (``Workspace/readMemory(_:)``); its prepared statements are
/// reused across calls, which is what makes a warm lookup cheap.
public final class MemoryReader {
    let db: Database
    private var statements: [String: RawStatement] = [:]

    init(_ db: Database) { self.db = db }

    private func statement(_ sql: String) throws -> RawStatement {
        if let s = statements[sql] { return s }
        let s = try RawStatement(db, sql)
        statements[sql] = s
        return s
    }

    /// Encodes query content: the tokens as stored variants have them, resolved through the dictionary.
    public func encode(_ content: Content, language: Language, previous: String? = nil, next: String? = nil) throws -> EncodedQuery {
        let find = try statement("SELECT id, df FROM tm_token WHERE language = ? AND kind = ? AND text = ?")
        var frequencies: [Int: Int] = [:]
        var fresh: [String: UInt32] = [:]
        var handle = 0
        var anyNumber: UInt32?
        let encoding = try VariantEncoding.encode(content, plainText: content.plainText) { kind, bytes in
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
        return EncodedQuery(tokens: encoding.tokens, length: encoding.length,
                            indexed: encoding.indexed.map { (UInt32($0), frequencies[$0] ?? 0) }, anyNumber: anyNumber,
                            context: VariantEncoding.context(previous: previous, next: next))
    }

    /// Calls `body` with each unit listed under `token` whose variant length lies in `lengths`,
    /// including postings added since the last bulk build. A unit may come more than once.
    public func forEachPosting(token: UInt32, lengths: ClosedRange<Int>, _ body: (UInt32, Int) -> Void) throws {
        let rows = try statement("SELECT length, units FROM tm_posting WHERE token = ? AND (length = 0 OR length BETWEEN ? AND ?)")
        rows.bind(1, Int64(token))
        rows.bind(2, min(lengths.lowerBound, 255))
        rows.bind(3, lengths.upperBound)
        defer { rows.reset() }
        while try rows.step() {
            PostingCodec.forEach(row: Int(rows.int64(0)), bytes: rows.blob(1), window: lengths, body)
        }
        let delta = try statement("SELECT unit, length FROM tm_posting_delta WHERE token = ?")
        delta.bind(1, Int64(token))
        defer { delta.reset() }
        while try delta.step() {
            let length = Int(delta.int64(1))
            if lengths.contains(length) { body(UInt32(delta.int64(0)), length) }
        }
    }

    /// Calls `body` with the stored tokens of a unit's variant, or nil when the unit has no
    /// variant in that language. The buffer is valid only during the call.
    public func withTokens<T>(unit: UInt32, language: Language, _ body: (UnsafeRawBufferPointer?) throws -> T) throws -> T {
        let s = try statement("SELECT tokens FROM tm_variant WHERE id = ?")
        s.bind(1, Int64(unit) * 8 + Int64(language.memoryIndex))
        defer { s.reset() }
        guard try s.step() else { return try body(nil) }
        return try body(s.blob(0))
    }

    /// Whether the unit has a variant in `language`.
    public func hasVariant(unit: UInt32, language: Language) throws -> Bool {
        let s = try statement("SELECT 1 FROM tm_variant WHERE id = ?")
        s.bind(1, Int64(unit) * 8 + Int64(language.memoryIndex))
        defer { s.reset() }
        return try s.step()
    }

    /// A unit's variant in `language`.
    public func variant(unit: Int64, language: Language) throws -> StoredVariant? {
        let s = try statement("""
            SELECT tag, text, content, tokens, context, author, changed_by, changed, created FROM tm_variant WHERE id = ?
            """)
        s.bind(1, unit * 8 + Int64(language.memoryIndex))
        defer { s.reset() }
        guard try s.step() else { return nil }
        return try storedVariant(s, unit: unit, language: language, offset: 0)
    }

    private func storedVariant(_ s: RawStatement, unit: Int64, language: Language, offset c: Int32) throws -> StoredVariant {
        let tag = (try? LanguageTag(parsing: s.text(c) ?? language.rawValue)) ?? LanguageTag(language)
        let text = s.text(c + 1) ?? ""
        let content: Content
        if let json = s.text(c + 2) {
            content = try JSONDecoder().decode(Content.self, from: Data(json.utf8))
        } else {
            content = Content(text: text)
        }
        return StoredVariant(unit: unit, language: tag, content: content, tokens: VariantEncoding.tokens(s.blob(c + 3)),
                             context: s.isNull(c + 4) ? nil : s.int64(c + 4), author: s.text(c + 5),
                             changedBy: s.text(c + 6), changed: MemoryDates.date(s.text(c + 7)),
                             created: MemoryDates.date(s.text(c + 8)))
    }

    /// Calls `body` with every variant in `language` (unit id and stored tokens): the exhaustive scan.
    public func forEachVariant(language: Language, _ body: (UInt32, UnsafeRawBufferPointer) throws -> Void) throws {
        let s = try RawStatement(db, "SELECT id, tokens FROM tm_variant WHERE (id & 7) = ?")
        s.bind(1, language.memoryIndex)
        while try s.step() {
            try body(UInt32(s.int64(0) >> 3), s.blob(1))
        }
    }

    /// The whole unit, with every variant and what came with it.
    public func unit(_ id: Int64) throws -> StoredUnit? {
        let u = try statement("""
            SELECT u.tuid, u.origin, u.author, u.created, u.changed_by, u.changed, u.extra,
                   d.reference, s.position, s.archived_in_revision
            FROM tm_unit u LEFT JOIN segment s ON s.id = u.segment_id LEFT JOIN document d ON d.id = s.document_id
            WHERE u.id = ?
            """)
        u.bind(1, id)
        defer { u.reset() }
        guard try u.step() else { return nil }
        let extra = MemoryExtra.decode(u.text(6))
        var unit = TranslationUnit(id: u.text(0), variants: [], foreignVariants: extra.foreignVariants ?? [],
                                   origin: u.text(1), author: u.text(2), created: MemoryDates.date(u.text(3)),
                                   changedBy: u.text(4), changed: MemoryDates.date(u.text(5)),
                                   properties: extra.properties ?? [], notes: extra.notes ?? [],
                                   attributes: extra.attributes ?? [:])
        var segment: (String, Int, Bool)?
        if let reference = u.text(7) {
            segment = (reference, Int(u.int64(8)) + 1, !u.isNull(9))
        }
        let v = try statement("""
            SELECT id, tag, text, content, author, created, changed_by, changed, extra FROM tm_variant
            WHERE id BETWEEN ? AND ? ORDER BY id
            """)
        v.bind(1, id * 8)
        v.bind(2, id * 8 + 7)
        defer { v.reset() }
        while try v.step() {
            let language = Language(memoryIndex: Int(v.int64(0) & 7)) ?? .en
            let tag = (try? LanguageTag(parsing: v.text(1) ?? language.rawValue)) ?? LanguageTag(language)
            let text = v.text(2) ?? ""
            let content = try v.text(3).map { try JSONDecoder().decode(Content.self, from: Data($0.utf8)) } ?? Content(text: text)
            let vextra = MemoryExtra.decode(v.text(8))
            unit.variants.append(TranslationUnit.Variant(
                language: tag, content: content, author: v.text(4), created: MemoryDates.date(v.text(5)),
                changedBy: v.text(6), changed: MemoryDates.date(v.text(7)),
                previous: vextra.previous, next: vextra.next, properties: vextra.properties ?? [], notes: vextra.notes ?? [], attributes: vextra.attributes ?? [:]))
        }
        unit.variants.append(contentsOf: extra.alternates ?? [])
        return StoredUnit(id: id, unit: unit, segment: segment)
    }

    /// Calls `body` with every unit in id order (for export).
    public func forEachUnit(_ body: (StoredUnit) throws -> Void) throws {
        let ids = try RawStatement(db, "SELECT id FROM tm_unit ORDER BY id")
        while try ids.step() {
            if let unit = try unit(ids.int64(0)) { try body(unit) }
        }
    }

    /// How many units there are (for progress).
    public func unitCount() throws -> Int {
        try Int.fetchOne(db, sql: "SELECT count(*) FROM tm_unit") ?? 0
    }

    /// The unit made from a workspace segment (document reference, segment number from 1), if any.
    public func unitID(reference: String, segment number: Int) throws -> Int64? {
        try Int64.fetchOne(db, sql: """
            SELECT u.id FROM tm_unit u JOIN segment s ON s.id = u.segment_id JOIN document d ON d.id = s.document_id
            WHERE d.reference = ? AND s.position = ? AND s.archived_in_revision IS NULL
            """, arguments: [reference, number - 1])
    }

    public func statistics() throws -> MemoryStatistics {
        var variants: [String: Int] = [:]
        for row in try Row.fetchAll(db, sql: "SELECT language, count(*) AS n FROM tm_variant GROUP BY language") {
            variants[row["language"]] = row["n"]
        }
        return MemoryStatistics(
            units: try Int.fetchOne(db, sql: "SELECT count(*) FROM tm_unit") ?? 0,
            workspaceUnits: try Int.fetchOne(db, sql: "SELECT count(*) FROM tm_unit WHERE segment_id IS NOT NULL") ?? 0,
            variants: variants,
            tokens: try Int.fetchOne(db, sql: "SELECT count(*) FROM tm_token") ?? 0,
            sources: try Int.fetchOne(db, sql: "SELECT count(*) FROM tm_source") ?? 0)
    }
}
