/// The parts of the store that run on a PostgreSQL workspace, and the refusal of the others.
///
/// A part is ported when its SQL goes through ``SQLDatabase`` (`Workspace.sqlRead/sqlWrite`);
/// the rest still calls GRDB directly (`Workspace.read/write`), which on a server refuses
/// before anything is read or written, naming the part by the file it is written in.
enum PostgresAreas {
    /// What works on a PostgreSQL workspace, as the refusal lists it.
    static let ported = "reading documents, their history and coverage; people, sessions and glossaries; the translation memory's imports, lookups, concordance, statistics and export"

    /// The part of the store a source file of HexaglotStore holds, as people call it.
    static let areas: [(file: String, area: String)] = [
        ("DocumentImport", "importing documents"),
        ("TranslationWrites", "storing translations"),
        ("Memory", "the translation memory"),
    ]

    static func unavailable(_ fileID: String, _ path: String) -> StoreError {
        let area = areas.first { fileID.contains($0.file) }?.area ?? "this command"
        return StoreError(.unsupported, "\(path): \(area) is not available on a PostgreSQL workspace yet (what is: \(ported)); nothing was done")
    }
}
