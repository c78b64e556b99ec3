import GRDB
import HexaglotCore

/// What a workspace's schema says about the Hexaglot that wrote it, read without writing.
///
/// A newer Hexaglot wrote it when its schema number (`PRAGMA user_version`, one per migration)
/// is higher than this one's, or when it has a migration this Hexaglot does not know. Otherwise
/// the migrations it lacks, if any, are to be applied. (Two small reads: the number, and the
/// list of applied migrations.)
struct SchemaState {
    /// Migrations already applied, when some are missing.
    var applied: [String] = []
    var needsMigration = false
    /// Who wrote a newer workspace: its recorded version, or a description.
    var newer: String?

    init(_ db: Database) throws {
        let version = try Int.fetchOne(db, sql: "PRAGMA user_version") ?? 0
        let migrator = Migrations.migrator
        let hasTable = try db.tableExists("grdb_migrations")
        let superseded = hasTable ? try migrator.hasBeenSuperseded(db) : false
        if version > Migrations.schemaVersion || superseded {
            newer = try SchemaState.recordedWriter(db) ?? "a newer Hexaglot (workspace schema \(version), this one knows \(Migrations.schemaVersion))"
            return
        }
        if hasTable, try migrator.hasCompletedMigrations(db) { return }
        applied = hasTable ? try migrator.appliedMigrations(db) : []
        needsMigration = true
    }

    /// The state of a PostgreSQL workspace (``PostgresSchema``), which has no schema number: a
    /// newer Hexaglot wrote it when it has a migration this Hexaglot does not know.
    init(applied: [String], recordedWriter: String?) {
        let known = Migrations.names
        if let unknown = applied.first(where: { !known.contains($0) }) {
            newer = recordedWriter.map { "Hexaglot \($0)" } ?? "a newer Hexaglot (its schema has migration \(unknown), unknown to this one)"
            return
        }
        if applied == known { return }
        self.applied = applied
        needsMigration = true
    }

    /// The version recorded under `written-by`, when the workspace has the table.
    static func recordedWriter(_ db: Database) throws -> String? {
        guard try db.tableExists("workspace_info") else { return nil }
        return try String.fetchOne(db, sql: "SELECT value FROM workspace_info WHERE key = 'written-by'")
            .map { "Hexaglot \($0)" }
    }
}
