import HummingbirdBcrypt

/// Passwords as the workspace keeps them: bcrypt, salted, slow on purpose.
///
/// The one place that hashes and verifies, shared by `hexaglot user` and `hexaglot serve`.
public enum PasswordHash {
    /// bcrypt's work factor: 2^12 rounds, about a quarter of a second per hash on one core.
    public static let cost: UInt8 = 12
    /// bcrypt reads at most 72 bytes; a longer password would be cut silently, so it is refused.
    public static let maximumBytes = 72
    public static let minimumCharacters = 8

    /// Throws when `password` is too short, too long for bcrypt, or holds control characters.
    public static func validate(_ password: String) throws {
        if password.count < minimumCharacters {
            throw StoreError(.invalid, "the password is too short: at least \(minimumCharacters) characters")
        }
        if password.utf8.count > maximumBytes {
            throw StoreError(.invalid, "the password is too long: at most \(maximumBytes) bytes in UTF-8")
        }
        if password.unicodeScalars.contains(where: { $0.properties.generalCategory == .control }) {
            throw StoreError(.invalid, "the password holds a control character (a tab or a line break?)")
        }
    }

    /// The bcrypt hash of a valid password (see ``validate(_:)``).
    public static func make(_ password: String, cost: UInt8 = PasswordHash.cost) throws -> String {
        try validate(password)
        return Bcrypt.hash(password, cost: cost)
    }

    /// True when `password` is the one `hash` was made from.
    public static func verify(_ password: String, hash: String) -> Bool {
        guard password.utf8.count <= maximumBytes, hash.hasPrefix("$2") else { return false }
        return Bcrypt.verify(password, hash: hash)
    }

    /// A hash of no password, verified against when a name is unknown, so that a wrong name
    /// takes as long to refuse as a wrong password.
    public static let decoy: String = Bcrypt.hash("no one's password, only for timing", cost: cost)
}
