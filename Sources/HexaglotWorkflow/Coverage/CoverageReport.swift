import HexaglotCore
import HexaglotStore

/// The `--json` form of `coverage`: documented in README.md.
public struct CoverageReport: Codable, Hashable, Sendable {
    public struct Counts: Codable, Hashable, Sendable {
        public var new, draft, translated, reviewed, approved, outdated, rejected: Int
        init(_ values: [TranslationStatus: Int]) {
            new = values[.new] ?? 0; draft = values[.draft] ?? 0; translated = values[.translated] ?? 0
            reviewed = values[.reviewed] ?? 0; approved = values[.approved] ?? 0
            outdated = values[.outdated] ?? 0; rejected = values[.rejected] ?? 0
        }
    }
    public struct LanguageEntry: Codable, Hashable, Sendable {
        public var language: String
        public var isSource: Bool
        public var percent: Double
        public var segments: Counts?
        public var words: Counts?
    }
    public struct DocumentEntry: Codable, Hashable, Sendable {
        public var reference: String
        public var kind: String
        public var title: String
        public var sourceLanguage: String
        public var revision: Int
        public var segments: Int
        public var words: Int
        public var languages: [LanguageEntry]
    }
    public var documents: [DocumentEntry]

    public init(_ rows: [DocumentCoverage], languages: [Language], keep: (DocumentCoverage, Language) -> Bool = { _, _ in true }) {
        documents = rows.map { row in
            DocumentEntry(reference: row.reference, kind: row.kind.rawValue, title: row.title,
                          sourceLanguage: row.sourceLanguage.rawValue, revision: row.revision,
                          segments: row.segments, words: row.words,
                          languages: languages.filter { keep(row, $0) }.map { l in
                              let c = row.languages[l]!
                              return LanguageEntry(language: l.rawValue, isSource: c.isSource,
                                                   percent: (c.percent * 10).rounded() / 10,
                                                   segments: c.isSource ? nil : Counts(c.segments),
                                                   words: c.isSource ? nil : Counts(c.words))
                          })
        }
    }
}

/// The `--json` form of `coverage --html FILE`: the file written and how many documents it shows.
public struct CoverageHTMLReport: Codable, Hashable, Sendable {
    public var html: String
    public var documents: Int

    public init(html: String, documents: Int) {
        self.html = html
        self.documents = documents
    }
}
