import ArgumentParser
import HexaglotCore
import HexaglotMemory
import HexaglotStore

/// `hexaglot pretranslate`: fills untranslated segments with memory matches, as drafts.
struct Pretranslate: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "pretranslate",
        abstract: "Fill a document's untranslated segments with the best memory matches, as drafts.",
        discussion: """
            Each draft is stored with status draft, its match score and where it came from (`show` \
            prints them); numbers, dates and references are adapted to the segment. Segments that \
            already have a translation are never changed.
            """)

    @OptionGroup var workspaceOptions: WorkspaceOptions
    @OptionGroup var authorOptions: AuthorOptions
    @OptionGroup var output: JSONOption

    @Argument(help: ArgumentHelp("The document reference, such as CL-19/73.", valueName: "reference"))
    var reference: String

    @Option(name: .long, parsing: .upToNextOption,
            help: "Target languages (default: the five other than the document's source).")
    var lang: [String] = []

    @Option(name: .long, help: "The lowest match score to use, 50 to 100.")
    var min: Int = 75

    func validate() throws {
        for l in lang { _ = try validLanguage(l) }
        guard (50...100).contains(min) else { throw ValidationError("--min: expected a score from 50 to 100, not \(min)") }
    }

    func run() throws {
        let workspace = try workspaceOptions.open()
        let document = try workspace.document(reference)
        let source = document.metadata.sourceLanguage.language
        var targets = try lang.map { try validLanguage($0).language }
        if targets.isEmpty { targets = Language.allCases.filter { $0 != source } }
        if let same = targets.first(where: { $0 == source }) {
            throw CLIError("\(document.metadata.reference) is written in \(same.rawValue); choose other target languages")
        }
        let progress = Progress()
        var results: [PretranslationResult] = []
        for target in targets {
            results.append(try Pretranslator(workspace).pretranslate(
                reference: document.metadata.reference, into: target, minimum: min,
                author: authorOptions.person) { done, total in
                    progress.update(done, of: total, "\(document.metadata.reference) → \(target.rawValue)")
                })
        }
        progress.finish()
        if output.json {
            struct Report: Encodable { var reference: String; var minimum: Int; var languages: [PretranslationResult] }
            try Output.json(Report(reference: document.metadata.reference, minimum: min, languages: results))
            return
        }
        print("\(document.metadata.reference): drafts from the memory at \(min)% or above")
        Output.table(["language", "filled", "already translated", "no match", "by band"],
                     results.map { r in
                         [r.language.rawValue, String(r.filled), String(r.alreadyTranslated), String(r.noMatch),
                          MatchBand.allCases.compactMap { b in r.bands[b.rawValue].map { "\(b.rawValue): \($0)" } }.joined(separator: ", ")]
                     }, alignRight: [1, 2, 3])
    }
}
