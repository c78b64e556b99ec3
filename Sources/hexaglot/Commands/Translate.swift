import ArgumentParser
import HexaglotCore
import HexaglotQA
import HexaglotStore
import HexaglotWorkflow

/// `hexaglot translate`: stores the translation of one segment.
struct Translate: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "translate",
        abstract: "Store the translation of one segment in one language.",
        discussion: """
            The text is written in the document's own markup (Markdown for letters and posts), so \
            **bold**, links and `code` become the same kind of inline codes as in the source; for \
            a Word document, with the tags `show` prints ({1}…{/1}, {1/}) for the source's codes. \
            The change is recorded in the segment's history. The QA findings on the stored \
            translation (the checks of `check`, glossary included) go to standard error.
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
        let edit = TranslationEdit(reference: reference, segment: segment, language: language, text: text,
                                   status: TranslationStatus(rawValue: status)!, author: authorOptions.person,
                                   comment: comment, expectedVersion: ifVersion)
        let saved = try edit.save(workspace)
        let findings = try SegmentCheck(workspace).findings(for: saved, segment: segment, language: language.language, in: workspace)
        for f in findings { printError("\(saved.reference) [\(segment)] \(language.tag): \(f.severity.rawValue) \(f.checkID): \(f.message)") }
        if output.json {
            struct Report: Encodable {
                var reference: String, segment: Int, language: String, status: String, target: String, targetContent: Content
                var findings: [QAFinding]
            }
            try Output.json(Report(reference: saved.reference, segment: segment, language: language.tag,
                                   status: status, target: saved.content.tagged, targetContent: saved.content, findings: findings))
        } else {
            print("\(saved.reference) [\(segment)] \(language.tag): \(status)")
        }
    }
}
