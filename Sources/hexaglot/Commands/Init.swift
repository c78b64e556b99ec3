import ArgumentParser
import Foundation
import HexaglotStore

/// `hexaglot init`: creates a workspace, seeded from the project's Letters/ when there is one.
struct Init: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "init",
        abstract: "Create a workspace (hexaglot.sqlite) and import Letters/ into it.",
        discussion: "Creates the file in the current folder, or at --workspace. Refuses to overwrite an existing workspace.")

    @OptionGroup var workspaceOptions: WorkspaceOptions
    @OptionGroup var output: JSONOption

    @Flag(name: .long, help: "Create an empty workspace, even inside a project with Letters/.")
    var empty = false

    func run() throws {
        let path = workspaceOptions.workspace.map(WorkspaceOptions.filePath)
            ?? URL(fileURLWithPath: FileManager.default.currentDirectoryPath).appendingPathComponent(Workspace.fileName).path
        guard !FileManager.default.fileExists(atPath: path) else {
            throw CLIError("\(path): a workspace is already there")
        }
        let folder = URL(fileURLWithPath: path).deletingLastPathComponent().path
        let project = empty ? nil : ProjectFolder.find(from: folder)
        let workspace = try WorkspaceOptions.create(at: path, seedFrom: project, progress: Progress())
        let documents = try workspace.documents()
        let glossaries = try workspace.glossaries()
        if output.json {
            struct Report: Encodable { var workspace: String; var documents: [DocumentSummary]; var glossaries: [GlossarySummary] }
            try Output.json(Report(workspace: path, documents: documents, glossaries: glossaries))
            return
        }
        var line = "Created \(path) with \(documents.count) document\(documents.count == 1 ? "" : "s")"
        if !glossaries.isEmpty {
            let concepts = glossaries.reduce(0) { $0 + $1.concepts }
            line += " and \(glossaries.count) glossar\(glossaries.count == 1 ? "y" : "ies") (\(concepts) concepts)"
        }
        print(line + ".")
    }
}
