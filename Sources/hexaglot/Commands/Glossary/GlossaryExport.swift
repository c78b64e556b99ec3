import ArgumentParser
import Foundation
import HexaglotCore
import HexaglotFormats
import HexaglotStore
import HexaglotWorkflow

/// `hexaglot glossary export`: the workspace's glossary as TBX-Basic or CSV.
struct GlossaryExport: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "export",
        abstract: "Write the glossary terms as TBX-Basic or CSV (by the file's extension).")

    @OptionGroup var workspaceOptions: WorkspaceOptions
    @OptionGroup var output: JSONOption

    @Argument(help: ArgumentHelp("The .tbx or .csv file to write.", valueName: "file"))
    var file: String

    @Option(name: .long, help: "The glossary to write, when the workspace has several (as `init --json` lists them).")
    var name: String?

    func validate() throws {
        guard FormatRegistry.kind(forPath: file) == .glossary else {
            throw ValidationError("\(file): expected a \(GlossaryFile.knownExtensions) file name")
        }
    }

    func run() throws {
        let workspace = try workspaceOptions.open()
        let export = try HexaglotWorkflow.GlossaryExport(from: workspace, name: name, path: file)
        try writeAtomically(export.text, to: file)
        if output.json {
            struct Report: Encodable { var file: String; var concepts: Int; var terms: Int }
            try Output.json(Report(file: file, concepts: export.concepts, terms: export.terms))
        } else {
            print("\(file): \(export.concepts) concepts")
        }
    }
}
