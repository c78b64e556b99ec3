import Foundation
import HexaglotCore
import HexaglotText
import NIOCore
import PostgresNIO

/// The translation memory read from a PostgreSQL workspace, in as few round trips as a lookup
/// allows: a query's tokens in one query, the posting lists it reads in one or two, candidates
/// in chunks, and the matches' units in one (the `prefetch…` calls of ``MemoryReader``).
///
/// Lives for one read transaction (one snapshot), so what it keeps never goes stale; each
/// prefetch replaces what the previous one of its kind kept, so a long run of lookups (an
/// analysis) does not pile rows up.
final class PostgresMemorySource: MemorySource {
    let sql: PostgresSQL

    /// A candidate's variant in the prefetched language: its columns, and whether it has the target.
    private struct Candidate {
        var tokens: [UInt8]?
        var hasTarget: Bool
        var tag, text, content: String?
        var context: Int64?
        var author, changedBy, changed, created, extra: String?
    }

    private var postingWindow: ClosedRange<Int>?
    private var postings: [UInt32: [(length: Int, bytes: [UInt8])]] = [:]
    /// Decoded postings, reused from one run to the next.
    private var scratch: [UInt32] = []
    private var deltas: [UInt32: [(unit: UInt32, length: Int)]] = [:]
    private var candidateLanguages: (Language, Language?)?
    private var candidates: [UInt32: Candidate] = [:]
    private var units: [Int64: StoredUnit] = [:]
    /// The highest unit id, read once per transaction (its snapshot does not change).
    private var maxUnit: Int64?

    init(_ sql: PostgresSQL) { self.sql = sql }

    var prefetches: Bool { true }

    // MARK: Queries

    private func query(_ text: String, _ binds: PostgresBindings = PostgresBindings()) throws -> [PostgresRandomAccessRow] {
        try PostgresSQL.checkOpen(sql.connection, sql.location)
        let result = try PostgresBackend.mapping(sql.location) {
            try sql.connection.query(PostgresQuery(unsafeSQL: text, binds: binds), logger: PostgresSQL.logger).wait()
        }
        return result.rows.map { $0.makeRandomAccess() }
    }

    private static func int(_ cell: PostgresCell) throws -> Int64? {
        guard cell.bytes != nil else { return nil }
        switch cell.dataType {
        case .int2: return Int64(try cell.decode(Int16.self))
        case .int4: return Int64(try cell.decode(Int32.self))
        case .bool: return try cell.decode(Bool.self) ? 1 : 0
        default: return try cell.decode(Int64.self)
        }
    }

    private static func text(_ cell: PostgresCell) throws -> String? {
        cell.bytes == nil ? nil : try cell.decode(String.self)
    }

    private static func bytes(_ cell: PostgresCell) -> [UInt8]? {
        cell.bytes.map { Array(buffer: $0) }
    }

    private static func ids<S: Sequence>(_ values: S) -> [Int64] where S.Element: BinaryInteger { values.map { Int64($0) } }

    // MARK: Encoding

    func encode(_ prepared: PreparedVariant, language: Language) throws -> (VariantEncoding, frequencies: [Int: Int], anyNumber: UInt32?) {
        // First pass: the tokens of the text, to ask the dictionary for all of them at once.
        var handles: [String: Int] = [:]
        var kinds: [Int64] = []
        var texts: [String] = []
        _ = VariantEncoding.encode(prepared) { kind, bytes, _ in
            let text = String(decoding: bytes, as: UTF8.self)
            let key = "\(kind):" + text
            if let handle = handles[key] { return (0, handle) }
            handles[key] = kinds.count
            kinds.append(Int64(kind))
            texts.append(text)
            return (0, kinds.count - 1)
        }
        // The highest unit id comes in the same query: a lookup asks for it next.
        var found: [String: (id: UInt32, df: Int)] = [:]
        var binds = PostgresBindings()
        binds.append(language.rawValue)
        binds.append(kinds)
        binds.append(texts)
        for row in try query("""
            SELECT t.kind, t.text, t.id, t.df FROM tm_token t
            JOIN unnest($2::bigint[], $3::text[]) AS q (kind, text) ON t.kind = q.kind AND t.text = q.text
            WHERE t.language = $1
            UNION ALL SELECT NULL, NULL, coalesce(max(id), 0), NULL FROM tm_unit
            """, binds) {
            guard let kind = try Self.int(row[0]) else {
                maxUnit = try Self.int(row[2]) ?? 0
                continue
            }
            let key = "\(kind):" + (try Self.text(row[1]) ?? "")
            found[key] = (UInt32(try Self.int(row[2]) ?? 0), Int(try Self.int(row[3]) ?? 0))
        }
        // Second pass: the encoding with the ids found; unknown words get ids no stored token has.
        var frequencies: [Int: Int] = [:]
        var fresh: [String: UInt32] = [:]
        var handle = 0
        var anyNumber: UInt32?
        let encoding = VariantEncoding.encode(prepared) { kind, bytes, _ in
            let key = "\(kind):" + String(decoding: bytes, as: UTF8.self)
            let id: UInt32
            if let known = found[key] {
                id = known.id
                frequencies[Int(id)] = known.df
            } else if let seen = fresh[key] {
                id = seen
            } else {
                handle += 1
                id = MemoryToken.idMask - UInt32(handle)
                fresh[key] = id
                frequencies[Int(id)] = 0
            }
            if kind == MemoryToken.number && bytes.isEmpty { anyNumber = id }
            return (id, Int(id))
        }
        return (encoding, frequencies, anyNumber)
    }

    // MARK: Postings

    func prefetchPostings(tokens: [UInt32], lengths: ClosedRange<Int>) throws {
        postings = [:]
        deltas = [:]
        postingWindow = lengths
        try loadPostings(tokens, lengths: lengths)
    }

    private func loadPostings(_ tokens: [UInt32], lengths: ClosedRange<Int>) throws {
        for token in tokens {
            postings[token] = postings[token] ?? []
            deltas[token] = deltas[token] ?? []
        }
        guard !tokens.isEmpty else { return }
        var binds = PostgresBindings()
        binds.append(Self.ids(tokens))
        binds.append(Int64(min(lengths.lowerBound, 255)))
        binds.append(Int64(min(lengths.upperBound, Int(Int64.max))))
        for row in try query("""
            SELECT token, length, units, NULL::bigint AS unit FROM tm_posting
            WHERE token = ANY($1) AND (length = 0 OR length BETWEEN $2 AND $3)
            UNION ALL SELECT token, length, NULL, unit FROM tm_posting_delta WHERE token = ANY($1)
            """, binds) {
            let token = UInt32(try Self.int(row[0]) ?? 0)
            let length = Int(try Self.int(row[1]) ?? 0)
            if let unit = try Self.int(row[3]) {
                deltas[token, default: []].append((UInt32(unit), length))
            } else {
                postings[token, default: []].append((length, Self.bytes(row[2]) ?? []))
            }
        }
    }

    func forEachPostingRun(token: UInt32, lengths: ClosedRange<Int>, _ body: (UnsafeBufferPointer<UInt32>, Int) -> Void) throws {
        if postingWindow != lengths {
            postings = [:]
            deltas = [:]
            postingWindow = lengths
        }
        if postings[token] == nil { try loadPostings([token], lengths: lengths) }
        for row in postings[token] ?? [] {
            row.bytes.withUnsafeBytes { PostingCodec.forEachRun(row: row.length, bytes: $0, window: lengths, scratch: &scratch, body) }
        }
        for delta in deltas[token] ?? [] where lengths.contains(delta.length) {
            var unit = delta.unit
            withUnsafePointer(to: &unit) { body(UnsafeBufferPointer(start: $0, count: 1), delta.length) }
        }
    }

    // MARK: Candidates

    func prefetch(units ids: [UInt32], language: Language, target: Language?) throws {
        candidates = [:]
        candidateLanguages = (language, target)
        try loadCandidates(ids, language: language, target: target)
    }

    private func loadCandidates(_ ids: [UInt32], language: Language, target: Language?) throws {
        guard !ids.isEmpty else { return }
        let l = language.rawValue, t = (target ?? language).rawValue
        var binds = PostgresBindings()
        binds.append(Self.ids(ids))
        for row in try query("""
            SELECT id, \(l)_tokens, \(t)_tokens IS NOT NULL, \(l)_tag, \(l)_text, \(l)_content, \(l)_context,
                   author, changed_by, changed, created, extra
            FROM tm_unit WHERE id = ANY($1)
            """, binds) {
            let id = UInt32(try Self.int(row[0]) ?? 0)
            candidates[id] = Candidate(tokens: Self.bytes(row[1]), hasTarget: try Self.int(row[2]) == 1,
                                       tag: try Self.text(row[3]), text: try Self.text(row[4]), content: try Self.text(row[5]),
                                       context: try Self.int(row[6]), author: try Self.text(row[7]),
                                       changedBy: try Self.text(row[8]), changed: try Self.text(row[9]),
                                       created: try Self.text(row[10]), extra: try Self.text(row[11]))
        }
        // A unit gone since the candidate was found: known to be absent, not asked again.
        for id in ids where candidates[id] == nil {
            candidates[id] = Candidate(tokens: nil, hasTarget: false)
        }
    }

    /// The candidate's columns in `language` (with `target`), read alone when not prefetched.
    private func candidate(_ unit: UInt32, language: Language, target: Language?) throws -> Candidate {
        if let languages = candidateLanguages, languages.0 != language || (target != nil && languages.1 != target) {
            candidates = [:]
        }
        if candidates[unit] == nil {
            if candidates.isEmpty { candidateLanguages = (language, target) }
            try loadCandidates([unit], language: language, target: candidateLanguages?.1 ?? target)
        }
        return candidates[unit]!
    }

    func withTokens<T>(unit: UInt32, language: Language, target: Language?,
                       _ body: (UnsafeRawBufferPointer?, Bool) throws -> T) throws -> T {
        let c = try candidate(unit, language: language, target: target ?? language)
        guard let tokens = c.tokens else { return try body(nil, false) }
        return try tokens.withUnsafeBytes { try body($0, c.hasTarget) }
    }

    func variant(unit: Int64, language: Language) throws -> StoredVariant? {
        if let variants = unitVariants[unit], let variant = variants[language.rawValue] { return variant }
        let c = try candidate(UInt32(unit), language: language, target: nil)
        return try (c.tokens ?? []).withUnsafeBytes { tokens in
            try StoredMemoryRow.variant(unit: unit, language: language, tag: c.tag, text: c.text, content: c.content,
                                        tokens: tokens, context: c.context, author: c.author, changedBy: c.changedBy,
                                        changed: c.changed, created: c.created, extra: c.extra)
        }
    }

    /// The variants of each unit read whole, as `variant` gives them.
    private var unitVariants: [Int64: [String: StoredVariant?]] = [:]

    // MARK: Units

    func prefetchUnits(_ ids: [Int64]) throws {
        units = [:]
        unitVariants = [:]
        try loadUnits(ids)
    }

    private func loadUnits(_ ids: [Int64]) throws {
        guard !ids.isEmpty else { return }
        var binds = PostgresBindings()
        binds.append(ids)
        let tokens = Language.allCases.map { "u.\($0.rawValue)_tokens, u.\($0.rawValue)_context" }.joined(separator: ", ")
        let unitQuery = StoredMemoryRow.unitQuery(where: "u.id = ANY($1)")
            .replacingOccurrences(of: ", u.id\n", with: ", u.id, \(tokens)\n")
        for row in try query(unitQuery, binds) {
            let stored = try Self.unit(row)
            units[stored.id] = stored
            // The variants as `variant` gives them, from the same row.
            let base = 10 + StoredMemoryRow.variantColumns.count + 1
            var variants: [String: StoredVariant?] = [:]
            for (i, language) in Language.allCases.enumerated() {
                let c = 10 + 3 * i
                let blob = Self.bytes(row[base + 2 * i]) ?? []
                variants[language.rawValue] = try blob.withUnsafeBytes { buffer in
                    try StoredMemoryRow.variant(
                        unit: stored.id, language: language, tag: try Self.text(row[c]), text: try Self.text(row[c + 1]),
                        content: try Self.text(row[c + 2]), tokens: buffer, context: try Self.int(row[base + 2 * i + 1]),
                        author: try Self.text(row[2]), changedBy: try Self.text(row[4]), changed: try Self.text(row[5]),
                        created: try Self.text(row[3]), extra: try Self.text(row[6]))
                }
            }
            unitVariants[stored.id] = variants
        }
    }

    private static func unit(_ row: PostgresRandomAccessRow) throws -> StoredUnit {
        let id = try int(row[10 + StoredMemoryRow.variantColumns.count]) ?? 0
        var texts: [String?] = []
        for i in 0..<(10 + StoredMemoryRow.variantColumns.count) {
            texts.append(i == 8 || i == 9 ? nil : try text(row[i]))
        }
        return try StoredMemoryRow.unit(id: id, text: { texts[$0] }, position: try int(row[8]), archived: try int(row[9]) != nil)
    }

    func unit(_ id: Int64) throws -> StoredUnit? {
        if units[id] == nil { try loadUnits([id]) }
        return units[id]
    }

    func forEachUnit(_ body: (StoredUnit) throws -> Void) throws {
        var after: Int64 = 0
        while true {
            var binds = PostgresBindings()
            binds.append(after)
            let rows = try query(StoredMemoryRow.unitQuery(where: "u.id > $1") + " ORDER BY u.id LIMIT 2000", binds)
            guard !rows.isEmpty else { return }
            for row in rows {
                let unit = try Self.unit(row)
                after = unit.id
                try body(unit)
            }
        }
    }

    func forEachVariant(language: Language, _ body: (UInt32, UnsafeRawBufferPointer, UInt8) throws -> Void) throws {
        let l = language.rawValue
        let mask = Language.allCases.map { "(CASE WHEN \($0.rawValue)_tokens IS NULL THEN 0 ELSE \(1 << $0.memoryIndex) END)" }
            .joined(separator: " + ")
        var after: Int64 = 0
        while true {
            var binds = PostgresBindings()
            binds.append(after)
            let rows = try query("""
                SELECT id, \(l)_tokens, \(mask) FROM tm_unit WHERE \(l)_tokens IS NOT NULL AND id > $1 ORDER BY id LIMIT 20000
                """, binds)
            guard !rows.isEmpty else { return }
            for row in rows {
                let id = try Self.int(row[0]) ?? 0
                after = id
                let mask = UInt8(truncatingIfNeeded: try Self.int(row[2]) ?? 0)
                if let bytes = row[1].bytes {
                    try bytes.withUnsafeReadableBytes { try body(UInt32(id), $0, mask) }
                }
            }
        }
    }

    // MARK: Counts

    func maxUnitID() throws -> Int64 {
        if let maxUnit { return maxUnit }
        let max = try Self.int(query("SELECT max(id) FROM tm_unit")[0][0]) ?? 0
        maxUnit = max
        return max
    }

    func unitCount() throws -> Int {
        Int(try Self.int(query("SELECT count(*) FROM tm_unit")[0][0]) ?? 0)
    }

    func unitID(reference: String, segment number: Int) throws -> Int64? {
        var binds = PostgresBindings()
        binds.append(reference)
        binds.append(Int64(number - 1))
        return try query("""
            SELECT u.id FROM tm_unit u JOIN segment s ON s.id = u.segment_id JOIN document d ON d.id = s.document_id
            WHERE d.reference = $1 AND s.position = $2 AND s.archived_in_revision IS NULL
            """, binds).first.flatMap { try Self.int($0[0]) }
    }

    func statistics() throws -> MemoryStatistics {
        let row = try query(StoredMemoryRow.statisticsQuery)[0]
        func n(_ i: Int) throws -> Int { Int(try Self.int(row[i]) ?? 0) }
        var variants: [String: Int] = [:]
        for (i, language) in Language.allCases.enumerated() { variants[language.rawValue] = try n(4 + i) }
        return MemoryStatistics(units: try n(0), workspaceUnits: try n(1), variants: variants, tokens: try n(2), sources: try n(3))
    }
}
