import ArgumentParser
import HexaglotCore
import HexaglotMemory
import HexaglotStore

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

    /// One segment as `--json` prints it.
    struct Row: Encodable {
        var number: Int
        var line: Int
        var block: Int
        var blockKind: String
        var words: Int
        var source: String
        var sourceContent: Content
        var language: String?
        var status: String?
        var target: String?
        var targetContent: Content?
        var author: String?
        /// For a draft filled in by `pretranslate`: the memory match's score and origin.
        var matchScore: Int?
        var matchOrigin: String?
        /// The translation's version: pass it to `translate --if-version` so that a change made
        /// meanwhile by someone else is not overwritten.
        var version: Int?
        /// For a segment a revision changed: that revision and the source before it.
        var changedInRevision: Int?
        var sourceBefore: String?
        /// For an outdated translation: the stored text with the source's changed numbers,
        /// dates and references put in, when any changed.
        var suggestion: String?
        /// Glossary terms of the source, with their approved renderings in the target language.
        var terms: [GlossaryHints.Hint]?
    }

    func run() throws {
        let workspace = try workspaceOptions.open()
        let document = try workspace.document(reference)
        let source = document.metadata.sourceLanguage.language
        let target = try lang.map { try validLanguage($0).language }
        let views = try workspace.segments(of: document.metadata.reference, language: target ?? source)
        let wanted = try segments.map { Set(try SegmentRanges.parse($0)) }
        let numbers = Set(views.map(\.segment.number))
        if let wanted, let missing = wanted.sorted().first(where: { !numbers.contains($0) }) {
            let title = numbers.contains(0) ? "0 (the title) and " : ""
            throw CLIError("\(document.metadata.reference) has segments \(title)1 to \(views.last?.segment.number ?? 0); there is no segment \(missing)")
        }
        var rows = views.filter { v in
            (wanted == nil || wanted!.contains(v.segment.number)) && (status == nil || v.status.rawValue == status)
        }.map { v -> Row in
            let isTarget = target != nil && target != source
            return Row(number: v.segment.number, line: v.segment.line, block: v.segment.block,
                       blockKind: v.segment.blockKind.rawValue, words: v.words,
                       source: v.segment.content.tagged, sourceContent: v.segment.content,
                       language: isTarget ? target!.rawValue : nil,
                       status: isTarget ? v.status.rawValue : nil,
                       target: isTarget ? v.translation?.content.tagged : nil,
                       targetContent: isTarget ? v.translation?.content : nil,
                       author: isTarget ? v.translation?.author : nil,
                       matchScore: isTarget ? v.translation?.matchScore : nil,
                       matchOrigin: isTarget ? v.translation?.matchOrigin : nil,
                       version: isTarget ? v.translation?.version : nil,
                       changedInRevision: v.sourceChange?.revision, sourceBefore: v.sourceChange?.before.tagged,
                       suggestion: isTarget ? Show.suggestion(v, source: source, target: target!) : nil)
        }
        let glossary = try GlossaryHints(workspace)
        let sourceContents = Dictionary(views.map { ($0.segment.number, $0.segment.content) }, uniquingKeysWith: { a, _ in a })
        rows = rows.map { row in
            var row = row
            if let content = sourceContents[row.number] {
                let hints = glossary.hints(for: content, source: source, target: target)
                row.terms = hints.isEmpty ? nil : hints
            }
            return row
        }
        if output.json {
            struct Report: Encodable {
                var reference: String, title: String, sourceLanguage: String, revision: Int, segments: [Row]
            }
            try Output.json(Report(reference: document.metadata.reference, title: document.metadata.title,
                                   sourceLanguage: source.rawValue,
                                   revision: try workspace.revision(of: document.metadata.reference), segments: rows))
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

    /// An outdated translation with the placeables of its changed source adapted, when that changes it.
    static func suggestion(_ view: SegmentView, source: Language, target: Language) -> String? {
        guard view.status == .outdated, let change = view.sourceChange, let translation = view.translation else { return nil }
        let adapted = PlaceableAdapter.adapt(translation: translation.content, targetLanguage: target,
                                             matchSource: change.before.plainText, sourceLanguage: source,
                                             query: view.segment.content.plainText)
        return adapted.changes.isEmpty ? nil : adapted.content.tagged
    }
}
