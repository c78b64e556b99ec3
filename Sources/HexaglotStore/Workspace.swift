import Foundation
import GRDB
import HexaglotCore
import HexaglotText

/// A Hexaglot workspace: documents, segments, translations and their history, the glossaries,
/// the team and the translation memory, in a SQLite file or in a PostgreSQL database.
///
/// The SQLite file is in WAL mode with foreign keys on and a busy timeout, so two commands
/// at once wait for each other instead of failing. Every write is one transaction.
/// Each of the six languages has an ICU collation named `hexaglot_<code>` on both backends
/// (`ORDER BY title COLLATE hexaglot_fr`): registered with SQLite, created in PostgreSQL.
///
/// Opening never writes (but for migrating an older or new, empty workspace). The first write
/// of a process checks, before it changes anything, that the workspace may be written (see
/// `WriteGuard`): not read-only for this user, not written by a newer Hexaglot, not damaged.
/// Reading works on all three.
///
/// A PostgreSQL workspace (`postgresql://…`, see ``WorkspaceLocation``) runs the same store:
/// every part of it goes through ``SQLDatabase`` (`sqlRead`, `sqlWrite`, `memoryWrite`).
public final class Workspace: Sendable {
    /// The name of the workspace file that commands look for, walking up from the current folder.
    public static let fileName = "hexaglot.sqlite"

    /// The workspace file's path, or the PostgreSQL URL without its password.
    public let path: String
    /// The SQLite connection; nil on a PostgreSQL workspace.
    private let sqlite: (any DatabaseWriter)?
    /// The PostgreSQL connection; nil on a SQLite workspace.
    let postgres: PostgresBackend?
    /// The SQLite connection, for tests that reach under the store; throws on PostgreSQL.
    var pool: any DatabaseWriter {
        get throws {
            guard let sqlite else { throw StoreError(.unsupported, "\(path): a PostgreSQL workspace has no SQLite connection") }
            return sqlite
        }
    }
    /// How far this process may write, decided when the workspace was opened.
    let writeGuard: WriteGuard

    /// The newer Hexaglot that wrote this workspace (`"0.3.0"`, or a description when it did not
    /// record its version), or nil when this Hexaglot knows its schema. Such a workspace is only read.
    public var writtenByNewer: String? { writeGuard.newer }

    /// True when this user cannot write the workspace: it is opened read-only.
    public var isReadOnly: Bool { writeGuard.readOnly }

    /// Opens the workspace at `path` (a file, or a `postgresql://` URL), creating it (and
    /// migrating its schema) when `create` is true. On a server, the database must exist;
    /// creating makes the workspace's tables in it.
    public convenience init(path: String, create: Bool = false) throws {
        switch try WorkspaceLocation.parse(path) {
        case .file(let file): try self.init(file: file, create: create)
        case .postgres(let location): try self.init(server: location, create: create)
        }
    }

    /// Whether a workspace is at `path`: the file exists, or the database has a workspace's schema.
    public static func exists(at path: String) throws -> Bool {
        switch try WorkspaceLocation.parse(path) {
        case .file(let file):
            return FileManager.default.fileExists(atPath: file)
        case .postgres(let location):
            let backend = try PostgresBackend(location: location)
            defer { try? backend.close() }
            return try !backend.read { try PostgresSchema.appliedMigrations($0) }.isEmpty
        }
    }

    private init(file path: String, create: Bool) throws {
        self.path = path
        postgres = nil
        guard !path.isEmpty else { throw StoreError(.invalid, "the workspace path is empty") }
        let access = try WorkspaceAccess(path: path, create: create)
        var config = Configuration()
        config.foreignKeysEnabled = true
        config.busyMode = .timeout(30)
        config.label = "hexaglot"
        config.readonly = access.readOnly
        config.prepareDatabase { db in
            // Reads go through the memory map rather than a system call per page.
            // Takes effect in a new file only: larger pages mean fewer of them for a big memory.
            if !db.configuration.readonly { try db.execute(sql: "PRAGMA page_size = 16384") }
            try db.execute(sql: "PRAGMA mmap_size = 4294967296")
            // In WAL mode NORMAL keeps the file consistent through a killed process or a crash;
            // only the last commits before a power cut may be lost.
            try db.execute(sql: "PRAGMA synchronous = NORMAL")
            for language in Language.allCases {
                db.add(collation: Workspace.collation(language))
            }
        }
        // One connection, not a pool: GRDB's pool writes a table into the file each time it opens
        // it (to make sure of the -wal file), and opening must not write. The file is in WAL mode
        // from its creation (`upgrade`), so other processes still read while one writes.
        let opened: any DatabaseWriter = try StoreError.wrap(path) {
            try DatabaseQueue(path: access.openPath, configuration: config)
        }
        sqlite = opened
        let schema = try StoreError.wrap(path) { try opened.read { db in try SchemaState(db) } }
        writeGuard = WriteGuard(path: path, readOnly: access.readOnly, newer: schema.newer)
        if schema.needsMigration {
            try upgrade(opened, from: schema)
        }
    }

    private init(server location: PostgresLocation, create: Bool) throws {
        path = location.description
        sqlite = nil
        let backend = try PostgresBackend(location: location)
        postgres = backend
        do {
            let schema = try backend.read { try PostgresSchema.state($0) }
            writeGuard = WriteGuard(path: path, readOnly: false, newer: schema.newer)
            if schema.needsMigration {
                guard create || !schema.applied.isEmpty else {
                    throw StoreError(.emptyDatabase, "\(path): no workspace in this database yet (hexaglot init --workspace \(path) makes one)")
                }
                try writeGuard.check(nil)
                try backend.write { db in
                    try PostgresSchema.migrate(db)
                    try writeGuard.recordWriter(db)
                }
            }
        } catch {
            try? backend.close()
            throw error
        }
    }

    /// Brings an older (or new, empty) workspace to this Hexaglot's schema; this is a write.
    private func upgrade(_ pool: any DatabaseWriter, from schema: SchemaState) throws {
        if isReadOnly {
            throw StoreError(.readOnly, "\(path): made by an older Hexaglot, and read-only for this user: it must be brought up to this version first, which needs write access (its owner can do it by running any hexaglot command on it)")
        }
        try writeGuard.check(pool)
        try StoreError.wrap(path) {
            try pool.writeWithoutTransaction { db in
                if try String.fetchOne(db, sql: "PRAGMA journal_mode = WAL") != "wal" {
                    throw StoreError(.database, "\(path): cannot use SQLite's WAL mode here (a network or unusual file system?)")
                }
            }
            try Migrations.migrator.migrate(pool)
            try pool.writeWithoutTransaction { db in
                try db.execute(sql: "PRAGMA user_version = \(Migrations.schemaVersion)")
            }
        }
        try write { _ in }  // records this Hexaglot as the workspace's writer
        if !schema.applied.isEmpty && !schema.applied.contains("v3-translation-memory") {
            try memoryWrite { db in try backfillMemory(db) }
        }
    }

    /// The SQLite collation for a language, named `hexaglot_<code>`. The ICU collator is opened
    /// at the first comparison, so a command that sorts nothing never loads it.
    static func collation(_ language: Language) -> DatabaseCollation {
        DatabaseCollation("hexaglot_\(language.rawValue)") { a, b in
            let r = Collator.shared(language).compare(a, b)
            return r < 0 ? .orderedAscending : (r > 0 ? .orderedDescending : .orderedSame)
        }
    }

    /// Looks for a workspace file in `folder` and each folder above it.
    public static func find(from folder: String) -> String? {
        var url = URL(fileURLWithPath: folder).standardizedFileURL
        while true {
            let candidate = url.appendingPathComponent(fileName).path
            if FileManager.default.fileExists(atPath: candidate) { return candidate }
            let parent = url.deletingLastPathComponent()
            if parent.path == url.path { return nil }
            url = parent
        }
    }

    /// Opens the same workspace again, on a connection of its own (a long-running process's
    /// memory, or its change watch), with the credentials this one was opened with: on a server,
    /// `path` leaves the password out.
    public func reopen() throws -> Workspace {
        if let postgres { return try Workspace(server: postgres.location, create: false) }
        return try Workspace(file: path, create: false)
    }

    /// Runs `body` in one IMMEDIATE transaction: all of it is stored, or none of it.
    ///
    /// Throws before anything is written when the workspace may not be written (`WriteGuard`).
    /// SQLite only (the file's own upgrade, and tests that reach under the store): on a
    /// PostgreSQL workspace it refuses, naming the caller's file (`area`).
    func write<T>(area: String = #fileID, _ body: (Database) throws -> T) throws -> T {
        guard let pool = sqlite else { throw Workspace.sqliteOnly(area, path) }
        try writeGuard.check(pool)
        return try StoreError.wrap(path) {
            try pool.writeWithoutTransaction { db in
                var result: T?
                try db.inTransaction(.immediate) {
                    try writeGuard.recordWriter(GRDBSQLDatabase(db: db))
                    result = try body(db)
                    return .commit
                }
                return result!
            }
        }
    }

    /// Runs `body` on one snapshot of the SQLite file; refuses on PostgreSQL as `write` does.
    ///
    /// A deferred transaction of its own rather than GRDB's `read`, which switches
    /// `PRAGMA query_only` on and off around each read: SQLite expires every prepared statement
    /// of the connection at each switch, and the warm memory's statements were compiled again
    /// at every lookup (a twelfth of a server's time).
    func read<T>(area: String = #fileID, _ body: (Database) throws -> T) throws -> T {
        guard let pool = sqlite else { throw Workspace.sqliteOnly(area, path) }
        do {
            return try StoreError.wrap(path) {
                try pool.unsafeRead { db in
                    var result: T?
                    try db.inTransaction(.deferred) {
                        result = try body(db)
                        return .commit
                    }
                    return result!
                }
            }
        } catch let error as StoreError where writtenByNewer != nil {
            throw StoreError(.newerVersion, "\(error.message) (\(writeGuard.newerDescription))")
        }
    }

    /// Runs `body` in one transaction on either backend: all of it is stored, or none of it.
    /// Throws before anything is written when the workspace may not be written (`WriteGuard`).
    func sqlWrite<T>(_ body: (any SQLDatabase) throws -> T) throws -> T {
        if let postgres {
            try writeGuard.check(nil)
            return try postgres.write { db in
                try writeGuard.recordWriter(db)
                return try body(db)
            }
        }
        return try write { db in try body(GRDBSQLDatabase(db: db)) }
    }

    /// Runs `body` on one snapshot of the workspace, on either backend.
    func sqlRead<T>(_ body: (any SQLDatabase) throws -> T) throws -> T {
        if let postgres { return try postgres.read(body) }
        return try read { db in try body(GRDBSQLDatabase(db: db)) }
    }

    /// Writes everything into the main file (or closes the server connection) and closes the
    /// workspace; it is not usable afterwards.
    public func close() throws {
        if let postgres { return try postgres.close() }
        guard let pool = sqlite else { return }
        try StoreError.wrap(path) {
            if !isReadOnly {
                try pool.writeWithoutTransaction { db in _ = try db.checkpoint(.truncate) }
            }
            try pool.close()
        }
    }

    /// The refusal of the SQLite-only `read` and `write` on a PostgreSQL workspace.
    static func sqliteOnly(_ area: String, _ path: String) -> StoreError {
        StoreError(.unsupported, "\(path): \(area) reads the SQLite file directly, and this workspace is a PostgreSQL database; nothing was done")
    }

    /// The schema migrations applied to this workspace, in order.
    public func appliedMigrations() throws -> [String] {
        if let postgres { return try postgres.read { try PostgresSchema.appliedMigrations($0) } }
        return try read { db in try Migrations.migrator.appliedMigrations(db) }
    }
}
