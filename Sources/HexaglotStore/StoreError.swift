import GRDB

/// The error thrown by the store: a code to match in `catch`, and a message for people.
public struct StoreError: Error, CustomStringConvertible, Sendable {
    public struct Code: Hashable, Sendable, CustomStringConvertible {
        let kind: Kind
        /// No workspace file where one was looked for.
        public static let workspaceNotFound = Code(kind: .workspaceNotFound)
        /// A document, segment or translation that the command names does not exist.
        public static let notFound = Code(kind: .notFound)
        /// The request contradicts what is stored (a status without text, a reference taken).
        public static let invalid = Code(kind: .invalid)
        /// Another writer changed the same data first.
        public static let conflict = Code(kind: .conflict)
        /// SQLite failed: a locked, corrupt or unreadable workspace.
        public static let database = Code(kind: .database)
        /// The workspace is damaged (or not a workspace at all); nothing is written to it.
        public static let damaged = Code(kind: .damaged)
        /// The command would write, but this user cannot write the workspace file or its folder.
        public static let readOnly = Code(kind: .readOnly)
        /// The workspace was written by a newer Hexaglot; this one does not write to it.
        public static let newerVersion = Code(kind: .newerVersion)
        /// The PostgreSQL server cannot be reached, refused the user, or dropped the connection.
        public static let connection = Code(kind: .connection)
        /// The command needs a part of the store that this kind of workspace does not have.
        public static let unsupported = Code(kind: .unsupported)
        /// A PostgreSQL database that exists but holds no workspace yet (its tables are not made).
        public static let emptyDatabase = Code(kind: .emptyDatabase)
        public var description: String { kind.rawValue }
    }

    enum Kind: String, Sendable {
        case workspaceNotFound = "workspace-not-found"
        case notFound = "not-found"
        case invalid
        case conflict
        case database
        case damaged
        case readOnly = "read-only"
        case newerVersion = "newer-version"
        case connection
        case unsupported
        case emptyDatabase = "empty-database"
    }

    public let code: Code
    public let message: String

    init(_ kind: Kind, _ message: String) {
        self.code = Code(kind: kind)
        self.message = message
    }

    public var description: String { message }

    /// Wraps SQLite's errors so callers see one error type.
    static func wrap<T>(_ path: String, _ body: () throws -> T) throws -> T {
        do {
            return try body()
        } catch let error as DatabaseError {
            switch error.resultCode {
            case .SQLITE_BUSY, .SQLITE_LOCKED:
                throw StoreError(.database, "\(path): the workspace stayed locked by another hexaglot command; try again when it has finished")
            case .SQLITE_CORRUPT, .SQLITE_NOTADB:
                throw StoreError(.damaged, "\(path): not a Hexaglot workspace, or a damaged one (\(error.message ?? "\(error.resultCode)")); nothing was written to it")
            case .SQLITE_READONLY:
                throw StoreError(.readOnly, "\(path): read-only (this user cannot write the file or its folder); nothing was written")
            case .SQLITE_FULL:
                throw StoreError(.database, "\(path): the disk is full; nothing was written")
            case .SQLITE_CANTOPEN:
                throw StoreError(.database, "\(path): cannot open the workspace (a missing folder, or no permission)")
            default:
                throw StoreError(.database, "\(path): \(error.message ?? "\(error.resultCode)")")
            }
        }
    }
}
