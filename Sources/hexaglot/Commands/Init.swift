import ArgumentParser
import Foundation
import HexaglotStore
import HexaglotWorkflow

/// `hexaglot init`: creates a workspace, seeded from the project's Letters/ when there is one.
struct Init: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "init",
        abstract: "Create a workspace (hexaglot.sqlite) and import Letters/ into it.",
        discussion: """
            Creates the file in the current folder, or at --workspace (else $HEXAGLOT_WORKSPACE): a file, a folder, or a PostgreSQL database. Refuses to overwrite an existing workspace. \
            The documents come from --letters, else from Letters/ of the project folder: the nearest folder \
            holding Letters/ at or above the workspace's folder, else at or above the current folder. \
            The glossaries come from --glossaries, else from Glossaries/ next to that Letters/. \
            A workspace created with no document says where Letters/ was looked for.
            """)

    @OptionGroup var workspaceOptions: WorkspaceOptions
    @OptionGroup var output: JSONOption

    @Flag(name: .long, help: "Create an empty workspace, even inside a project with Letters/.")
    var empty = false

    @Option(name: .long, help: ArgumentHelp("Import the documents and translations of this folder (default: the project's Letters/).", valueName: "dir"))
    var letters: String?

    @Option(name: .long, help: ArgumentHelp("Import the TBX glossaries of this folder (default: Glossaries/ next to the Letters/ used).", valueName: "dir"))
    var glossaries: String?

    func validate() throws {
        if empty && (letters != nil || glossaries != nil) {
            throw ValidationError("--empty creates a workspace with nothing in it: leave out --letters and --glossaries")
        }
        if letters?.isEmpty == true { throw ValidationError("--letters needs a folder") }
        if glossaries?.isEmpty == true { throw ValidationError("--glossaries needs a folder") }
    }

    func run() throws {
        let path = workspaceOptions.givenPath()
            ?? URL(fileURLWithPath: FileManager.default.currentDirectoryPath).appendingPathComponent(Workspace.fileName).path
        guard !(try Workspace.exists(at: path)) else {
            throw CLIError("\(WorkspaceLocation.display(path)): a workspace is already there")
        }
        for (option, folder) in [("--letters", letters), ("--glossaries", glossaries)] {
            guard let folder else { continue }
            var isDirectory: ObjCBool = false
            guard FileManager.default.fileExists(atPath: folder, isDirectory: &isDirectory), isDirectory.boolValue else {
                throw CLIError("\(folder): no such folder (given as \(option))")
            }
        }
        let server = WorkspaceLocation.isServer(path)
        // A database is in no folder: Letters/ is looked for from the current one, as for a file made here.
        let here = URL(fileURLWithPath: FileManager.default.currentDirectoryPath).appendingPathComponent(Workspace.fileName).path
        let seed = empty ? WorkspaceSeed() : WorkspaceSeed.find(letters: letters, glossaries: glossaries, workspace: server ? here : path)
        let workspace = try WorkspaceCreation.create(at: path, letters: seed.letters, glossaries: seed.glossaries,
                                                     author: Person.current(nil), progress: Progress())
        let documents = try workspace.documents()
        let glossaryList = try workspace.glossaries()
        if documents.isEmpty && !empty && !server {
            let searched = seed.letters.map { [$0] } ?? seed.searched.map { "\($0) and the folders above it" }
            printError("warning: no document in the new workspace: no Letters/ folder was found in \(searched.joined(separator: ", nor in ")); pass --letters DIR to import one, then `hexaglot import` to add more")
        }
        if output.json {
            struct Report: Encodable {
                var workspace: String; var letters: String?; var searched: [String]
                var documents: [DocumentSummary]; var glossaries: [GlossarySummary]
            }
            try Output.json(Report(workspace: workspace.path, letters: seed.letters, searched: seed.searched,
                                   documents: documents, glossaries: glossaryList))
            return
        }
        var line = "Created \(workspace.path) with \(documents.count) document\(documents.count == 1 ? "" : "s")"
        if !glossaryList.isEmpty {
            let concepts = glossaryList.reduce(0) { $0 + $1.concepts }
            line += " and \(glossaryList.count) glossar\(glossaryList.count == 1 ? "y" : "ies") (\(concepts) concepts)"
        }
        if let letters = seed.letters, !documents.isEmpty { line += " from \(letters)" }
        print(line + ".")
    }
}
