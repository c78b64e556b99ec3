import ArgumentParser
import HexaglotCore
import HexaglotStore
import HexaglotText

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

    /// One term as `--json` prints it.
    struct Row: Encodable {
        var term: String, usage: String, partOfSpeech: String?, termType: String?, note: String?, concept: String
        /// The concept's preferred term in each other language.
        var translations: [String: String]
    }

    func run() throws {
        let language = try validLanguage(lang).language
        let workspace = try workspaceOptions.open()
        let collator = Collator.shared(language)
        var rows: [Row] = []
        for entry in try workspace.glossaryEntries() {
            let translations = Dictionary(uniqueKeysWithValues: Language.allCases.filter { $0 != language }.compactMap { l in
                entry.terms(in: l).first { $0.usage != .deprecated }.map { (l.rawValue, $0.text) }
            })
            for term in entry.terms(in: language) where all || term.usage != .deprecated {
                rows.append(Row(term: term.text, usage: term.usage.rawValue, partOfSpeech: term.partOfSpeech, termType: term.termType,
                                note: term.note, concept: entry.id, translations: translations))
            }
        }
        rows.sort { let c = collator.compare($0.term, $1.term); return c != 0 ? c < 0 : $0.concept < $1.concept }
        if output.json {
            struct Report: Encodable { var language: String; var terms: [Row] }
            try Output.json(Report(language: language.rawValue, terms: rows))
            return
        }
        let other: Language = language == .en ? .fr : .en
        Output.table(["term", "usage", "concept", other.rawValue], rows.map { [$0.term, $0.usage, $0.concept, $0.translations[other.rawValue] ?? ""] })
    }
}
