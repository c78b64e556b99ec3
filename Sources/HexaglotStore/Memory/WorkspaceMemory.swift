import Foundation
import GRDB
import HexaglotCore
import HexaglotText

/// Keeps the memory in step with the workspace: every segment with a translated, reviewed or
/// approved translation is one memory unit (its source and those translations), rewritten in
/// the same transaction as the change that touched it.
///
/// Its postings go to `tm_posting_delta` (a bulk import folds them into the main lists), so an
/// edit never rewrites a long posting list. Archived segments keep their units: nothing
/// translated is lost when a source letter changes.
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
            if let existing { try deleteMemoryUnit(db, existing) }
            return
        }
        let live = segment.archivedInRevision == nil
        var variants: [(TranslationUnit.Variant, context: Int64?)] = []
        let sourceTag = (try? LanguageTag(parsing: document.sourceTag)) ?? LanguageTag(sourceLanguage)
        variants.append((TranslationUnit.Variant(language: sourceTag, content: segment.content, changed: document.updatedAt),
                         live ? VariantEncoding.context(previous: segment.previousKey, next: segment.nextKey) : nil))
        for t in translations {
            guard let language = Language(rawValue: t.language) else { continue }
            var context: Int64?
            if live {
                let around = try String.fetchAll(db, sql: """
                    SELECT s.position || char(1) || t.matching_key FROM segment s JOIN translation t ON t.segment_id = s.id
                    WHERE s.document_id = ? AND s.archived_in_revision IS NULL AND s.position IN (?, ?) AND t.language = ?
                    """, arguments: [segment.documentId, segment.position - 1, segment.position + 1, t.language])
                var previous: String?, next: String?
                for row in around {
                    let parts = row.split(separator: "\u{1}", maxSplits: 1, omittingEmptySubsequences: false)
                    guard parts.count == 2, let position = Int(parts[0]) else { continue }
                    if position < segment.position { previous = String(parts[1]) } else { next = String(parts[1]) }
                }
                context = VariantEncoding.context(previous: previous, next: next)
            }
            let tag = (try? LanguageTag(parsing: t.tag)) ?? LanguageTag(language)
            variants.append((TranslationUnit.Variant(language: tag, content: t.content, author: t.author, changedBy: t.author,
                                                     changed: t.updatedAt), context))
        }
        var h = StableHash()
        for (v, context) in variants {
            h.add(v.language.tag)
            h.add(v.content.markup)
            h.add(String(context ?? 0))
        }
        let hash = h.signed
        if let existing, try Int64.fetchOne(db, sql: "SELECT hash FROM tm_unit WHERE id = ?", arguments: [existing]) == hash {
            return
        }
        let unit: Int64
        let origin = "\(document.reference)#\(segment.position + 1)"
        let author = translations.compactMap(\.author).first
        let changed = translations.map(\.updatedAt).max()
        if let existing {
            unit = existing
            try db.execute(sql: "DELETE FROM tm_variant WHERE id BETWEEN ? AND ?", arguments: [unit * 8, unit * 8 + 7])
            try db.execute(sql: "UPDATE tm_unit SET hash = ?, origin = ?, changed_by = ?, changed = ? WHERE id = ?",
                           arguments: [hash, origin, author, MemoryDates.text(changed), unit])
        } else {
            unit = (try Int64.fetchOne(db, sql: "SELECT max(id) FROM tm_unit") ?? 0) + 1
            try db.execute(sql: """
                INSERT INTO tm_unit (id, origin, segment_id, hash, author, created, changed_by, changed)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?)
                """, arguments: [unit, origin, segment.id!, hash, author, MemoryDates.text(changed), author,
                                 MemoryDates.text(changed)])
        }
        for (variant, context) in variants {
            try insertWorkspaceVariant(db, variant, context: context, unit: unit)
        }
    }

    private func insertWorkspaceVariant(_ db: Database, _ variant: TranslationUnit.Variant, context: Int64?, unit: Int64) throws {
        let language = variant.language.language
        let find = try db.cachedStatement(sql: "SELECT id FROM tm_token WHERE language = ? AND kind = ? AND text = ?")
        let encoding = try VariantEncoding.encode(variant.content, plainText: variant.content.plainText) { kind, bytes in
            let text = String(decoding: bytes, as: UTF8.self)
            if let id = try Int64.fetchOne(find, arguments: [language.rawValue, Int(kind), text]) {
                return (UInt32(id), Int(id))
            }
            try db.execute(sql: "INSERT INTO tm_token (language, kind, text, df) VALUES (?, ?, ?, 0)",
                           arguments: [language.rawValue, Int(kind), text])
            let id = db.lastInsertedRowID
            return (UInt32(id), Int(id))
        }
        for token in encoding.indexed {
            try db.execute(sql: "INSERT INTO tm_posting_delta (token, unit, length) VALUES (?, ?, ?)",
                           arguments: [token, unit, encoding.length])
            try db.execute(sql: "UPDATE tm_token SET df = df + 1 WHERE id = ?", arguments: [token])
        }
        let codes = variant.content.runs.contains { if case .code = $0 { return true } else { return false } }
        try db.execute(sql: """
            INSERT INTO tm_variant (id, language, tag, text, content, tokens, context, author, changed_by, changed)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            """, arguments: [unit * 8 + Int64(language.memoryIndex), language.rawValue, variant.language.tag,
                             variant.content.plainText,
                             codes ? String(decoding: try JSONEncoder().encode(variant.content), as: UTF8.self) : nil,
                             Data(encoding.blob), context, variant.author, variant.changedBy,
                             MemoryDates.text(variant.changed)])
    }

    func deleteMemoryUnit(_ db: Database, _ unit: Int64) throws {
        try db.execute(sql: "DELETE FROM tm_variant WHERE id BETWEEN ? AND ?", arguments: [unit * 8, unit * 8 + 7])
        try db.execute(sql: "DELETE FROM tm_unit WHERE id = ?", arguments: [unit])
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
