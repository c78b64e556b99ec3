import Foundation
import HexaglotCore

/// How far one document has come in one language.
public struct LanguageCoverage: Hashable, Codable, Sendable {
    /// True for the document's own language: its segments are the source, not translations.
    public var isSource: Bool
    /// Segments per status; segments with no translation count as `new`.
    public var segments: [TranslationStatus: Int]
    /// Source words per status (Chinese counted by character), the measure vendors use.
    public var words: [TranslationStatus: Int]
    /// Share of the source words whose translation is translated, reviewed or approved, 0–100.
    public var percent: Double

    public func segments(_ status: TranslationStatus) -> Int { segments[status] ?? 0 }
    public func words(_ status: TranslationStatus) -> Int { words[status] ?? 0 }
}

/// The coverage of one document in the six languages.
public struct DocumentCoverage: Hashable, Codable, Sendable {
    public var reference: String
    public var kind: DocumentKind
    public var title: String
    public var sourceLanguage: Language
    public var revision: Int
    public var segments: Int
    public var words: Int
    public var languages: [Language: LanguageCoverage]
}

extension Workspace {
    /// The coverage of every document (or those of `kind`) in each of the six languages,
    /// ordered by reference in `language`'s collation.
    public func coverage(kind: DocumentKind? = nil, collatedIn language: Language = .en) throws -> [DocumentCoverage] {
        let summaries = try documents(collatedIn: language).filter { kind == nil || $0.kind == kind }
        return try sqlRead { db in
            // Per document, language and status: segment and source-word totals of live segments.
            let rows = try db.rows("""
                SELECT d.reference AS reference, t.language AS language, t.status AS status,
                       COUNT(*) AS segments, SUM(s.word_count) AS words
                FROM translation t
                JOIN segment s ON s.id = t.segment_id AND s.archived_in_revision IS NULL
                JOIN document d ON d.id = s.document_id
                GROUP BY d.id, t.language, t.status
                """)
            var counts: [String: [Language: [TranslationStatus: (Int, Int)]]] = [:]
            for row in rows {
                guard let lang = row.string("language").flatMap(Language.init(rawValue:)),
                      let status = row.string("status").flatMap(TranslationStatus.init(rawValue:)),
                      let reference = row.string("reference") else { continue }
                counts[reference, default: [:]][lang, default: [:]][status] = (row.int("segments") ?? 0, row.int("words") ?? 0)
            }
            return summaries.map { doc in
                var languages: [Language: LanguageCoverage] = [:]
                for lang in Language.allCases {
                    if lang == doc.sourceLanguage {
                        languages[lang] = LanguageCoverage(isSource: true, segments: [:], words: [:], percent: 100)
                        continue
                    }
                    var segs: [TranslationStatus: Int] = [:]
                    var words: [TranslationStatus: Int] = [:]
                    for (status, c) in counts[doc.reference]?[lang] ?? [:] {
                        segs[status, default: 0] += c.0
                        words[status, default: 0] += c.1
                    }
                    segs[.new, default: 0] += doc.segments - segs.values.reduce(0, +)
                    words[.new, default: 0] += doc.words - words.values.reduce(0, +)
                    let done = TranslationStatus.allCases.filter(\.isDone).reduce(0) { $0 + (words[$1] ?? 0) }
                    let percent = doc.words == 0 ? 100 : Double(done) * 100 / Double(doc.words)
                    languages[lang] = LanguageCoverage(isSource: false, segments: segs, words: words, percent: percent)
                }
                return DocumentCoverage(reference: doc.reference, kind: doc.kind, title: doc.title,
                                        sourceLanguage: doc.sourceLanguage, revision: doc.revision,
                                        segments: doc.segments, words: doc.words, languages: languages)
            }
        }
    }
}
