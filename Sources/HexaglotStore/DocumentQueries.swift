import Foundation
import GRDB
import HexaglotCore

extension Workspace {
    /// Every document, ordered by reference in `language`'s collation.
    public func documents(collatedIn language: Language = .en) throws -> [DocumentSummary] {
        try sqlRead { db in
            let rows = try db.rows("""
                SELECT d.*, COUNT(s.id) AS segment_count, COALESCE(SUM(s.word_count), 0) AS word_total
                FROM document d
                LEFT JOIN segment s ON s.document_id = d.id AND s.archived_in_revision IS NULL
                GROUP BY d.id
                ORDER BY d.reference COLLATE hexaglot_\(language.rawValue), d.id
                """)
            return try rows.map { row in
                let d = try DocumentRecord(row)
                return DocumentSummary(reference: d.reference, kind: DocumentKind(rawValue: d.kind) ?? .other,
                                       title: d.title, date: d.date, sourceLanguage: d.language,
                                       revision: d.revision, segments: row.int("segment_count") ?? 0,
                                       words: row.int("word_total") ?? 0, path: d.sourcePath)
            }
        }
    }

    /// The document with this reference in its current revision.
    public func document(_ reference: String) throws -> Document {
        try sqlRead { db in
            let record = try documentRecord(db, reference)
            let live = try liveSegments(db, record.id!).map(\.segment)
            return Document(metadata: record.metadata, format: record.format, skeleton: record.skeleton,
                            segments: live.filter { $0.blockKind != .title },
                            titleSegment: live.first { $0.blockKind == .title })
        }
    }

    /// The stored bytes of a document imported from a package (a Word .docx); nil for a text format.
    public func package(of reference: String) throws -> [UInt8]? {
        try sqlRead { db in
            let record = try documentRecord(db, reference)
            return try db.row("SELECT bytes FROM document_package WHERE document_id = ?", record.id!)?.bytes("bytes")
        }
    }

    /// The document's current revision number.
    public func revision(of reference: String) throws -> Int {
        try sqlRead { db in try documentRecord(db, reference).revision }
    }

    /// The live segments of a document with their translation into `language`: the title
    /// (segment 0) first when the document has one, then the body in order.
    public func segments(of reference: String, language: Language) throws -> [SegmentView] {
        try sqlRead { db in
            let documentId = try documentID(db, reference)
            let segments = try liveSegments(db, documentId)
            let translations = try db.rows("""
                SELECT t.* FROM translation t JOIN segment s ON s.id = t.segment_id
                WHERE s.document_id = ? AND s.archived_in_revision IS NULL AND t.language = ?
                """, documentId, language.rawValue).map(TranslationRecord.init)
            let bySegment = Dictionary(translations.map { ($0.segmentId, $0) }, uniquingKeysWith: { a, _ in a })
            var changes: [Int64: SourceChange] = [:]
            for row in try db.rows("""
                SELECT c.segment_id, c.revision, c.before_content, c.similarity FROM segment_change c
                JOIN segment s ON s.id = c.segment_id
                WHERE s.document_id = ? AND s.archived_in_revision IS NULL ORDER BY c.revision, c.id
                """, documentId) {
                let before: Content = try row.json("before_content")
                changes[try row.required("segment_id", row.int64)] = SourceChange(
                    revision: try row.required("revision", row.int), before: before, similarity: try row.required("similarity", row.int))
            }
            return segments.map { s in
                SegmentView(segment: s.segment, words: s.wordCount, matchingKey: s.matchingKey,
                            translation: bySegment[s.id!].map(StoredTranslation.init), sourceChange: changes[s.id!])
            }
        }
    }

    /// The front matter of the file a language's translation was imported from, if any.
    public func targetFrontMatter(of reference: String, language: Language) throws -> String? {
        try sqlRead { db in
            let record = try documentRecord(db, reference)
            return try db.row("SELECT front_matter FROM target_file WHERE document_id = ? AND language = ?",
                              record.id!, language.rawValue)?.string("front_matter")
        }
    }

    func documentRecord(_ db: any SQLDatabase, _ reference: String) throws -> DocumentRecord {
        if let row = try db.row("SELECT * FROM document WHERE reference = ?", reference) { return try DocumentRecord(row) }
        let id = try documentID(matching: reference, db)
        guard let row = try db.row("SELECT * FROM document WHERE id = ?", id) else {
            throw StoreError(.notFound, "no document \(Quote.user(reference)) in the workspace")
        }
        return try DocumentRecord(row)
    }

    /// The id of the document `reference` names, as typed or with a hyphen for the slash
    /// (CL-19-73) or in another case; reads only references, not the documents' skeletons.
    func documentID(_ db: any SQLDatabase, _ reference: String) throws -> Int64 {
        if let id = try db.row("SELECT id FROM document WHERE reference = ?", reference)?.int64("id") { return id }
        return try documentID(matching: reference, db)
    }

    /// The id of the document whose reference matches `reference` but for case and separators.
    private func documentID(matching reference: String, _ db: any SQLDatabase) throws -> Int64 {
        let all = try db.rows("SELECT id, reference FROM document ORDER BY id")
        let wanted = Workspace.referenceKey(reference)
        if let row = all.first(where: { Workspace.referenceKey($0.string("reference") ?? "") == wanted }), let id = row.int64("id") { return id }
        let known = all.compactMap { $0.string("reference") }.sorted().joined(separator: ", ")
        throw StoreError(.notFound, "no document \(Quote.user(reference)) in the workspace" + (known.isEmpty ? "" : " (documents: \(known))"))
    }

    /// What a document is (reference as stored, kind, title, source language) and its format,
    /// without its skeleton or segments: for a request that only needs to know which document it names.
    public func documentHeader(_ reference: String) throws -> (metadata: DocumentMetadata, format: String) {
        try sqlRead { db in try documentHeader(db, id: try documentID(db, reference), reference) }
    }

    func documentHeader(_ db: any SQLDatabase, id: Int64, _ reference: String) throws -> (metadata: DocumentMetadata, format: String) {
        guard let row = try db.row("""
            SELECT reference, kind, title, date, source_language, source_tag, format, extra FROM document WHERE id = ?
            """, id) else {
            throw StoreError(.notFound, "no document \(Quote.user(reference)) in the workspace")
        }
        let metadata = DocumentRecord.metadata(
            reference: try row.required("reference", row.string), kind: try row.required("kind", row.string),
            title: try row.required("title", row.string), date: row.string("date"),
            sourceLanguage: try row.required("source_language", row.string), sourceTag: try row.required("source_tag", row.string),
            extra: try row.json("extra"))
        return (metadata, try row.required("format", row.string))
    }

    static func referenceKey(_ reference: String) -> String {
        String(reference.lowercased().map { $0 == "/" || $0 == "_" || $0 == " " ? "-" : $0 })
    }

    /// The live segments in order: the title (position -1) first, then the body from position 0.
    func liveSegments(_ db: any SQLDatabase, _ documentId: Int64) throws -> [SegmentRecord] {
        try db.rows("SELECT * FROM segment WHERE document_id = ? AND archived_in_revision IS NULL ORDER BY position", documentId)
            .map(SegmentRecord.init)
    }
}

extension StoredTranslation {
    init(_ r: TranslationRecord) {
        self.init(language: (try? LanguageTag(parsing: r.tag)) ?? LanguageTag(Language(rawValue: r.language) ?? .en),
                  content: r.content, status: r.translationStatus, author: r.author,
                  updatedAt: r.updatedAt, version: r.version,
                  matchScore: r.matchScore, matchOrigin: r.matchOrigin)
    }
}

extension Workspace {
    /// Recorded changes of translations, newest first: of one document (and one segment, one
    /// language), or by one person, or all; at most `limit`.
    public func history(of reference: String? = nil, segment number: Int? = nil, language: Language? = nil,
                        by author: String? = nil, limit: Int = 100) throws -> [StatusChange] {
        try sqlRead { db in
            var conditions: [String] = []
            var arguments: [SQLValue] = []
            if let reference {
                let document = try documentRecord(db, reference)
                conditions.append("s.document_id = ?")
                arguments.append(.integer(document.id!))
                if let number {
                    let segment = try liveSegment(db, document, number)
                    conditions.append("c.segment_id = ?")
                    arguments.append(.integer(segment.id!))
                }
            }
            if let language {
                conditions.append("c.language = ?")
                arguments.append(.text(language.rawValue))
            }
            if let author {
                conditions.append("c.author = ?")
                arguments.append(.text(author))
            }
            let rows = try db.rows("""
                SELECT d.reference, s.position, c.language, c.from_status, c.to_status, c.text_before, c.text_after,
                       c.author, c.comment, c.at, c.origin
                FROM status_change c JOIN segment s ON s.id = c.segment_id JOIN document d ON d.id = s.document_id
                \(conditions.isEmpty ? "" : "WHERE " + conditions.joined(separator: " AND "))
                ORDER BY c.at DESC, c.id DESC LIMIT ?
                """, arguments + [.integer(Int64(limit))])
            return rows.compactMap { row in
                guard let language = row.string("language").flatMap(Language.init(rawValue:)),
                      let to = row.string("to_status").flatMap(TranslationStatus.init(rawValue:)),
                      let reference = row.string("reference"), let position = row.int("position"),
                      let at = row.date("at") else { return nil }
                return StatusChange(reference: reference, segmentIndex: position, language: language,
                                    from: row.string("from_status").flatMap(TranslationStatus.init(rawValue:)),
                                    to: to, textBefore: row.string("text_before"), textAfter: row.string("text_after"),
                                    author: row.string("author"), comment: row.string("comment"), at: at,
                                    origin: row.string("origin").flatMap(ChangeOrigin.init(rawValue:)) ?? .edit)
            }
        }
    }
}

/// What a revision of a document changed in its source.
public struct RevisionChanges: Codable, Sendable {
    /// A segment whose text changed; its translations became outdated.
    public struct Changed: Codable, Sendable {
        /// Its number in the revision (from 1), or nil when a later revision removed it.
        public var number: Int?
        public var before: Content
        public var after: Content
        /// How alike the two texts are, 0–100 (word edit distance, as the memory's score).
        public var similarity: Int
    }

    /// A segment added or removed by the revision.
    public struct Segment: Codable, Sendable {
        /// Its number (added: in the revision; removed: nil, see `line`).
        public var number: Int?
        /// Its line in the file it came from.
        public var line: Int
        public var content: Content
    }

    public var reference: String
    public var revision: Int
    public var changed: [Changed]
    public var added: [Segment]
    public var removed: [Segment]
}

extension Workspace {
    /// What `revision` (the latest by default) changed in a document's source, against the one before.
    public func revisionChanges(of reference: String, revision: Int? = nil) throws -> RevisionChanges {
        try sqlRead { db in
            let document = try documentRecord(db, reference)
            let r = revision ?? document.revision
            guard r >= 2, r <= document.revision else {
                throw StoreError(.notFound, "\(document.reference) has revisions 1 to \(document.revision); revision \(r) has no previous one to compare with")
            }
            func number(_ row: SQLRow) -> Int? {
                row.int("archived_in_revision") == nil ? row.int("position").map { $0 + 1 } : nil
            }
            let changed = try db.rows("""
                SELECT s.position, s.archived_in_revision, s.content, c.before_content, c.similarity
                FROM segment_change c JOIN segment s ON s.id = c.segment_id
                WHERE s.document_id = ? AND c.revision = ? ORDER BY s.position
                """, document.id!, r).map { row in
                RevisionChanges.Changed(number: number(row), before: try row.json("before_content"),
                                        after: try row.json("content"), similarity: try row.required("similarity", row.int))
            }
            let added = try db.rows("""
                SELECT position, archived_in_revision, line, content FROM segment
                WHERE document_id = ? AND added_in_revision = ? ORDER BY position
                """, document.id!, r).map { row in
                RevisionChanges.Segment(number: number(row), line: try row.required("line", row.int), content: try row.json("content"))
            }
            let removed = try db.rows("""
                SELECT line, content FROM segment WHERE document_id = ? AND archived_in_revision = ? ORDER BY line
                """, document.id!, r).map { row in
                RevisionChanges.Segment(number: nil, line: try row.required("line", row.int), content: try row.json("content"))
            }
            return RevisionChanges(reference: document.reference, revision: r, changed: changed, added: added, removed: removed)
        }
    }
}
