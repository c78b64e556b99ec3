/// A change a writer stored in the workspace: which document, and in which language.
///
/// On PostgreSQL every process watching the workspace hears of each change as it is committed
/// (LISTEN/NOTIFY), with its document and language. On SQLite a watcher learns that the file
/// changed, not where: `reference` and `language` are nil, and it reads again what it shows.
public struct WorkspaceChange: Sendable, Codable, Equatable {
    /// The document's reference as stored; nil when not known.
    public var reference: String?
    /// The language whose translations changed (a code: `es`); nil for the source or when not known.
    public var language: String?

    public init(reference: String?, language: String?) {
        self.reference = reference
        self.language = language
    }

    /// The PostgreSQL channel the changes are announced on.
    static let channel = "hexaglot_changes"

    /// Announces the change to every watcher once the transaction commits (never when it rolls
    /// back: PostgreSQL delivers a transaction's notifications at its commit). Nothing on SQLite,
    /// whose watchers notice the file changing.
    static func announce(_ db: any SQLDatabase, reference: String, language: String?) throws {
        guard db.dialect == .postgres else { return }
        try db.execute("SELECT pg_notify(?, ?)", channel, try StoredJSON.text(WorkspaceChange(reference: reference, language: language)))
    }
}
