import ArgumentParser
import HexaglotCore
import HexaglotMemory
import HexaglotStore

/// `hexaglot tm concordance`: where a word or phrase occurs in the memory, with its translations.
struct TMConcordance: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "concordance",
        abstract: "Find a word or phrase in the memory and show each hit with its translations.",
        discussion: """
            Whole words, in order, with case, width, quote forms and Arabic marks folded; in Chinese, \
            character sequences. Hits are grouped by language and ordered by that language's collation.
            """)

    @OptionGroup var workspaceOptions: WorkspaceOptions
    @OptionGroup var output: JSONOption

    @Argument(help: ArgumentHelp("The word or phrase.", valueName: "phrase"))
    var phrase: String

    @Option(name: .long, help: "Search only this language (default: all six).")
    var lang: String?

    @Option(name: .long, help: "At most this many hits per language.")
    var max: Int = 20

    func validate() throws {
        if let lang { _ = try validLanguage(lang) }
        guard max >= 1 else { throw ValidationError("--max: expected at least 1, not \(max)") }
        guard !phrase.allSatisfy(\.isWhitespace) else { throw ValidationError("the phrase is empty") }
    }

    func run() throws {
        let workspace = try workspaceOptions.open()
        let languages = try lang.map { [try validLanguage($0).language] } ?? Language.allCases
        let hits = try workspace.readMemory { try Concordance($0).search(phrase, in: languages, limit: max) }
        if output.json {
            struct Report: Encodable { var phrase: String; var hits: [ConcordanceHit] }
            try Output.json(Report(phrase: phrase, hits: hits))
            return
        }
        if hits.isEmpty {
            print("'\(phrase)' is not in the memory" + (lang.map { " in \($0)" } ?? ""))
            return
        }
        var current: LanguageTag?
        for hit in hits {
            if current?.language != hit.language.language {
                print("\(hit.language.language.rawValue) (\(hit.language.language.englishName))")
                current = hit.language
            }
            var whence = ""
            if let d = hit.document, let s = hit.segment { whence = "  — \(d) [\(s)]" } else if let o = hit.origin { whence = "  — \(o)" }
            print("  \(hit.highlighted)\(whence)")
            for t in hit.translations {
                print("    \(t.language.tag): \(t.content.tagged)")
            }
        }
    }
}
