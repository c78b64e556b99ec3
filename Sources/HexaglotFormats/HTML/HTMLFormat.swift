import HexaglotCore

/// HTML pages (blog posts): the text a reader sees, translated; the markup kept byte for byte.
///
/// Translated: the text of every element that is not inline (`h1`–`h6`, `p`, `li`, `td`,
/// `th`, `caption`, `figcaption`, `blockquote`, `dt`, `dd`, `div` …), `<title>`, the
/// `content` of `<meta name="description">` and of Open Graph / Twitter titles and
/// descriptions, and the `alt`, `title`, `placeholder` and `aria-label` attributes (each
/// its own segment). Inline elements (``HTMLElements/inline``: `a`, `strong`, `em`, `span`,
/// `sub`, `br`, `img` …) become typed inline codes whose data is the tag's exact bytes.
/// Never touched: `script`, `style` and the other raw text elements, `pre`, `code`
/// blocks, `textarea`, SVG, MathML, comments, the doctype, and any element marked
/// `translate="no"`. ``HTMLReader`` has the rules; ``HTMLTokenizer`` the syntax.
///
/// Sentences are split as in Markdown. Rendering the skeleton with the segments gives the
/// input back byte for byte (a file that is not NFC gets NFC segment text, as for Markdown;
/// a Windows-1252 file is read as ``HTMLEncoding`` says and written in UTF-8).
///
/// Document metadata comes from the page: `<html lang>` is the file's language, and
/// `<meta name="hexaglot:KEY" content="…">` any front matter key (`hexaglot:reference`,
/// `hexaglot:translation-of`, `hexaglot:status` …), read as ``FrontMatterKeys`` reads YAML.
public struct HTMLFormat: DocumentFormat {
    public init() {}

    public var name: String { "html" }
    public var fileExtensions: [String] { ["html", "htm", "xhtml"] }

    public func decode(_ bytes: [UInt8], file: String?) throws -> String {
        try HTMLEncoding.decode(bytes, file: file)
    }

    public func parse(_ text: String, file: String?, language: Language) throws -> ParsedFile {
        let builder = try SegmentBuilder(language: language, file: file, normalize: !text.isNFC)
        var reader = HTMLReader(text, builder: builder)
        reader.read()
        var parsed = ParsedFile(frontMatter: reader.metadata, skeleton: reader.result.skeleton,
                                segments: reader.result.segments, format: name)
        parsed.frontMatterLines = reader.metadataLines
        return parsed
    }

    public func finish(_ rendered: String, document: Document, target: Language) -> String {
        HTMLTargetPage.finish(rendered, document: document, target: target)
    }

    public func exportMarkup(_ content: Content, of segment: Segment, after literal: String) -> String {
        HTMLTargetPage.escaped(content, inAttribute: segment.blockKind == .other, after: literal)
    }
}
