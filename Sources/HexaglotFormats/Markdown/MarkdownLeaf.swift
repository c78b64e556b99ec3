import HexaglotCore

/// One line of a leaf block: skeleton around it, and the inline content in between.
struct LeafLine {
    /// Container markers and indentation before the content (`> `, `- `, `## `, spaces).
    var prefix: Substring
    /// The inline content, trailing spaces included (they may make a hard line break).
    var content: Substring
    /// Markup after the content on this line (a heading's closing `#`s).
    var suffix: Substring
    /// The line ending (`""` inside a table row or on a last line without one).
    var ending: Substring
    var number: Int

    /// The line's bytes, whole.
    var whole: String { String(prefix) + String(content) + String(suffix) + String(ending) }
}

/// A block whose inline content is translated: a paragraph, heading, list item paragraph,
/// quoted paragraph or table cell.
struct LeafBlock {
    var kind: BlockKind
    var lines: [LeafLine]
}

/// What the block parser produces, in file order: skeleton text and leaf blocks.
enum BlockEvent {
    case literal(Substring)
    case leaf(LeafBlock)
}
