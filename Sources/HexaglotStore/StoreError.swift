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
        public var description: String { kind.rawValue }
    }

    enum Kind: String, Sendable {
        case workspaceNotFound = "workspace-not-found"
        case notFound = "not-found"
        case invalid
        case conflict
        case database
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
                throw StoreError(.database, "\(path): not a Hexaglot workspace, or a damaged one (\(error.message ?? "\(error.resultCode)"))")
            default:
                throw StoreError(.database, "\(path): \(error.message ?? "\(error.resultCode)")")
            }
        }
    }
}
