import HexaglotCore

/// The one error type of HexaglotMemory: a code to match and a message for people.
///
/// Match on ``code`` in `catch`: `catch let e as MemoryError where e.code == .invalidQuery`.
public struct MemoryError: Error, Equatable, CustomStringConvertible, Sendable {
    /// What went wrong, for matching.
    public struct Code: Hashable, Sendable, CustomStringConvertible {
        let kind: Kind
        /// A lookup was asked for an empty segment, the same language on both sides, or a bad threshold.
        public static let invalidQuery = Code(kind: .invalidQuery)
        /// The segment or document named does not exist.
        public static let notFound = Code(kind: .notFound)
        public var description: String { kind.rawValue }
    }

    enum Kind: String, Sendable {
        case invalidQuery = "invalid-query"
        case notFound = "not-found"
    }

    public let code: Code
    public let message: String

    init(_ kind: Kind, _ message: String) {
        self.code = Code(kind: kind)
        self.message = message
    }

    public var description: String { message }
}
