import Foundation
import HexaglotCore

/// A signed-in session as the server sees it: who, the CSRF token its forms and requests must
/// carry, and when it ends.
public struct SignedInSession: Hashable, Sendable {
    public var member: TeamMember
    public var csrfToken: String
    public var expiresAt: Date

    public init(member: TeamMember, csrfToken: String, expiresAt: Date) {
        self.member = member
        self.csrfToken = csrfToken
        self.expiresAt = expiresAt
    }
}

extension Workspace {
    /// Stores a new session for `name`, keyed by the token's hash; the token itself is not stored.
    public func createSession(for name: String, token: SessionToken, csrfToken: String, lifetime: TimeInterval) throws {
        let now = Date()
        try sqlWrite { db in
            // Sessions that have ended are cleared as new ones begin.
            try db.execute("DELETE FROM session WHERE expires_at <= ?", now)
            try db.execute("""
                INSERT INTO session (token_hash, person, csrf_token, created_at, expires_at) VALUES (?, ?, ?, ?, ?)
                """, token.hashed, name, csrfToken, now, now.addingTimeInterval(lifetime))
        }
    }

    /// The live session of `token`, or nil when there is none (never was, ended, or signed out).
    public func session(_ token: SessionToken) throws -> SignedInSession? {
        try sqlRead { db in
            guard let row = try db.row("""
                SELECT p.name, p.role, p.languages, s.csrf_token, s.expires_at
                FROM session s JOIN person p ON p.name = s.person
                WHERE s.token_hash = ? AND s.expires_at > ?
                """, token.hashed, Date()),
                  let member = Workspace.member(row), let csrf = row.string("csrf_token"),
                  let expires = row.date("expires_at") else { return nil }
            return SignedInSession(member: member, csrfToken: csrf, expiresAt: expires)
        }
    }

    /// Ends the session of `token` (signing out); nothing happens when there is none.
    public func endSession(_ token: SessionToken) throws {
        try sqlWrite { db in
            try db.execute("DELETE FROM session WHERE token_hash = ?", token.hashed)
        }
    }
}
