import Foundation

/// `workspace copy`: every row of one workspace into a new one, SQLite or PostgreSQL either way.
///
/// The copy reads one snapshot of the source and writes the destination in one transaction:
/// all of it, or nothing (a new file that could not be filled is removed; a database keeps its
/// empty schema). Rows keep their ids, so copying there and back gives the same tables.
/// Tables are read a page at a time in key order, so a memory of millions of units never sits
/// in memory whole.
public enum WorkspaceCopy {
    /// What was copied: each table and its number of rows, in the order copied.
    public struct Report: Codable, Hashable, Sendable {
        public var from: String
        public var to: String
        public var tables: [Table]

        public struct Table: Codable, Hashable, Sendable {
            public var name: String
            public var rows: Int
        }
    }

    /// The workspace's tables, parents before children, each with the columns that order and page
    /// it (its primary key; all its columns for `tm_posting_delta`, which has none).
    /// (`grdb_migrations` is not copied: the destination's own migrations write it.)
    static let tables: [(name: String, key: [String])] = [
        ("workspace_info", ["key"]),
        ("document", ["id"]),
        ("document_package", ["document_id"]),
        ("segment", ["id"]),
        ("segment_change", ["id"]),
        ("translation", ["id"]),
        ("status_change", ["id"]),
        ("target_file", ["document_id", "language"]),
        ("glossary", ["id"]),
        ("glossary_concept", ["id"]),
        ("glossary_term", ["id"]),
        ("tm_source", ["id"]),
        ("tm_token", ["id"]),
        ("tm_unit", ["id"]),
        ("tm_posting", ["token", "length"]),
        ("tm_posting_delta", ["token", "unit", "length"]),
        ("person", ["name"]),
        ("session", ["token_hash"]),
    ]

    /// Rows read at a time.
    static let pageSize = 1000

    /// Copies the workspace at `source` into a new workspace at `destination` (a file that does
    /// not exist yet, or a PostgreSQL database holding no workspace).
    public static func run(from source: String, to destination: String) throws -> Report {
        try run(from: source, to: destination, pageSize: pageSize)
    }

    static func run(from source: String, to destination: String, pageSize: Int) throws -> Report {
        let from = try Workspace(path: source)
        defer { try? from.close() }
        if let newer = from.writtenByNewer {
            throw StoreError(.newerVersion, "\(from.path): written by \(newer), newer than this Hexaglot: copy it with that version")
        }
        let shown = WorkspaceLocation.display(destination)
        if try Workspace.exists(at: destination) {
            throw StoreError(.invalid, "\(shown): a workspace is already there; copy into a new file or an empty database")
        }
        let isFile: Bool
        if case .file = try WorkspaceLocation.parse(destination) { isFile = true } else { isFile = false }
        let to = try Workspace(path: destination, create: true)
        do {
            let tables = try from.sqlRead { source in
                try to.sqlWrite { target in try copyTables(source, target, pageSize: pageSize) }
            }
            try to.close()
            return Report(from: from.path, to: to.path, tables: tables)
        } catch {
            try? to.close()
            if isFile {
                for suffix in ["", "-wal", "-shm"] { try? FileManager.default.removeItem(atPath: destination + suffix) }
            }
            throw error
        }
    }

    static func copyTables(_ source: any SQLDatabase, _ target: any SQLDatabase, pageSize: Int) throws -> [Report.Table] {
        var report: [Report.Table] = []
        for table in tables {
            let casts = target.dialect == .postgres ? try columnTypes(target, table.name) : [:]
            var count = 0
            // The key of the last row copied, and how many copied rows have it: `tm_posting_delta`
            // may hold the same row twice, so a page starts at that key (>=) and skips those.
            var last: [SQLValue]?
            var copiedWithLast = 0
            let order = table.key.joined(separator: ", ")
            while true {
                let from = last.map { _ in "WHERE (\(order)) >= (\(table.key.map { _ in "?" }.joined(separator: ", ")))" } ?? ""
                let rows = try source.rows("SELECT * FROM \(table.name) \(from) ORDER BY \(order) LIMIT \(pageSize + copiedWithLast)", last ?? [])
                let page = rows.dropFirst(copiedWithLast)
                guard let first = page.first else { break }
                try insert(Array(page), columns: first.columns, into: table.name, casts: casts, target)
                count += page.count
                let key = table.key.map { page.last!.value($0) }
                let sameInPage = page.reversed().prefix { row in table.key.map { row.value($0) } == key }.count
                copiedWithLast = key == last ? copiedWithLast + sameInPage : sameInPage
                last = key
                if page.count < pageSize { break }
            }
            report.append(.init(name: table.name, rows: count))
        }
        if target.dialect == .postgres {
            // Identity columns go on from the highest id copied.
            for table in tables where table.key == ["id"] {
                try target.execute("SELECT setval(pg_get_serial_sequence('\(table.name)', 'id'), (SELECT COALESCE(MAX(id), 0) + 1 FROM \(table.name)), false)")
            }
        }
        return report
    }

    /// Multi-row inserts; `workspace_info` replaces what the new workspace wrote about itself.
    static func insert(_ rows: [SQLRow], columns: [String], into table: String, casts: [String: String], _ target: any SQLDatabase) throws {
        let perStatement = max(1, min(200, 30_000 / max(1, columns.count)))
        let placeholders = "(" + columns.map { column in casts[column].map { "CAST(? AS \($0))" } ?? "?" }.joined(separator: ", ") + ")"
        let conflict = table == "workspace_info" ? " ON CONFLICT (key) DO UPDATE SET value = excluded.value" : ""
        var start = 0
        while start < rows.count {
            let chunk = rows[start..<min(rows.count, start + perStatement)]
            let sql = "INSERT INTO \(table) (\(columns.joined(separator: ", "))) VALUES "
                + Array(repeating: placeholders, count: chunk.count).joined(separator: ", ") + conflict
            try target.execute(sql, chunk.flatMap { row in columns.map { row.value($0) } })
            start += chunk.count
        }
    }

    /// A PostgreSQL table's column types, so that a NULL bound alone still has its column's type.
    static func columnTypes(_ db: any SQLDatabase, _ table: String) throws -> [String: String] {
        var types: [String: String] = [:]
        for row in try db.rows("SELECT column_name::text AS name, data_type::text AS type FROM information_schema.columns WHERE table_name = ? AND table_schema = current_schema()", table) {
            if let name = row.string("name"), let type = row.string("type") { types[name] = type }
        }
        return types
    }
}
