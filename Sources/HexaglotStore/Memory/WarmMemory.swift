import Foundation

/// The translation memory kept open for a long-running process (`hexaglot serve`): a connection
/// of its own to the workspace (a SQLite file or a PostgreSQL server), and on SQLite one
/// ``MemoryReader`` whose prepared statements (and SQLite's page cache) last from one lookup to
/// the next.
///
/// Each call runs in its own read transaction, so it sees every write stored before it began.
/// Calls are serialised: the reader and whatever `body` keeps beside it (a lookup's counting
/// arrays) are used by one thread at a time.
// @unchecked: `reader` (a non-Sendable statement cache) is read and written only while holding `lock`.
public final class WarmMemory: @unchecked Sendable {
    private let workspace: Workspace
    private let lock = NSLock()
    private var reader: MemoryReader?

    /// Opens a second connection to the workspace at `path` (a file or a `postgresql://` URL), for the memory alone.
    public convenience init(path: String) throws {
        self.init(reopened: try Workspace(path: path))
    }

    /// Opens a second connection to `workspace` (with the credentials it was opened with), for the memory alone.
    public convenience init(workspace: Workspace) throws {
        self.init(reopened: try workspace.reopen())
    }

    private init(reopened: Workspace) {
        workspace = reopened
    }

    /// Runs `body` with the warm reader inside one read transaction.
    public func read<T>(_ body: (MemoryReader) throws -> T) throws -> T {
        lock.lock()
        defer { lock.unlock() }
        return try workspace.readMemory(reusing: &reader, body)
    }

    /// Closes the connection; the object is not usable afterwards.
    public func close() throws {
        lock.lock()
        defer { lock.unlock() }
        reader = nil
        try workspace.close()
    }
}
