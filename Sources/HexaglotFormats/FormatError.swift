import HexaglotCore

/// The one error type of HexaglotFormats: a code to match, a message for people, and the
/// place in a file it concerns when known.
///
/// Match on ``code`` in `catch`:
/// `catch let e as FormatError where e.code == .structureMismatch`.
/// ``description`` reads `path:line:column: message` (the form editors jump to), or just
/// the message when there is no location (the message then names the file itself).
public struct FormatError: Error, Equatable, CustomStringConvertible, Sendable {
    /// What went wrong, for matching.
    public struct Code: Hashable, Sendable, CustomStringConvertible {
        let kind: Kind
        /// The file does not exist, is a directory, or cannot be read.
        public static let missingFile = Code(kind: .missingFile)
        /// The file is not UTF-8 text: a UTF-16/UTF-32 byte-order mark, invalid UTF-8, NUL bytes.
        public static let encoding = Code(kind: .encoding)
        /// The YAML front matter is unclosed, invalid, or not a mapping.
        public static let frontMatter = Code(kind: .frontMatter)
        /// The file's syntax cannot be read by its format (reserved for strict formats;
        /// Markdown and plain text accept any text).
        public static let syntax = Code(kind: .syntax)
        /// A translated file does not have the structure of its source.
        public static let structureMismatch = Code(kind: .structureMismatch)
        /// The sentence segmenter could not be set up for the document's language.
        public static let segmentation = Code(kind: .segmentation)
        /// No registered format reads or writes this file or format name.
        public static let unknownFormat = Code(kind: .unknownFormat)
        /// A ZIP package (.docx) that cannot be read safely: not a ZIP, not a Word document, a
        /// part missing, an unsafe entry name, a part that inflates past the limit.
        public static let package = Code(kind: .package)
        /// A Word document with tracked changes not accepted (import it with `--accept-revisions`).
        public static let trackedChanges = Code(kind: .trackedChanges)
        /// The input is beyond a documented limit of its reader: a Markdown file over
        /// ``MarkdownFormat/maxBytes``, a block with more than
        /// ``MarkdownFormat/maxInlineMarks`` inline marks.
        public static let tooLarge = Code(kind: .tooLarge)
        public var description: String { kind.rawValue }
    }

    enum Kind: String, Sendable {
        case missingFile = "missing-file"
        case encoding
        case frontMatter = "front-matter"
        case syntax
        case structureMismatch = "structure-mismatch"
        case segmentation
        case unknownFormat = "unknown-format"
        case package
        case trackedChanges = "tracked-changes"
        case tooLarge = "too-large"
    }

    public let code: Code
    public let message: String
    /// Where in which file, when the error concerns a place in a file.
    public let location: SourceLocation?

    init(_ kind: Kind, _ message: String, at location: SourceLocation? = nil) {
        self.code = Code(kind: kind)
        self.message = Quote.clippingLongWords(message)
        self.location = location
    }

    public var description: String {
        guard let location else { return message }
        return "\(location): \(message)"
    }
}
