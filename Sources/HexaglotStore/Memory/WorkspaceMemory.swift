import Foundation
import GRDB
import HexaglotCore
import HexaglotText

/// Keeps the memory in step with the workspace: every segment with a translated, reviewed or
/// approved translation is one memory unit (its source and those translations), rewritten in
/// the same transaction as the change that touched it.
///
/// Its postings go to `tm_posting_delta` (a bulk import folds them into the main lists), so an
/// edit never rewrites a long posting list; lookups score units on their current tokens, so a
/// posting left behind by an older text costs a little time, never a wrong result. Archived
/// segments keep their units: nothing translated is lost when a source letter changes.
extension Workspace {
    static let memoryStatuses: [TranslationStatus] = [.translated, .reviewed, .approved]

    /// Rewrites the memory unit of one segment from its current source and translations.
    func syncMemoryUnit(_ db: Database, segment: SegmentRecord, document: DocumentRecord? = nil) throws {
        let document = try document ?? DocumentRecord.fetchOne(db, key: segment.documentId)
        guard let document, let sourceLanguage = Language(rawValue: document.sourceLanguage) else { return }
        let existing = try Int64.fetchOne(db, sql: "SELECT id FROM tm_unit WHERE segment_id = ?", arguments: [segment.id!])
        let translations = try TranslationRecord
            .filter(Column("segment_id") == segment.id! && Workspace.memoryStatuses.map(\.rawValue).contains(Column("status")))
            .fetchAll(db)
        if translations.isEmpty {
            if let existing { try db.execute(sql: "DELETE FROM tm_unit WHERE id = ?", arguments: [existing]) }
            return
        }
        let live = segment.archivedInRevision == nil
        // The texts around the segment, in the source and in each language, for in-context matches.
        var around: [String: (previous: String?, next: String?)] = [:]
        if live {
            let rows = try Row.fetchAll(db, sql: """
                SELECT s.position, s.plain_text, t.language, t.plain_text AS translated
                FROM segment s LEFT JOIN translation t ON t.segment_id = s.id
                WHERE s.document_id = ? AND s.archived_in_revision IS NULL AND s.position IN (?, ?)
                """, arguments: [segment.documentId, segment.position - 1, segment.position + 1])
            for row in rows {
                let before = (row["position"] as Int) < segment.position
                let source: String = row["plain_text"]
                if before { around[sourceLanguage.rawValue, default: (nil, nil)].previous = source }
                else { around[sourceLanguage.rawValue, default: (nil, nil)].next = source }
                if let language: String = row["language"], let text: String = row["translated"] {
                    if before { around[language, default: (nil, nil)].previous = text } else { around[language, default: (nil, nil)].next = text }
                }
            }
        }
        let sourceTag = (try? LanguageTag(parsing: document.sourceTag)) ?? LanguageTag(sourceLanguage)
        var variants = [TranslationUnit.Variant(language: sourceTag, content: segment.content,
                                                previous: around[sourceLanguage.rawValue]?.previous,
                                                next: around[sourceLanguage.rawValue]?.next)]
        for t in translations {
            guard let language = Language(rawValue: t.language) else { continue }
            let tag = (try? LanguageTag(parsing: t.tag)) ?? LanguageTag(language)
            variants.append(TranslationUnit.Variant(language: tag, content: t.content, author: t.author, changedBy: t.author,
                                                    changed: t.updatedAt, previous: around[t.language]?.previous,
                                                    next: around[t.language]?.next))
        }
        let author = translations.compactMap(\.author).first
        let changed = translations.map(\.updatedAt).max()
        let unit = TranslationUnit(variants: variants, origin: "\(document.reference)#\(segment.position + 1)",
                                   author: author, created: changed, changedBy: author, changed: changed)
        let prepared = try PreparedMemoryUnit(unit)
        // Same texts in the same context as stored: nothing to do.
        var h = StableHash()
        h.add(String(prepared.hash))
        for v in prepared.variants { h.add(String(v.context ?? 0)) }
        h.add(prepared.extra ?? "")
        let hash = h.signed
        if let existing, try Int64.fetchOne(db, sql: "SELECT hash FROM tm_unit WHERE id = ?", arguments: [existing]) == hash {
            return
        }
        let id = try existing ?? ((Int64.fetchOne(db, sql: "SELECT max(id) FROM tm_unit") ?? 0) + 1)
        let columns = MemoryBuilder.unitColumns
        let insert = try RawStatement(db, "INSERT OR REPLACE INTO tm_unit (\(columns.joined(separator: ", "))) VALUES (\(columns.map { _ in "?" }.joined(separator: ", ")))")
        let find = try db.cachedStatement(sql: "SELECT id FROM tm_token WHERE language = ? AND kind = ? AND text = ?")
        try MemoryBuilder.bindRow(insert, id: id, prepared, origin: unit.origin, segment: segment.id!) { v in
            let language = v.language.rawValue
            let encoding = try VariantEncoding.encode(v) { kind, bytes, _ in
                let text = String(decoding: bytes, as: UTF8.self)
                if let id = try Int64.fetchOne(find, arguments: [language, Int(kind), text]) {
                    return (UInt32(id), Int(id))
                }
                try db.execute(sql: "INSERT INTO tm_token (language, kind, text, df) VALUES (?, ?, ?, 0)",
                               arguments: [language, Int(kind), text])
                let id = db.lastInsertedRowID
                return (UInt32(id), Int(id))
            }
            for token in encoding.indexed {
                try db.execute(sql: "INSERT INTO tm_posting_delta (token, unit, length) VALUES (?, ?, ?)",
                               arguments: [token, id, encoding.length])
                try db.execute(sql: "UPDATE tm_token SET df = df + 1 WHERE id = ?", arguments: [token])
            }
            return encoding
        }
        insert.bind(2, hash)
        try insert.run()
    }

    /// Rewrites the units of every segment of a document that has a unit or a done translation.
    func syncMemory(_ db: Database, documentId: Int64) throws {
        let document = try DocumentRecord.fetchOne(db, key: documentId)
        let segments = try SegmentRecord.fetchAll(db, sql: """
            SELECT * FROM segment WHERE document_id = ? AND (
                id IN (SELECT segment_id FROM tm_unit WHERE segment_id IS NOT NULL)
                OR id IN (SELECT segment_id FROM translation WHERE status IN ('translated', 'reviewed', 'approved')))
            """, arguments: [documentId])
        for segment in segments { try syncMemoryUnit(db, segment: segment, document: document) }
    }

    /// Makes units for every done translation that has none (workspaces made before the memory existed).
    func backfillMemory(_ db: Database) throws {
        let ids = try Int64.fetchAll(db, sql: """
            SELECT DISTINCT s.document_id FROM segment s JOIN translation t ON t.segment_id = s.id
            WHERE t.status IN ('translated', 'reviewed', 'approved')
              AND s.id NOT IN (SELECT segment_id FROM tm_unit WHERE segment_id IS NOT NULL)
            """)
        for id in ids { try syncMemory(db, documentId: id) }
    }
}
