import Foundation
import GRDB
import HexaglotCore
import HexaglotText

/// A glossary stored in the workspace, as `glossary list` shows it.
public struct GlossarySummary: Hashable, Codable, Sendable {
    public var name: String
    public var path: String?
    public var concepts: Int
    public var terms: Int
}

extension Workspace {
    /// Replaces the glossary called `name` with `entries`, in one transaction; the same file
    /// imported again changes nothing. Returns false when nothing changed.
    @discardableResult
    public func importGlossary(name: String, entries: [GlossaryEntry], path: String?, fileText: String) throws -> Bool {
        let hash = ContentHash.of(fileText)
        return try write { db in
            if let stored = try String.fetchOne(db, sql: "SELECT hash FROM glossary WHERE name = ?", arguments: [name]),
               stored == hash {
                return false
            }
            try db.execute(sql: "DELETE FROM glossary WHERE name = ?", arguments: [name])
            try db.execute(sql: "INSERT INTO glossary (name, path, hash, imported_at) VALUES (?, ?, ?, ?)",
                           arguments: [name, path, hash, Date()])
            let glossaryId = db.lastInsertedRowID
            for entry in entries {
                try db.execute(sql: "INSERT INTO glossary_concept (glossary_id, concept, definition, subject_field) VALUES (?, ?, ?, ?)",
                               arguments: [glossaryId, entry.id, entry.definition, entry.subjectField])
                let conceptId = db.lastInsertedRowID
                for term in entry.terms {
                    try db.execute(sql: """
                        INSERT INTO glossary_term (concept_id, language, text, matching_key, usage, part_of_speech, term_type, note, matching)
                        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)
                        """, arguments: [conceptId, term.language.rawValue, term.text, MatchingKey.make(term.text),
                                         term.usage.rawValue, term.partOfSpeech, term.termType, term.note, term.matching.text])
                }
            }
            return true
        }
    }

    /// The glossaries of the workspace, by name.
    public func glossaries() throws -> [GlossarySummary] {
        try read { db in
            try Row.fetchAll(db, sql: """
                SELECT g.name, g.path,
                       (SELECT COUNT(*) FROM glossary_concept c WHERE c.glossary_id = g.id) AS concepts,
                       (SELECT COUNT(*) FROM glossary_term t JOIN glossary_concept c ON c.id = t.concept_id
                        WHERE c.glossary_id = g.id) AS terms
                FROM glossary g ORDER BY g.name
                """).map { GlossarySummary(name: $0["name"], path: $0["path"], concepts: $0["concepts"], terms: $0["terms"]) }
        }
    }

    /// Every concept of every glossary (or of the glossary called `name`), with its terms.
    public func glossaryEntries(named name: String? = nil) throws -> [GlossaryEntry] {
        try read { db in
            if let name, try Int.fetchOne(db, sql: "SELECT 1 FROM glossary WHERE name = ?", arguments: [name]) == nil {
                throw StoreError(.notFound, "no glossary called \(name) in the workspace")
            }
            let rows = try Row.fetchAll(db, sql: """
                SELECT c.id AS cid, c.concept, c.definition, c.subject_field, t.language, t.text, t.usage,
                       t.part_of_speech, t.term_type, t.note, t.matching
                FROM glossary_concept c JOIN glossary_term t ON t.concept_id = c.id
                JOIN glossary g ON g.id = c.glossary_id
                WHERE ? IS NULL OR g.name = ?
                ORDER BY c.id, t.id
                """, arguments: [name, name])
            var entries: [GlossaryEntry] = []
            var last: Int64?
            for row in rows {
                let cid: Int64 = row["cid"]
                if cid != last {
                    entries.append(GlossaryEntry(id: row["concept"], definition: row["definition"],
                                                 subjectField: row["subject_field"], terms: []))
                    last = cid
                }
                guard let language = Language(rawValue: row["language"]),
                      let usage = GlossaryEntry.Usage(rawValue: row["usage"]) else { continue }
                let matching = (try? GlossaryEntry.Matching.parse(row["matching"]).get()) ?? []
                entries[entries.count - 1].terms.append(GlossaryEntry.Term(
                    language: language, text: row["text"], usage: usage,
                    partOfSpeech: row["part_of_speech"], termType: row["term_type"], note: row["note"],
                    matching: matching))
            }
            return entries
        }
    }
}
