import ArgumentParser
import HexaglotCore
import HexaglotStore

/// `hexaglot status`: sets the status of segments in one language.
struct Status: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "status",
        abstract: "Set the status of one segment, a range, or a whole document in one language.",
        discussion: "Every change is recorded with who made it and when. All named segments change, or none.")

    @OptionGroup var workspaceOptions: WorkspaceOptions
    @OptionGroup var authorOptions: AuthorOptions
    @OptionGroup var output: JSONOption

    @Argument(help: ArgumentHelp("The document reference, such as CL-19/73.", valueName: "reference"))
    var reference: String

    @Option(name: .long, help: "The target language (ar, zh, en, fr, ru, es).")
    var lang: String

    @Option(name: .long, help: ArgumentHelp(
        "The new status: draft, translated, reviewed, approved, outdated or rejected.", valueName: "status"))
    var set: String

    @Option(name: .long, help: ArgumentHelp("The segments: 3, 3-7 or 1,4-6.", valueName: "range"))
    var segments: String?

    @Flag(name: .long, help: "Every translated segment of the document.")
    var all = false

    @Option(name: .long, help: "A comment recorded with the change (why a segment was rejected, say).")
    var comment: String?

    func validate() throws {
        _ = try validLanguage(lang)
        guard let s = TranslationStatus(rawValue: set.lowercased()) else {
            throw ValidationError("--set: unknown status \(Quote.user(set)); expected draft, translated, reviewed, approved, outdated or rejected")
        }
        if s == .new { throw ValidationError("--set: a translated segment cannot go back to 'new'") }
        if (segments == nil) == !all { throw ValidationError("give --segments RANGE or --all") }
        if let segments {
            do { _ = try SegmentRanges.parse(segments) } catch let e as CoreError { throw ValidationError("--segments: \(e.message)") }
        }
    }

    func run() throws {
        let workspace = try workspaceOptions.open()
        let language = try validLanguage(lang).language
        let numbers = try segments.map { try SegmentRanges.parse($0) }
        let status = TranslationStatus(rawValue: set.lowercased())!
        let changed = try workspace.setStatus(of: reference, segments: numbers, language: language,
                                              status: status, author: authorOptions.person, comment: comment)
        if output.json {
            struct Report: Encodable { var reference: String; var language: String; var status: String; var changed: Int }
            try Output.json(Report(reference: reference, language: language.rawValue, status: status.rawValue, changed: changed))
        } else {
            print("\(changed) segment\(changed == 1 ? "" : "s") of \(reference) set to \(status.rawValue) in \(language.rawValue)")
        }
    }
}
