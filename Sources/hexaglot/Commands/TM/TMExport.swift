import ArgumentParser
import HexaglotCore
import HexaglotWorkflow

/// `hexaglot tm export`: the memory as a TMX file.
struct TMExport: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "export",
        abstract: "Write the memory as a TMX 1.4b file (UTF-8).",
        discussion: """
            Every unit with all its languages, properties, notes, dates and inline codes (as \
            bpt/ept/ph/it/hi, the elements they came as). The file is written under a temporary \
            name and renamed when complete.
            """)

    @OptionGroup var workspaceOptions: WorkspaceOptions
    @OptionGroup var output: JSONOption

    @Argument(help: ArgumentHelp("The TMX file to write.", valueName: "file"))
    var file: String

    @Option(name: .long, parsing: .upToNextOption, help: "Only these languages (default: all); units left with fewer than two are skipped.")
    var lang: [String] = []

    func validate() throws {
        for l in lang { _ = try validLanguage(l) }
    }

    func run() throws {
        let workspace = try workspaceOptions.open()
        let export = TMXExport(languages: Set(try lang.map { try validLanguage($0).language }))
        let report = try export.write(workspace, to: file, progress: Progress())
        if output.json {
            try Output.json(report)
        } else {
            print("\(file): \(report.units) units")
        }
    }
}
