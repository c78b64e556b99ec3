import Foundation
import GRDB
import HexaglotCore
import HexaglotText

extension Workspace {
    /// Stores a source document, or a new revision of it, in one transaction.
    ///
    /// Importing the same text again changes nothing. A changed text for a stored reference
    /// becomes a new revision: segments are matched to the previous revision on their
    /// matching key (longest common subsequence, so order is kept); matched segments keep
    /// their translations; segments of the old revision that match nothing are archived with
    /// their translations, never deleted.
    @discardableResult
    public func importDocument(_ document: Document, sourceText: String, path: String?) throws -> DocumentImportOutcome {
        let hash = ContentHash.of(sourceText)
        let language = document.metadata.sourceLanguage.language
        let now = Date()
        let prepared = document.segments.map { PreparedSegment($0, language: language) }
        return try write { db in
            if var existing = try DocumentRecord.filter(Column("reference") == document.metadata.reference).fetchOne(db) {
                if existing.sourceHash == hash { return .unchanged }
                guard existing.sourceLanguage == language.rawValue else {
                    throw StoreError(.invalid, "\(path ?? document.metadata.reference): \(document.metadata.reference) is stored with source language \(existing.sourceLanguage); this file says \(language.rawValue)")
                }
                let revision = existing.revision + 1
                let old = try SegmentRecord
                    .filter(Column("document_id") == existing.id! && Column("archived_in_revision") == nil)
                    .order(Column("position")).fetchAll(db)
                let pairs = SequenceMatcher.lcs(old.map(\.matchingKey), prepared.map(\.key))
                let keptOld = Set(pairs.map(\.0))
                // Free the live positions before renumbering, since they are unique among live rows.
                try db.execute(sql: "UPDATE segment SET position = -id WHERE document_id = ? AND archived_in_revision IS NULL",
                               arguments: [existing.id!])
                for (i, record) in old.enumerated() where !keptOld.contains(i) {
                    var r = record
                    r.position = -Int(r.id!)
                    r.archivedInRevision = revision
                    try r.update(db)
                }
                var newToOld: [Int: Int] = [:]
                for (o, n) in pairs { newToOld[n] = o }
                for (n, p) in prepared.enumerated() {
                    if let o = newToOld[n] {
                        var r = old[o]
                        p.apply(to: &r, context: prepared, at: n)
                        try r.update(db)
                    } else {
                        var r = p.record(documentId: existing.id!, revision: revision, context: prepared, at: n)
                        try r.insert(db)
                    }
                }
                existing.apply(document, hash: hash, path: path, now: now)
                existing.revision = revision
                try existing.update(db)
                try syncMemory(db, documentId: existing.id!)
                return .revised(revision: revision, kept: pairs.count,
                                added: prepared.count - pairs.count, archived: old.count - pairs.count)
            }
            var record = DocumentRecord(
                id: nil, reference: document.metadata.reference, kind: "", title: "", date: nil,
                sourceLanguage: language.rawValue, sourceTag: "", format: "", revision: 1,
                sourcePath: nil, sourceHash: "", skeleton: Skeleton(), extra: [:],
                importedAt: now, updatedAt: now)
            record.apply(document, hash: hash, path: path, now: now)
            try record.insert(db)
            for n in prepared.indices {
                var r = prepared[n].record(documentId: record.id!, revision: 1, context: prepared, at: n)
                try r.insert(db)
            }
            return .created(segments: prepared.count)
        }
    }
}

/// A source segment with the values the store derives from it.
struct PreparedSegment {
    let segment: Segment
    let key: String
    let words: Int

    init(_ segment: Segment, language: Language) {
        self.segment = segment
        self.key = MatchingKey.make(segment.content)
        self.words = WordCounter.count(segment.content.plainText, language: language)
    }

    func record(documentId: Int64, revision: Int, context: [PreparedSegment], at n: Int) -> SegmentRecord {
        var r = SegmentRecord(id: nil, documentId: documentId, position: 0, block: 0, blockKind: "", line: 0,
                              content: Content(), plainText: "", matchingKey: "", wordCount: 0,
                              previousKey: nil, nextKey: nil, addedInRevision: revision, archivedInRevision: nil)
        apply(to: &r, context: context, at: n)
        return r
    }

    func apply(to r: inout SegmentRecord, context: [PreparedSegment], at n: Int) {
        r.position = n
        r.block = segment.block
        r.blockKind = segment.blockKind.rawValue
        r.line = segment.line
        r.content = segment.content
        r.plainText = segment.content.plainText
        r.matchingKey = key
        r.wordCount = words
        r.previousKey = n > 0 ? context[n - 1].key : nil
        r.nextKey = n + 1 < context.count ? context[n + 1].key : nil
    }
}

extension DocumentRecord {
    mutating func apply(_ document: Document, hash: String, path: String?, now: Date) {
        kind = document.metadata.kind.rawValue
        title = document.metadata.title
        date = document.metadata.date
        sourceLanguage = document.metadata.sourceLanguage.language.rawValue
        sourceTag = document.metadata.sourceLanguage.tag
        format = document.format
        sourcePath = path
        sourceHash = hash
        skeleton = document.skeleton
        extra = document.metadata.extra
        updatedAt = now
    }
}

/// Longest common subsequence of two key lists, as index pairs in order.
enum SequenceMatcher {
    static func lcs(_ a: [String], _ b: [String]) -> [(Int, Int)] {
        let n = a.count, m = b.count
        if n == 0 || m == 0 { return [] }
        var table = [[Int]](repeating: [Int](repeating: 0, count: m + 1), count: n + 1)
        for i in stride(from: n - 1, through: 0, by: -1) {
            for j in stride(from: m - 1, through: 0, by: -1) {
                table[i][j] = a[i] == b[j] ? table[i + 1][j + 1] + 1 : max(table[i + 1][j], table[i][j + 1])
            }
        }
        var pairs: [(Int, Int)] = []
        var i = 0, j = 0
        while i < n && j < m {
            if a[i] == b[j] { pairs.append((i, j)); i += 1; j += 1 }
            else if table[i + 1][j] >= table[i][j + 1] { i += 1 }
            else { j += 1 }
        }
        return pairs
    }
}

/// A stable 64-bit FNV-1a digest of a text, to tell whether a file changed since its import.
enum ContentHash {
    static func of(_ text: String) -> String {
        var h: UInt64 = 0xcbf29ce484222325
        for byte in text.utf8 {
            h ^= UInt64(byte)
            h = h &* 0x100000001b3
        }
        let hex = String(h, radix: 16)
        return String(repeating: "0", count: 16 - hex.count) + hex + ":\(text.utf8.count)"
    }
}
