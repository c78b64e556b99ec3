import Foundation
import GRDB
import HexaglotCore
import HexaglotText

/// What a memory import stored.
public struct MemoryImportSummary: Codable, Sendable, Equatable {
    /// Units stored.
    public var units = 0
    /// Units skipped because the memory already held the same texts in the same languages (from
    /// a TMX file, an alignment or a workspace segment).
    public var duplicates = 0
    /// Variants stored, per language code.
    public var variants: [String: Int] = [:]
    /// Variants in languages outside the six, kept with their unit.
    public var foreignVariants = 0

    public init() {}
}

extension Workspace {
    /// Imports memory units in one transaction: all of them are stored, or none.
    ///
    /// `produce` calls `add` once per unit (a TMX reader streaming its file); an error thrown by
    /// `produce` or `add` rolls everything back. A unit with the same texts in the same languages
    /// as one already stored is skipped. The posting lists of the tokens the import touched are
    /// rebuilt before the transaction ends.
    public func importMemory(name: String, origin: String?,
                             _ produce: (_ add: (PreparedMemoryUnit) throws -> Void) throws -> Void) throws -> MemoryImportSummary {
        try memoryWrite { db in
            let sink: any MemoryImportSink
            if let sqlite = db as? GRDBSQLDatabase {
                sink = try SQLiteMemorySink(sqlite.db)
            } else if let postgres = db as? PostgresSQL {
                sink = PostgresMemorySink(postgres)
            } else {
                throw StoreError(.unsupported, "\(path): the translation memory cannot be written through \(type(of: db))")
            }
            let builder = try MemoryBuilder(sink)
            do {
                try produce { unit in try builder.add(unit, origin: origin) }
                try builder.finish()
            } catch {
                sink.cancel()
                throw error
            }
            try db.execute("INSERT INTO tm_source (name, hash, units, imported_at) VALUES (?, ?, ?, ?)",
                           name, UUID().uuidString, builder.summary.units, Date())
            return builder.summary
        }
    }

    /// Imports units already in memory (tests, alignments): ``importMemory(name:origin:_:)`` with
    /// the units prepared on the way.
    public func importMemory(name: String, origin: String?, units: [TranslationUnit]) throws -> MemoryImportSummary {
        try importMemory(name: name, origin: origin) { add in
            for unit in units { try add(try PreparedMemoryUnit(unit)) }
        }
    }
}

/// Stores units in bulk and builds their postings in memory, written once at the end.
final class MemoryBuilder {
    private let sink: any MemoryImportSink
    @exclusivity(unchecked) private var dictionary: TokenDictionary
    @exclusivity(unchecked) private var knownHashes: Set<Int64>
    private let firstUnit: Int64
    @exclusivity(unchecked) private var nextUnit: Int64
    /// Each new unit's variant lengths (capped at 255), six per unit.
    @exclusivity(unchecked) private var lengths: [UInt8] = []
    /// The postings this import adds, in the order they come: dictionary entry and unit.
    @exclusivity(unchecked) private var postingEntries: [UInt32] = []
    @exclusivity(unchecked) private var postingUnits: [UInt32] = []
    /// Postings that come with their own length: folded deltas.
    private var extraEntries: [Int: [UInt64]] = [:]
    private(set) var summary = MemoryImportSummary()
    @exclusivity(unchecked) private var variantCounts = [Int](repeating: 0, count: 6)
    @exclusivity(unchecked) private var scratch = VariantEncoding.Scratch()
    private static let languageCodes = (0..<6).map { Language(memoryIndex: $0)!.rawValue }

    /// The column list of a unit row, in the order `insertUnit` binds them.
    static let unitColumns: [String] = {
        var columns = ["id", "hash"]
        for suffix in ["tokens", "context", "text", "content", "tag"] {
            for language in Language.allCases { columns.append("\(language.rawValue)_\(suffix)") }
        }
        return columns + ["tuid", "origin", "segment_id", "author", "created", "changed_by", "changed", "extra"]
    }()

    init(_ sink: any MemoryImportSink) throws {
        self.sink = sink
        let (tokenCount, maxToken) = try sink.tokenCount()
        var dictionary = TokenDictionary(nextID: UInt32(maxToken + 1), capacity: max(1 << 16, tokenCount * 2))
        try sink.forEachToken { id, language, kind, text, df in
            var text = text
            text.withUTF8 { bytes in
                dictionary.load(bytes, meta: TokenDictionary.meta(language: Language(rawValue: language)?.memoryIndex ?? 0, kind: UInt32(kind)),
                                id: UInt32(id), df: Int32(clamping: df))
            }
        }
        self.dictionary = dictionary
        knownHashes = Set(try sink.importedHashes())
        // A workspace unit's hash also covers its context (to notice changes), so its texts are
        // hashed here as an imported unit's are: a unit exported and imported again is known.
        for text in try sink.workspaceUnitTexts() { knownHashes.insert(try PreparedMemoryUnit(text).hash) }
        firstUnit = try sink.maxUnitID() + 1
        nextUnit = firstUnit
        try foldDeltas()
    }

    /// The columns of ``workspaceUnit(_:)``: each language's text and content.
    static let workspaceUnitTextsQuery = "SELECT "
        + Language.allCases.map { "\($0.rawValue)_text, \($0.rawValue)_content" }.joined(separator: ", ")
        + " FROM tm_unit WHERE segment_id IS NOT NULL"

    /// A workspace unit's texts, one variant per language, from the columns of ``workspaceUnitTextsQuery``.
    static func workspaceUnit(_ column: (Int) -> String?) throws -> TranslationUnit {
        var unit = TranslationUnit(variants: [])
        for (i, language) in Language.allCases.enumerated() {
            guard let text = column(2 * i) else { continue }
            let content = try column(2 * i + 1).map { try JSONDecoder().decode(Content.self, from: Data($0.utf8)) }
            unit.variants.append(TranslationUnit.Variant(language: LanguageTag(language), content: content ?? Content(text: text)))
        }
        return unit
    }

    func add(_ prepared: PreparedMemoryUnit, origin: String?) throws {
        if prepared.variants.isEmpty && prepared.unit.foreignVariants.isEmpty { return }
        if !knownHashes.insert(prepared.hash).inserted {
            summary.duplicates += 1
            return
        }
        let id = nextUnit
        nextUnit += 1
        lengths.append(contentsOf: repeatElement(0, count: 6))
        try sink.writeUnit(id: id, prepared, origin: origin) { v in
            let l = v.language.memoryIndex
            let encoding = VariantEncoding.encode(v, scratch: &scratch) { kind, bytes, hash in
                let meta = TokenDictionary.meta(language: l, kind: kind)
                let e = hash.map { dictionary.entry(bytes, meta: meta, hash: $0) } ?? dictionary.entry(bytes, meta: meta)
                return (dictionary.ids[e], e)
            }
            lengths[Int(id - firstUnit) * 6 + l] = PostingCodec.capped(encoding.length)
            let unit = UInt32(truncatingIfNeeded: id)
            for e in encoding.indexed {
                postingEntries.append(UInt32(e))
                postingUnits.append(unit)
            }
            variantCounts[l] += 1
            return encoding
        }
        summary.foreignVariants += prepared.unit.foreignVariants.count
        summary.units += 1
    }

    /// Binds a unit row to a statement over ``unitColumns``; `encode` gives each variant's tokens.
    static func bindRow<S: UnitRowBinder>(_ s: S, id: Int64, _ prepared: PreparedMemoryUnit, origin: String?, segment: Int64?,
                        encode: (PreparedVariant) throws -> VariantEncoding) throws {
        s.bind(1, id)
        s.bind(2, prepared.hash)
        for v in prepared.variants {
            let l = Int32(v.language.memoryIndex)
            let encoding = try encode(v)
            encoding.blob.withUnsafeBytes { s.bind(3 + l, blob: $0) }
            if let context = v.context { s.bind(9 + l, context) }
            s.bind(15 + l, v.plain)
            if let json = v.contentJSON { s.bind(21 + l, json) }
            if let tag = v.tag { s.bind(27 + l, tag) }
        }
        let unit = prepared.unit
        s.bind(33, unit.id)
        s.bind(34, origin ?? unit.origin)
        if let segment { s.bind(35, segment) }
        s.bind(36, unit.author)
        s.bind(37, MemoryDates.text(unit.created))
        s.bind(38, unit.changedBy)
        s.bind(39, MemoryDates.text(unit.changed))
        s.bind(40, prepared.extra)
    }

    /// Takes the postings that workspace edits added since the last build into this build.
    private func foldDeltas() throws {
        var handles: [UInt32: Int]?
        try sink.takeDeltas { token, unit, length in
            if handles == nil {
                handles = [:]
                for e in 0..<dictionary.count { handles![dictionary.ids[e]] = e }
            }
            guard let e = handles![UInt32(token)] else { return }
            extraEntries[e, default: []].append(PostingCodec.entry(unit: UInt32(unit), length: PostingCodec.capped(Int(length))))
        }
    }

    /// Writes new tokens, document frequencies and the touched posting lists.
    func finish() throws {
        for (l, n) in variantCounts.enumerated() where n > 0 { summary.variants[MemoryBuilder.languageCodes[l]] = n }
        // Group the added postings by dictionary entry (a counting sort: units stay in order).
        var starts = [Int](repeating: 0, count: dictionary.count + 1)
        for e in postingEntries { starts[Int(e) + 1] += 1 }
        for e in 0..<dictionary.count {
            dictionary.df[e] += Int32(starts[e + 1])
            starts[e + 1] += starts[e]
        }
        var grouped = [UInt32](repeating: 0, count: postingUnits.count)
        var next = starts
        for i in postingEntries.indices {
            let e = Int(postingEntries[i])
            grouped[next[e]] = postingUnits[i]
            next[e] += 1
        }
        postingEntries = []
        postingUnits = []

        // The lists of new tokens (most of a first import) are sorted and encoded on a second
        // thread while this one writes; a token already stored is merged here, where the database is.
        let simple = (0..<dictionary.count).filter { e in
            dictionary.isNew[e] && extraEntries[e] == nil && starts[e + 1] > starts[e]
        }
        let encoder = PostingEncoder(tokens: simple, ids: dictionary.ids, languages: (0..<dictionary.count).map { dictionary.language($0) },
                                     grouped: grouped, starts: starts, lengths: lengths, firstUnit: firstUnit)
        try sink.unitsDone()
        encoder.start()
        defer { encoder.cancel() }

        // The stored tokens whose lists are merged, announced in chunks (a server reads each chunk at once).
        let merged = (0..<dictionary.count).filter { e in
            !dictionary.isNew[e] && (starts[e + 1] > starts[e] || extraEntries[e] != nil)
        }.map { Int64(dictionary.ids[$0]) }
        var announced = 0
        var mergedSoFar = 0

        var entries: [UInt64] = []
        var scratch: [UInt64] = []
        for e in 0..<dictionary.count {
            let id = Int64(dictionary.ids[e])
            let added = grouped[starts[e]..<starts[e + 1]]
            let extra = extraEntries[e] ?? []
            if dictionary.isNew[e] {
                try dictionary.withText(e) { text in
                    try sink.insertToken(id: id, language: MemoryBuilder.languageCodes[dictionary.language(e)],
                                         kind: Int64(dictionary.kind(e)), text: text, df: Int64(dictionary.df[e]))
                }
            } else if !added.isEmpty {
                try sink.updateFrequency(id: id, df: Int64(dictionary.df[e]))
            }
            if added.isEmpty && extra.isEmpty { continue }
            if dictionary.isNew[e] && extra.isEmpty { continue }
            let language = dictionary.language(e)
            entries.removeAll(keepingCapacity: true)
            entries.append(contentsOf: extra)
            if !dictionary.isNew[e] {
                if mergedSoFar == announced {
                    announced = min(merged.count, announced + 2000)
                    try sink.willTakePostings(merged[mergedSoFar..<announced])
                }
                mergedSoFar += 1
                // Stored lists are sorted by length then unit, and hold only older units.
                try sink.takePostings(token: id, into: &entries)
            }
            for unit in added {
                entries.append(PostingCodec.entry(unit: unit, length: lengths[Int(Int64(unit) - firstUnit) * 6 + language]))
            }
            if extra.isEmpty {
                // Units ascend within stored lists and among new units, new after stored: a stable
                // sort by length gives length-then-unit order.
                PostingCodec.sortByLength(&entries, scratch: &scratch)
            } else {
                entries.sort()
                PostingCodec.removeDuplicates(&entries)
            }
            try PostingCodec.forEachRow(entries) { length, bytes in
                try sink.insertPosting(token: id, length: length, bytes: bytes)
            }
        }
        while let rows = encoder.next() {
            for row in rows {
                try row.bytes.withUnsafeBytes { try sink.insertPosting(token: row.token, length: row.length, bytes: $0) }
            }
        }
        try sink.finish()
    }
}

/// Sorts and encodes the posting lists of new tokens on its own thread, handing the rows over in
/// batches (bounded, so that they never pile up in memory).
// @unchecked: `ready`, `done` and `cancelled` are read and written only while holding `condition`; the rest is constant.
final class PostingEncoder: @unchecked Sendable {
    struct Row {
        var token: Int64
        var length: Int
        var bytes: [UInt8]
    }

    private let tokens: [Int]
    private let ids: [UInt32]
    private let languages: [Int]
    private let grouped: [UInt32]
    private let starts: [Int]
    private let lengths: [UInt8]
    private let firstUnit: Int64
    private let condition = NSCondition()
    private var ready: [[Row]] = []
    private var done = false
    private var cancelled = false

    init(tokens: [Int], ids: [UInt32], languages: [Int], grouped: [UInt32], starts: [Int], lengths: [UInt8], firstUnit: Int64) {
        self.tokens = tokens
        self.ids = ids
        self.languages = languages
        self.grouped = grouped
        self.starts = starts
        self.lengths = lengths
        self.firstUnit = firstUnit
    }

    func start() {
        Thread { [self] in
            var entries: [UInt64] = []
            var scratch: [UInt64] = []
            var batch: [Row] = []
            for e in tokens {
                entries.removeAll(keepingCapacity: true)
                let language = languages[e]
                for unit in grouped[starts[e]..<starts[e + 1]] {
                    entries.append(PostingCodec.entry(unit: unit, length: lengths[Int(Int64(unit) - firstUnit) * 6 + language]))
                }
                PostingCodec.sortByLength(&entries, scratch: &scratch)
                PostingCodec.forEachRow(entries) { length, bytes in
                    batch.append(Row(token: Int64(ids[e]), length: length, bytes: Array(bytes)))
                }
                if batch.count >= 4096 {
                    guard hand(batch) else { return }
                    batch = []
                }
            }
            _ = hand(batch)
            condition.lock()
            done = true
            condition.broadcast()
            condition.unlock()
        }.start()
    }

    private func hand(_ batch: [Row]) -> Bool {
        condition.lock()
        defer { condition.unlock() }
        while ready.count >= 8 && !cancelled { condition.wait() }
        if cancelled { return false }
        ready.append(batch)
        condition.broadcast()
        return true
    }

    /// The next batch of rows, or nil when all are handed over.
    func next() -> [Row]? {
        condition.lock()
        defer { condition.unlock() }
        while ready.isEmpty && !done { condition.wait() }
        if ready.isEmpty { return nil }
        let batch = ready.removeFirst()
        condition.broadcast()
        return batch
    }

    /// Stops the thread early (on an error in the writer).
    func cancel() {
        condition.lock()
        cancelled = true
        condition.broadcast()
        condition.unlock()
    }
}
