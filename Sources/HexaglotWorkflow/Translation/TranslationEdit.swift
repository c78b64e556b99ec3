import Foundation
import HexaglotCore
import HexaglotFormats
import HexaglotQA
import HexaglotStore

/// The translation of one segment, written in the document's own markup (Markdown for letters
/// and posts: **bold**, links and `code` become the same inline codes as in the source), stored
/// and recorded in the segment's history.
///
/// A Word document's markup is not typed: its translation is written with the tags `show`
/// prints (`{1}…{/1}`, `{1/}`), which take the source segment's codes (``TaggedText``).
public struct TranslationEdit: Sendable {
    public var reference: String
    /// The segment number, from 1 (0 is the title).
    public var segment: Int
    public var language: LanguageTag
    /// The text as typed, in the document's markup (tags for a Word document); blanks at the
    /// ends are trimmed.
    public var text: String
    public var status: TranslationStatus
    public var author: String?
    public var comment: String?
    /// Store only if the translation is still at this version (0 when there was none).
    public var expectedVersion: Int?
    public var origin: ChangeOrigin
    /// Whether inline codes that do not match the source's refuse the save.
    public var codes: CodeRule

    /// What a save does with inline codes that do not match the source segment's.
    public enum CodeRule: Sendable {
        /// Stores the text; the `codes` QA check reports the difference afterwards (the terminal's
        /// `translate`, where a person reads the findings).
        case reportAfter
        /// Refuses the text, storing nothing, when a code of the source is missing (and may not be
        /// left out), is there twice, is not in the source, or is unpaired: the web workspace,
        /// whose editor shows codes as chips that can be moved but not lost, so a request that
        /// loses one did not come from it.
        case require
    }

    public init(reference: String, segment: Int, language: LanguageTag, text: String, status: TranslationStatus = .translated,
                author: String?, comment: String? = nil, expectedVersion: Int? = nil, origin: ChangeOrigin = .edit,
                codes: CodeRule = .reportAfter) {
        self.reference = reference
        self.segment = segment
        self.language = language
        self.text = text
        self.status = status
        self.author = author
        self.comment = comment
        self.expectedVersion = expectedVersion
        self.origin = origin
        self.codes = codes
    }

    /// What was stored.
    public struct Saved: Sendable {
        /// The document's reference as stored (`CL-19/73` for `CL-19-73`).
        public var reference: String
        public var content: Content
    }

    /// Parses the text and stores it; a version that moved on is a ``StoreError/Code/conflict``.
    public func save(_ workspace: Workspace) throws -> Saved {
        let document = try workspace.document(reference)
        let content = try TranslationEdit.content(of: text, in: document, segment: segment,
                                                  language: language.language, codes: codes)
        try workspace.setTranslation(of: document.metadata.reference, segment: segment, language: language,
                                     content: content, status: status, author: author, comment: comment,
                                     expectedVersion: expectedVersion, origin: origin)
        return Saved(reference: document.metadata.reference, content: content)
    }

    /// `text` read in the markup of `document`'s format, as the content of segment `segment`
    /// (by number); an empty text or one holding a control character (but line feed and tab) is
    /// refused, and so are codes that do not match the source's when `codes` is ``CodeRule/require``.
    /// For a package format (Word), `{1}…{/1}` and `{1/}` take that source segment's codes; a tag
    /// naming none of them stays text.
    public static func content(of text: String, in document: Document, segment: Int, language: Language,
                               codes: CodeRule = .reportAfter) throws -> Content {
        guard let format = FormatRegistry.format(named: document.format) else {
            throw WorkflowError(.badInput, "\(document.metadata.reference): stored in an unknown format '\(document.format)'")
        }
        let trimmed = text.trimmingCharacters(in: .whitespacesAndNewlines)
        guard !trimmed.isEmpty else {
            throw WorkflowError(.badInput, "the translation is empty; nothing was stored")
        }
        guard !trimmed.unicodeScalars.contains(where: { $0.properties.generalCategory == .control && $0 != "\n" && $0 != "\t" }) else {
            throw WorkflowError(.badInput, "the translation holds a control character; nothing was stored")
        }
        let source = (document.segments + [document.titleSegment].compactMap { $0 }).first { $0.number == segment }
        let content = format is any PackageFormat
            ? TaggedText.content(trimmed, codes: source?.content.codes ?? [])
            : try format.parseInline(trimmed, language: language)
        if codes == .require, let source {
            try requireSourceCodes(content, source: source, of: document, language: language)
        }
        return content
    }

    /// Refuses `content` when the `codes` check finds an error against the source segment.
    private static func requireSourceCodes(_ content: Content, source: Segment, of document: Document, language: Language) throws {
        let pair = QAPair(source: source.content, target: content, sourceLanguage: document.metadata.sourceLanguage.language,
                          targetLanguage: language, segment: source.number)
        let problems = InlineCodesCheck().check(pair).filter { $0.severity == .error }.map(\.message)
        guard problems.isEmpty else {
            throw WorkflowError(.badInput, "segment \(source.number) of \(document.metadata.reference): \(problems.joined(separator: "; ")); every inline code of the source must be in the translation once; nothing was stored")
        }
    }
}
