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
    /// Runs `body` with a reader of the translation memory, inside one read transaction, on
    /// either backend.
    public func readMemory<T>(_ body: (MemoryReader) throws -> T) throws -> T {
        var reader: MemoryReader?
        return try readMemory(reusing: &reader, body)
    }

    /// ``readMemory(_:)`` keeping the reader in `reader` for the next call: on SQLite its
    /// prepared statements are reused while the connection is the same (``WarmMemory``).
    func readMemory<T>(reusing reader: inout MemoryReader?, _ body: (MemoryReader) throws -> T) throws -> T {
        try sqlRead { db in
            if let sqlite = db as? GRDBSQLDatabase {
                if reader == nil || !reader!.reads(sqlite.db) { reader = MemoryReader(SQLiteMemorySource(sqlite.db)) }
            } else if let postgres = db as? PostgresSQL {
                // A server's snapshot is new each transaction, and so is what the reader caches.
                reader = MemoryReader(PostgresMemorySource(postgres))
            } else {
                throw StoreError(.unsupported, "\(path): the translation memory cannot be read through \(type(of: db))")
            }
            return try body(reader!)
        }
    }
}

/// What a backend gives ``MemoryReader``: the memory's tables read in the forms lookups use.
protocol MemorySource: AnyObject {
    func encode(_ prepared: PreparedVariant, language: Language) throws -> (VariantEncoding, frequencies: [Int: Int], anyNumber: UInt32?)
    func prefetchPostings(tokens: [UInt32], lengths: ClosedRange<Int>) throws
    func forEachPostingRun(token: UInt32, lengths: ClosedRange<Int>, _ body: (UnsafeBufferPointer<UInt32>, Int) -> Void) throws
    func prefetch(units: [UInt32], language: Language, target: Language?) throws
    func withTokens<T>(unit: UInt32, language: Language, target: Language?, _ body: (UnsafeRawBufferPointer?, Bool) throws -> T) throws -> T
    func variant(unit: Int64, language: Language) throws -> StoredVariant?
    func forEachVariant(language: Language, _ body: (UInt32, UnsafeRawBufferPointer, UInt8) throws -> Void) throws
    func prefetchUnits(_ ids: [Int64]) throws
    func unit(_ id: Int64) throws -> StoredUnit?
    func forEachUnit(_ body: (StoredUnit) throws -> Void) throws
    func maxUnitID() throws -> Int64
    func unitCount() throws -> Int
    func unitID(reference: String, segment number: Int) throws -> Int64?
    func statistics() throws -> MemoryStatistics
    /// Whether the `prefetch…` calls do anything (a server: each saves round trips).
    var prefetches: Bool { get }
}

/// Reads the translation memory: token ids, posting lists, variants and units.
///
/// Lives for one read transaction (``Workspace/readMemory(_:)``). On SQLite its prepared
/// statements are reused across calls, which is what makes a warm lookup cheap; on PostgreSQL
/// every call is a round trip to the server, so a lookup announces what it will read next
/// (`prefetch…`: a no-op on SQLite) and the reader fetches it in one query.
public final class MemoryReader {
    let source: any MemorySource

    init(_ source: any MemorySource) { self.source = source }

    /// Whether this reader reads SQLite through `db` (a warm reader is kept while it does).
    func reads(_ db: Database) -> Bool { (source as? SQLiteMemorySource)?.db === db }

    /// Whether the `prefetch…` calls save anything: true on a server, where each read is a round trip.
    public var prefetches: Bool { source.prefetches }

    /// Encodes query content: the tokens as stored variants have them, resolved through the dictionary.
    public func encode(_ content: Content, language: Language, previous: String? = nil, next: String? = nil) throws -> EncodedQuery {
        let prepared = try PreparedVariant(TranslationUnit.Variant(language: LanguageTag(language), content: content))
        let (encoding, frequencies, anyNumber) = try source.encode(prepared, language: language)
        return EncodedQuery(tokens: encoding.tokens, length: encoding.length,
                            indexed: encoding.indexed.map { (UInt32($0), frequencies[$0] ?? 0) }, anyNumber: anyNumber,
                            context: VariantEncoding.context(previous: previous, next: next))
    }

    /// Reads the posting lists of `tokens` in one go, for the `forEachPosting` calls that follow
    /// (with the same `lengths`); what an earlier call fetched is dropped.
    public func prefetchPostings(tokens: [UInt32], lengths: ClosedRange<Int>) throws {
        try source.prefetchPostings(tokens: tokens, lengths: lengths)
    }

    /// Calls `body` with each unit listed under `token` whose variant length lies in `lengths`,
    /// including postings added since the last bulk build. A unit may come more than once.
    public func forEachPosting(token: UInt32, lengths: ClosedRange<Int>, _ body: (UInt32, Int) -> Void) throws {
        try source.forEachPostingRun(token: token, lengths: lengths) { units, length in
            for unit in units { body(unit, length) }
        }
    }

    /// ``forEachPosting(token:lengths:_:)`` by runs: `body` gets units of one variant length at
    /// a time (the buffer valid only during the call), for loops that count many postings.
    public func forEachPostingRun(token: UInt32, lengths: ClosedRange<Int>, _ body: (UnsafeBufferPointer<UInt32>, Int) -> Void) throws {
        try source.forEachPostingRun(token: token, lengths: lengths, body)
    }

    /// Reads, in one go, what `withTokens` and `variant` will be asked of these units in
    /// `language` (with `target`); what an earlier call fetched is dropped.
    public func prefetch(units: [UInt32], language: Language, target: Language? = nil) throws {
        try source.prefetch(units: units, language: language, target: target)
    }

    /// Calls `body` with the stored tokens of a unit's variant in `language` (nil when it has
    /// none) and whether it has a variant in `target`. The buffer is valid only during the call.
    public func withTokens<T>(unit: UInt32, language: Language, target: Language? = nil,
                              _ body: (UnsafeRawBufferPointer?, Bool) throws -> T) throws -> T {
        try source.withTokens(unit: unit, language: language, target: target, body)
    }

    /// A unit's variant in `language`.
    public func variant(unit: Int64, language: Language) throws -> StoredVariant? {
        try source.variant(unit: unit, language: language)
    }

    /// Calls `body` with every variant in `language` (unit id, stored tokens, and a mask of the
    /// unit's languages by ``HexaglotCore/Language/memoryIndex``): the exhaustive scan.
    public func forEachVariant(language: Language, _ body: (UInt32, UnsafeRawBufferPointer, UInt8) throws -> Void) throws {
        try source.forEachVariant(language: language, body)
    }

    /// Reads whole units in one go, for the `unit` and `variant` calls that follow.
    public func prefetchUnits(_ ids: [Int64]) throws {
        try source.prefetchUnits(ids)
    }

    /// The whole unit, with every variant and what came with it.
    public func unit(_ id: Int64) throws -> StoredUnit? { try source.unit(id) }

    /// Calls `body` with every unit in id order (for export).
    public func forEachUnit(_ body: (StoredUnit) throws -> Void) throws { try source.forEachUnit(body) }

    /// The highest unit id in use (0 when the memory is empty).
    public func maxUnitID() throws -> Int64 { try source.maxUnitID() }

    /// How many units there are (for progress).
    public func unitCount() throws -> Int { try source.unitCount() }

    /// The unit made from a workspace segment (document reference, segment number from 1), if any.
    public func unitID(reference: String, segment number: Int) throws -> Int64? {
        try source.unitID(reference: reference, segment: number)
    }

    public func statistics() throws -> MemoryStatistics { try source.statistics() }
}

/// Stored units and variants made from their columns, alike on both backends.
enum StoredMemoryRow {
    /// A variant from its columns; nil when the unit has no text in `language`.
    static func variant(unit: Int64, language: Language, tag: String?, text: String?, content: String?,
                        tokens: UnsafeRawBufferPointer, context: Int64?, author: String?, changedBy: String?,
                        changed: String?, created: String?, extra: String?) throws -> StoredVariant? {
        guard let text else { return nil }
        let tag = tag.flatMap { try? LanguageTag(parsing: $0) } ?? LanguageTag(language)
        let content = try content.map { try JSONDecoder().decode(Content.self, from: Data($0.utf8)) } ?? Content(text: text)
        var variant = StoredVariant(unit: unit, language: tag, content: content, tokens: MemoryToken.decode(tokens),
                                    context: context, author: author, changedBy: changedBy,
                                    changed: MemoryDates.date(changed), created: MemoryDates.date(created))
        if let own = MemoryExtra.decode(extra).variants?[language.rawValue] {
            variant.author = own.author ?? variant.author
            variant.changedBy = own.changedBy ?? variant.changedBy
            variant.changed = own.changed ?? variant.changed
            variant.created = own.created ?? variant.created
        }
        return variant
    }

    /// The columns `unit` reads, after the unit's own: each language's tag, text and content.
    static let variantColumns: [String] = Language.allCases.flatMap {
        ["\($0.rawValue)_tag", "\($0.rawValue)_text", "\($0.rawValue)_content"]
    }

    /// A unit from its columns; `column(i)` is the text of the i-th of `u.tuid, u.origin,
    /// u.author, u.created, u.changed_by, u.changed, u.extra, d.reference`, then
    /// ``variantColumns`` from 10 on.
    static func unit(id: Int64, text column: (Int) -> String?, position: Int64?, archived: Bool) throws -> StoredUnit {
        let extra = MemoryExtra.decode(column(6))
        var unit = TranslationUnit(id: column(0), variants: [], foreignVariants: extra.foreignVariants ?? [],
                                   origin: column(1), author: column(2), created: MemoryDates.date(column(3)),
                                   changedBy: column(4), changed: MemoryDates.date(column(5)),
                                   properties: extra.properties ?? [], notes: extra.notes ?? [],
                                   attributes: extra.attributes ?? [:])
        var segment: (String, Int, Bool)?
        if let reference = column(7), let position {
            segment = (reference, Int(position) + 1, archived)
        }
        for (i, language) in Language.allCases.enumerated() {
            let c = 10 + 3 * i
            guard let text = column(c + 1) else { continue }
            let tag = column(c).flatMap { try? LanguageTag(parsing: $0) } ?? LanguageTag(language)
            let content = try column(c + 2).map { try JSONDecoder().decode(Content.self, from: Data($0.utf8)) } ?? Content(text: text)
            var variant = TranslationUnit.Variant(language: tag, content: content)
            extra.variants?[language.rawValue]?.apply(to: &variant)
            unit.variants.append(variant)
        }
        unit.variants.append(contentsOf: extra.alternates ?? [])
        return StoredUnit(id: id, unit: unit, segment: segment)
    }

    /// The query of ``unit(id:text:position:archived:)``'s columns, for the units `WHERE …`.
    static func unitQuery(where condition: String) -> String {
        """
        SELECT u.tuid, u.origin, u.author, u.created, u.changed_by, u.changed, u.extra,
               d.reference, s.position, s.archived_in_revision, \(variantColumns.map { "u." + $0 }.joined(separator: ", ")), u.id
        FROM tm_unit u LEFT JOIN segment s ON s.id = u.segment_id LEFT JOIN document d ON d.id = s.document_id
        WHERE \(condition)
        """
    }

    /// The counts of `statistics`, in one query: units, workspace units, tokens, sources, then
    /// the variants of each language.
    static let statisticsQuery = """
        SELECT count(*), count(segment_id), (SELECT count(*) FROM tm_token), (SELECT count(*) FROM tm_source),
               \(Language.allCases.map { "count(\($0.rawValue)_tokens)" }.joined(separator: ", ")) FROM tm_unit
        """
}
