import Foundation

/// A running watch over a workspace's changes (``Workspace/watchChanges(_:)``); stop it when done.
public final class ChangeWatch: Sendable {
    private let stopping: @Sendable () -> Void

    init(stop: @escaping @Sendable () -> Void) { stopping = stop }

    /// Stops the watch: no handler call starts after it returns.
    public func stop() { stopping() }

    deinit { stopping() }
}

extension Workspace {
    /// Calls `handler` (on a thread of its own) whenever another connection, in this process or
    /// another, on this machine or another, commits a change to the workspace's documents or
    /// translations: within a second of the commit.
    ///
    /// On PostgreSQL the watch listens to the server's notifications on a connection of its own,
    /// and connects again when it is lost (then calls `handler` with an unknown change, for what
    /// it may have missed meanwhile). On SQLite it looks at the file's change counter four times
    /// a second.
    public func watchChanges(_ handler: @escaping @Sendable (WorkspaceChange) -> Void) throws -> ChangeWatch {
        if let postgres { return PostgresChangeListener.start(postgres.location, handler) }
        return try SQLiteChangePoller.start(path: path, handler)
    }
}
