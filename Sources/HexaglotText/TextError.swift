/// The error thrown by the text layer: a code to match in `catch` and a message.
public struct TextError: Error, Equatable, CustomStringConvertible, Sendable {
    public struct Code: Hashable, Sendable, CustomStringConvertible {
        let kind: Kind
        /// ICU refused an operation (unknown locale, bad rule).
        public static let icu = Code(kind: .icu)
        /// A segmentation rules file (SRX) is malformed.
        public static let rules = Code(kind: .rules)
        public var description: String { kind.rawValue }
    }

    enum Kind: String, Sendable { case icu, rules }

    public let code: Code
    public let message: String

    init(_ kind: Kind, _ message: String) {
        self.code = Code(kind: kind)
        self.message = message
    }

    public var description: String { message }
}
