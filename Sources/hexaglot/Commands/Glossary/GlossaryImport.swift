import ArgumentParser
import Foundation
import HexaglotCore
import HexaglotStore
import HexaglotFormats
import HexaglotWorkflow

/// `hexaglot glossary import`: a TBX or CSV glossary into the workspace.
struct GlossaryImport: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "import",
        abstract: "Import a glossary from TBX-Basic or CSV (by its extension); it replaces the glossary of the same name.",
        discussion: """
            The glossary is named after its file (connect2030.tbx gives connect2030). A malformed \
            file, an unknown language or a term given twice in a concept with different statuses \
            is an error naming the line, and the stored glossary stays as it was; a concept with no \
            approved term in one of the six languages is a warning.
            """)

    @OptionGroup var workspaceOptions: WorkspaceOptions
    @OptionGroup var output: JSONOption

    @Argument(help: ArgumentHelp("The .tbx or .csv file.", valueName: "file"))
    var file: String

    func validate() throws {
        guard FormatRegistry.kind(forPath: file) == .glossary else {
            throw ValidationError("\(file): expected a \(GlossaryFile.knownExtensions) file")
        }
    }

    func run() throws {
        let workspace = try workspaceOptions.open()
        let importer = Importer(workspace: workspace, progress: Progress(), author: nil)
        let result = try importer.importGlossary(file)
        if output.json {
            try Output.json(result)
        } else {
            print("\(file): glossary \(result.reference), \(result.segments ?? 0) concepts, \(result.outcome)")
        }
    }
}
