import Foundation
import NIOCore
import NIOPosix
import PostgresNIO
import Synchronization

/// Listens to a PostgreSQL workspace's change notifications (``WorkspaceChange/channel``) on a
/// connection of its own, connecting again after a lost connection.
///
/// It runs on a thread and an event loop of its own, never on Swift's shared task threads: a
/// process whose tasks all block (a test, a busy server) still hears of changes at once.
final class PostgresChangeListener: Sendable {
    private let location: PostgresLocation
    private let handler: @Sendable (WorkspaceChange) -> Void
    private let group = MultiThreadedEventLoopGroup(numberOfThreads: 1)
    private let stopped = Atomic<Bool>(false)
    private let current = Mutex<PostgresConnection?>(nil)

    private init(_ location: PostgresLocation, _ handler: @escaping @Sendable (WorkspaceChange) -> Void) {
        self.location = location
        self.handler = handler
    }

    static func start(_ location: PostgresLocation, _ handler: @escaping @Sendable (WorkspaceChange) -> Void) -> ChangeWatch {
        let listener = PostgresChangeListener(location, handler)
        let thread = Thread { listener.run() }
        thread.name = "hexaglot-changes"
        thread.start()
        return ChangeWatch { listener.stop() }
    }

    private func run() {
        var first = true
        while !stopped.load(ordering: .acquiring) {
            // A failed connection is tried again shortly, quietly: commands report an unreachable server themselves.
            if let connection = try? connect() {
                // Changes stored while no connection listened are not known: watchers read again.
                if !first { handler(WorkspaceChange(reference: nil, language: nil)) }
                try? connection.closeFuture.wait()
            }
            first = false
            current.withLock { $0 = nil }
            if !stopped.load(ordering: .acquiring) { Thread.sleep(forTimeInterval: 0.5) }
        }
        try? group.syncShutdownGracefully()
    }

    private func connect() throws -> PostgresConnection {
        let connection = try PostgresConnection.connect(on: group.next(), configuration: PostgresBackend.configuration(location),
                                                        id: 2, logger: PostgresSQL.logger).wait()
        let handler = self.handler
        connection.addListener(channel: WorkspaceChange.channel) { _, notification in
            let change = try? JSONDecoder().decode(WorkspaceChange.self, from: Data(notification.payload.utf8))
            handler(change ?? WorkspaceChange(reference: nil, language: nil))
        }
        // Listening starts once the server has answered; a change committed after this returns is heard.
        _ = try connection.query("SELECT 1", logger: PostgresSQL.logger).wait()
        let keep = current.withLock { slot -> Bool in
            if stopped.load(ordering: .acquiring) { return false }
            slot = connection
            return true
        }
        if !keep { try? connection.close().wait() }
        return connection
    }

    private func stop() {
        stopped.store(true, ordering: .releasing)
        let connection = current.withLock { $0 }
        if let connection {
            let closing: EventLoopFuture<Void> = connection.close()
            closing.whenComplete { _ in }
        }
    }
}
