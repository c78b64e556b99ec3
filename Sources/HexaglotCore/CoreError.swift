/// The error thrown by the value model: a code to match in `catch`, a message for people,
/// and where known the place in a file it concerns.
public struct CoreError: Error, Equatable, CustomStringConvertible, Sendable {
    /// What went wrong, for matching: `catch let e as CoreError where e.code == .unknownLanguage`.
    public struct Code: Hashable, Sendable, CustomStringConvertible {
        let kind: Kind
        public static let unknownLanguage = Code(kind: .unknownLanguage)
        public static let unknownStatus = Code(kind: .unknownStatus)
        public static let unknownDocumentKind = Code(kind: .unknownDocumentKind)
        public static let invalidRange = Code(kind: .invalidRange)
        public static let unknownRole = Code(kind: .unknownRole)
        public var description: String { kind.rawValue }
    }

    enum Kind: String, Sendable {
        case unknownLanguage = "unknown-language"
        case unknownStatus = "unknown-status"
        case unknownDocumentKind = "unknown-document-kind"
        case invalidRange = "invalid-range"
        case unknownRole = "unknown-role"
    }

    public let code: Code
    public let message: String

    init(_ kind: Kind, _ message: String) {
        self.code = Code(kind: kind)
        self.message = message
    }

    public var description: String { message }
}
