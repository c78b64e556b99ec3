/// One piece of an HTML file as ``HTMLTokenizer`` cuts it, with its place in the file.
///
/// Ranges are offsets into the file's Unicode scalars; the tokens of a file cover it
/// exactly, in order, with no gap and no overlap.
struct HTMLToken {
    enum Kind {
        /// Character data between tags (character references not yet decoded).
        case text
        /// A start tag, its attributes parsed.
        case startTag(HTMLTag)
        /// An end tag, its name in lower case (attributes, if any, ignored as HTML does).
        case endTag(String)
        /// A comment, or what HTML reads as one (`<!x>`, `<?x>`, `</1>`, a CDATA section).
        case comment
        /// `<!DOCTYPE …>`.
        case doctype
        /// The content of `script`, `style` and the other raw text elements: never read.
        case rawText
        /// The content of `title` or `textarea`: text with character references, no tags.
        case rcdata
        /// Markup cut short by the end of the file (a tag or comment never closed): kept as it is.
        case unterminated
    }

    var kind: Kind
    var range: Range<Int>
}

/// A start tag: its name in lower case, its attributes in file order.
struct HTMLTag {
    var name: String
    var attributes: [HTMLAttribute]
    /// Written `<br/>`: ends in `/>`.
    var selfClosing: Bool

    /// The first attribute called `name` (lower case), as HTML keeps the first of duplicates.
    func attribute(_ name: String) -> HTMLAttribute? { attributes.first { $0.name == name } }
}

/// One attribute of a start tag.
struct HTMLAttribute {
    /// Lower case.
    var name: String
    /// The value's scalars as written, inside the quotes if any; nil for an attribute with no `=`.
    var valueRange: Range<Int>?
    /// `"` or `'`, or nil for an unquoted value.
    var quote: Unicode.Scalar?
}
