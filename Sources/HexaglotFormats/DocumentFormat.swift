import HexaglotCore

/// A file format Hexaglot can segment and write back: Markdown, plain text, HTML, and Word
/// documents, which read and write bytes through ``PackageFormat``.
///
/// A format turns a file's text into a ``ParsedFile``: a skeleton (everything that is not
/// translated, byte for byte) and segments (sentences with typed inline codes). Rendering
/// the skeleton with the segments' `content.markup` gives back the input exactly.
///
/// To add a format, write one type conforming to this protocol in its own file and add
/// one line to ``FormatRegistry/all``.
public protocol DocumentFormat: Sendable {
    /// The format's name, stored in ``Document/format`` (`markdown`, `text`, `html`, `docx`).
    var name: String { get }
    /// File extensions (lower case, no dot) that select this format.
    var fileExtensions: [String] { get }
    /// Whether the format reads YAML front matter at the start of a file; the ``Exporter``
    /// only looks for a front matter block to replace in files of such formats.
    var hasFrontMatter: Bool { get }
    /// Segments `text`. `file` names the file in error messages; `language` chooses the
    /// sentence segmentation rules.
    func parse(_ text: String, file: String?, language: Language) throws -> ParsedFile
    /// The text of a file's bytes; `file` names it in errors. By default UTF-8, as
    /// ``SourceFile`` reads it; a format whose files declare their encoding reads it here.
    func decode(_ bytes: [UInt8], file: String?) throws -> String
    /// The rendered file of a translation into `target`, finished for that language (an
    /// HTML page's `lang` and `dir`, say). By default unchanged. Not called for the source language.
    func finish(_ rendered: String, document: Document, target: Language) -> String
    /// How a translated segment is written into the file, `literal` being the file's text
    /// just before it. By default its markup; a format escapes there what its syntax would
    /// read as markup. Not used for segments written with their source content.
    func exportMarkup(_ content: Content, of segment: Segment, after literal: String) -> String
}

extension DocumentFormat {
    public var hasFrontMatter: Bool { false }

    public func decode(_ bytes: [UInt8], file: String?) throws -> String {
        try SourceFile.decode(bytes, file: file)
    }

    public func finish(_ rendered: String, document: Document, target: Language) -> String { rendered }

    public func exportMarkup(_ content: Content, of segment: Segment, after literal: String) -> String { content.markup }

    /// Reads one segment's worth of text typed in this format (a translation given on the
    /// command line, say): its inline markup becomes the same typed codes as in a parsed file.
    /// Sentences are not split: the whole text is one content, whitespace between them kept.
    public func parseInline(_ text: String, language: Language) throws -> Content {
        let parsed = try parse(text, file: nil, language: language)
        var content = Content()
        var nextID = 1
        for part in parsed.skeleton.parts {
            switch part {
            case .literal(let literal):
                content.append(.text(literal))
            case .segment(let i):
                // Code ids count from 1 in each segment: renumber so pairs stay unique in the whole.
                var ids: [Int: Int] = [:]
                for run in parsed.segments[i].content.runs {
                    guard case .code(var code) = run else { content.append(run); continue }
                    if let id = ids[code.id] { code.id = id } else { ids[code.id] = nextID; code.id = nextID; nextID += 1 }
                    content.append(.code(code))
                }
            }
        }
        return Content(Self.trimmed(content.runs))
    }

    private static func trimmed(_ runs: [Run]) -> [Run] {
        var runs = runs
        if case .text(let t)? = runs.first { runs[0] = .text(String(t.drop(while: \.isWhitespace))) }
        if case .text(let t)? = runs.last {
            runs[runs.count - 1] = .text(String(t.reversed().drop(while: \.isWhitespace).reversed()))
        }
        return runs
    }
}

/// A format whose files are packages of parts (a Word .docx), read and written as bytes.
///
/// ``DocumentFormat/parse(_:file:language:)`` of such a format reads one segment's worth of
/// plain text (a translation typed on the command line); files go through
/// ``parse(package:file:language:)``. The document keeps only the skeleton of the parts whose
/// text is translated: the package's bytes, kept beside it in the workspace, give every other
/// part when ``write(_:translations:target:package:)`` writes a translated file.
public protocol PackageFormat: DocumentFormat {
    /// Segments the package in `bytes`. `file` names it in error messages.
    func parse(package bytes: [UInt8], file: String?, language: Language) throws -> ParsedFile
    /// The package rebuilt from the document parsed from `package`, with `translations`
    /// (content by segment index) in language `target` (nil: the source language).
    func write(_ document: Document, translations: [Int: Content], target: Language?, package: [UInt8]) throws -> [UInt8]
}

/// The result of parsing a file: front matter, skeleton and segments.
public struct ParsedFile: Hashable, Sendable {
    /// The front matter's keys, values as text (nested values as YAML flow text).
    public var frontMatter: [String: String]
    /// The line where the front matter starts (always 1), or nil if the file has none.
    public var frontMatterLine: Int?
    /// The front matter block as it stands in the file, `---` lines included (no byte-order mark).
    public var frontMatterText: String?
    /// The 1-based line of each front-matter key in the file.
    public var frontMatterLines: [String: Int] = [:]
    public var skeleton: Skeleton
    public var segments: [Segment]
    /// The name of the format that parsed the file.
    public var format: String

    public init(frontMatter: [String: String] = [:], frontMatterLine: Int? = nil, frontMatterText: String? = nil,
                skeleton: Skeleton, segments: [Segment], format: String) {
        self.frontMatter = frontMatter
        self.frontMatterLine = frontMatterLine
        self.frontMatterText = frontMatterText
        self.skeleton = skeleton
        self.segments = segments
        self.format = format
    }

    /// The file as a ``Document`` with the given metadata.
    public func document(metadata: DocumentMetadata) -> Document {
        Document(metadata: metadata, format: format, skeleton: skeleton, segments: segments)
    }

    /// The file rebuilt from its skeleton and its own segments: the input, byte for byte
    /// (unless the input was not NFC, see ``MarkdownFormat``).
    public func render() -> String {
        skeleton.render { segments[$0].content.markup }
    }
}
