import Foundation
import GRDB
import HexaglotCore
import HexaglotText

/// A Hexaglot workspace: one SQLite file holding documents, segments, translations and their history.
///
/// The file is opened in WAL mode with foreign keys on and a busy timeout, so two commands
/// at once wait for each other instead of failing. Every write is one transaction.
/// Each of the six languages has an ICU collation registered under the name
/// `hexaglot_<code>` (`ORDER BY title COLLATE hexaglot_fr`).
public final class Workspace: @unchecked Sendable {
    /// The name of the workspace file that commands look for, walking up from the current folder.
    public static let fileName = "hexaglot.sqlite"

    /// The workspace file's path.
    public let path: String
    let pool: DatabasePool

    /// Opens the workspace at `path`, creating it (and migrating its schema) when `create` is true.
    public init(path: String, create: Bool = false) throws {
        self.path = path
        if !create && !FileManager.default.fileExists(atPath: path) {
            throw StoreError(.workspaceNotFound, "\(path): no workspace there")
        }
        var config = Configuration()
        config.foreignKeysEnabled = true
        config.busyMode = .timeout(30)
        config.label = "hexaglot"
        config.prepareDatabase { db in
            // Reads go through the memory map rather than a system call per page.
            // Takes effect in a new file only: larger pages mean fewer of them for a big memory.
            try db.execute(sql: "PRAGMA page_size = 16384")
            try db.execute(sql: "PRAGMA mmap_size = 4294967296")
            // In WAL mode NORMAL keeps the file consistent through a killed process or a crash;
            // only the last commits before a power cut may be lost.
            try db.execute(sql: "PRAGMA synchronous = NORMAL")
            for language in Language.allCases {
                db.add(collation: Workspace.collation(language))
            }
        }
        var needsBackfill = false
        pool = try StoreError.wrap(path) {
            let pool = try DatabasePool(path: path, configuration: config)
            let (before, complete) = try pool.read { db in
                (try Migrations.migrator.appliedMigrations(db), try Migrations.migrator.hasCompletedMigrations(db))
            }
            // Up to date (every command but the first after an upgrade): no write transaction to open.
            if !complete { try Migrations.migrator.migrate(pool) }
            needsBackfill = !before.isEmpty && !before.contains("v3-translation-memory")
            return pool
        }
        if needsBackfill {
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
    func write<T>(_ body: (Database) throws -> T) throws -> T {
        try StoreError.wrap(path) {
            try pool.writeWithoutTransaction { db in
                var result: T?
                try db.inTransaction(.immediate) {
                    result = try body(db)
                    return .commit
                }
                return result!
            }
        }
    }

    func read<T>(_ body: (Database) throws -> T) throws -> T {
        try StoreError.wrap(path) { try pool.read(body) }
    }

    /// Writes everything into the main file and closes the workspace; it is not usable afterwards.
    public func close() throws {
        try StoreError.wrap(path) {
            try pool.writeWithoutTransaction { db in try db.checkpoint(.truncate) }
            try pool.close()
        }
    }

    /// The schema migrations applied to this workspace, in order.
    public func appliedMigrations() throws -> [String] {
        try read { db in try Migrations.migrator.appliedMigrations(db) }
    }
}
