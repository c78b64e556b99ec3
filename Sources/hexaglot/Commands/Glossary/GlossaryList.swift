import ArgumentParser
import HexaglotCore
import HexaglotWorkflow

/// `hexaglot glossary list`: one language's terms in its collation order.
struct GlossaryList: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "list",
        abstract: "List the glossary terms of one language, in that language's alphabetical order (ICU collation).")

    @OptionGroup var workspaceOptions: WorkspaceOptions
    @OptionGroup var output: JSONOption

    @Option(name: .long, help: "The language whose terms to list (default en).")
    var lang: String = "en"

    @Flag(name: .long, help: "Also list deprecated terms.")
    var all = false

    func validate() throws { _ = try validLanguage(lang) }

    func run() throws {
        let language = try validLanguage(lang).language
        let workspace = try workspaceOptions.open()
        let rows = try GlossaryTerms.list(workspace, language: language, includingDeprecated: all)
        if output.json {
            struct Report: Encodable { var language: String; var terms: [GlossaryTerms.Row] }
            try Output.json(Report(language: language.rawValue, terms: rows))
            return
        }
        let other: Language = language == .en ? .fr : .en
        Output.table(["term", "usage", "concept", other.rawValue], rows.map { [$0.term, $0.usage, $0.concept, $0.translations[other.rawValue] ?? ""] })
    }
}
