import HexaglotCore

/// What Hexaglot does with each HTML element and attribute: the one table of it.
enum HTMLElements {
    /// Elements that sit inside running text: their tags become inline codes of the segment.
    /// Every other element's tags end a block of text (`p`, `li`, `div`, `td`, `figure` …).
    static let inline: Set<String> = [
        "a", "abbr", "acronym", "b", "bdi", "bdo", "big", "br", "cite", "code", "data", "del", "dfn", "em", "font",
        "i", "img", "ins", "kbd", "label", "mark", "q", "rp", "rt", "ruby", "s", "samp", "small", "span", "strike",
        "strong", "sub", "sup", "time", "tt", "u", "var", "wbr",
    ]

    /// Elements whose content is never translated (beside the raw text of `script`, `style`
    /// and the like, and comments): preformatted text, code blocks, forms' text areas,
    /// SVG and MathML. An element with `translate="no"` is kept the same way.
    static let untranslated: Set<String> = ["pre", "textarea", "svg", "math", "template"]

    /// The kind of a block of text, by the nearest element that holds it.
    static func blockKind(_ element: String?) -> BlockKind {
        switch element {
        case "h1", "h2", "h3", "h4", "h5", "h6", "title": return .heading
        case "li", "dt", "dd": return .listItem
        case "td", "th": return .tableCell
        case "blockquote": return .quote
        default: return .paragraph
        }
    }

    /// Elements a start tag of the same group closes when still open (`<li>a<li>b`), as HTML does.
    static let closesSibling: [String: Set<String>] = [
        "li": ["li"], "dt": ["dt", "dd"], "dd": ["dt", "dd"], "td": ["td", "th"], "th": ["td", "th"],
        "tr": ["tr", "td", "th"], "option": ["option"],
    ]

    /// Attributes whose text is translated, each as a segment of its own, on any element.
    static let translatableAttributes: Set<String> = ["alt", "title", "placeholder", "aria-label"]

    /// `<meta>` elements whose `content` is translated, by `name` or `property`.
    static let translatableMeta: Set<String> = ["description", "og:title", "og:description", "twitter:title", "twitter:description"]

    /// Inline elements and the role of their codes.
    static func role(_ element: String) -> InlineCode.Role {
        switch element {
        case "a": return .link
        case "b", "strong": return .strong
        case "em", "i": return .emphasis
        case "s", "strike", "del": return .strikethrough
        case "code", "kbd", "samp", "tt": return .code
        case "img": return .image
        case "br": return .lineBreak
        default: return .html
        }
    }
}
