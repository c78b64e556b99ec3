import HexaglotCore

/// The error thrown by the text layer: a code to match in `catch` and a message.
public struct TextError: Error, Equatable, CustomStringConvertible, Sendable {
    public struct Code: Hashable, Sendable, CustomStringConvertible {
        let kind: Kind
        /// ICU refused an operation (unknown locale, bad rule).
        public static let icu = Code(kind: .icu)
        /// A segmentation rules file (SRX) is malformed.
        public static let rules = Code(kind: .rules)
        /// An XML document is not well-formed, or is refused (entity declarations, limits).
        public static let xmlSyntax = Code(kind: .xmlSyntax)
        /// An XML document's bytes are not text in its encoding (invalid UTF-8, a character
        /// XML forbids, an encoding libxml2 does not know).
        public static let xmlEncoding = Code(kind: .xmlEncoding)
        public var description: String { kind.rawValue }
    }

    enum Kind: String, Sendable {
        case icu, rules
        case xmlSyntax = "xml-syntax"
        case xmlEncoding = "xml-encoding"
    }

    public let code: Code
    public let message: String
    /// Where in which file, for errors about a place in a document.
    public let location: SourceLocation?

    init(_ kind: Kind, _ message: String, at location: SourceLocation? = nil) {
        self.code = Code(kind: kind)
        self.message = message
        self.location = location
    }

    public var description: String {
        guard let location else { return message }
        return "\(location): \(message)"
    }
}
