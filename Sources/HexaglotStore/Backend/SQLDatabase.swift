/// The store's one interface to SQL: a connection inside a read or a write transaction.
///
/// Both backends take the same SQL, with `?` placeholders (PostgreSQL's are numbered for it) and
/// the syntax both accept: `INSERT … ON CONFLICT … DO NOTHING / DO UPDATE`, `RETURNING id`,
/// `COLLATE hexaglot_fr` (a collation each backend defines from ICU). Where the two differ (the
/// types of the schema), the migrations say it once per backend.
protocol SQLDatabase {
    /// Which database runs the SQL, for the rare statement that must differ.
    var dialect: SQLDialect { get }
    /// Runs one statement that returns no rows.
    func execute(_ sql: String, _ arguments: [SQLValue]) throws
    /// Runs one query and returns all its rows.
    func rows(_ sql: String, _ arguments: [SQLValue]) throws -> [SQLRow]
}

/// The two SQL dialects the store speaks.
enum SQLDialect: String, Sendable {
    case sqlite
    case postgres
}

extension SQLDatabase {
    func execute(_ sql: String, _ arguments: any SQLArgument...) throws {
        try execute(sql, arguments.map(\.sqlValue))
    }

    func rows(_ sql: String, _ arguments: any SQLArgument...) throws -> [SQLRow] {
        try rows(sql, arguments.map(\.sqlValue))
    }

    /// The first row of a query, or nil when it has none.
    func row(_ sql: String, _ arguments: any SQLArgument...) throws -> SQLRow? {
        try rows(sql, arguments.map(\.sqlValue)).first
    }

    /// The first column of the first row, or `.null` when there is no row.
    func scalar(_ sql: String, _ arguments: any SQLArgument...) throws -> SQLValue {
        try rows(sql, arguments.map(\.sqlValue)).first?.values.first ?? .null
    }

    /// Runs an `INSERT … RETURNING id` and returns the new row's id.
    func insertReturningID(_ sql: String, _ arguments: any SQLArgument...) throws -> Int64 {
        try insertReturningID(sql, arguments.map(\.sqlValue))
    }

    func insertReturningID(_ sql: String, _ arguments: [SQLValue]) throws -> Int64 {
        guard let id = try rows(sql + " RETURNING id", arguments).first?.int64("id") else {
            throw StoreError(.database, "an insert returned no id")
        }
        return id
    }
}
