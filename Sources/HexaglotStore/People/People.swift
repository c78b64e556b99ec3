import Foundation
import HexaglotCore

extension Workspace {
    /// Throws unless `name` can name a person: 1 to 64 letters, digits, `.`, `_`, `-` or `@`.
    public static func validatePersonName(_ name: String) throws {
        guard !name.isEmpty, name.count <= 64 else {
            throw StoreError(.invalid, "a person's name has 1 to 64 characters, not \(name.count)")
        }
        let allowed = CharacterSet.alphanumerics.union(CharacterSet(charactersIn: "._-@"))
        if let bad = name.unicodeScalars.first(where: { !allowed.contains($0) }) {
            throw StoreError(.invalid, "\(Quote.user(name)): a person's name holds letters, digits, '.', '_', '-' or '@', not \(Quote.user(String(bad)))")
        }
    }

    /// Adds a person to the team; `passwordHash` comes from ``PasswordHash/make(_:cost:)``.
    public func addPerson(_ member: TeamMember, passwordHash: String) throws {
        try Workspace.validatePersonName(member.name)
        try Workspace.checkLanguages(member)
        let now = Date()
        try sqlWrite { db in
            if let existing = try db.row("SELECT name FROM person WHERE name_key = ?", Workspace.nameKey(member.name))?.string("name") {
                throw StoreError(.invalid, "\(Quote.user(existing)) is already in the team (user passwd changes a password, user remove removes a person)")
            }
            try db.execute("""
                INSERT INTO person (name, name_key, role, languages, password_hash, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?)
                """, member.name, Workspace.nameKey(member.name), member.role.rawValue, member.languages.map(\.tag).joined(separator: ","),
                     passwordHash, now, now)
        }
    }

    /// The team, by name.
    public func people() throws -> [TeamMember] {
        try sqlRead { db in
            try db.rows("SELECT name, role, languages FROM person ORDER BY name_key, name").compactMap(Workspace.member)
        }
    }

    /// The person called `name` (case-insensitive), with their password hash; nil when there is none.
    public func person(named name: String) throws -> (member: TeamMember, passwordHash: String)? {
        try sqlRead { db in
            guard let row = try db.row("SELECT name, role, languages, password_hash FROM person WHERE name_key = ?", Workspace.nameKey(name)),
                  let member = Workspace.member(row), let hash = row.string("password_hash") else { return nil }
            return (member, hash)
        }
    }

    /// Changes a person's password and signs them out everywhere.
    public func setPasswordHash(of name: String, to hash: String) throws {
        try sqlWrite { db in
            guard let stored = try db.row("SELECT name FROM person WHERE name_key = ?", Workspace.nameKey(name))?.string("name") else {
                throw Workspace.noPerson(name)
            }
            try db.execute("UPDATE person SET password_hash = ?, updated_at = ? WHERE name = ?", hash, Date(), stored)
            try db.execute("DELETE FROM session WHERE person = ?", stored)
        }
    }

    /// Removes a person and their sessions; what they wrote stays in the history under their name.
    public func removePerson(named name: String) throws {
        try sqlWrite { db in
            guard let stored = try db.row("SELECT name FROM person WHERE name_key = ?", Workspace.nameKey(name))?.string("name") else {
                throw Workspace.noPerson(name)
            }
            try db.execute("DELETE FROM session WHERE person = ?", stored)
            try db.execute("DELETE FROM person WHERE name = ?", stored)
        }
    }

    /// A name as people are found by it: NFC, lower case in every script (Ольга is ольга).
    static func nameKey(_ name: String) -> String {
        name.precomposedStringWithCanonicalMapping.lowercased()
    }

    static func noPerson(_ name: String) -> StoreError {
        StoreError(.notFound, "no person \(Quote.user(name)) in the team (user list shows who is)")
    }

    static func checkLanguages(_ member: TeamMember) throws {
        if member.role != .coordinator && member.languages.isEmpty {
            throw StoreError(.invalid, "a \(member.role.rawValue) works in at least one language (--lang ru,es)")
        }
    }

    static func member(_ row: SQLRow) -> TeamMember? {
        guard let role = row.string("role").flatMap(Role.init(rawValue:)), let name = row.string("name") else { return nil }
        let tags = (row.string("languages") ?? "").split(separator: ",").compactMap { try? LanguageTag(parsing: String($0)) }
        return TeamMember(name: name, role: role, languages: tags)
    }
}
