import GRDB
import HexaglotCore

/// What a workspace's schema says about the Hexaglot that wrote it, read without writing.
///
/// The fast path reads one number, `PRAGMA user_version`: equal to `Migrations.schemaVersion`
/// means nothing to do. A lower one (or none, in a new or older file) means migrations to apply;
/// a higher one, or a migration this Hexaglot does not know, means a newer Hexaglot wrote it.
struct SchemaState {
    /// Migrations already applied (read only when the version number is not this one's).
    var applied: [String] = []
    var needsMigration = false
    /// Who wrote a newer workspace: its recorded version, or a description.
    var newer: String?

    init(_ db: Database) throws {
        let version = try Int.fetchOne(db, sql: "PRAGMA user_version") ?? 0
        if version == Migrations.schemaVersion { return }
        let migrator = Migrations.migrator
        let hasTable = try db.tableExists("grdb_migrations")
        applied = hasTable ? try migrator.appliedMigrations(db) : []
        let unknown = hasTable ? try migrator.hasBeenSuperseded(db) : false
        if version > Migrations.schemaVersion || unknown {
            newer = try SchemaState.recordedWriter(db) ?? "a newer Hexaglot (workspace schema \(version), this one knows \(Migrations.schemaVersion))"
            return
        }
        needsMigration = true
    }

    /// The version recorded under `written-by`, when the workspace has the table.
    static func recordedWriter(_ db: Database) throws -> String? {
        guard try db.tableExists("workspace_info") else { return nil }
        return try String.fetchOne(db, sql: "SELECT value FROM workspace_info WHERE key = 'written-by'")
            .map { "Hexaglot \($0)" }
    }
}
