import ArgumentParser
import HexaglotCore
import HexaglotStore

/// `hexaglot list`: the documents of the workspace.
struct List: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "list",
        abstract: "List the documents of the workspace, sorted by reference.")

    @OptionGroup var workspaceOptions: WorkspaceOptions
    @OptionGroup var output: JSONOption

    @Option(name: .long, help: "Only documents of this kind: letter, post or other.")
    var kind: String?

    @Option(name: .long, help: "Sort in this language's collation (default en).")
    var collation: String = "en"

    func validate() throws {
        _ = try validLanguage(collation, option: "--collation")
        if let kind, DocumentKind(rawValue: kind) == nil {
            throw ValidationError("--kind: expected letter, post or other, not \(Quote.user(kind))")
        }
    }

    func run() throws {
        let workspace = try workspaceOptions.open()
        let language = try validLanguage(collation).language
        let documents = try workspace.documents(collatedIn: language)
            .filter { kind == nil || $0.kind.rawValue == kind }
        if output.json {
            try Output.json(["documents": documents])
            return
        }
        Output.table(["Reference", "Kind", "Lang", "Rev", "Date", "Segments", "Words", "Title"],
                     documents.map { d in
                         [d.reference, d.kind.rawValue, d.sourceLanguage.rawValue, "\(d.revision)", d.date ?? "",
                          "\(d.segments)", "\(d.words)", Output.clip(d.title, 60)]
                     }, alignRight: [3, 5, 6])
    }
}
