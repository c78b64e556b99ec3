/// A memory unit's row as values, in the order of ``MemoryBuilder/unitColumns``, for the
/// writes that go through ``SQLDatabase`` (a workspace segment's unit).
enum UnitRow {
    /// The row of unit `id`; `encode` gives each variant's tokens (and stores what they need).
    static func values(id: Int64, hash: Int64, _ prepared: PreparedMemoryUnit, origin: String?, segment: Int64?,
                       encode: (PreparedVariant) throws -> VariantEncoding) throws -> [SQLValue] {
        var row = [SQLValue](repeating: .null, count: MemoryBuilder.unitColumns.count)
        row[0] = .integer(id)
        row[1] = .integer(hash)
        for v in prepared.variants {
            let l = v.language.memoryIndex
            row[2 + l] = .blob(try encode(v).blob)
            row[8 + l] = v.context.sqlValue
            row[14 + l] = .text(v.plain)
            row[20 + l] = v.contentJSON.sqlValue
            row[26 + l] = v.tag.sqlValue
        }
        let unit = prepared.unit
        row[32] = unit.id.sqlValue
        row[33] = (origin ?? unit.origin).sqlValue
        row[34] = segment.sqlValue
        row[35] = unit.author.sqlValue
        row[36] = MemoryDates.text(unit.created).sqlValue
        row[37] = unit.changedBy.sqlValue
        row[38] = MemoryDates.text(unit.changed).sqlValue
        row[39] = prepared.extra.sqlValue
        return row
    }
}
