import Foundation
import GRDB
import GRDBSQLite
import HexaglotCore
import Synchronization

/// Decides, once per process and before the first write, whether the workspace may be written.
///
/// It may not when this user cannot write it, when a newer Hexaglot wrote it, or when it is
/// damaged. Damage is looked for with `PRAGMA quick_check`, which reads every page: about
/// 0.7 s for 500 MB. Reading commands never pay for it. A write pays it once, up to
/// `integrityBudget`; on a file too big to check in that time the check stops there and the
/// write relies on SQLite's own checks (`cell_size_check` on, and any corruption met while
/// writing aborts the transaction, which is then rolled back): a damaged page is never
/// written over knowingly, and a write that meets one stores nothing.
final class WriteGuard: Sendable {
    let path: String
    let readOnly: Bool
    let newer: String?
    /// How long the integrity check may run before the first write.
    static let integrityBudget: Double = 2.0

    /// Whether the integrity check passed, and whether this Hexaglot was recorded as the writer.
    private let done = Mutex((checked: false, recorded: false))

    init(path: String, readOnly: Bool, newer: String?) {
        self.path = path
        self.readOnly = readOnly
        self.newer = newer
    }

    var newerDescription: String {
        "it was written by \(newer ?? "a newer Hexaglot"), newer than this Hexaglot \(HexaglotVersion.current)"
    }

    /// Throws the reason this workspace may not be written, checking its integrity the first time.
    /// `writer` is nil on a PostgreSQL workspace, whose server checks its own pages.
    func check(_ writer: (any DatabaseWriter)?) throws {
        if readOnly {
            throw StoreError(.readOnly, "\(path): read-only for this user (the file or its folder cannot be written); this command changes the workspace, so nothing was done")
        }
        if newer != nil {
            throw StoreError(.newerVersion, "\(path): \(newerDescription); this Hexaglot does not change it, so nothing was done: use that version or a later one")
        }
        guard let writer else { return }
        try done.withLock { done in
            if done.checked { return }
            let problem: String? = try StoreError.wrap(path) {
                try writer.writeWithoutTransaction { db in
                    try db.execute(sql: "PRAGMA cell_size_check = ON")
                    return try WriteGuard.quickCheck(db, budget: WriteGuard.integrityBudget)
                }
            }
            if let problem {
                let first = problem.replacingOccurrences(of: "*** in database main ***", with: "")
                    .split(whereSeparator: \.isNewline).first.map(String.init) ?? problem
                throw StoreError(.damaged, "\(path): the workspace is damaged (\(first.prefix(120))); nothing was written to it. Restore it from a backup, or save what SQLite can read with `sqlite3 \(path) .recover | sqlite3 recovered.sqlite`")
            }
            done.checked = true
        }
    }

    /// Records this Hexaglot as the workspace's writer, once per process, if it is the newest one.
    func recordWriter(_ db: any SQLDatabase) throws {
        if done.withLock({ $0.recorded }) { return }
        let stored = try db.row("SELECT value FROM workspace_info WHERE key = 'written-by'")?.string("value")
        if stored == nil || HexaglotVersion.isOlder(stored!, than: HexaglotVersion.current) {
            try db.execute("""
                INSERT INTO workspace_info (key, value) VALUES ('written-by', ?)
                ON CONFLICT (key) DO UPDATE SET value = excluded.value
                """, HexaglotVersion.current)
        }
        done.withLock { $0.recorded = true }
    }

    /// The first problem `PRAGMA quick_check` reports, or nil when it finds none (or runs out of time).
    static func quickCheck(_ db: Database, budget: Double) throws -> String? {
        let deadline = Deadline(at: Date().addingTimeInterval(budget))
        let context = Unmanaged.passRetained(deadline)
        defer {
            sqlite3_progress_handler(db.sqliteConnection, 0, nil, nil)
            context.release()
        }
        sqlite3_progress_handler(db.sqliteConnection, 10_000, { pointer in
            let deadline = Unmanaged<Deadline>.fromOpaque(pointer!).takeUnretainedValue()
            return Date() > deadline.at ? 1 : 0
        }, context.toOpaque())
        do {
            let rows = try String.fetchAll(db, sql: "PRAGMA quick_check(1)")
            return rows == ["ok"] ? nil : rows.joined(separator: "; ")
        } catch let error as DatabaseError where error.resultCode == .SQLITE_INTERRUPT {
            return nil
        } catch let error as DatabaseError where error.resultCode == .SQLITE_CORRUPT || error.resultCode == .SQLITE_NOTADB {
            return error.message ?? "database disk image is malformed"
        }
    }

    private final class Deadline {
        let at: Date
        init(at: Date) { self.at = at }
    }
}
