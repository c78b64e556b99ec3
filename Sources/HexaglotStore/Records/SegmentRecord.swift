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
