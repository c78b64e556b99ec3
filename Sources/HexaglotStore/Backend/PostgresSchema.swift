import Foundation

/// Reading and migrating the schema of a PostgreSQL workspace, as ``SchemaState`` and
/// ``Migrations`` do for SQLite: the same migration names, recorded in `grdb_migrations`.
enum PostgresSchema {
    /// An arbitrary key for the advisory lock that lets one process at a time migrate a database.
    static let migrationLock: Int64 = 0x6865_7861_676C_6F74  // "hexaglot"

    /// The migrations applied, and the newest Hexaglot recorded as the writer.
    static func state(_ db: any SQLDatabase) throws -> SchemaState {
        let applied = try appliedMigrations(db)
        return SchemaState(applied: applied, recordedWriter: try recordedWriter(db))
    }

    static func appliedMigrations(_ db: any SQLDatabase) throws -> [String] {
        guard try tableExists(db, "grdb_migrations") else { return [] }
        let names = try db.rows("SELECT identifier FROM grdb_migrations").compactMap { $0.string("identifier") }
        let order = Dictionary(uniqueKeysWithValues: PostgresMigrations.all.enumerated().map { ($1.name, $0) })
        return names.sorted { (order[$0] ?? Int.max, $0) < (order[$1] ?? Int.max, $1) }
    }

    static func recordedWriter(_ db: any SQLDatabase) throws -> String? {
        guard try tableExists(db, "workspace_info") else { return nil }
        return try db.row("SELECT value FROM workspace_info WHERE key = 'written-by'")?.string("value")
    }

    static func tableExists(_ db: any SQLDatabase, _ name: String) throws -> Bool {
        try db.row("SELECT to_regclass(?) IS NOT NULL AS present", name)?.int("present") == 1
    }

    /// Applies the missing migrations in one transaction (PostgreSQL's DDL is transactional):
    /// all of them, or none when anything fails or the connection is lost.
    static func migrate(_ db: any SQLDatabase) throws {
        try db.execute("SELECT pg_advisory_xact_lock(?)", migrationLock)
        try db.execute("CREATE TABLE IF NOT EXISTS grdb_migrations (identifier TEXT NOT NULL PRIMARY KEY)")
        let applied = Set(try appliedMigrations(db))
        for migration in PostgresMigrations.all where !applied.contains(migration.name) {
            for statement in migration.statements { try db.execute(statement, []) }
            try db.execute("INSERT INTO grdb_migrations (identifier) VALUES (?)", migration.name)
        }
    }
}
