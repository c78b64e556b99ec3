import Foundation
import GRDB
import HexaglotCore

/// A row of `translation`: a segment's text and status in one target language.
struct TranslationRecord: Codable, FetchableRecord, MutablePersistableRecord {
    static let databaseTableName = "translation"
    static let databaseColumnDecodingStrategy = DatabaseColumnDecodingStrategy.convertFromSnakeCase
    static let databaseColumnEncodingStrategy = DatabaseColumnEncodingStrategy.convertToSnakeCase

    var id: Int64?
    var segmentId: Int64
    var language: String
    var tag: String
    var content: Content
    var plainText: String
    var matchingKey: String
    var status: String
    var author: String?
    var updatedAt: Date
    var version: Int
    /// The memory match a pretranslated draft came from: its score and where the unit came from.
    var matchScore: Int? = nil
    var matchOrigin: String? = nil

    mutating func didInsert(_ inserted: InsertionSuccess) { id = inserted.rowID }

    var translationStatus: TranslationStatus { TranslationStatus(rawValue: status) ?? .new }
}

/// A row of `status_change`: the history of a translation.
struct StatusChangeRecord: Codable, FetchableRecord, MutablePersistableRecord {
    static let databaseTableName = "status_change"
    static let databaseColumnDecodingStrategy = DatabaseColumnDecodingStrategy.convertFromSnakeCase
    static let databaseColumnEncodingStrategy = DatabaseColumnEncodingStrategy.convertToSnakeCase

    var id: Int64?
    var segmentId: Int64
    var language: String
    var fromStatus: String?
    var toStatus: String
    var textBefore: String?
    var textAfter: String?
    var author: String?
    var comment: String?
    var at: Date
    /// A ``ChangeOrigin`` raw value (migration v8).
    var origin: String

    mutating func didInsert(_ inserted: InsertionSuccess) { id = inserted.rowID }
}

/// A row of `target_file`: what a language's file of a document looked like when imported.
struct TargetFileRecord: Codable, FetchableRecord, PersistableRecord {
    static let databaseTableName = "target_file"
    static let databaseColumnDecodingStrategy = DatabaseColumnDecodingStrategy.convertFromSnakeCase
    static let databaseColumnEncodingStrategy = DatabaseColumnEncodingStrategy.convertToSnakeCase

    var documentId: Int64
    var language: String
    var tag: String
    var frontMatter: String?
    var path: String?
    var hash: String
}

extension TranslationRecord {
    /// The record from a `SELECT *` row on either backend.
    init(_ row: SQLRow) throws {
        id = row.int64("id")
        segmentId = try row.required("segment_id", row.int64)
        language = try row.required("language", row.string)
        tag = try row.required("tag", row.string)
        content = try row.json("content")
        plainText = try row.required("plain_text", row.string)
        matchingKey = try row.required("matching_key", row.string)
        status = try row.required("status", row.string)
        author = row.string("author")
        updatedAt = try row.required("updated_at", row.date)
        version = try row.required("version", row.int)
        matchScore = row.int("match_score")
        matchOrigin = row.string("match_origin")
    }
}
