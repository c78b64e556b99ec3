import Foundation
import HexaglotCore
import HexaglotMemory
import HexaglotStore

/// One recorded change of a translation as people read it: who, when, the statuses, the texts
/// and, when the text changed, the change word by word (`log --json` prints these keys).
public struct HistoryEntry: Codable, Hashable, Sendable {
    public var reference: String
    /// The segment number (0 is the title).
    public var segment: Int
    public var language: String
    public var from: String?
    public var to: String
    public var textBefore: String?
    public var textAfter: String?
    public var author: String?
    public var comment: String?
    public var at: Date
    /// The change word by word, when the text changed.
    public var diff: TextDiff?
    /// Where the change came from (``ChangeOrigin``): edit, review, import, xliff, pretranslate, revision.
    public var origin: String

    public init(_ change: StatusChange) {
        reference = change.reference
        segment = change.segmentIndex + 1
        language = change.language.rawValue
        from = change.from?.rawValue
        to = change.to.rawValue
        textBefore = change.textBefore
        textAfter = change.textAfter
        author = change.author
        comment = change.comment
        at = change.at
        if let before = change.textBefore, let after = change.textAfter, before != after {
            diff = TextDiff.between(query: after, match: before)
        }
        origin = change.origin.rawValue
    }

    /// The changes of a document (nil: the whole workspace), one segment of it, one language
    /// or one person's, newest first, at most `limit`.
    public static func list(_ workspace: Workspace, reference: String? = nil, segment: Int? = nil,
                            language: Language? = nil, by author: String? = nil, limit: Int = 50) throws -> [HistoryEntry] {
        try workspace.history(of: reference, segment: segment, language: language, by: author, limit: limit)
            .map(HistoryEntry.init)
    }
}
