import Foundation
import GRDB
import HexaglotCore

/// A signed-in session as the server sees it: who, the CSRF token its forms and requests must
/// carry, and when it ends.
public struct SignedInSession: Hashable, Sendable {
    public var member: TeamMember
    public var csrfToken: String
    public var expiresAt: Date
}

extension Workspace {
    /// Stores a new session for `name`, keyed by the token's hash; the token itself is not stored.
    public func createSession(for name: String, token: SessionToken, csrfToken: String, lifetime: TimeInterval) throws {
        let now = Date()
        try write { db in
            // Sessions that have ended are cleared as new ones begin.
            try db.execute(sql: "DELETE FROM session WHERE expires_at <= ?", arguments: [now])
            try db.execute(sql: """
                INSERT INTO session (token_hash, person, csrf_token, created_at, expires_at) VALUES (?, ?, ?, ?, ?)
                """, arguments: [token.hashed, name, csrfToken, now, now.addingTimeInterval(lifetime)])
        }
    }

    /// The live session of `token`, or nil when there is none (never was, ended, or signed out).
    public func session(_ token: SessionToken) throws -> SignedInSession? {
        try read { db in
            guard let row = try Row.fetchOne(db, sql: """
                SELECT p.name, p.role, p.languages, s.csrf_token, s.expires_at
                FROM session s JOIN person p ON p.name = s.person
                WHERE s.token_hash = ? AND s.expires_at > ?
                """, arguments: [token.hashed, Date()]),
                  let member = Workspace.member(row) else { return nil }
            return SignedInSession(member: member, csrfToken: row["csrf_token"], expiresAt: row["expires_at"])
        }
    }

    /// Ends the session of `token` (signing out); nothing happens when there is none.
    public func endSession(_ token: SessionToken) throws {
        try write { db in
            try db.execute(sql: "DELETE FROM session WHERE token_hash = ?", arguments: [token.hashed])
        }
    }
}
