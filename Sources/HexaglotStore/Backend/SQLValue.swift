import Foundation
import GRDB

/// One value bound into, or read out of, the store's SQL on either backend.
///
/// The store keeps to the types both databases hold alike: 64-bit integers, doubles, text and
/// bytes. Dates are stored as text in SQLite's (and GRDB's) form, `2026-12-06 16:40:00.000`
/// in UTC, which sorts as it reads and compares the same on both backends.
enum SQLValue: Sendable, Hashable {
    case null
    case integer(Int64)
    case real(Double)
    case text(String)
    case blob([UInt8])

    var isNull: Bool { self == .null }
}

/// A value that can stand in an SQL argument list.
protocol SQLArgument {
    var sqlValue: SQLValue { get }
}

extension SQLValue: SQLArgument { var sqlValue: SQLValue { self } }
extension String: SQLArgument { var sqlValue: SQLValue { .text(self) } }
extension Int: SQLArgument { var sqlValue: SQLValue { .integer(Int64(self)) } }
extension Int64: SQLArgument { var sqlValue: SQLValue { .integer(self) } }
extension Double: SQLArgument { var sqlValue: SQLValue { .real(self) } }
extension Bool: SQLArgument { var sqlValue: SQLValue { .integer(self ? 1 : 0) } }
extension Data: SQLArgument { var sqlValue: SQLValue { .blob([UInt8](self)) } }
extension Date: SQLArgument {
    /// GRDB's own text for a date, so rows written through either path read the same.
    var sqlValue: SQLValue {
        if case .string(let text) = databaseValue.storage { return .text(text) }
        return .null
    }
}
extension Optional: SQLArgument where Wrapped: SQLArgument {
    var sqlValue: SQLValue { self?.sqlValue ?? .null }
}

/// One result row: its values by column name, in the order of the query's columns.
struct SQLRow: Sendable {
    let columns: [String]
    let values: [SQLValue]

    func value(_ column: String) -> SQLValue {
        guard let index = columns.firstIndex(of: column) else { return .null }
        return values[index]
    }

    func string(_ column: String) -> String? {
        switch value(column) {
        case .text(let text): return text
        case .integer(let n): return String(n)
        case .real(let x): return String(x)
        case .blob(let bytes): return String(decoding: bytes, as: UTF8.self)
        case .null: return nil
        }
    }

    func int(_ column: String) -> Int? { int64(column).map(Int.init) }

    func int64(_ column: String) -> Int64? {
        switch value(column) {
        case .integer(let n): return n
        case .real(let x): return Int64(exactly: x)
        case .text(let text): return Int64(text)
        case .blob, .null: return nil
        }
    }

    func bytes(_ column: String) -> [UInt8]? {
        switch value(column) {
        case .blob(let bytes): return bytes
        case .text(let text): return Array(text.utf8)
        default: return nil
        }
    }

    /// A JSON column (GRDB's `.jsonText`), decoded.
    func json<T: Decodable>(_ column: String, as type: T.Type = T.self) throws -> T {
        guard let text = string(column) else {
            throw StoreError(.damaged, "column \(column) is empty where JSON was expected")
        }
        return try JSONDecoder().decode(T.self, from: Data(text.utf8))
    }

    /// A required column; a missing or null one is a damaged row.
    func required<T>(_ column: String, _ read: (String) -> T?) throws -> T {
        guard let value = read(column) else { throw StoreError(.damaged, "column \(column) is missing or null") }
        return value
    }

    /// A date stored in GRDB's text form.
    func date(_ column: String) -> Date? {
        guard let text = string(column) else { return nil }
        return Date.fromDatabaseValue(text.databaseValue)
    }
}
