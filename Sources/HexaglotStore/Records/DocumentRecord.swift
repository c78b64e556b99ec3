import Foundation
import GRDB
import HexaglotCore

/// A row of `document`: one source document in its current revision.
struct DocumentRecord: Codable, FetchableRecord, MutablePersistableRecord {
    static let databaseTableName = "document"
    static let databaseColumnDecodingStrategy = DatabaseColumnDecodingStrategy.convertFromSnakeCase
    static let databaseColumnEncodingStrategy = DatabaseColumnEncodingStrategy.convertToSnakeCase

    var id: Int64?
    var reference: String
    var kind: String
    var title: String
    var date: String?
    var sourceLanguage: String
    var sourceTag: String
    var format: String
    var revision: Int
    var sourcePath: String?
    var sourceHash: String
    var skeleton: Skeleton
    var extra: [String: String]
    var importedAt: Date
    var updatedAt: Date

    mutating func didInsert(_ inserted: InsertionSuccess) { id = inserted.rowID }

    var metadata: DocumentMetadata {
        DocumentRecord.metadata(reference: reference, kind: kind, title: title, date: date,
                                sourceLanguage: sourceLanguage, sourceTag: sourceTag, extra: extra)
    }

    /// The metadata of a document row's columns (also read without the rest of the row).
    static func metadata(reference: String, kind: String, title: String, date: String?,
                         sourceLanguage: String, sourceTag: String, extra: [String: String]) -> DocumentMetadata {
        DocumentMetadata(reference: reference,
                         kind: DocumentKind(rawValue: kind) ?? .other,
                         title: title, date: date,
                         sourceLanguage: (try? LanguageTag(parsing: sourceTag)) ?? LanguageTag(Language(rawValue: sourceLanguage) ?? .en),
                         extra: extra)
    }

    var language: Language { Language(rawValue: sourceLanguage) ?? .en }
}

extension DocumentRecord {
    /// The record from a `SELECT *` row on either backend.
    init(_ row: SQLRow) throws {
        id = row.int64("id")
        reference = try row.required("reference", row.string)
        kind = try row.required("kind", row.string)
        title = try row.required("title", row.string)
        date = row.string("date")
        sourceLanguage = try row.required("source_language", row.string)
        sourceTag = try row.required("source_tag", row.string)
        format = try row.required("format", row.string)
        revision = try row.required("revision", row.int)
        sourcePath = row.string("source_path")
        sourceHash = try row.required("source_hash", row.string)
        skeleton = try row.json("skeleton")
        extra = try row.json("extra")
        importedAt = try row.required("imported_at", row.date)
        updatedAt = try row.required("updated_at", row.date)
    }
}
