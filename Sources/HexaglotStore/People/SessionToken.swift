import Crypto
import Foundation

/// A session's secret, as the browser holds it, and what the workspace stores of it.
public struct SessionToken: Hashable, Sendable {
    /// 32 random bytes (256 bits) from the system's secure generator, base64url without padding.
    public let value: String

    public init(value: String) { self.value = value }

    /// A new random token.
    public static func random() -> SessionToken {
        SessionToken(value: randomString(bytes: 32))
    }

    /// The SHA-256 of the token, hex: what the `session` table keys on.
    public var hashed: String {
        SHA256.hash(data: Data(value.utf8)).map { String(format: "%02x", $0) }.joined()
    }

    /// `bytes` random bytes, base64url without padding (for tokens of any kind, CSRF too).
    public static func randomString(bytes: Int) -> String {
        var generator = SystemRandomNumberGenerator()
        let data = Data((0..<bytes).map { _ in UInt8.random(in: 0...255, using: &generator) })
        return data.base64EncodedString()
            .replacingOccurrences(of: "+", with: "-")
            .replacingOccurrences(of: "/", with: "_")
            .replacingOccurrences(of: "=", with: "")
    }
}
