import HexaglotCore

/// Something in a file worth telling the user that does not stop it from being read (a glossary
/// concept with no term in one of the six languages), with the place it concerns.
public struct FormatWarning: Hashable, Sendable, CustomStringConvertible {
    public let message: String
    public let location: SourceLocation?

    public init(_ message: String, at location: SourceLocation? = nil) {
        self.message = message
        self.location = location
    }

    public var description: String {
        guard let location else { return "warning: " + message }
        return "\(location): warning: \(message)"
    }
}
