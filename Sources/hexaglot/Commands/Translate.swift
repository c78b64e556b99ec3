import ArgumentParser
import HexaglotCore
import HexaglotFormats
import HexaglotStore

/// `hexaglot translate`: stores the translation of one segment.
struct Translate: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "translate",
        abstract: "Store the translation of one segment in one language.",
        discussion: """
            The text is written in the document's own markup (Markdown for letters and posts), so \
            **bold**, links and `code` become the same kind of inline codes as in the source; for \
            a Word document, with the tags `show` prints ({1}…{/1}, {1/}) for the source's codes. \
            The change is recorded in the segment's history.
            """)

    @OptionGroup var workspaceOptions: WorkspaceOptions
    @OptionGroup var authorOptions: AuthorOptions
    @OptionGroup var output: JSONOption

    @Argument(help: ArgumentHelp("The document reference, such as CL-19/73.", valueName: "reference"))
    var reference: String

    @Argument(help: ArgumentHelp("The segment number (from 1, as `show` prints it; 0 is the document's title).", valueName: "segment"))
    var segment: Int

    @Argument(help: ArgumentHelp("The translation.", valueName: "text"))
    var text: String

    @Option(name: .long, help: "The target language (ar, zh, en, fr, ru, es, or a regional form such as fr-CH).")
    var lang: String

    @Option(name: .long, help: "Status to give the translation: draft, translated (default), reviewed or approved.")
    var status: String = "translated"

    @Option(name: .long, help: "A comment recorded with the change.")
    var comment: String?

    @Option(name: .long, help: ArgumentHelp(
        "Store only if the translation is still at this version (as `show --json` gave it, 0 when there was none).",
        valueName: "n"))
    var ifVersion: Int?

    func validate() throws {
        _ = try validLanguage(lang)
        guard segment >= 0 else { throw ValidationError("segment numbers start at 1 (0 is the title)") }
        guard let s = TranslationStatus(rawValue: status), s.hasText else {
            throw ValidationError("--status: expected draft, translated, reviewed, approved, outdated or rejected, not \(Quote.user(status))")
        }
        guard !text.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty else {
            throw ValidationError("the translation is empty")
        }
    }

    func run() throws {
        let workspace = try workspaceOptions.open()
        let language = try validLanguage(lang)
        let document = try workspace.document(reference)
        guard let format = FormatRegistry.format(named: document.format) else {
            throw CLIError("\(document.metadata.reference): stored in an unknown format '\(document.format)'")
        }
        let typed = text.trimmingCharacters(in: .whitespacesAndNewlines)
        let content: Content
        if format is any PackageFormat {
            // Word markup is not typed: {1}…{/1} and {1/} take the source segment's codes.
            let source = (document.segments + [document.titleSegment].compactMap { $0 }).first { $0.number == segment }
            content = TaggedText.content(typed, codes: source?.content.codes ?? [])
        } else {
            content = try format.parseInline(typed, language: language.language)
        }
        try workspace.setTranslation(of: document.metadata.reference, segment: segment, language: language,
                                     content: content, status: TranslationStatus(rawValue: status)!,
                                     author: authorOptions.person, comment: comment, expectedVersion: ifVersion)
        if output.json {
            struct Report: Encodable {
                var reference: String, segment: Int, language: String, status: String, target: String, targetContent: Content
            }
            try Output.json(Report(reference: document.metadata.reference, segment: segment, language: language.tag,
                                   status: status, target: content.tagged, targetContent: content))
        } else {
            print("\(document.metadata.reference) [\(segment)] \(language.tag): \(status)")
        }
    }
}
