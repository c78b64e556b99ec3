import Foundation
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
        return try sqlWrite { db in
            if let stored = try db.row("SELECT hash FROM glossary WHERE name = ?", name)?.string("hash"), stored == hash {
                return false
            }
            try db.execute("DELETE FROM glossary WHERE name = ?", name)
            let glossaryId = try db.insertReturningID("INSERT INTO glossary (name, path, hash, imported_at) VALUES (?, ?, ?, ?)",
                                                      name, path, hash, Date())
            for entry in entries {
                let conceptId = try db.insertReturningID(
                    "INSERT INTO glossary_concept (glossary_id, concept, definition, subject_field) VALUES (?, ?, ?, ?)",
                    glossaryId, entry.id, entry.definition, entry.subjectField)
                for term in entry.terms {
                    try db.execute("""
                        INSERT INTO glossary_term (concept_id, language, text, matching_key, usage, part_of_speech, term_type, note, matching)
                        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)
                        """, conceptId, term.language.rawValue, term.text, MatchingKey.make(term.text),
                             term.usage.rawValue, term.partOfSpeech, term.termType, term.note, term.matching.text)
                }
            }
            return true
        }
    }

    /// The glossaries of the workspace, by name.
    public func glossaries() throws -> [GlossarySummary] {
        try sqlRead { db in
            try db.rows("""
                SELECT g.name, g.path,
                       (SELECT COUNT(*) FROM glossary_concept c WHERE c.glossary_id = g.id) AS concepts,
                       (SELECT COUNT(*) FROM glossary_term t JOIN glossary_concept c ON c.id = t.concept_id
                        WHERE c.glossary_id = g.id) AS terms
                FROM glossary g ORDER BY g.name
                """).map { GlossarySummary(name: $0.string("name") ?? "", path: $0.string("path"),
                                           concepts: $0.int("concepts") ?? 0, terms: $0.int("terms") ?? 0) }
        }
    }

    /// Every concept of every glossary (or of the glossary called `name`), with its terms.
    public func glossaryEntries(named name: String? = nil) throws -> [GlossaryEntry] {
        try sqlRead { db in
            if let name, try db.row("SELECT 1 AS found FROM glossary WHERE name = ?", name) == nil {
                throw StoreError(.notFound, "no glossary called \(name) in the workspace")
            }
            let rows = try db.rows("""
                SELECT c.id AS cid, c.concept, c.definition, c.subject_field, t.language, t.text, t.usage,
                       t.part_of_speech, t.term_type, t.note, t.matching
                FROM glossary_concept c JOIN glossary_term t ON t.concept_id = c.id
                JOIN glossary g ON g.id = c.glossary_id
                \(name == nil ? "" : "WHERE g.name = ?")
                ORDER BY c.id, t.id
                """, name.map { [SQLValue.text($0)] } ?? [])
            var entries: [GlossaryEntry] = []
            var last: Int64?
            for row in rows {
                let cid = row.int64("cid")
                if cid != last {
                    entries.append(GlossaryEntry(id: row.string("concept") ?? "", definition: row.string("definition"),
                                                 subjectField: row.string("subject_field"), terms: []))
                    last = cid
                }
                guard let language = row.string("language").flatMap(Language.init(rawValue:)),
                      let usage = row.string("usage").flatMap(GlossaryEntry.Usage.init(rawValue:)) else { continue }
                let matching = (try? GlossaryEntry.Matching.parse(row.string("matching") ?? "").get()) ?? []
                entries[entries.count - 1].terms.append(GlossaryEntry.Term(
                    language: language, text: row.string("text") ?? "", usage: usage,
                    partOfSpeech: row.string("part_of_speech"), termType: row.string("term_type"), note: row.string("note"),
                    matching: matching))
            }
            return entries
        }
    }
}
