import Foundation
import GRDB
import Synchronization

/// Watches a workspace file for commits by other connections: SQLite's `data_version` changes
/// when one commits, and is read on a read-only connection of the poller's own.
enum SQLiteChangePoller {
    static let interval: TimeInterval = 0.25

    static func start(path: String, _ handler: @escaping @Sendable (WorkspaceChange) -> Void) throws -> ChangeWatch {
        var config = Configuration()
        config.readonly = true
        config.busyMode = .timeout(5)
        config.label = "hexaglot-changes"
        let queue = try StoreError.wrap(path) { try DatabaseQueue(path: path, configuration: config) }
        let stopped = Atomic<Bool>(false)
        let thread = Thread {
            var last = try? queue.read { db in try Int.fetchOne(db, sql: "PRAGMA data_version") }
            while !stopped.load(ordering: .acquiring) {
                Thread.sleep(forTimeInterval: interval)
                guard let now = try? queue.read({ db in try Int.fetchOne(db, sql: "PRAGMA data_version") }) else { continue }
                if now != last, !stopped.load(ordering: .acquiring) {
                    last = now
                    handler(WorkspaceChange(reference: nil, language: nil))
                }
            }
            try? queue.close()
        }
        thread.name = "hexaglot-changes"
        thread.start()
        return ChangeWatch { stopped.store(true, ordering: .releasing) }
    }
}
