/// A piece of markup inside a segment: the bold marks around a word, a link's brackets
/// and address, an inline code span, an image.
///
/// Codes come as an opening and a closing code sharing one `id` (like XLIFF's `sc`/`ec`,
/// or a `pc` pair), or as a standalone placeholder (XLIFF `ph`). `data` keeps the original
/// markup byte for byte so that export can rebuild the file exactly; `equiv` is what the
/// code stands for in plain text (an escaped `*` stands for `*`, a soft line break for a space).
public struct InlineCode: Hashable, Codable, Sendable {
    /// How a code sits in the text.
    public enum Kind: String, Codable, Sendable {
        /// Opens a span closed by the ``close`` code with the same id.
        case open
        /// Closes the span opened by the ``open`` code with the same id.
        case close
        /// Stands alone: inline code, an image, an autolink, a line break, an escape.
        case placeholder
    }

    /// What the markup means, independent of the file format.
    public enum Role: String, Codable, Sendable, CaseIterable {
        case emphasis, strong, strikethrough, link, image, code, autolink, html
        /// A line break inside a block that does not end the segment (Markdown soft break).
        case lineBreak
        /// A character escaped in the source format (`\*`, `&amp;`).
        case escape
        case other
    }

    /// Pairs an open code with its close code; unique among the codes of one segment's pairs.
    public var id: Int
    public var kind: Kind
    public var role: Role
    /// The markup as it stands in the source file.
    public var data: String
    /// What the code stands for in plain text, if anything.
    public var equiv: String?
    /// Format-specific attributes worth showing or checking (for links and images, `href` and `title`).
    public var attributes: [String: String]
    /// Whether a translation may leave the code out (a soft line break may go; a link may not).
    public var canDelete: Bool

    public init(id: Int, kind: Kind, role: Role, data: String, equiv: String? = nil,
                attributes: [String: String] = [:], canDelete: Bool = false) {
        self.id = id
        self.kind = kind
        self.role = role
        self.data = data
        self.equiv = equiv
        self.attributes = attributes
        self.canDelete = canDelete
    }

    enum CodingKeys: String, CodingKey { case id, kind, role, data, equiv, attributes, canDelete }

    public init(from decoder: Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        id = try c.decode(Int.self, forKey: .id)
        kind = try c.decode(Kind.self, forKey: .kind)
        role = try c.decode(Role.self, forKey: .role)
        data = try c.decode(String.self, forKey: .data)
        equiv = try c.decodeIfPresent(String.self, forKey: .equiv)
        attributes = try c.decodeIfPresent([String: String].self, forKey: .attributes) ?? [:]
        canDelete = try c.decodeIfPresent(Bool.self, forKey: .canDelete) ?? false
    }

    public func encode(to encoder: Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(id, forKey: .id)
        try c.encode(kind, forKey: .kind)
        try c.encode(role, forKey: .role)
        try c.encode(data, forKey: .data)
        try c.encodeIfPresent(equiv, forKey: .equiv)
        if !attributes.isEmpty { try c.encode(attributes, forKey: .attributes) }
        if canDelete { try c.encode(canDelete, forKey: .canDelete) }
    }
}
