import Foundation
import GRDB
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
        try write { db in
            if let existing = try String.fetchOne(db, sql: "SELECT name FROM person WHERE name_key = ?", arguments: [Workspace.nameKey(member.name)]) {
                throw StoreError(.invalid, "\(Quote.user(existing)) is already in the team (user passwd changes a password, user remove removes a person)")
            }
            try db.execute(sql: """
                INSERT INTO person (name, name_key, role, languages, password_hash, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?)
                """, arguments: [member.name, Workspace.nameKey(member.name), member.role.rawValue, member.languages.map(\.tag).joined(separator: ","),
                                 passwordHash, now, now])
        }
    }

    /// The team, by name.
    public func people() throws -> [TeamMember] {
        try read { db in
            try Row.fetchAll(db, sql: "SELECT name, role, languages FROM person ORDER BY name_key, name").compactMap(Workspace.member)
        }
    }

    /// The person called `name` (case-insensitive), with their password hash; nil when there is none.
    public func person(named name: String) throws -> (member: TeamMember, passwordHash: String)? {
        try read { db in
            guard let row = try Row.fetchOne(db, sql: "SELECT name, role, languages, password_hash FROM person WHERE name_key = ?",
                                             arguments: [Workspace.nameKey(name)]),
                  let member = Workspace.member(row) else { return nil }
            return (member, row["password_hash"])
        }
    }

    /// Changes a person's password and signs them out everywhere.
    public func setPasswordHash(of name: String, to hash: String) throws {
        try write { db in
            guard let stored = try String.fetchOne(db, sql: "SELECT name FROM person WHERE name_key = ?", arguments: [Workspace.nameKey(name)]) else {
                throw Workspace.noPerson(name)
            }
            try db.execute(sql: "UPDATE person SET password_hash = ?, updated_at = ? WHERE name = ?", arguments: [hash, Date(), stored])
            try db.execute(sql: "DELETE FROM session WHERE person = ?", arguments: [stored])
        }
    }

    /// Removes a person and their sessions; what they wrote stays in the history under their name.
    public func removePerson(named name: String) throws {
        try write { db in
            guard let stored = try String.fetchOne(db, sql: "SELECT name FROM person WHERE name_key = ?", arguments: [Workspace.nameKey(name)]) else {
                throw Workspace.noPerson(name)
            }
            try db.execute(sql: "DELETE FROM session WHERE person = ?", arguments: [stored])
            try db.execute(sql: "DELETE FROM person WHERE name = ?", arguments: [stored])
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

    static func member(_ row: Row) -> TeamMember? {
        guard let role = Role(rawValue: row["role"]) else { return nil }
        let tags = (row["languages"] as String).split(separator: ",").compactMap { try? LanguageTag(parsing: String($0)) }
        return TeamMember(name: row["name"], role: role, languages: tags)
    }
}
