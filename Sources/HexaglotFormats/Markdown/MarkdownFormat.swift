import HexaglotCore
import HexaglotText

/// Markdown (CommonMark with GFM pipe tables and strikethrough), as ITU letters and blog
/// posts are written.
///
/// Parsing: an optional UTF-8 byte-order mark and YAML front matter go to the skeleton
/// (the front matter's keys into ``ParsedFile/frontMatter``); ``MarkdownBlockParser``
/// finds the blocks; ``MarkdownInlineParser`` types each translatable block's inline
/// markup as codes; ``SegmentBuilder`` splits it into sentences.
///
/// Rendering the skeleton with the segments' `content.markup` gives back the input byte
/// for byte, whatever the line endings, tabs or trailing spaces, with one exception: a
/// file that is not in Unicode NFC gets NFC segment text (as the store requires), so its
/// segments' text differs from the file's bytes there.
///
/// Reading takes time linear in the file, whatever its shape (runs of brackets, delimiters,
/// backticks or `<`, containers nested 10^5 deep). Two limits bound the memory a hostile
/// file can take: a file over ``maxBytes`` and a block with more than ``maxInlineMarks``
/// inline marks are refused with a ``FormatError`` of code `tooLarge`.
public struct MarkdownFormat: DocumentFormat {
    /// The most inline marks one block may have in this reader (``maxInlineMarks`` unless
    /// a benchmark lifts it to see the parser's own growth).
    public var inlineMarkLimit: Int

    public init(inlineMarkLimit: Int = MarkdownFormat.maxInlineMarks) {
        self.inlineMarkLimit = inlineMarkLimit
    }

    /// The largest Markdown file read, in bytes of UTF-8 (8 MiB).
    public static let maxBytes = 8 * 1024 * 1024
    /// The most inline marks one block may have: emphasis delimiter runs, brackets, code
    /// spans, autolinks, HTML tags, escapes and character references (line breaks and text
    /// do not count).
    public static let maxInlineMarks = 100_000

    public var name: String { "markdown" }
    public var fileExtensions: [String] { ["md", "markdown", "mdown", "mkd", "mkdn"] }
    public var hasFrontMatter: Bool { true }

    public func parse(_ text: String, file: String?, language: Language) throws -> ParsedFile {
        let size = text.utf8.count
        guard size <= Self.maxBytes else {
            throw FormatError(.tooLarge, "\(file ?? "<input>"): \(Self.megabytes(size)) of Markdown is more than Hexaglot reads "
                                + "in one file (at most \(Self.megabytes(Self.maxBytes))); split the document")
        }
        var rest = Substring(text)
        var skeletonStart = ""
        if rest.unicodeScalars.first == "\u{FEFF}" {
            skeletonStart = "\u{FEFF}"
            rest = rest.dropFirst()
        }
        var frontMatter: FrontMatter? = nil
        var firstLine = 1
        if let fm = try FrontMatter.read(rest, file: file) {
            frontMatter = fm
            skeletonStart += fm.raw
            firstLine += SourceLine.split(fm.raw).count
            rest = rest[fm.raw.endIndex...]
        }
        var blocks = MarkdownBlockParser()
        blocks.parse(SourceLine.split(rest, firstNumber: firstLine))

        var builder = try SegmentBuilder(language: language, file: file, normalize: !text.isNFC)
        builder.literal(skeletonStart)
        let references = blocks.referenceDefinitions
        for event in blocks.events {
            switch event {
            case .literal(let s):
                builder.literal(s)
            case .leaf(let leaf):
                builder.add(leaf, tokens: try MarkdownInlineParser.parse(leaf, references: references, markLimit: inlineMarkLimit, file: file))
            }
        }
        let frontMatterText = frontMatter.map { String($0.raw.first == "\u{FEFF}" ? $0.raw.dropFirst() : $0.raw) }
        var parsed = ParsedFile(frontMatter: frontMatter?.values ?? [:], frontMatterLine: frontMatter == nil ? nil : 1,
                                frontMatterText: frontMatterText, skeleton: builder.skeleton, segments: builder.segments, format: name)
        parsed.frontMatterLines = frontMatter?.lines ?? [:]
        return parsed
    }
}

extension MarkdownFormat {
    /// `bytes` in MB (MiB), with one decimal below 10.
    static func megabytes(_ bytes: Int) -> String {
        let mb = Double(bytes) / 1_048_576
        return mb < 10 ? String(format: "%.1f MB", mb) : "\(Int(mb.rounded())) MB"
    }
}

extension String {
    /// Whether the text is already in Unicode Normalization Form C (compared scalar by scalar).
    var isNFC: Bool {
        Normalizer.normalize(self, .nfc).unicodeScalars.elementsEqual(unicodeScalars)
    }
}
