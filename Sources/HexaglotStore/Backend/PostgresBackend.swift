import Foundation
import Logging
import NIOConcurrencyHelpers
import NIOCore
import NIOPosix
import PostgresNIO
import Synchronization

/// A workspace's connection to its PostgreSQL server, and the transactions the store runs on it.
///
/// One connection per open workspace, made when it opens (so a wrong password or an unreachable
/// server is the first thing a command reports) and made again when the server dropped it. Its
/// event loop has a thread of its own; the store's calls block on it from theirs, one at a time.
/// A transaction the connection loses midway is rolled back by the server: nothing of it stays.
final class PostgresBackend: Sendable {
    let location: PostgresLocation
    private let group: MultiThreadedEventLoopGroup
    private let connection: NIOLockedValueBox<PostgresConnection?>
    private let closed = Atomic<Bool>(false)

    init(location: PostgresLocation) throws {
        self.location = location
        group = MultiThreadedEventLoopGroup(numberOfThreads: 1)
        connection = NIOLockedValueBox(nil)
        do {
            try withConnection { _ in }
        } catch {
            try? group.syncShutdownGracefully()
            throw error
        }
    }

    /// A workspace nobody closed (a command's, at its end) closes its connection here.
    deinit { try? close() }

    /// Runs `body` in one transaction: all of it is stored, or none of it.
    func write<T>(_ body: (PostgresSQL) throws -> T) throws -> T {
        try transaction("BEGIN ISOLATION LEVEL READ COMMITTED", body)
    }

    /// Runs `body` on one snapshot of the database.
    ///
    /// Its BEGIN and COMMIT are sent without waiting for their answers (a read-only transaction
    /// has nothing to lose at either; a failure shows at the next statement): two round trips
    /// fewer for each read, which is most of a warm memory lookup's.
    func read<T>(_ body: (PostgresSQL) throws -> T) throws -> T {
        try transaction("BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY", pipelined: true, body)
    }

    /// Runs one statement outside any transaction: `CREATE DATABASE` and `DROP DATABASE` cannot
    /// run inside one.
    func runOutsideTransaction(_ sql: String) throws {
        try withConnection { try $0.execute(sql, []) }
    }

    private func transaction<T>(_ begin: String, pipelined: Bool = false, _ body: (PostgresSQL) throws -> T) throws -> T {
        try withConnection { sql in
            if pipelined { try sql.send(begin) } else { try sql.execute(begin, []) }
            do {
                let result = try body(sql)
                if pipelined { try sql.send("COMMIT") } else { try sql.execute("COMMIT", []) }
                return result
            } catch let error as StoreError where error.code == .connection {
                // The connection is gone: the server rolls the transaction back, and a ROLLBACK
                // sent on a dead connection may never be answered.
                throw error
            } catch {
                try? sql.execute("ROLLBACK", [])
                throw error
            }
        }
    }

    private func withConnection<T>(_ body: (PostgresSQL) throws -> T) throws -> T {
        try connection.withLockedValue { current in
            if current == nil || current!.isClosed {
                current = try connect()
            }
            do {
                return try body(PostgresSQL(connection: current!, location: location))
            } catch let error as StoreError where error.code == .connection {
                // A connection the server dropped is not used again: the next call makes a new one.
                try? current?.close().wait()
                current = nil
                throw error
            }
        }
    }

    private func connect() throws -> PostgresConnection {
        try PostgresBackend.mapping(location, connecting: true) {
            try PostgresConnection.connect(on: group.next(), configuration: PostgresBackend.configuration(location), id: 1,
                                           logger: PostgresSQL.logger).wait()
        }
    }

    /// How to reach the server at `location`: its Unix socket, or its host and port.
    static func configuration(_ location: PostgresLocation) -> PostgresConnection.Configuration {
        var configuration: PostgresConnection.Configuration
        if let socket = location.socketFolder {
            configuration = .init(unixSocketPath: "\(socket)/.s.PGSQL.\(location.port)", username: location.user,
                                  password: location.password, database: location.database)
        } else {
            configuration = .init(host: location.host ?? "localhost", port: location.port, username: location.user,
                                  password: location.password, database: location.database, tls: .disable)
        }
        configuration.options.connectTimeout = .seconds(10)
        return configuration
    }

    /// Closes the connection and its thread; the backend is not usable afterwards.
    func close() throws {
        let open = connection.withLockedValue { current -> PostgresConnection? in
            defer { current = nil }
            return current
        }
        if let open, !open.isClosed { try? open.close().wait() }
        if closed.exchange(true, ordering: .relaxed) { return }
        try group.syncShutdownGracefully()
    }

    /// Runs `body`, turning PostgresNIO's errors into one ``StoreError`` that names the server
    /// (never the password) and says what to do.
    static func mapping<T>(_ location: PostgresLocation, connecting: Bool = false, _ body: () throws -> T) throws -> T {
        do {
            return try body()
        } catch let error as PSQLError {
            throw storeError(error, location, connecting: connecting)
        } catch let error as StoreError {
            throw error
        } catch {
            let place = location.description
            if connecting {
                throw StoreError(.connection, "\(place): cannot reach the PostgreSQL server (\(error)); is it running, and is the host and port right?")
            }
            throw StoreError(.connection, "\(place): the connection to the PostgreSQL server failed (\(error)); nothing of this command was stored")
        }
    }

    /// The error of a write whose connection the server lost: nothing of it was stored.
    /// `detail` follows "lost" (the reason, or where in the write it happened).
    static func lostConnection(_ location: PostgresLocation, detail: String = "") -> StoreError {
        StoreError(.connection, "\(location.description): the connection to the PostgreSQL server was lost\(detail); what this command was writing was not stored (the server rolls back an unfinished transaction): run it again once the server is back")
    }

    static func storeError(_ error: PSQLError, _ location: PostgresLocation, connecting: Bool) -> StoreError {
        let place = location.description
        let state = error.serverInfo?[.sqlState] ?? ""
        let message = error.serverInfo?[.message] ?? ""
        switch error.code {
        case .server:
            switch state {
            case "28P01", "28000":
                let given = location.password == nil ? "no password was given (put it in the URL or in PGPASSWORD)" : "wrong password"
                return StoreError(.connection, "\(place): the server refused user \(location.user): \(given), or the user may not connect (\(message))")
            case "3D000":
                return StoreError(.workspaceNotFound, "\(place): no database \(location.database) on the server; create it first (createdb \(location.database))")
            case "40001", "40P01":
                return StoreError(.conflict, "\(place): another writer changed the same data at the same time; nothing was stored, try again (\(message))")
            case "23505":
                return StoreError(.conflict, "\(place): \(message); nothing was stored")
            case "57P01", "57P02":
                return StoreError(.connection, "\(place): the server ended the connection (\(message)); what this command was writing was not stored (the server rolls back an unfinished transaction): run it again")
            case "53300", "57P03":
                return StoreError(.connection, "\(place): the server does not accept connections now (\(message))")
            case "42501":
                return StoreError(.readOnly, "\(place): this user may not change the workspace (\(message)); nothing was stored")
            default:
                return StoreError(.database, "\(place): \(message.isEmpty ? "the server refused the request" : message) (SQLSTATE \(state)); nothing of this command was stored")
            }
        case .authMechanismRequiresPassword:
            return StoreError(.connection, "\(place): the server asks a password of user \(location.user): put it in the URL or in PGPASSWORD")
        case .connectionError:
            let reason = error.underlying.map { "\($0)" } ?? "no answer"
            if !connecting { return lostConnection(location, detail: " (\(reason))") }
            return StoreError(.connection, "\(place): cannot reach the PostgreSQL server (\(reason)); is it running, and is the host and port right?")
        case .serverClosedConnection, .uncleanShutdown, .clientClosedConnection:
            if !connecting { return lostConnection(location) }
            return StoreError(.connection, "\(place): the connection to the PostgreSQL server was lost; try again")
        default:
            return StoreError(.database, "\(place): PostgreSQL: \(error.code)\(message.isEmpty ? "" : " (\(message))")")
        }
    }
}
