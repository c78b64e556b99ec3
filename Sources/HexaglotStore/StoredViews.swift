import Foundation
import HexaglotCore

/// A document as `list` shows it.
public struct DocumentSummary: Hashable, Codable, Sendable {
    public var reference: String
    public var kind: DocumentKind
    public var title: String
    public var date: String?
    public var sourceLanguage: Language
    public var revision: Int
    public var segments: Int
    public var words: Int
    public var path: String?
}

/// A translation as it stands in the store.
public struct StoredTranslation: Hashable, Codable, Sendable {
    public var language: LanguageTag
    public var content: Content
    public var status: TranslationStatus
    public var author: String?
    public var updatedAt: Date
    /// Bumped by every change; pass it back to detect a concurrent change.
    public var version: Int
    /// For a draft filled in from the memory: the match's score and where its unit came from.
    public var matchScore: Int? = nil
    public var matchOrigin: String? = nil
}

/// A live segment with its word count and its translation into one language, if any.
public struct SegmentView: Hashable, Codable, Sendable {
    public var segment: Segment
    public var words: Int
    public var matchingKey: String
    public var translation: StoredTranslation?
    /// The last revision that changed this segment's source, with the text before, when one did.
    public var sourceChange: SourceChange? = nil

    /// The status in the target language: `new` where nothing is stored.
    public var status: TranslationStatus { translation?.status ?? .new }
}

/// A change a revision made to a segment's source text (its translations then became outdated).
public struct SourceChange: Hashable, Codable, Sendable {
    public var revision: Int
    public var before: Content
    /// How alike the old and new texts are, 0–100.
    public var similarity: Int
}

/// What importing a source document did.
public enum DocumentImportOutcome: Hashable, Sendable {
    /// A new document with this many segments.
    case created(segments: Int)
    /// The same text was already stored: nothing changed.
    case unchanged
    /// A new revision: segments kept (with their translations), changed (their translations
    /// now outdated), added, and archived.
    case revised(revision: Int, kept: Int, changed: Int, added: Int, archived: Int)
}

/// What importing a translated file did.
public struct TranslationImportOutcome: Hashable, Codable, Sendable {
    /// Segments that had no translation before.
    public var added = 0
    /// Segments whose translation text changed.
    public var updated = 0
    /// Segments whose stored translation already had this text.
    public var unchanged = 0
    /// Segments left as their source text in a file not marked complete: not translated yet.
    public var untranslated = 0

    public init() {}
    public var changed: Bool { added + updated > 0 }
}
