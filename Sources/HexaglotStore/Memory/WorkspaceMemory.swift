import Foundation
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
    /// Runs inside ``Workspace/memoryWrite(_:)``, whose turn makes the unit and token ids it
    /// gives out (the next after the highest) safe from other processes.
    func syncMemoryUnit(_ db: any SQLDatabase, segment: SegmentRecord, document: DocumentRecord? = nil) throws {
        let document = try document ?? db.row("SELECT * FROM document WHERE id = ?", segment.documentId).map(DocumentRecord.init)
        guard let document, let sourceLanguage = Language(rawValue: document.sourceLanguage) else { return }
        let existing = try db.row("SELECT id, hash FROM tm_unit WHERE segment_id = ?", segment.id!)
        let statuses = Workspace.memoryStatuses.map { "'\($0.rawValue)'" }.joined(separator: ", ")
        let translations = try db.rows("SELECT * FROM translation WHERE segment_id = ? AND status IN (\(statuses)) ORDER BY id",
                                       segment.id!).map(TranslationRecord.init)
        if translations.isEmpty {
            if let id = existing?.int64("id") { try db.execute("DELETE FROM tm_unit WHERE id = ?", id) }
            return
        }
        let live = segment.archivedInRevision == nil
        // The texts around the segment, in the source and in each language, for in-context matches.
        var around: [String: (previous: String?, next: String?)] = [:]
        if live {
            let rows = try db.rows("""
                SELECT s.position, s.plain_text, t.language, t.plain_text AS translated
                FROM segment s LEFT JOIN translation t ON t.segment_id = s.id
                WHERE s.document_id = ? AND s.archived_in_revision IS NULL AND s.position IN (?, ?)
                """, segment.documentId, segment.position - 1, segment.position + 1)
            for row in rows {
                let before = (row.int("position") ?? 0) < segment.position
                let source = row.string("plain_text")
                if before { around[sourceLanguage.rawValue, default: (nil, nil)].previous = source }
                else { around[sourceLanguage.rawValue, default: (nil, nil)].next = source }
                if let language = row.string("language"), let text = row.string("translated") {
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
        if existing?.int64("hash") == hash { return }
        let id: Int64
        if let old = existing?.int64("id") {
            id = old
            try db.execute("DELETE FROM tm_unit WHERE id = ?", old)
        } else {
            id = (try db.row("SELECT max(id) AS id FROM tm_unit")?.int64("id") ?? 0) + 1
        }
        let tokens = try TokenIDs.resolve(db, prepared.variants)
        var postings: [(token: Int, length: Int)] = []
        let row = try UnitRow.values(id: id, hash: hash, prepared, origin: unit.origin, segment: segment.id!) { v in
            let language = v.language.rawValue
            let encoding = try VariantEncoding.encode(v) { kind, bytes, _ in
                guard let token = tokens[TokenIDs.Key(language: language, kind: Int(kind), text: String(decoding: bytes, as: UTF8.self))] else {
                    throw StoreError(.damaged, "memory token missing after it was stored")
                }
                return (UInt32(token), Int(token))
            }
            postings += encoding.indexed.map { ($0, encoding.length) }
            return encoding
        }
        try db.execute("INSERT INTO tm_unit (\(MemoryBuilder.unitColumns.joined(separator: ", "))) VALUES (\(db.placeholders(row.count)))", row)
        for chunk in postings.chunked(by: 300) {
            try db.execute("INSERT INTO tm_posting_delta (token, unit, length) VALUES " + chunk.map { _ in "(?, ?, ?)" }.joined(separator: ", "),
                           chunk.flatMap { [SQLValue.integer(Int64($0.token)), .integer(id), .integer(Int64($0.length))] })
            try db.execute("UPDATE tm_token SET df = df + 1 WHERE id IN (\(db.placeholders(chunk.count)))",
                           chunk.map { .integer(Int64($0.token)) })
        }
    }

    /// Rewrites the units of every segment of a document that has a unit or a done translation.
    func syncMemory(_ db: any SQLDatabase, documentId: Int64) throws {
        let document = try db.row("SELECT * FROM document WHERE id = ?", documentId).map(DocumentRecord.init)
        let segments = try db.rows("""
            SELECT * FROM segment WHERE document_id = ? AND (
                id IN (SELECT segment_id FROM tm_unit WHERE segment_id IS NOT NULL)
                OR id IN (SELECT segment_id FROM translation WHERE status IN ('translated', 'reviewed', 'approved')))
            ORDER BY id
            """, documentId).map(SegmentRecord.init)
        for segment in segments { try syncMemoryUnit(db, segment: segment, document: document) }
    }

    /// Makes units for every done translation that has none (workspaces made before the memory existed).
    func backfillMemory(_ db: any SQLDatabase) throws {
        let ids = try db.rows("""
            SELECT DISTINCT s.document_id FROM segment s JOIN translation t ON t.segment_id = s.id
            WHERE t.status IN ('translated', 'reviewed', 'approved')
              AND s.id NOT IN (SELECT segment_id FROM tm_unit WHERE segment_id IS NOT NULL)
            """).compactMap { $0.int64("document_id") }
        for id in ids { try syncMemory(db, documentId: id) }
    }
}
