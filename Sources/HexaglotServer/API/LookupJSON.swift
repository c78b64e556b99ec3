import HexaglotMemory
import HexaglotQA
import HexaglotWorkflow

/// The answer of `GET …/terms`: glossary terms found in the segment's source.
struct TermsJSON: Codable, Sendable {
    var terms: [GlossaryHints.Hint]
}

/// The answer of `GET …/findings`: the QA findings on the segment's translation.
struct FindingsJSON: Codable, Sendable {
    var findings: [QAFinding]
}

/// One concordance hit: a memory text holding the phrase, with its translations.
struct ConcordanceHitJSON: Codable, Sendable {
    var language: String
    var text: String
    /// The text with the phrase marked.
    var highlighted: String
    var translations: [ConcordanceTranslationJSON]
    var origin: String?
    var document: String?
    var segment: Int?

    init(_ h: ConcordanceHit) {
        language = h.language.tag
        text = h.text.tagged
        highlighted = h.highlighted
        translations = h.translations.map { ConcordanceTranslationJSON(language: $0.language.tag, text: $0.content.tagged) }
        origin = h.origin
        document = h.document
        segment = h.segment
    }
}

struct ConcordanceTranslationJSON: Codable, Sendable {
    var language: String
    var text: String
}

struct ConcordanceJSON: Codable, Sendable {
    var query: String
    var hits: [ConcordanceHitJSON]
}
