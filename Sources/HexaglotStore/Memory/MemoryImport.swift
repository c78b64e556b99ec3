import Foundation
import GRDB
import HexaglotCore
import HexaglotText

/// What a memory import stored.
public struct MemoryImportSummary: Codable, Sendable, Equatable {
    /// Units stored.
    public var units = 0
    /// Units skipped because the memory already held the same texts in the same languages.
    public var duplicates = 0
    /// Variants stored, per language code.
    public var variants: [String: Int] = [:]
    /// Variants in languages outside the six, kept with their unit.
    public var foreignVariants = 0
    /// True when the same file had been imported before, so nothing was done.
    public var alreadyImported = false

    public init() {}
}

extension Workspace {
    /// Imports memory units in one transaction: all of them are stored, or none.
    ///
    /// `produce` calls `add` once per unit (a TMX reader streaming its file); an error thrown by
    /// `produce` or `add` rolls everything back. A file whose `hash` was imported before is not
    /// read again. A unit with the same texts as one already stored is skipped. The inverted
    /// index is rebuilt for the tokens the import touched, before the transaction ends.
    public func importMemory(name: String, hash: String?, origin: String?,
                             _ produce: (_ add: (TranslationUnit) throws -> Void) throws -> Void) throws -> MemoryImportSummary {
        try write { db in
            if let hash, try Int.fetchOne(db, sql: "SELECT 1 FROM tm_source WHERE hash = ?", arguments: [hash]) != nil {
                var summary = MemoryImportSummary()
                summary.alreadyImported = true
                return summary
            }
            let builder = try MemoryBuilder(db)
            try produce { unit in try builder.add(unit, origin: origin) }
            try builder.finish()
            try db.execute(sql: "INSERT INTO tm_source (name, hash, units, imported_at) VALUES (?, ?, ?, ?)",
                           arguments: [name, hash ?? UUID().uuidString, builder.summary.units, Date()])
            return builder.summary
        }
    }
}

/// Extra fields of a unit or variant, stored as JSON only when there are any.
struct MemoryExtra: Codable {
    var properties: [UnitProperty]?
    var notes: [String]?
    var attributes: [String: String]?
    var foreignVariants: [TranslationUnit.ForeignVariant]?
    /// Further variants in a language the unit already has (TMX allows several).
    var alternates: [TranslationUnit.Variant]?
    /// The texts around a variant, when its file gave them (only their hash is matched on).
    var previous: String?
    var next: String?

    var isEmpty: Bool {
        properties == nil && notes == nil && attributes == nil && foreignVariants == nil && alternates == nil
            && previous == nil && next == nil
    }

    static func json(_ extra: MemoryExtra) throws -> String? {
        if extra.isEmpty { return nil }
        return String(decoding: try JSONEncoder().encode(extra), as: UTF8.self)
    }

    static func decode(_ text: String?) -> MemoryExtra {
        guard let text, let extra = try? JSONDecoder().decode(MemoryExtra.self, from: Data(text.utf8)) else {
            return MemoryExtra()
        }
        return extra
    }

    static func nonEmpty<T: Collection>(_ c: T) -> T? { c.isEmpty ? nil : c }
}

/// Stores units in bulk and builds their postings in memory, written once at the end.
final class MemoryBuilder {
    private let db: Database
    private var dictionary: TokenDictionary
    private var knownHashes: Set<Int64>
    private let firstUnit: Int64
    private var nextUnit: Int64
    /// Each new unit's variant lengths (capped at 255), six per unit.
    private var lengths: [UInt8] = []
    /// Postings that come with their own length: folded deltas.
    private var extraEntries: [Int: [UInt64]] = [:]
    private let insertUnit: RawStatement
    private let insertVariant: RawStatement
    private(set) var summary = MemoryImportSummary()
    private static let languageCodes = (0..<6).map { Language(memoryIndex: $0)!.rawValue }

    init(_ db: Database) throws {
        self.db = db
        let tokenCount = try Int.fetchOne(db, sql: "SELECT count(*) FROM tm_token") ?? 0
        let maxToken = try Int64.fetchOne(db, sql: "SELECT max(id) FROM tm_token") ?? 0
        var dictionary = TokenDictionary(nextID: UInt32(maxToken + 1), capacity: max(1 << 16, tokenCount * 2))
        let load = try RawStatement(db, "SELECT id, language, kind, text, df FROM tm_token ORDER BY id")
        while try load.step() {
            let language = Language(rawValue: load.text(1) ?? "")?.memoryIndex ?? 0
            var text = load.text(3) ?? ""
            text.withUTF8 { bytes in
                dictionary.load(bytes, meta: TokenDictionary.meta(language: language, kind: UInt32(load.int64(2))),
                                id: UInt32(load.int64(0)), df: Int32(clamping: load.int64(4)))
            }
        }
        self.dictionary = dictionary
        knownHashes = Set(try Int64.fetchAll(db, sql: "SELECT hash FROM tm_unit"))
        firstUnit = (try Int64.fetchOne(db, sql: "SELECT max(id) FROM tm_unit") ?? 0) + 1
        nextUnit = firstUnit
        insertUnit = try RawStatement(db, """
            INSERT INTO tm_unit (id, tuid, origin, segment_id, hash, author, created, changed_by, changed, extra)
            VALUES (?, ?, ?, NULL, ?, ?, ?, ?, ?, ?)
            """)
        insertVariant = try RawStatement(db, """
            INSERT INTO tm_variant (id, language, tag, text, content, tokens, context, author, created, changed_by, changed, extra)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            """)
        try foldDeltas()
    }

    static func hash(_ unit: TranslationUnit) -> Int64 {
        var h = StableHash()
        for v in unit.variants.sorted(by: { $0.language.language.memoryIndex < $1.language.language.memoryIndex }) {
            h.add(v.language.language.rawValue)
            h.add(v.content.markup)
        }
        return h.signed
    }

    func add(_ unit: TranslationUnit, origin: String?) throws {
        let hash = MemoryBuilder.hash(unit)
        if knownHashes.contains(hash) {
            summary.duplicates += 1
            return
        }
        knownHashes.insert(hash)
        let id = nextUnit
        nextUnit += 1
        lengths.append(contentsOf: repeatElement(0, count: 6))

        var seen = Set<Language>()
        var alternates: [TranslationUnit.Variant] = []
        for variant in unit.variants {
            let language = variant.language.language
            if !seen.insert(language).inserted {
                alternates.append(variant)
                continue
            }
            try store(variant, unit: id)
            summary.variants[language.rawValue, default: 0] += 1
        }
        summary.foreignVariants += unit.foreignVariants.count
        let extra = MemoryExtra(properties: MemoryExtra.nonEmpty(unit.properties), notes: MemoryExtra.nonEmpty(unit.notes),
                                attributes: MemoryExtra.nonEmpty(unit.attributes),
                                foreignVariants: MemoryExtra.nonEmpty(unit.foreignVariants),
                                alternates: MemoryExtra.nonEmpty(alternates))
        insertUnit.bind(1, id)
        insertUnit.bind(2, unit.id)
        insertUnit.bind(3, origin ?? unit.origin)
        insertUnit.bind(4, hash)
        insertUnit.bind(5, unit.author)
        insertUnit.bind(6, MemoryDates.text(unit.created))
        insertUnit.bind(7, unit.changedBy)
        insertUnit.bind(8, MemoryDates.text(unit.changed))
        insertUnit.bind(9, try MemoryExtra.json(extra))
        try insertUnit.run()
        summary.units += 1
    }

    private func store(_ variant: TranslationUnit.Variant, unit: Int64) throws {
        let language = variant.language.language.memoryIndex
        let plain = variant.content.plainText
        let encoding = VariantEncoding.encode(variant.content, plainText: plain) { kind, bytes in
            let e = dictionary.entry(bytes, meta: TokenDictionary.meta(language: language, kind: kind))
            return (dictionary.ids[e], e)
        }
        let slot = Int(unit - firstUnit) * 6 + language
        lengths[slot] = PostingCodec.capped(encoding.length)
        for e in encoding.indexed {
            dictionary.postings[e].append(UInt32(truncatingIfNeeded: unit))
            dictionary.df[e] += 1
        }
        let hasCodes = variant.content.runs.contains { if case .code = $0 { return true } else { return false } }
        insertVariant.bind(1, unit * 8 + Int64(language))
        insertVariant.bind(2, MemoryBuilder.languageCodes[language])
        insertVariant.bind(3, variant.language.tag)
        insertVariant.bind(4, plain)
        insertVariant.bind(5, hasCodes ? String(decoding: try JSONEncoder().encode(variant.content), as: UTF8.self) : nil)
        encoding.blob.withUnsafeBytes { insertVariant.bind(6, blob: $0) }
        if let context = VariantEncoding.context(previous: variant.previous, next: variant.next) {
            insertVariant.bind(7, context)
        } else {
            insertVariant.bindNull(7)
        }
        insertVariant.bind(8, variant.author)
        insertVariant.bind(9, MemoryDates.text(variant.created))
        insertVariant.bind(10, variant.changedBy)
        insertVariant.bind(11, MemoryDates.text(variant.changed))
        let extra = MemoryExtra(properties: MemoryExtra.nonEmpty(variant.properties), notes: MemoryExtra.nonEmpty(variant.notes),
                                attributes: MemoryExtra.nonEmpty(variant.attributes),
                                previous: variant.previous, next: variant.next)
        insertVariant.bind(12, try MemoryExtra.json(extra))
        try insertVariant.run()
    }

    /// Takes the postings that workspace edits added since the last build into this build.
    private func foldDeltas() throws {
        let count = try Int.fetchOne(db, sql: "SELECT count(*) FROM tm_posting_delta") ?? 0
        guard count > 0 else { return }
        var handles: [UInt32: Int] = [:]
        for e in 0..<dictionary.count { handles[dictionary.ids[e]] = e }
        let rows = try RawStatement(db, "SELECT token, unit, length FROM tm_posting_delta")
        while try rows.step() {
            guard let e = handles[UInt32(rows.int64(0))] else { continue }
            extraEntries[e, default: []].append(PostingCodec.entry(unit: UInt32(rows.int64(1)), length: PostingCodec.capped(Int(rows.int64(2)))))
        }
        try db.execute(sql: "DELETE FROM tm_posting_delta")
    }

    /// Writes new tokens, document frequencies and the touched posting lists.
    func finish() throws {
        let insertToken = try RawStatement(db, "INSERT INTO tm_token (id, language, kind, text, df) VALUES (?, ?, ?, ?, ?)")
        let updateToken = try RawStatement(db, "UPDATE tm_token SET df = ? WHERE id = ?")
        let readPostings = try RawStatement(db, "SELECT length, units FROM tm_posting WHERE token = ?")
        let deletePostings = try RawStatement(db, "DELETE FROM tm_posting WHERE token = ?")
        let insertPosting = try RawStatement(db, "INSERT INTO tm_posting (token, length, units) VALUES (?, ?, ?)")
        for e in 0..<dictionary.count {
            let id = Int64(dictionary.ids[e])
            let added = dictionary.postings[e]
            let extra = extraEntries[e] ?? []
            if dictionary.isNew[e] {
                insertToken.bind(1, id)
                insertToken.bind(2, MemoryBuilder.languageCodes[dictionary.language(e)])
                insertToken.bind(3, Int64(dictionary.kind(e)))
                insertToken.bind(4, dictionary.text(e))
                insertToken.bind(5, Int64(dictionary.df[e]))
                try insertToken.run()
            } else if !added.isEmpty {
                updateToken.bind(1, Int64(dictionary.df[e]))
                updateToken.bind(2, id)
                try updateToken.run()
            }
            if added.isEmpty && extra.isEmpty { continue }
            let language = dictionary.language(e)
            var entries = extra
            entries.reserveCapacity(extra.count + added.count)
            for unit in added {
                entries.append(PostingCodec.entry(unit: unit, length: lengths[Int(Int64(unit) - firstUnit) * 6 + language]))
            }
            if !dictionary.isNew[e] {
                readPostings.bind(1, id)
                while try readPostings.step() {
                    entries.append(contentsOf: PostingCodec.entries(row: Int(readPostings.int64(0)), bytes: readPostings.blob(1)))
                }
                readPostings.reset()
                deletePostings.bind(1, id)
                try deletePostings.run()
            }
            entries.sort()
            var unique = entries
            if entries.count > 1 {
                unique.removeAll(keepingCapacity: true)
                for x in entries where unique.last != x { unique.append(x) }
            }
            for row in PostingCodec.rows(unique) {
                insertPosting.bind(1, id)
                insertPosting.bind(2, row.length)
                row.bytes.withUnsafeBytes { insertPosting.bind(3, blob: $0) }
                try insertPosting.run()
            }
            dictionary.postings[e] = []
        }
    }
}
