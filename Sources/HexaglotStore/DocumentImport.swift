import Foundation
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
    ///
    /// `package` holds the file's bytes when its format is a package (a Word .docx): they are
    /// stored beside the document (replacing those of the previous revision) and its hash
    /// tells whether the file changed.
    @discardableResult
    public func importDocument(_ document: Document, sourceText: String, path: String?,
                               package: [UInt8]? = nil) throws -> DocumentImportOutcome {
        let hash = package.map { ContentHash.of(bytes: $0) } ?? ContentHash.of(sourceText)
        let language = document.metadata.sourceLanguage.language
        let now = Date()
        let prepared = document.segments.map { PreparedSegment($0, language: language) }
        return try memoryWrite { db in
            if var existing = try db.row("SELECT * FROM document WHERE reference = ?" + db.lockingRows,
                                         document.metadata.reference).map(DocumentRecord.init) {
                if existing.sourceHash == hash { return .unchanged }
                guard existing.sourceLanguage == language.rawValue else {
                    throw StoreError(.invalid, "\(path ?? document.metadata.reference): \(document.metadata.reference) is stored with source language \(existing.sourceLanguage); this file says \(language.rawValue)")
                }
                let revision = existing.revision + 1
                let old = try db.rows("""
                    SELECT * FROM segment WHERE document_id = ? AND archived_in_revision IS NULL AND block_kind <> ?
                    ORDER BY position
                    """, existing.id!, BlockKind.title.rawValue).map(SegmentRecord.init)
                let title = try reviseTitle(db, documentId: existing.id!, to: document.titleSegment,
                                            language: language, revision: revision, now: now)
                let pairs = SequenceMatcher.lcs(old.map(\.matchingKey), prepared.map(\.key))
                let changed = SequenceMatcher.changedPairs(old: old.map(\.matchingKey), new: prepared.map(\.key), kept: pairs)
                let keptOld = Set(pairs.map(\.0)).union(changed.map(\.old))
                // Free the live positions before renumbering, since they are unique among live rows.
                // (Below -1, the title's position.)
                try db.execute("""
                    UPDATE segment SET position = -id - 1
                    WHERE document_id = ? AND archived_in_revision IS NULL AND block_kind <> ?
                    """, existing.id!, BlockKind.title.rawValue)
                for (i, record) in old.enumerated() where !keptOld.contains(i) {
                    var r = record
                    r.position = -Int(r.id!) - 1
                    r.archivedInRevision = revision
                    try db.update(r, id: r.id!)
                }
                var newToOld: [Int: Int] = [:]
                for (o, n) in pairs { newToOld[n] = o }
                var changedNew: [Int: (old: Int, similarity: Int)] = [:]
                for c in changed { changedNew[c.new] = (c.old, c.similarity) }
                for (n, p) in prepared.enumerated() {
                    if let o = newToOld[n] {
                        var r = old[o]
                        p.apply(to: &r, context: prepared, at: n)
                        try db.update(r, id: r.id!)
                    } else if let c = changedNew[n] {
                        var r = old[c.old]
                        try markChanged(db, segment: r, revision: revision, similarity: c.similarity, now: now)
                        p.apply(to: &r, context: prepared, at: n)
                        try db.update(r, id: r.id!)
                    } else {
                        _ = try db.insert(p.record(documentId: existing.id!, revision: revision, context: prepared, at: n))
                    }
                }
                existing.apply(document, hash: hash, path: path, now: now)
                existing.revision = revision
                try db.update(existing, id: existing.id!)
                try storePackage(db, documentId: existing.id!, package)
                try syncMemory(db, documentId: existing.id!)
                try WorkspaceChange.announce(db, reference: existing.reference, language: nil)
                return .revised(revision: revision, kept: pairs.count + title.kept, changed: changed.count + title.changed,
                                added: prepared.count - pairs.count - changed.count + title.added,
                                archived: old.count - pairs.count - changed.count + title.archived)
            }
            var record = DocumentRecord(
                id: nil, reference: document.metadata.reference, kind: "", title: "", date: nil,
                sourceLanguage: language.rawValue, sourceTag: "", format: "", revision: 1,
                sourcePath: nil, sourceHash: "", skeleton: Skeleton(), extra: [:],
                importedAt: now, updatedAt: now)
            record.apply(document, hash: hash, path: path, now: now)
            let id = try db.insert(record)
            try storePackage(db, documentId: id, package)
            if let title = document.titleSegment {
                _ = try db.insert(PreparedSegment(title, language: language).titleRecord(documentId: id, revision: 1))
            }
            for n in prepared.indices {
                _ = try db.insert(prepared[n].record(documentId: id, revision: 1, context: prepared, at: n))
            }
            try WorkspaceChange.announce(db, reference: record.reference, language: nil)
            return .created(segments: prepared.count + (document.titleSegment == nil ? 0 : 1))
        }
    }
}

extension Workspace {
    /// Stores (or, with nil, removes) the package bytes of a document.
    func storePackage(_ db: any SQLDatabase, documentId: Int64, _ package: [UInt8]?) throws {
        try db.execute("DELETE FROM document_package WHERE document_id = ?", documentId)
        if let package {
            try db.execute("INSERT INTO document_package (document_id, bytes) VALUES (?, ?)", [.integer(documentId), .blob(package)])
        }
    }
}

extension Workspace {
    /// What a revision did to the title segment, counted as the revision's other segments are.
    struct TitleRevision { var kept = 0, changed = 0, added = 0, archived = 0 }

    /// Brings the title segment (segment 0) to a new revision's title: kept when its text is the
    /// same, changed (translations outdated) when it differs, added or archived when the front
    /// matter gained or lost its title.
    func reviseTitle(_ db: any SQLDatabase, documentId: Int64, to title: Segment?, language: Language,
                     revision: Int, now: Date) throws -> TitleRevision {
        var outcome = TitleRevision()
        let existing = try db.row("""
            SELECT * FROM segment WHERE document_id = ? AND archived_in_revision IS NULL AND block_kind = ?
            """, documentId, BlockKind.title.rawValue).map(SegmentRecord.init)
        switch (existing, title) {
        case (nil, nil):
            break
        case (var r?, nil):
            r.position = -Int(r.id!) - 1
            r.archivedInRevision = revision
            try db.update(r, id: r.id!)
            outcome.archived = 1
        case (nil, let title?):
            _ = try db.insert(PreparedSegment(title, language: language).titleRecord(documentId: documentId, revision: revision))
            outcome.added = 1
        case (var r?, let title?):
            let prepared = PreparedSegment(title, language: language)
            if r.matchingKey == prepared.key {
                outcome.kept = 1
            } else {
                let similarity = SequenceMatcher.similarity(SequenceMatcher.words(r.matchingKey), SequenceMatcher.words(prepared.key))
                try markChanged(db, segment: r, revision: revision, similarity: similarity, now: now)
                outcome.changed = 1
            }
            prepared.apply(to: &r, context: [prepared], at: 0)
            r.position = Segment.titleIndex
            try db.update(r, id: r.id!)
        }
        return outcome
    }

    /// Records that a revision changed a segment's source: keeps the old text, makes every
    /// translation of it `outdated` (kept as the suggestion to update), and leaves the old
    /// source and translations in the memory as a unit of their own.
    func markChanged(_ db: any SQLDatabase, segment: SegmentRecord, revision: Int, similarity: Int, now: Date) throws {
        try db.execute("""
            INSERT INTO segment_change (segment_id, revision, before_content, before_text, similarity) VALUES (?, ?, ?, ?, ?)
            """, segment.id!, revision, try StoredJSON.text(segment.content), segment.plainText, similarity)
        try db.execute("""
            UPDATE tm_unit SET segment_id = NULL, origin = coalesce(origin, '') || ' (revision ' || ? || ')' WHERE segment_id = ?
            """, String(revision - 1), segment.id!)
        for var t in try db.rows("SELECT * FROM translation WHERE segment_id = ? ORDER BY id" + db.lockingRows, segment.id!)
            .map(TranslationRecord.init)
        where t.translationStatus.hasText && t.translationStatus != .outdated {
            try StatusChangeRecord.record(db, segmentId: segment.id!, language: Language(rawValue: t.language) ?? .en,
                                          from: t.translationStatus, to: .outdated, before: t.plainText, after: t.plainText,
                                          author: nil, comment: "the source changed in revision \(revision)", origin: .revision, at: now)
            t.status = TranslationStatus.outdated.rawValue
            t.version += 1
            t.updatedAt = now
            try db.update(t, id: t.id!)
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

    /// The row of a title segment: position -1 (segment 0), no neighbours.
    func titleRecord(documentId: Int64, revision: Int) -> SegmentRecord {
        var r = record(documentId: documentId, revision: revision, context: [self], at: 0)
        r.position = Segment.titleIndex
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

    /// The smallest similarity (0–100) at which a segment of the new revision counts as a
    /// changed version of an old one rather than a new segment.
    static let changedThreshold = 50

    /// Pairs the segments left unmatched by ``lcs(_:_:)`` (the same key) that sit between the same
    /// kept segments and read alike: most similar pairs first, each segment used once.
    /// Similarity is 100 × (1 − word edit distance / the longer length), on the keys' words
    /// (characters in Chinese), as the memory's fuzzy score.
    static func changedPairs(old: [String], new: [String], kept: [(Int, Int)]) -> [(old: Int, new: Int, similarity: Int)] {
        var result: [(old: Int, new: Int, similarity: Int)] = []
        let anchors = [(-1, -1)] + kept + [(old.count, new.count)]
        for k in 0..<(anchors.count - 1) {
            let olds = Array((anchors[k].0 + 1)..<anchors[k + 1].0)
            let news = Array((anchors[k].1 + 1)..<anchors[k + 1].1)
            guard !olds.isEmpty, !news.isEmpty else { continue }
            var candidates: [(old: Int, new: Int, similarity: Int)] = []
            for o in olds {
                let a = words(old[o])
                for n in news {
                    let sim = similarity(a, words(new[n]))
                    if sim >= changedThreshold { candidates.append((o, n, sim)) }
                }
            }
            candidates.sort { $0.similarity != $1.similarity ? $0.similarity > $1.similarity : abs($0.old - $0.new) < abs($1.old - $1.new) }
            var usedOld = Set<Int>(), usedNew = Set<Int>()
            var chosen: [(old: Int, new: Int, similarity: Int)] = []
            for c in candidates where !usedOld.contains(c.old) && !usedNew.contains(c.new) {
                // Keep the order: a pair may not cross one already chosen.
                if chosen.contains(where: { ($0.old < c.old) != ($0.new < c.new) }) { continue }
                usedOld.insert(c.old)
                usedNew.insert(c.new)
                chosen.append(c)
            }
            result += chosen.sorted { $0.new < $1.new }
        }
        return result
    }

    static func words(_ key: String) -> [String] {
        MatchTokenizer.tokens(ofKey: key).filter { $0.kind != .punctuation }.map(\.text)
    }

    static func similarity(_ a: [String], _ b: [String]) -> Int {
        let longest = max(a.count, b.count)
        guard longest > 0 else { return 100 }
        var row = Array(0...b.count)
        for (i, x) in a.enumerated() {
            var diagonal = row[0]
            row[0] = i + 1
            for (j, y) in b.enumerated() {
                let next = min(row[j + 1] + 1, row[j] + 1, diagonal + (x == y ? 0 : 1))
                diagonal = row[j + 1]
                row[j + 1] = next
            }
        }
        return 100 * (longest - row[b.count]) / longest
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

    static func of(bytes: [UInt8]) -> String {
        var h: UInt64 = 0xcbf29ce484222325
        for byte in bytes {
            h ^= UInt64(byte)
            h = h &* 0x100000001b3
        }
        let hex = String(h, radix: 16)
        return String(repeating: "0", count: 16 - hex.count) + hex + ":\(bytes.count)"
    }
}
