import HexaglotCore
import HexaglotStore

/// A document as `/api/documents` lists it.
struct DocumentJSON: Codable, Sendable {
    var reference: String
    var kind: String
    var title: String
    var date: String?
    /// The source language's BCP 47 tag.
    var sourceLanguage: String
    var revision: Int
    var segments: Int
    var words: Int

    init(_ d: DocumentSummary) {
        reference = d.reference
        kind = d.kind.rawValue
        title = d.title
        date = d.date
        sourceLanguage = d.sourceLanguage.rawValue
        revision = d.revision
        segments = d.segments
        words = d.words
    }
}

/// The answer of `GET /api/documents`.
struct DocumentListJSON: Codable, Sendable {
    var documents: [DocumentJSON]
}
