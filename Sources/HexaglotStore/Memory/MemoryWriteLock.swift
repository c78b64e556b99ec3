/// The turn the memory's writers take on PostgreSQL: a transaction-level advisory lock, held
/// until the transaction ends. Every write that may change the memory (documents, translations,
/// statuses, memory imports) takes it first, so that two processes never give out the same unit
/// or token id, and, being the first lock such a write takes, it cannot close a cycle of waits
/// with the row locks taken after it. SQLite's write transactions take turns already.
enum MemoryWriteLock {
    /// The lock's key: "hexa-tm" in ASCII, so that it cannot meet another program's key by chance.
    static let key: Int64 = 0x6865_7861_2d74_6d

    static func take(_ db: any SQLDatabase) throws {
        guard db.dialect == .postgres else { return }
        try db.execute("SELECT pg_advisory_xact_lock(?)", key)
    }
}

extension Workspace {
    /// ``sqlWrite(_:)`` for a write that may change the memory: it takes the memory writers' turn first.
    func memoryWrite<T>(_ body: (any SQLDatabase) throws -> T) throws -> T {
        try sqlWrite { db in
            try MemoryWriteLock.take(db)
            return try body(db)
        }
    }
}
