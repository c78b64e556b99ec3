import ArgumentParser
import Foundation
import HexaglotCore
import HexaglotFormats
import HexaglotStore

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
        let ext = (file as NSString).pathExtension.lowercased()
        guard ext == "tbx" || ext == "csv" else { throw ValidationError("\(file): expected a .tbx or .csv file name") }
    }

    func run() throws {
        let workspace = try workspaceOptions.open()
        let names = try workspace.glossaries().map(\.name)
        guard let chosen = name ?? (names.count == 1 ? names[0] : nil) else {
            throw CLIError("the workspace has \(names.isEmpty ? "no glossary" : "several glossaries (\(names.joined(separator: ", ")))"): name one with --name")
        }
        let entries = try workspace.glossaryEntries(named: chosen)
        let text = file.lowercased().hasSuffix(".csv") ? GlossaryCSV.write(entries)
            : TBXWriter.string(entries, title: "Hexaglot glossary")
        try writeAtomically(text, to: file)
        if output.json {
            struct Report: Encodable { var file: String; var concepts: Int; var terms: Int }
            try Output.json(Report(file: file, concepts: entries.count, terms: entries.reduce(0) { $0 + $1.terms.count }))
        } else {
            print("\(file): \(entries.count) concepts")
        }
    }
}
