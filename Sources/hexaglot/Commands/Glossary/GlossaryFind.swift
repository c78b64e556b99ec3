import ArgumentParser
import HexaglotCore
import HexaglotWorkflow

/// `hexaglot glossary find`: the concepts whose terms contain some text, in any language.
struct GlossaryFind: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "find",
        abstract: "Find glossary concepts by a word or part of a term, in any of the six languages.",
        discussion: "Case, width, quote forms and Arabic marks do not matter. Each concept is shown with its terms in every language.")

    @OptionGroup var workspaceOptions: WorkspaceOptions
    @OptionGroup var output: JSONOption

    @Argument(help: ArgumentHelp("The text to look for.", valueName: "text"))
    var text: String

    @Option(name: .long, help: "Look only at terms of this language.")
    var lang: String?

    func validate() throws {
        if let lang { _ = try validLanguage(lang) }
        guard !text.allSatisfy(\.isWhitespace) else { throw ValidationError("the text to find is empty") }
    }

    func run() throws {
        let language = try lang.map { try validLanguage($0).language }
        let workspace = try workspaceOptions.open()
        let found = try GlossaryTerms.find(workspace, text: text, language: language)
        if output.json {
            struct Report: Encodable { var text: String; var concepts: [GlossaryEntry] }
            try Output.json(Report(text: text, concepts: found))
            return
        }
        if found.isEmpty {
            print("no glossary term contains \"\(text)\"")
            return
        }
        for entry in found {
            print("\(entry.id)" + (entry.definition.map { ": \(Output.clip($0, 90))" } ?? ""))
            for l in Language.allCases {
                for term in entry.terms(in: l) {
                    print("  \(l.rawValue)  \(term.text)  (\(term.usage.rawValue))")
                }
            }
        }
    }
}
