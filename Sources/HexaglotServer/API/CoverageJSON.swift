import HexaglotCore
import HexaglotStore

/// Coverage of one document in one language: segments and words per status (drafts included).
struct LanguageCoverageJSON: Codable, Sendable {
    var isSource: Bool
    /// Share of words translated, reviewed or approved, 0–100.
    var percent: Double
    var segments: [String: Int]
    var words: [String: Int]

    init(_ c: LanguageCoverage) {
        isSource = c.isSource
        percent = c.percent
        segments = Dictionary(uniqueKeysWithValues: TranslationStatus.allCases.map { ($0.rawValue, c.segments($0)) })
        words = Dictionary(uniqueKeysWithValues: TranslationStatus.allCases.map { ($0.rawValue, c.words($0)) })
    }
}

/// One row of the coverage heat map: a document and its six languages.
struct DocumentCoverageJSON: Codable, Sendable {
    var reference: String
    var kind: String
    var title: String
    var sourceLanguage: String
    var revision: Int
    var segments: Int
    var words: Int
    /// Keyed by language code (ar, zh, en, fr, ru, es).
    var languages: [String: LanguageCoverageJSON]

    init(_ d: DocumentCoverage) {
        reference = d.reference
        kind = d.kind.rawValue
        title = d.title
        sourceLanguage = d.sourceLanguage.rawValue
        revision = d.revision
        segments = d.segments
        words = d.words
        languages = Dictionary(uniqueKeysWithValues: d.languages.map { ($0.key.rawValue, LanguageCoverageJSON($0.value)) })
    }
}

struct CoverageJSON: Codable, Sendable {
    var documents: [DocumentCoverageJSON]
}
