import HexaglotCore
import HexaglotStore

/// One glossary of the workspace made into the text of a TBX-Basic or CSV file.
public struct GlossaryExport: Sendable {
    /// The glossary written.
    public var name: String
    /// The file's text, in the format its path names.
    public var text: String
    public var concepts: Int
    public var terms: Int

    /// The glossary `name` (or the workspace's only one) as the file `path` wants it.
    public init(from workspace: Workspace, name: String?, path: String) throws {
        let names = try workspace.glossaries().map(\.name)
        guard let chosen = name ?? (names.count == 1 ? names[0] : nil) else {
            throw WorkflowError(.notFound, "the workspace has \(names.isEmpty ? "no glossary" : "several glossaries (\(names.joined(separator: ", ")))"): name one with --name")
        }
        let entries = try workspace.glossaryEntries(named: chosen)
        self.name = chosen
        self.text = try GlossaryFile.text(entries, for: path)
        self.concepts = entries.count
        self.terms = entries.reduce(0) { $0 + $1.terms.count }
    }
}
