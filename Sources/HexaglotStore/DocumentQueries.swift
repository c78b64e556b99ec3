import Foundation
import GRDB
import HexaglotCore

extension Workspace {
    /// Every document, ordered by reference in `language`'s collation.
    public func documents(collatedIn language: Language = .en) throws -> [DocumentSummary] {
        try read { db in
            let rows = try Row.fetchAll(db, sql: """
                SELECT d.*, COUNT(s.id) AS segment_count, COALESCE(SUM(s.word_count), 0) AS word_total
                FROM document d
                LEFT JOIN segment s ON s.document_id = d.id AND s.archived_in_revision IS NULL
                GROUP BY d.id
                ORDER BY d.reference COLLATE hexaglot_\(language.rawValue), d.id
                """)
            return try rows.map { row in
                let d = try DocumentRecord(row: row)
                return DocumentSummary(reference: d.reference, kind: DocumentKind(rawValue: d.kind) ?? .other,
                                       title: d.title, date: d.date, sourceLanguage: d.language,
                                       revision: d.revision, segments: row["segment_count"],
                                       words: row["word_total"], path: d.sourcePath)
            }
        }
    }

    /// The document with this reference in its current revision.
    public func document(_ reference: String) throws -> Document {
        try read { db in
            let record = try documentRecord(db, reference)
            let live = try liveSegments(db, record.id!).map(\.segment)
            return Document(metadata: record.metadata, format: record.format, skeleton: record.skeleton,
                            segments: live.filter { $0.blockKind != .title },
                            titleSegment: live.first { $0.blockKind == .title })
        }
    }

    /// The stored bytes of a document imported from a package (a Word .docx); nil for a text format.
    public func package(of reference: String) throws -> [UInt8]? {
        try read { db in
            let record = try documentRecord(db, reference)
            let data = try Data.fetchOne(db, sql: "SELECT bytes FROM document_package WHERE document_id = ?",
                                         arguments: [record.id!])
            return data.map { [UInt8]($0) }
        }
    }

    /// The document's current revision number.
    public func revision(of reference: String) throws -> Int {
        try read { db in try documentRecord(db, reference).revision }
    }

    /// The live segments of a document with their translation into `language`: the title
    /// (segment 0) first when the document has one, then the body in order.
    public func segments(of reference: String, language: Language) throws -> [SegmentView] {
        try read { db in
            let documentId = try documentID(db, reference)
            let segments = try liveSegments(db, documentId)
            let translations = try TranslationRecord
                .filter(segments.map(\.id!).contains(Column("segment_id")) && Column("language") == language.rawValue)
                .fetchAll(db)
            let bySegment = Dictionary(translations.map { ($0.segmentId, $0) }, uniquingKeysWith: { a, _ in a })
            var changes: [Int64: SourceChange] = [:]
            for row in try Row.fetchAll(db, sql: """
                SELECT c.segment_id, c.revision, c.before_content, c.similarity FROM segment_change c
                JOIN segment s ON s.id = c.segment_id
                WHERE s.document_id = ? AND s.archived_in_revision IS NULL ORDER BY c.revision, c.id
                """, arguments: [documentId]) {
                let before = try JSONDecoder().decode(Content.self, from: Data((row["before_content"] as String).utf8))
                changes[row["segment_id"]] = SourceChange(revision: row["revision"], before: before, similarity: row["similarity"])
            }
            return segments.map { s in
                SegmentView(segment: s.segment, words: s.wordCount, matchingKey: s.matchingKey,
                            translation: bySegment[s.id!].map(StoredTranslation.init), sourceChange: changes[s.id!])
            }
        }
    }

    /// The front matter of the file a language's translation was imported from, if any.
    public func targetFrontMatter(of reference: String, language: Language) throws -> String? {
        try read { db in
            let record = try documentRecord(db, reference)
            return try TargetFileRecord
                .filter(Column("document_id") == record.id! && Column("language") == language.rawValue)
                .fetchOne(db)?.frontMatter
        }
    }

    func documentRecord(_ db: Database, _ reference: String) throws -> DocumentRecord {
        if let d = try DocumentRecord.filter(Column("reference") == reference).fetchOne(db) { return d }
        let id = try documentID(db, reference)
        guard let d = try DocumentRecord.fetchOne(db, key: id) else {
            throw StoreError(.notFound, "no document \(Quote.user(reference)) in the workspace")
        }
        return d
    }

    /// The id of the document `reference` names, as typed or with a hyphen for the slash
    /// (CL-19-73) or in another case; reads only references, not the documents' skeletons.
    func documentID(_ db: Database, _ reference: String) throws -> Int64 {
        if let id = try Int64.fetchOne(db, sql: "SELECT id FROM document WHERE reference = ?", arguments: [reference]) { return id }
        let all = try Row.fetchAll(db, sql: "SELECT id, reference FROM document")
        let wanted = Workspace.referenceKey(reference)
        if let row = all.first(where: { Workspace.referenceKey($0["reference"]) == wanted }) { return row["id"] }
        let known = all.map { $0["reference"] as String }.sorted().joined(separator: ", ")
        throw StoreError(.notFound, "no document \(Quote.user(reference)) in the workspace" + (known.isEmpty ? "" : " (documents: \(known))"))
    }

    /// What a document is (reference as stored, kind, title, source language) and its format,
    /// without its skeleton or segments: for a request that only needs to know which document it names.
    public func documentHeader(_ reference: String) throws -> (metadata: DocumentMetadata, format: String) {
        try read { db in
            let id = try documentID(db, reference)
            guard let row = try Row.fetchOne(db, sql: """
                SELECT reference, kind, title, date, source_language, source_tag, format, extra FROM document WHERE id = ?
                """, arguments: [id]) else {
                throw StoreError(.notFound, "no document \(Quote.user(reference)) in the workspace")
            }
            let extra = try JSONDecoder().decode([String: String].self, from: Data((row["extra"] as String).utf8))
            let metadata = DocumentRecord.metadata(reference: row["reference"], kind: row["kind"], title: row["title"], date: row["date"],
                                                   sourceLanguage: row["source_language"], sourceTag: row["source_tag"], extra: extra)
            return (metadata, row["format"])
        }
    }

    static func referenceKey(_ reference: String) -> String {
        String(reference.lowercased().map { $0 == "/" || $0 == "_" || $0 == " " ? "-" : $0 })
    }

    /// The live segments in order: the title (position -1) first, then the body from position 0.
    func liveSegments(_ db: Database, _ documentId: Int64) throws -> [SegmentRecord] {
        try SegmentRecord
            .filter(Column("document_id") == documentId && Column("archived_in_revision") == nil)
            .order(Column("position"))
            .fetchAll(db)
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
        try read { db in
            var conditions: [String] = []
            var arguments: [DatabaseValueConvertible?] = []
            if let reference {
                let document = try documentRecord(db, reference)
                conditions.append("s.document_id = ?")
                arguments.append(document.id!)
                if let number {
                    let segment = try liveSegment(db, document, number)
                    conditions.append("c.segment_id = ?")
                    arguments.append(segment.id!)
                }
            }
            if let language {
                conditions.append("c.language = ?")
                arguments.append(language.rawValue)
            }
            if let author {
                conditions.append("c.author = ?")
                arguments.append(author)
            }
            let rows = try Row.fetchAll(db, sql: """
                SELECT d.reference, s.position, c.language, c.from_status, c.to_status, c.text_before, c.text_after,
                       c.author, c.comment, c.at, c.origin
                FROM status_change c JOIN segment s ON s.id = c.segment_id JOIN document d ON d.id = s.document_id
                \(conditions.isEmpty ? "" : "WHERE " + conditions.joined(separator: " AND "))
                ORDER BY c.at DESC, c.id DESC LIMIT ?
                """, arguments: StatementArguments(arguments + [limit]))
            return rows.compactMap { row in
                guard let language = Language(rawValue: row["language"]),
                      let to = TranslationStatus(rawValue: row["to_status"]) else { return nil }
                return StatusChange(reference: row["reference"], segmentIndex: row["position"], language: language,
                                    from: (row["from_status"] as String?).flatMap(TranslationStatus.init(rawValue:)),
                                    to: to, textBefore: row["text_before"], textAfter: row["text_after"],
                                    author: row["author"], comment: row["comment"], at: row["at"],
                                    origin: ChangeOrigin(rawValue: row["origin"]) ?? .edit)
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
        try read { db in
            let document = try documentRecord(db, reference)
            let r = revision ?? document.revision
            guard r >= 2, r <= document.revision else {
                throw StoreError(.notFound, "\(document.reference) has revisions 1 to \(document.revision); revision \(r) has no previous one to compare with")
            }
            func number(_ row: Row) -> Int? {
                (row["archived_in_revision"] as Int?) == nil ? (row["position"] as Int) + 1 : nil
            }
            func content(_ json: String) throws -> Content { try JSONDecoder().decode(Content.self, from: Data(json.utf8)) }
            let changed = try Row.fetchAll(db, sql: """
                SELECT s.position, s.archived_in_revision, s.content, c.before_content, c.similarity
                FROM segment_change c JOIN segment s ON s.id = c.segment_id
                WHERE s.document_id = ? AND c.revision = ? ORDER BY s.position
                """, arguments: [document.id!, r]).map { row in
                RevisionChanges.Changed(number: number(row), before: try content(row["before_content"]),
                                        after: try content(row["content"]), similarity: row["similarity"])
            }
            let added = try Row.fetchAll(db, sql: """
                SELECT position, archived_in_revision, line, content FROM segment
                WHERE document_id = ? AND added_in_revision = ? ORDER BY position
                """, arguments: [document.id!, r]).map { row in
                RevisionChanges.Segment(number: number(row), line: row["line"], content: try content(row["content"]))
            }
            let removed = try Row.fetchAll(db, sql: """
                SELECT line, content FROM segment WHERE document_id = ? AND archived_in_revision = ? ORDER BY line
                """, arguments: [document.id!, r]).map { row in
                RevisionChanges.Segment(number: nil, line: row["line"], content: try content(row["content"]))
            }
            return RevisionChanges(reference: document.reference, revision: r, changed: changed, added: added, removed: removed)
        }
    }
}
