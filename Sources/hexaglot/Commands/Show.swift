import ArgumentParser
import HexaglotCore
import HexaglotMemory
import HexaglotStore
import HexaglotWorkflow

/// `hexaglot show`: a document's segments with their translation and status in one language.
struct Show: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "show",
        abstract: "Show a document's segments, with their translation and status in one language.")

    @OptionGroup var workspaceOptions: WorkspaceOptions
    @OptionGroup var output: JSONOption

    @Argument(help: ArgumentHelp("The document reference, such as CL-19/73 (CL-19-73 works too).", valueName: "reference"))
    var reference: String

    @Option(name: .long, help: "The target language to show beside the source (ar, zh, en, fr, ru, es).")
    var lang: String?

    @Option(name: .long, help: "Only segments with this status in the target language.")
    var status: String?

    @Option(name: .long, help: ArgumentHelp("Only these segments, such as 3, 3-7 or 1,4-6.", valueName: "range"))
    var segments: String?

    func validate() throws {
        if let lang { _ = try validLanguage(lang) }
        if let status, TranslationStatus(rawValue: status) == nil {
            throw ValidationError("--status: unknown status \(Quote.user(status))")
        }
        if status != nil && lang == nil { throw ValidationError("--status needs --lang") }
        if let segments {
            do { _ = try SegmentRanges.parse(segments) } catch let e as CoreError { throw ValidationError("--segments: \(e.message)") }
        }
    }

    func run() throws {
        let workspace = try workspaceOptions.open()
        let target = try lang.map { try validLanguage($0).language }
        let listing = try SegmentListing(workspace, reference: reference, target: target,
                                         status: status.flatMap(TranslationStatus.init(rawValue:)),
                                         segments: try segments.map { Set(try SegmentRanges.parse($0)) })
        let document = listing.document
        let source = listing.sourceLanguage
        let rows = listing.rows
        if output.json {
            struct Report: Encodable {
                var reference: String, title: String, sourceLanguage: String, revision: Int, segments: [SegmentListing.Row]
            }
            try Output.json(Report(reference: document.metadata.reference, title: document.metadata.title,
                                   sourceLanguage: source.rawValue, revision: listing.revision, segments: rows))
            return
        }
        let arrow = target.map { $0 == source ? "" : " → \($0.rawValue)" } ?? ""
        print("\(document.metadata.reference) · \(document.metadata.kind.rawValue) · \(source.rawValue)\(arrow) · \(document.metadata.title)")
        for row in rows {
            print("")
            var head = "[\(row.number)] \(row.blockKind), line \(row.line), \(row.words) word\(row.words == 1 ? "" : "s")"
            if let s = row.status { head += " · \(s)" }
            if let score = row.matchScore { head += " · memory \(score)%" + (row.matchOrigin.map { " from \($0)" } ?? "") }
            print(head)
            print("  \(source.rawValue)  \(row.source)")
            if let revision = row.changedInRevision, let before = row.sourceBefore, row.status == TranslationStatus.outdated.rawValue {
                print("      changed in revision \(revision): \(TextDiff.between(query: row.source, match: before).marked)")
            }
            if let language = row.language {
                print("  \(language)  \(row.target ?? "—")")
                if let suggestion = row.suggestion { print("      suggestion: \(suggestion)") }
                if let line = GlossaryHints.line(row.terms ?? []) { print("      \(line)") }
            }
        }
    }
}
