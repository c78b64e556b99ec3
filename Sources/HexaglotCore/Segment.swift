/// The kind of block a segment comes from, for context and for matching structures.
public enum BlockKind: String, Codable, Sendable, CaseIterable {
    case heading, paragraph, listItem, quote, tableCell, other
    /// The document's title, from its front matter: segment 0 (index -1), outside the skeleton.
    case title
}

/// One translatable unit of a document: usually a sentence, sometimes a heading or a line.
public struct Segment: Hashable, Codable, Sendable {
    /// Position in the document, from 0; shown to people as `index + 1`. The title segment
    /// (``BlockKind/title``) has index -1: it is segment 0, so body segments keep their numbers.
    public var index: Int
    /// Text and inline codes, NFC-normalised.
    public var content: Content
    /// Which block of the document the segment belongs to (0-based); segments of one paragraph share it.
    public var block: Int
    public var blockKind: BlockKind
    /// The 1-based line in the source file where the segment starts.
    public var line: Int

    public init(index: Int, content: Content, block: Int, blockKind: BlockKind, line: Int) {
        self.index = index
        self.content = content
        self.block = block
        self.blockKind = blockKind
        self.line = line
    }

    /// The segment number people see (1-based; 0 for the title).
    public var number: Int { index + 1 }

    /// The title segment of a document whose front matter gives `title` (plain text, no markup).
    public static func title(_ text: String, line: Int) -> Segment {
        Segment(index: titleIndex, content: Content([.text(text)]), block: -1, blockKind: .title, line: line)
    }

    /// The index of the title segment.
    public static let titleIndex = -1
}
