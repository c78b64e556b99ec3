/// What sort of text a document is.
public enum DocumentKind: String, Codable, Sendable, CaseIterable {
    case letter, post, other

    public init(parsing text: String) throws {
        guard let kind = DocumentKind(rawValue: text.trimmingWhitespace().lowercased()) else {
            throw CoreError(.unknownDocumentKind, "unknown document kind \(Quote.user(text)): expected letter, post or other")
        }
        self = kind
    }
}

/// Facts about a document, read from its front matter.
public struct DocumentMetadata: Hashable, Codable, Sendable {
    /// The document's reference, such as `CL-19/73`: unique in a workspace.
    public var reference: String
    public var kind: DocumentKind
    public var title: String
    /// The date as written in ISO 8601 (`2019-12-24`), when known.
    public var date: String?
    public var sourceLanguage: LanguageTag
    /// Any other front-matter keys, kept as text.
    public var extra: [String: String]

    public init(reference: String, kind: DocumentKind, title: String, date: String? = nil,
                sourceLanguage: LanguageTag, extra: [String: String] = [:]) {
        self.reference = reference
        self.kind = kind
        self.title = title
        self.date = date
        self.sourceLanguage = sourceLanguage
        self.extra = extra
    }
}

/// A segmented document: metadata, a skeleton, and the segments the skeleton points to.
public struct Document: Hashable, Codable, Sendable {
    public var metadata: DocumentMetadata
    /// The name of the file format that parsed it and can write it back (`markdown`, `text`).
    public var format: String
    public var skeleton: Skeleton
    /// The body's segments, indexed as the skeleton points to them.
    public var segments: [Segment]
    /// The title as a translatable segment (segment 0), when the front matter gives one. It is
    /// not in the skeleton: `export` writes it (or its translation) into the front matter.
    public var titleSegment: Segment?

    public init(metadata: DocumentMetadata, format: String, skeleton: Skeleton, segments: [Segment],
                titleSegment: Segment? = nil) {
        self.metadata = metadata
        self.format = format
        self.skeleton = skeleton
        self.segments = segments
        self.titleSegment = titleSegment
    }

    /// Rebuilds the file with each segment's content taken from `content` (nil keeps the source).
    public func render(_ content: (Segment) -> Content? = { _ in nil }) -> String {
        skeleton.render { i in
            let segment = segments[i]
            return (content(segment) ?? segment.content).markup
        }
    }
}
