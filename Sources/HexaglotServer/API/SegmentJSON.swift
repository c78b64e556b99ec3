import Foundation
import HexaglotCore
import HexaglotStore

/// One segment in one target language: its source and target, status and version.
///
/// Texts come three ways: `source`/`target` in the document's markup (what a save sends back),
/// `sourceTagged`/`targetTagged` with inline codes as `{1}…{/1}` (as CAT tools show them), and
/// `sourceContent`/`targetContent` as runs of text and codes (for chips in an editor).
struct SegmentJSON: Codable, Sendable {
    /// From 1; 0 is the document's title.
    var number: Int
    var blockKind: String
    var line: Int
    var words: Int
    var source: String
    var sourceTagged: String
    var sourceContent: Content
    var target: String?
    var targetTagged: String?
    var targetContent: Content?
    var status: String
    /// The translation's version, 0 when there is none: a save sends it back as `expectedVersion`.
    var version: Int
    var author: String?
    var updatedAt: Date?
    /// The memory match a pretranslated draft came from.
    var matchScore: Int?
    var matchOrigin: String?
    /// The source text before the last revision changed it (the translation is then outdated).
    var sourceBefore: String?

    init(_ v: SegmentView) {
        number = v.segment.number
        blockKind = v.segment.blockKind.rawValue
        line = v.segment.line
        words = v.words
        source = v.segment.content.markup
        sourceTagged = v.segment.content.tagged
        sourceContent = v.segment.content
        target = v.translation?.content.markup
        targetTagged = v.translation?.content.tagged
        targetContent = v.translation?.content
        status = v.status.rawValue
        version = v.translation?.version ?? 0
        author = v.translation?.author
        updatedAt = v.translation?.updatedAt
        matchScore = v.translation?.matchScore
        matchOrigin = v.translation?.matchOrigin
        sourceBefore = v.sourceChange?.before.markup
    }
}

/// The answer of `GET /api/documents/{reference}/{language}/segments`.
struct SegmentListJSON: Codable, Sendable {
    var reference: String
    var title: String
    var sourceLanguage: String
    /// The target language's BCP 47 tag as asked for.
    var language: String
    /// True for a language written right to left (Arabic).
    var rightToLeft: Bool
    var segments: [SegmentJSON]
}
