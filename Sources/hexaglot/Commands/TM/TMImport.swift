import ArgumentParser
import HexaglotCore
import HexaglotWorkflow

/// `hexaglot tm import`: TMX files into the memory.
struct TMImport: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "import",
        abstract: "Import TMX files (1.4b; UTF-8, or UTF-16 with a byte-order mark) into the memory.",
        discussion: """
            Each file is read as a stream and stored in one transaction: a file with an error leaves \
            the memory as it was, and the error names the file and the line. Languages are mapped \
            to the six (fr-FR, zh-CN, zh-Hans, es-419…); variants in other languages, properties \
            and notes are kept. A unit already in the memory (same texts in the same languages, \
            whether from a file, an alignment or a workspace segment) is skipped. An empty <seg> is an error unless --skip-empty is given.
            """)

    @OptionGroup var workspaceOptions: WorkspaceOptions
    @OptionGroup var output: JSONOption

    @Argument(help: ArgumentHelp("TMX files.", valueName: "file"))
    var files: [String]

    @Flag(name: .long, help: "Leave out empty variants (<seg/>) instead of refusing the file.")
    var skipEmpty = false

    func validate() throws {
        guard !files.isEmpty else { throw ValidationError("give at least one TMX file") }
    }

    func run() throws {
        let tmxImport = try TMXImport(files: files, skipEmpty: skipEmpty)
        let workspace = try workspaceOptions.open()
        let reports = try tmxImport.run(into: workspace, progress: Progress())
        if output.json {
            try Output.json(["files": reports])
            return
        }
        for r in reports {
            let languages = Language.allCases.compactMap { l in r.variants[l.rawValue].map { "\(l.rawValue) \($0)" } }
            var line = "\(r.file): \(r.units) units" + (languages.isEmpty ? "" : " (\(languages.joined(separator: ", ")))")
            if r.duplicates > 0 { line += ", \(r.duplicates) already in the memory" }
            if r.foreignVariants > 0 { line += ", \(r.foreignVariants) variants in other languages kept" }
            if r.emptyVariantsSkipped > 0 { line += ", \(r.emptyVariantsSkipped) empty variants left out" }
            print(line)
        }
    }
}
