import Foundation
import GRDB
import HexaglotCore
import HexaglotText

/// A Hexaglot workspace: one SQLite file holding documents, segments, translations and their history.
///
/// The file is in WAL mode with foreign keys on and a busy timeout, so two commands
/// at once wait for each other instead of failing. Every write is one transaction.
/// Each of the six languages has an ICU collation registered under the name
/// `hexaglot_<code>` (`ORDER BY title COLLATE hexaglot_fr`).
///
/// Opening never writes. The first write of a process checks, before it changes anything,
/// that the workspace may be written (see `WriteGuard`): not read-only for this user, not
/// written by a newer Hexaglot, not damaged. Reading works on all three.
public final class Workspace: Sendable {
    /// The name of the workspace file that commands look for, walking up from the current folder.
    public static let fileName = "hexaglot.sqlite"

    /// The workspace file's path.
    public let path: String
    let pool: any DatabaseWriter
    /// How far this process may write, decided when the file was opened.
    let writeGuard: WriteGuard

    /// The newer Hexaglot that wrote this workspace (`"0.3.0"`, or a description when it did not
    /// record its version), or nil when this Hexaglot knows its schema. Such a workspace is only read.
    public var writtenByNewer: String? { writeGuard.newer }

    /// True when this user cannot write the workspace: it is opened read-only.
    public var isReadOnly: Bool { writeGuard.readOnly }

    /// Opens the workspace at `path`, creating it (and migrating its schema) when `create` is true.
    public init(path: String, create: Bool = false) throws {
        self.path = path
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
        pool = opened
        let schema = try StoreError.wrap(path) { try opened.read { db in try SchemaState(db) } }
        writeGuard = WriteGuard(path: path, readOnly: access.readOnly, newer: schema.newer)
        if schema.needsMigration {
            try upgrade(from: schema)
        }
    }

    /// Brings an older (or new, empty) workspace to this Hexaglot's schema; this is a write.
    private func upgrade(from schema: SchemaState) throws {
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
            try write { db in try backfillMemory(db) }
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

    /// Runs `body` in one IMMEDIATE transaction: all of it is stored, or none of it.
    ///
    /// Throws before anything is written when the workspace may not be written (`WriteGuard`).
    func write<T>(_ body: (Database) throws -> T) throws -> T {
        try writeGuard.check(pool)
        return try StoreError.wrap(path) {
            try pool.writeWithoutTransaction { db in
                var result: T?
                try db.inTransaction(.immediate) {
                    try writeGuard.recordWriter(db)
                    result = try body(db)
                    return .commit
                }
                return result!
            }
        }
    }

    func read<T>(_ body: (Database) throws -> T) throws -> T {
        do {
            return try StoreError.wrap(path) { try pool.read(body) }
        } catch let error as StoreError where writtenByNewer != nil {
            throw StoreError(.newerVersion, "\(error.message) (\(writeGuard.newerDescription))")
        }
    }

    /// Writes everything into the main file and closes the workspace; it is not usable afterwards.
    public func close() throws {
        try StoreError.wrap(path) {
            if !isReadOnly {
                try pool.writeWithoutTransaction { db in _ = try db.checkpoint(.truncate) }
            }
            try pool.close()
        }
    }

    /// The schema migrations applied to this workspace, in order.
    public func appliedMigrations() throws -> [String] {
        try read { db in try Migrations.migrator.appliedMigrations(db) }
    }
}
