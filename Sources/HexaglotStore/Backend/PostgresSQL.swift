import Foundation
import Logging
import NIOConcurrencyHelpers
import NIOCore
import PostgresNIO

/// The PostgreSQL side of ``SQLDatabase``: one connection, inside a transaction the backend opened.
///
/// Calls block until the server answers (the connection's event loop runs on its own thread,
/// never this one). `?` placeholders become `$1, $2 …`.
struct PostgresSQL: SQLDatabase {
    let connection: PostgresConnection
    let location: PostgresLocation
    var dialect: SQLDialect { .postgres }

    static let logger = Logger(label: "hexaglot.postgres", factory: { _ in SwiftLogNoOpLogHandler() })

    func execute(_ sql: String, _ arguments: [SQLValue]) throws {
        _ = try rows(sql, arguments)
    }

    func rows(_ sql: String, _ arguments: [SQLValue]) throws -> [SQLRow] {
        var binds = PostgresBindings(capacity: arguments.count)
        for argument in arguments {
            switch argument {
            case .null: binds.appendNull()
            case .integer(let n): binds.append(n)
            case .real(let x): binds.append(x)
            case .text(let text): binds.append(text)
            case .blob(let bytes): binds.append(ByteBuffer(bytes: bytes))
            }
        }
        let query = PostgresQuery(unsafeSQL: PostgresSQL.numberingPlaceholders(sql), binds: binds)
        try PostgresSQL.checkOpen(connection, location)
        let result = try PostgresBackend.mapping(location) {
            try waitUnlessClosed(connection.query(query, logger: PostgresSQL.logger))
        }
        return try result.rows.map { row in
            var columns: [String] = []
            var values: [SQLValue] = []
            for cell in row {
                columns.append(cell.columnName)
                values.append(try PostgresSQL.value(cell))
            }
            return SQLRow(columns: columns, values: values)
        }
    }

    /// Waits for `future`, or fails as soon as the connection closes: a query under way when the
    /// server dies is not always failed by the driver itself, and would be waited for forever.
    func waitUnlessClosed<T: Sendable>(_ future: EventLoopFuture<T>) throws -> T {
        let promise = future.eventLoop.makePromise(of: T.self)
        let settled = NIOLockedValueBox(false)
        @Sendable func settle(_ result: Result<T, any Error>) {
            let first = settled.withLockedValue { done -> Bool in
                defer { done = true }
                return !done
            }
            if first { promise.completeWith(result) }
        }
        future.whenComplete(settle)
        let location = location
        connection.closeFuture.whenComplete { _ in settle(.failure(PostgresBackend.lostConnection(location))) }
        return try promise.futureResult.wait()
    }

    /// Sends a statement without waiting for its answer: the connection runs statements in
    /// order, so the next one runs after it; its failure is not reported (only for statements
    /// that cannot fail but by the connection failing, which the next statement then reports).
    func send(_ sql: String) throws {
        try PostgresSQL.checkOpen(connection, location)
        _ = connection.query(PostgresQuery(unsafeSQL: sql), logger: PostgresSQL.logger)
    }

    /// Throws when the connection is closed: a query written to a closed connection may never
    /// be answered (PostgresNIO drops it without failing its future).
    static func checkOpen(_ connection: PostgresConnection, _ location: PostgresLocation) throws {
        if connection.isClosed {
            throw PostgresBackend.lostConnection(location)
        }
    }

    /// `?` placeholders numbered as PostgreSQL's `$n`, outside quoted strings, names and comments.
    static func numberingPlaceholders(_ sql: String) -> String {
        var out = ""
        out.reserveCapacity(sql.utf8.count + 8)
        var number = 0
        var quote: Character?
        var inComment = false
        var previous: Character?
        for c in sql {
            if inComment {
                if c == "\n" { inComment = false }
            } else if let q = quote {
                if c == q { quote = nil }
            } else if c == "'" || c == "\"" {
                quote = c
            } else if c == "-" && previous == "-" {
                inComment = true
            } else if c == "?" {
                number += 1
                out += "$\(number)"
                previous = c
                continue
            }
            out.append(c)
            previous = c
        }
        return out
    }

    /// One cell as the store's value types: integers of every width, doubles, text, bytes.
    static func value(_ cell: PostgresCell) throws -> SQLValue {
        guard cell.bytes != nil else { return .null }
        switch cell.dataType {
        case .int2, .int4, .int8, .oid: return .integer(try cell.decode(Int64.self))
        case .float4, .float8: return .real(try cell.decode(Double.self))
        case .bool: return .integer(try cell.decode(Bool.self) ? 1 : 0)
        case .bytea: return .blob(Array(buffer: try cell.decode(ByteBuffer.self)))
        case .numeric:
            let decimal = try cell.decode(Decimal.self)
            let number = NSDecimalNumber(decimal: decimal)
            if let n = Int64(exactly: number.doubleValue), Decimal(n) == decimal { return .integer(n) }
            return .real(number.doubleValue)
        default:
            if let text = try? cell.decode(String.self) { return .text(text) }
            return .blob(Array(buffer: cell.bytes!))
        }
    }
}
