import GRDB
import HexaglotCore

/// A row of `segment`: one source segment, live in the current revision or archived.
struct SegmentRecord: Codable, FetchableRecord, MutablePersistableRecord {
    static let databaseTableName = "segment"
    static let databaseColumnDecodingStrategy = DatabaseColumnDecodingStrategy.convertFromSnakeCase
    static let databaseColumnEncodingStrategy = DatabaseColumnEncodingStrategy.convertToSnakeCase

    var id: Int64?
    var documentId: Int64
    var position: Int
    var block: Int
    var blockKind: String
    var line: Int
    var content: Content
    var plainText: String
    var matchingKey: String
    var wordCount: Int
    var previousKey: String?
    var nextKey: String?
    var addedInRevision: Int
    var archivedInRevision: Int?

    mutating func didInsert(_ inserted: InsertionSuccess) { id = inserted.rowID }

    var segment: Segment {
        Segment(index: position, content: content, block: block,
                blockKind: BlockKind(rawValue: blockKind) ?? .other, line: line)
    }
}

extension SegmentRecord {
    /// The record from a `SELECT *` row on either backend.
    init(_ row: SQLRow) throws {
        id = row.int64("id")
        documentId = try row.required("document_id", row.int64)
        position = try row.required("position", row.int)
        block = try row.required("block", row.int)
        blockKind = try row.required("block_kind", row.string)
        line = try row.required("line", row.int)
        content = try row.json("content")
        plainText = try row.required("plain_text", row.string)
        matchingKey = try row.required("matching_key", row.string)
        wordCount = try row.required("word_count", row.int)
        previousKey = row.string("previous_key")
        nextKey = row.string("next_key")
        addedInRevision = try row.required("added_in_revision", row.int)
        archivedInRevision = row.int("archived_in_revision")
    }
}
