import Foundation
import GRDB
import HexaglotCore
import HexaglotText

/// The workspace schema, as named migrations applied in order. Append new ones; never edit one that shipped.
enum Migrations {
    static var migrator: DatabaseMigrator {
        var migrator = DatabaseMigrator()

        migrator.registerMigration("v1-documents-segments-translations") { db in
            try db.create(table: "document") { t in
                t.autoIncrementedPrimaryKey("id")
                t.column("reference", .text).notNull().unique()
                t.column("kind", .text).notNull().check(sql: "kind IN ('letter', 'post', 'other')")
                t.column("title", .text).notNull()
                t.column("date", .text)
                t.column("source_language", .text).notNull()
                    .check(sql: "source_language IN ('ar', 'zh', 'en', 'fr', 'ru', 'es')")
                t.column("source_tag", .text).notNull()
                t.column("format", .text).notNull()
                t.column("revision", .integer).notNull().defaults(to: 1)
                t.column("source_path", .text)
                t.column("source_hash", .text).notNull()
                t.column("skeleton", .jsonText).notNull()
                t.column("extra", .jsonText).notNull()
                t.column("imported_at", .datetime).notNull()
                t.column("updated_at", .datetime).notNull()
            }

            try db.create(table: "segment") { t in
                t.autoIncrementedPrimaryKey("id")
                t.column("document_id", .integer).notNull().indexed().references("document", onDelete: .cascade)
                // Position in the live revision; archived segments keep their last position.
                t.column("position", .integer).notNull()
                t.column("block", .integer).notNull()
                t.column("block_kind", .text).notNull()
                t.column("line", .integer).notNull()
                t.column("content", .jsonText).notNull()
                t.column("plain_text", .text).notNull()
                t.column("matching_key", .text).notNull()
                t.column("word_count", .integer).notNull()
                t.column("previous_key", .text)
                t.column("next_key", .text)
                t.column("added_in_revision", .integer).notNull()
                // Null while the segment is part of the current revision.
                t.column("archived_in_revision", .integer)
            }
            try db.create(index: "segment_live_position", on: "segment", columns: ["document_id", "position"],
                          unique: true, condition: Column("archived_in_revision") == nil)
            try db.create(index: "segment_matching_key", on: "segment", columns: ["matching_key"])

            try db.create(table: "translation") { t in
                t.autoIncrementedPrimaryKey("id")
                t.column("segment_id", .integer).notNull().indexed().references("segment", onDelete: .cascade)
                t.column("language", .text).notNull()
                    .check(sql: "language IN ('ar', 'zh', 'en', 'fr', 'ru', 'es')")
                t.column("tag", .text).notNull()
                t.column("content", .jsonText).notNull()
                t.column("plain_text", .text).notNull()
                t.column("matching_key", .text).notNull()
                t.column("status", .text).notNull()
                    .check(sql: "status IN ('new', 'draft', 'translated', 'reviewed', 'approved', 'outdated', 'rejected')")
                t.column("author", .text)
                t.column("updated_at", .datetime).notNull()
                // Bumped by every change, so a writer can tell that someone else changed the row first.
                t.column("version", .integer).notNull().defaults(to: 1)
                t.uniqueKey(["segment_id", "language"])
            }
            try db.create(index: "translation_language_key", on: "translation", columns: ["language", "matching_key"])

            try db.create(table: "status_change") { t in
                t.autoIncrementedPrimaryKey("id")
                t.column("segment_id", .integer).notNull().indexed().references("segment", onDelete: .cascade)
                t.column("language", .text).notNull()
                t.column("from_status", .text)
                t.column("to_status", .text).notNull()
                t.column("text_before", .text)
                t.column("text_after", .text)
                t.column("author", .text)
                t.column("comment", .text)
                t.column("at", .datetime).notNull()
            }
            try db.create(index: "status_change_segment", on: "status_change", columns: ["segment_id", "language", "at"])

            // The front matter of each language's file, so export gives back the translator's file.
            try db.create(table: "target_file") { t in
                t.column("document_id", .integer).notNull().indexed().references("document", onDelete: .cascade)
                t.column("language", .text).notNull()
                t.column("tag", .text).notNull()
                t.column("front_matter", .text)
                t.column("path", .text)
                t.column("hash", .text).notNull()
                t.primaryKey(["document_id", "language"])
            }
        }

        migrator.registerMigration("v2-glossaries") { db in
            try db.create(table: "glossary") { t in
                t.autoIncrementedPrimaryKey("id")
                t.column("name", .text).notNull().unique()
                t.column("path", .text)
                t.column("hash", .text).notNull()
                t.column("imported_at", .datetime).notNull()
            }
            try db.create(table: "glossary_concept") { t in
                t.autoIncrementedPrimaryKey("id")
                t.column("glossary_id", .integer).notNull().indexed().references("glossary", onDelete: .cascade)
                t.column("concept", .text).notNull()
                t.column("definition", .text)
                t.column("subject_field", .text)
                t.uniqueKey(["glossary_id", "concept"])
            }
            try db.create(table: "glossary_term") { t in
                t.autoIncrementedPrimaryKey("id")
                t.column("concept_id", .integer).notNull().indexed().references("glossary_concept", onDelete: .cascade)
                t.column("language", .text).notNull()
                    .check(sql: "language IN ('ar', 'zh', 'en', 'fr', 'ru', 'es')")
                t.column("text", .text).notNull()
                t.column("matching_key", .text).notNull()
                t.column("usage", .text).notNull().check(sql: "usage IN ('preferred', 'admitted', 'deprecated')")
                t.column("part_of_speech", .text)
                t.column("term_type", .text)
                t.column("note", .text)
            }
            try db.create(index: "glossary_term_key", on: "glossary_term", columns: ["language", "matching_key"])
        }

        migrator.registerMigration("v3-translation-memory") { db in
            // One row per unit, with a group of columns per language (ar, zh, en, fr, ru, es):
            // a lookup reads the query language's tokens and learns whether the target language
            // is there from one row, and an import writes one row per unit.
            try db.create(table: "tm_unit") { t in
                t.column("id", .integer).primaryKey()
                // A stable hash of the unit's languages and texts, to skip a unit imported twice.
                t.column("hash", .integer).notNull()
                // Match tokens first, so that they sit in the row's first page.
                for language in Language.allCases {
                    // Little-endian UInt32s: kind << 30 | tm_token id (inline codes: a hash).
                    t.column("\(language.rawValue)_tokens", .blob)
                }
                for language in Language.allCases {
                    // A hash of the keys of the segments before and after, for in-context matches.
                    t.column("\(language.rawValue)_context", .integer)
                }
                for language in Language.allCases {
                    t.column("\(language.rawValue)_text", .text)
                    // JSON runs when the text has inline codes; null when it is plain text.
                    t.column("\(language.rawValue)_content", .jsonText)
                    // The BCP 47 tag when it says more than the language code (fr-CH, zh-Hans).
                    t.column("\(language.rawValue)_tag", .text)
                }
                t.column("tuid", .text)
                t.column("origin", .text)
                t.column("segment_id", .integer)
                t.column("author", .text)
                t.column("created", .datetime)
                t.column("changed_by", .text)
                t.column("changed", .datetime)
                // JSON, when there is any: properties, notes, attributes, foreign-language and
                // further variants, and each variant's own authors, dates, properties and notes.
                t.column("extra", .jsonText)
            }
            try db.create(index: "tm_unit_segment", on: "tm_unit", columns: ["segment_id"], unique: true,
                          condition: Column("segment_id") != nil)

            // The token dictionary, with each token's document frequency (units containing it).
            try db.create(table: "tm_token") { t in
                t.column("id", .integer).primaryKey()
                t.column("language", .text).notNull()
                t.column("kind", .integer).notNull()
                t.column("text", .text).notNull()
                t.column("df", .integer).notNull().defaults(to: 0)
            }
            try db.create(index: "tm_token_text", on: "tm_token", columns: ["language", "kind", "text"], unique: true)

            // The inverted index: for each token, the units whose variant contains it, with the
            // variant's length in tokens. A token's list is one row (length 0) holding
            // (unit, length) pairs, or, for frequent tokens, one row per length holding units.
            try db.execute(sql: """
                CREATE TABLE tm_posting (
                    token INTEGER NOT NULL,
                    length INTEGER NOT NULL,
                    units BLOB NOT NULL,
                    PRIMARY KEY (token, length)
                ) WITHOUT ROWID
                """)
            // Postings added since the last bulk build (workspace edits), merged by the next build.
            try db.create(table: "tm_posting_delta") { t in
                t.column("token", .integer).notNull()
                t.column("unit", .integer).notNull()
                t.column("length", .integer).notNull()
            }
            try db.create(index: "tm_posting_delta_token", on: "tm_posting_delta", columns: ["token"])

            // TMX files already imported, so importing one again changes nothing.
            try db.create(table: "tm_source") { t in
                t.autoIncrementedPrimaryKey("id")
                t.column("name", .text).notNull()
                t.column("hash", .text).notNull().unique()
                t.column("units", .integer).notNull()
                t.column("imported_at", .datetime).notNull()
            }

            // Where a pretranslated draft came from.
            try db.alter(table: "translation") { t in
                t.add(column: "match_score", .integer)
                t.add(column: "match_origin", .text)
            }
        }

        migrator.registerMigration("v4-source-changes") { db in
            // The source text a segment had before a revision changed it (its translations then
            // became outdated), for `diff` and for translators updating them.
            try db.create(table: "segment_change") { t in
                t.autoIncrementedPrimaryKey("id")
                t.column("segment_id", .integer).notNull().indexed().references("segment", onDelete: .cascade)
                t.column("revision", .integer).notNull()
                t.column("before_content", .jsonText).notNull()
                t.column("before_text", .text).notNull()
                t.column("similarity", .integer).notNull()
            }
        }

        migrator.registerMigration("v5-glossary-match-mode") { db in
            // How a glossary term is matched (GlossaryEntry.Matching flag names, space-separated;
            // empty: the default rules).
            try db.alter(table: "glossary_term") { t in
                t.add(column: "matching", .text).notNull().defaults(to: "")
            }
        }

        migrator.registerMigration("v6-document-title-segment") { db in
            // The title becomes segment 0 (position -1, block kind `title`), translatable like the
            // others, for every document whose front matter has a `title` line: from its stored title.
            for row in try Row.fetchAll(db, sql: "SELECT id, title, skeleton, source_language, revision FROM document") {
                let skeleton = try JSONDecoder().decode(Skeleton.self, from: Data((row["skeleton"] as String).utf8))
                guard case .literal(let head)? = skeleton.parts.first, let line = Migrations.titleLine(in: head) else { continue }
                let title = Normalizer.normalize(row["title"] as String, .nfc)
                let content = Content([.text(title)])
                try db.execute(sql: """
                    INSERT INTO segment (document_id, position, block, block_kind, line, content, plain_text, matching_key,
                                         word_count, previous_key, next_key, added_in_revision, archived_in_revision)
                    VALUES (?, -1, -1, 'title', ?, ?, ?, ?, ?, NULL, NULL, ?, NULL)
                    """, arguments: [row["id"] as Int64, line, String(decoding: try JSONEncoder().encode(content), as: UTF8.self),
                                     title, MatchingKey.make(content),
                                     WordCounter.count(title, language: Language(rawValue: row["source_language"]) ?? .en),
                                     row["revision"] as Int])
            }
        }

        migrator.registerMigration("v7-workspace-info") { db in
            // Facts about the workspace itself: `written-by` is the newest Hexaglot that wrote it,
            // named in the error an older Hexaglot gives when it refuses to write.
            try db.create(table: "workspace_info") { t in
                t.primaryKey("key", .text)
                t.column("value", .text).notNull()
            }
        }

        migrator.registerMigration("v8-history-origin") { db in
            // Where each change came from, so that telling Hexaglot's own comments from people's
            // no longer depends on the comment's first words. Rows written before are read from them.
            try db.alter(table: "status_change") { t in
                t.add(column: "origin", .text).notNull().defaults(to: ChangeOrigin.edit.rawValue)
            }
            for (prefix, origin) in [("imported from ", ChangeOrigin.import), ("pretranslated from ", .pretranslate),
                                     ("the source changed in revision ", .revision),
                                     ("accepted in review", .review), ("edited in review", .review)] {
                try db.execute(sql: "UPDATE status_change SET origin = ? WHERE substr(comment, 1, ?) = ?",
                               arguments: [origin.rawValue, prefix.count, prefix])
            }
        }

        migrator.registerMigration("v9-document-packages") { db in
            // The bytes of a source document that is a package (a Word .docx): export writes
            // every part that holds no translated text from them, byte for byte. One row per
            // document, replaced by each revision.
            try db.create(table: "document_package") { t in
                t.primaryKey("document_id", .integer).references("document", onDelete: .cascade)
                t.column("bytes", .blob).notNull()
            }
        }

        migrator.registerMigration("v10-people-and-sessions") { db in
            // The team of `hexaglot serve`: who may sign in, with which role and languages.
            try db.create(table: "person") { t in
                t.primaryKey("name", .text)
                // The name folded to lower case (all scripts, not only ASCII): names are unique, and found, by it.
                t.column("name_key", .text).notNull().unique()
                t.column("role", .text).notNull().check(sql: "role IN ('coordinator', 'translator', 'reviewer')")
                // BCP 47 tags, comma-separated (ru,fr-CH); empty for a coordinator.
                t.column("languages", .text).notNull()
                // bcrypt: $2b$cost$salt+hash.
                t.column("password_hash", .text).notNull()
                t.column("created_at", .datetime).notNull()
                t.column("updated_at", .datetime).notNull()
            }
            // Signed-in sessions: only a SHA-256 of each token is stored, so the file never holds a usable token.
            try db.create(table: "session") { t in
                t.primaryKey("token_hash", .text)
                t.column("person", .text).notNull().indexed()
                    .references("person", column: "name", onDelete: .cascade, onUpdate: .cascade)
                t.column("csrf_token", .text).notNull()
                t.column("created_at", .datetime).notNull()
                t.column("expires_at", .datetime).notNull()
            }
        }

        return migrator
    }

    /// The names of the migrations, in order: the schema history both backends share.
    static let names: [String] = PostgresMigrations.all.map(\.name)

    /// The schema generation this Hexaglot writes, kept in `PRAGMA user_version`: one per migration.
    /// A workspace with a higher number was written by a newer Hexaglot.
    static let schemaVersion = 10

    /// The 1-based line of the `title:` key in the front matter at the start of a file, if any.
    static func titleLine(in head: String) -> Int? {
        var lines = head.split(separator: "\n", omittingEmptySubsequences: false).map {
            $0.hasSuffix("\r") ? $0.dropLast() : $0
        }
        if let first = lines.first, first.hasPrefix("\u{FEFF}") { lines[0] = first.dropFirst() }
        guard lines.first?.trimmingTrailingBlanks() == "---" else { return nil }
        for (k, line) in lines.enumerated().dropFirst() {
            let bare = line.trimmingTrailingBlanks()
            if bare == "---" || bare == "..." { return nil }
            if line.hasPrefix("title:") { return k + 1 }
        }
        return nil
    }
}

private extension Substring {
    func trimmingTrailingBlanks() -> Substring {
        var s = self
        while let last = s.last, last == " " || last == "\t" { s.removeLast() }
        return s
    }
}
