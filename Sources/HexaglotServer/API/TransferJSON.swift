import HexaglotWorkflow

/// The answer of `POST /api/documents`: what the import stored (`import --json`'s `files`) and its warnings.
struct ImportJSON: Codable, Sendable {
    var files: [Importer.Result]
    var warnings: [String]
}
