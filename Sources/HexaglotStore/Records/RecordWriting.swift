import Foundation
import HexaglotCore

/// A record the store writes through ``SQLDatabase``: its table and its columns but the id,
/// one list for inserting and updating alike.
protocol SQLWritableRecord {
    static var tableName: String { get }
    /// The row's values by column name, without `id`.
    func sqlColumns() throws -> [(String, SQLValue)]
}

extension SQLDatabase {
    /// Inserts a record and returns its new id.
    func insert(_ record: some SQLWritableRecord) throws -> Int64 {
        let columns = try record.sqlColumns()
        return try insertReturningID(
            "INSERT INTO \(type(of: record).tableName) (\(columns.map(\.0).joined(separator: ", "))) VALUES (\(placeholders(columns.count)))",
            columns.map(\.1))
    }

    /// Rewrites the row `id` of a record's table with its columns.
    func update(_ record: some SQLWritableRecord, id: Int64) throws {
        let columns = try record.sqlColumns()
        try execute("UPDATE \(type(of: record).tableName) SET \(columns.map { "\($0.0) = ?" }.joined(separator: ", ")) WHERE id = ?",
                    columns.map(\.1) + [.integer(id)])
    }

    /// `?, ?, …` for `count` values.
    func placeholders(_ count: Int) -> String {
        Array(repeating: "?", count: count).joined(separator: ", ")
    }

    /// ` FOR UPDATE` on PostgreSQL, where a write transaction locks the rows it read to change
    /// (so that two writers of one row take turns); nothing on SQLite, whose write transactions
    /// already take turns as a whole.
    var lockingRows: String { dialect == .postgres ? " FOR UPDATE" : "" }
}

/// JSON columns as the store writes them: keys sorted, as GRDB writes its records' JSON, so a
/// value reads back alike whichever path wrote it.
enum StoredJSON {
    static func text<T: Encodable>(_ value: T) throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = .sortedKeys
        return String(decoding: try encoder.encode(value), as: UTF8.self)
    }
}

extension DocumentRecord: SQLWritableRecord {
    static var tableName: String { databaseTableName }

    func sqlColumns() throws -> [(String, SQLValue)] {
        [("reference", reference.sqlValue), ("kind", kind.sqlValue), ("title", title.sqlValue), ("date", date.sqlValue),
         ("source_language", sourceLanguage.sqlValue), ("source_tag", sourceTag.sqlValue), ("format", format.sqlValue),
         ("revision", revision.sqlValue), ("source_path", sourcePath.sqlValue), ("source_hash", sourceHash.sqlValue),
         ("skeleton", .text(try StoredJSON.text(skeleton))), ("extra", .text(try StoredJSON.text(extra))),
         ("imported_at", importedAt.sqlValue), ("updated_at", updatedAt.sqlValue)]
    }
}

extension SegmentRecord: SQLWritableRecord {
    static var tableName: String { databaseTableName }

    func sqlColumns() throws -> [(String, SQLValue)] {
        [("document_id", documentId.sqlValue), ("position", position.sqlValue), ("block", block.sqlValue),
         ("block_kind", blockKind.sqlValue), ("line", line.sqlValue), ("content", .text(try StoredJSON.text(content))),
         ("plain_text", plainText.sqlValue), ("matching_key", matchingKey.sqlValue), ("word_count", wordCount.sqlValue),
         ("previous_key", previousKey.sqlValue), ("next_key", nextKey.sqlValue),
         ("added_in_revision", addedInRevision.sqlValue), ("archived_in_revision", archivedInRevision.map(Int64.init).sqlValue)]
    }
}

extension TranslationRecord: SQLWritableRecord {
    static var tableName: String { databaseTableName }

    func sqlColumns() throws -> [(String, SQLValue)] {
        [("segment_id", segmentId.sqlValue), ("language", language.sqlValue), ("tag", tag.sqlValue),
         ("content", .text(try StoredJSON.text(content))), ("plain_text", plainText.sqlValue),
         ("matching_key", matchingKey.sqlValue), ("status", status.sqlValue), ("author", author.sqlValue),
         ("updated_at", updatedAt.sqlValue), ("version", version.sqlValue),
         ("match_score", matchScore.map(Int64.init).sqlValue), ("match_origin", matchOrigin.sqlValue)]
    }

    /// Inserts the record, or rewrites its row when it has one.
    mutating func save(_ db: any SQLDatabase) throws {
        if let id { try db.update(self, id: id) } else { id = try db.insert(self) }
    }
}

extension StatusChangeRecord: SQLWritableRecord {
    static var tableName: String { databaseTableName }

    func sqlColumns() throws -> [(String, SQLValue)] {
        [("segment_id", segmentId.sqlValue), ("language", language.sqlValue), ("from_status", fromStatus.sqlValue),
         ("to_status", toStatus.sqlValue), ("text_before", textBefore.sqlValue), ("text_after", textAfter.sqlValue),
         ("author", author.sqlValue), ("comment", comment.sqlValue), ("at", at.sqlValue), ("origin", origin.sqlValue)]
    }
}

extension TargetFileRecord {
    /// Stores the record, replacing the row of the same document and language.
    func save(_ db: any SQLDatabase) throws {
        try db.execute("""
            INSERT INTO target_file (document_id, language, tag, front_matter, path, hash) VALUES (?, ?, ?, ?, ?, ?)
            ON CONFLICT (document_id, language) DO UPDATE SET
                tag = excluded.tag, front_matter = excluded.front_matter, path = excluded.path, hash = excluded.hash
            """, documentId, language, tag, frontMatter, path, hash)
    }
}
