import ArgumentParser
import HexaglotCore
import HexaglotMemory
import HexaglotStore
import HexaglotWorkflow

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
        let request = Pretranslation(reference: reference, languages: try lang.map { try validLanguage($0).language },
                                     minimum: min, author: authorOptions.person)
        let report = try request.run(workspace, progress: Progress())
        if output.json {
            try Output.json(report)
            return
        }
        let results = report.languages
        print("\(report.reference): drafts from the memory at \(min)% or above")
        Output.table(["language", "filled", "already translated", "no match", "by band"],
                     results.map { r in
                         [r.language.rawValue, String(r.filled), String(r.alreadyTranslated), String(r.noMatch),
                          MatchBand.allCases.compactMap { b in r.bands[b.rawValue].map { "\(b.rawValue): \($0)" } }.joined(separator: ", ")]
                     }, alignRight: [1, 2, 3])
    }
}
