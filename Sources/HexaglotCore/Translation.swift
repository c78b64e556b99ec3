import struct Foundation.Date

/// The translation of one segment into one language, with its status.
public struct Translation: Hashable, Codable, Sendable {
    public var segmentIndex: Int
    public var language: LanguageTag
    public var content: Content
    public var status: TranslationStatus
    /// Who made the last change, as given by `--as`, `HEXAGLOT_USER` or the git user.
    public var author: String?
    public var updatedAt: Date?

    public init(segmentIndex: Int, language: LanguageTag, content: Content, status: TranslationStatus,
                author: String? = nil, updatedAt: Date? = nil) {
        self.segmentIndex = segmentIndex
        self.language = language
        self.content = content
        self.status = status
        self.author = author
        self.updatedAt = updatedAt
    }
}

/// One recorded change of a translation: who, when, from which status to which, and the texts.
public struct StatusChange: Hashable, Codable, Sendable {
    public var reference: String
    public var segmentIndex: Int
    public var language: Language
    public var from: TranslationStatus?
    public var to: TranslationStatus
    public var textBefore: String?
    public var textAfter: String?
    public var author: String?
    public var comment: String?
    public var at: Date
    /// Where the change came from: a person's edit, an import, a pretranslation…
    public var origin: ChangeOrigin

    public init(reference: String, segmentIndex: Int, language: Language, from: TranslationStatus?,
                to: TranslationStatus, textBefore: String?, textAfter: String?, author: String?,
                comment: String?, at: Date, origin: ChangeOrigin = .edit) {
        self.reference = reference
        self.segmentIndex = segmentIndex
        self.language = language
        self.from = from
        self.to = to
        self.textBefore = textBefore
        self.textAfter = textAfter
        self.author = author
        self.comment = comment
        self.at = at
        self.origin = origin
    }
}
