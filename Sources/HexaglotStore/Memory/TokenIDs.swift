/// The dictionary ids of every token a workspace unit's variants need, found or added in a few
/// statements rather than one round trip per word (which a server would feel).
enum TokenIDs {
    struct Key: Hashable {
        var language: String
        var kind: Int
        var text: String
    }

    /// Every token of `variants` with its id; tokens the dictionary lacks are added (df 0) with
    /// the ids after the highest. Runs inside ``Workspace/memoryWrite(_:)``'s turn.
    static func resolve(_ db: any SQLDatabase, _ variants: [PreparedVariant]) throws -> [Key: Int64] {
        var wanted = Set<Key>()
        for v in variants {
            _ = VariantEncoding.encode(v) { kind, bytes, _ in
                wanted.insert(Key(language: v.language.rawValue, kind: Int(kind), text: String(decoding: bytes, as: UTF8.self)))
                return (0, 0)
            }
        }
        var ids: [Key: Int64] = [:]
        let keys = Array(wanted)
        for chunk in keys.chunked(by: 300) {
            let rows = try db.rows("SELECT id, language, kind, text FROM tm_token WHERE (language, kind, text) IN (VALUES "
                                   + chunk.map { _ in "(?, ?, ?)" }.joined(separator: ", ") + ")",
                                   chunk.flatMap { [SQLValue.text($0.language), .integer(Int64($0.kind)), .text($0.text)] })
            for row in rows {
                guard let id = row.int64("id"), let language = row.string("language"), let kind = row.int("kind"),
                      let text = row.string("text") else { continue }
                ids[Key(language: language, kind: kind, text: text)] = id
            }
        }
        let missing = keys.filter { ids[$0] == nil }
        guard !missing.isEmpty else { return ids }
        var next = (try db.row("SELECT max(id) AS id FROM tm_token")?.int64("id") ?? 0) + 1
        for chunk in missing.chunked(by: 300) {
            var values: [SQLValue] = []
            for key in chunk {
                ids[key] = next
                values += [.integer(next), .text(key.language), .integer(Int64(key.kind)), .text(key.text)]
                next += 1
            }
            try db.execute("INSERT INTO tm_token (id, language, kind, text, df) VALUES " + chunk.map { _ in "(?, ?, ?, ?, 0)" }.joined(separator: ", "),
                           values)
        }
        return ids
    }
}

extension Array {
    /// The array in consecutive slices of at most `size` elements.
    func chunked(by size: Int) -> [ArraySlice<Element>] {
        stride(from: 0, to: count, by: size).map { self[$0..<Swift.min($0 + size, count)] }
    }
}
