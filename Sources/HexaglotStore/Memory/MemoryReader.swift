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
        let prepared = try PreparedVariant(TranslationUnit.Variant(language: LanguageTag(language), content: content))
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

    /// Calls `body` with the stored tokens of a unit's variant in `language` (nil when it has
    /// none) and whether it has a variant in `target`. The buffer is valid only during the call.
    public func withTokens<T>(unit: UInt32, language: Language, target: Language? = nil,
                              _ body: (UnsafeRawBufferPointer?, Bool) throws -> T) throws -> T {
        let l = language.rawValue, t = (target ?? language).rawValue
        let s = try statement("SELECT \(l)_tokens, \(t)_tokens IS NOT NULL FROM tm_unit WHERE id = ?")
        s.bind(1, Int64(unit))
        defer { s.reset() }
        guard try s.step(), !s.isNull(0) else { return try body(nil, false) }
        return try body(s.blob(0), s.int64(1) != 0)
    }

    /// A unit's variant in `language`.
    public func variant(unit: Int64, language: Language) throws -> StoredVariant? {
        let l = language.rawValue
        let s = try statement("""
            SELECT \(l)_tag, \(l)_text, \(l)_content, \(l)_tokens, \(l)_context, author, changed_by, changed, created, extra
            FROM tm_unit WHERE id = ?
            """)
        s.bind(1, unit)
        defer { s.reset() }
        guard try s.step(), !s.isNull(1) else { return nil }
        let tag = s.text(0).flatMap { try? LanguageTag(parsing: $0) } ?? LanguageTag(language)
        let text = s.text(1) ?? ""
        let content = try s.text(2).map { try JSONDecoder().decode(Content.self, from: Data($0.utf8)) } ?? Content(text: text)
        var variant = StoredVariant(unit: unit, language: tag, content: content, tokens: MemoryToken.decode(s.blob(3)),
                                    context: s.isNull(4) ? nil : s.int64(4), author: s.text(5), changedBy: s.text(6),
                                    changed: MemoryDates.date(s.text(7)), created: MemoryDates.date(s.text(8)))
        if let own = MemoryExtra.decode(s.text(9)).variants?[l] {
            variant.author = own.author ?? variant.author
            variant.changedBy = own.changedBy ?? variant.changedBy
            variant.changed = own.changed ?? variant.changed
            variant.created = own.created ?? variant.created
        }
        return variant
    }

    /// Calls `body` with every variant in `language` (unit id, stored tokens, and a mask of the
    /// unit's languages by ``HexaglotCore/Language/memoryIndex``): the exhaustive scan.
    public func forEachVariant(language: Language, _ body: (UInt32, UnsafeRawBufferPointer, UInt8) throws -> Void) throws {
        let mask = Language.allCases.map { "((\($0.rawValue)_tokens IS NOT NULL) << \($0.memoryIndex))" }.joined(separator: " | ")
        let s = try RawStatement(db, "SELECT id, \(language.rawValue)_tokens, \(mask) FROM tm_unit WHERE \(language.rawValue)_tokens IS NOT NULL")
        while try s.step() {
            try body(UInt32(s.int64(0)), s.blob(1), UInt8(truncatingIfNeeded: s.int64(2)))
        }
    }

    /// The whole unit, with every variant and what came with it.
    public func unit(_ id: Int64) throws -> StoredUnit? {
        var columns: [String] = []
        for language in Language.allCases {
            columns += ["\(language.rawValue)_tag", "\(language.rawValue)_text", "\(language.rawValue)_content"]
        }
        let u = try statement("""
            SELECT u.tuid, u.origin, u.author, u.created, u.changed_by, u.changed, u.extra,
                   d.reference, s.position, s.archived_in_revision, \(columns.map { "u." + $0 }.joined(separator: ", "))
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
        for (i, language) in Language.allCases.enumerated() {
            let c = Int32(10 + 3 * i)
            guard let text = u.text(c + 1) else { continue }
            let tag = u.text(c).flatMap { try? LanguageTag(parsing: $0) } ?? LanguageTag(language)
            let content = try u.text(c + 2).map { try JSONDecoder().decode(Content.self, from: Data($0.utf8)) } ?? Content(text: text)
            var variant = TranslationUnit.Variant(language: tag, content: content)
            extra.variants?[language.rawValue]?.apply(to: &variant)
            unit.variants.append(variant)
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

    /// The highest unit id in use (0 when the memory is empty).
    public func maxUnitID() throws -> Int64 {
        let s = try statement("SELECT max(id) FROM tm_unit")
        defer { s.reset() }
        return try s.step() ? s.int64(0) : 0
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
