import ArgumentParser
import Foundation
import HexaglotCore
import HexaglotFormats
import HexaglotMemory
import HexaglotStore

/// `hexaglot export`: writes a document back in its format, in one language.
struct Export: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "export",
        abstract: "Write a document in one language, rebuilt from its skeleton.",
        discussion: """
            In the source language, the file comes back byte for byte. In another language, each \
            segment's translation replaces its text and keeps its inline codes; a segment with no \
            translation falls back to its source text, and the command says how many did.             With --xliff, the document goes out as XLIFF 2.1 for one target language, to be             translated or reviewed in another CAT tool and imported back with `import FILE.xlf`.
            """)

    @OptionGroup var workspaceOptions: WorkspaceOptions

    @Argument(help: ArgumentHelp("The document reference, such as CL-19/73.", valueName: "reference"))
    var reference: String

    @Option(name: .long, help: "The language to write (default: the document's source language).")
    var lang: String?

    @Option(name: [.short, .long], help: ArgumentHelp("Write to this file (atomically) instead of standard output, and print its path.", valueName: "file"))
    var output: String?

    @Flag(name: .long, help: "Refuse to write unless every segment is approved.")
    var complete = false

    @Flag(name: .long, help: "With --output, print a JSON report of what was written (stable keys, see README.md).")
    var json = false

    @Flag(name: .long, help: "Write XLIFF 2.1 for --lang instead of the document: statuses as states, notes, the revision, inline codes, and memory matches as Translation Candidates.")
    var xliff = false

    func validate() throws {
        if let lang { _ = try validLanguage(lang) }
        if json && output == nil { throw ValidationError("--json needs --output FILE: the document itself goes to the file") }
        if xliff && lang == nil { throw ValidationError("--xliff needs --lang: the target language of the XLIFF file") }
        if xliff && complete { throw ValidationError("--xliff and --complete do not go together: XLIFF carries every status") }
        if output?.isEmpty == true { throw ValidationError("--output: the file name is empty") }
    }

    func run() throws {
        let workspace = try workspaceOptions.open()
        let document = try workspace.document(reference)
        let source = document.metadata.sourceLanguage.language
        let target = try lang.map { try validLanguage($0).language } ?? source
        if xliff {
            try exportXLIFF(workspace, document, target: try validLanguage(lang!))
            return
        }
        var translations: [Int: Content] = [:]
        var frontMatter: String?
        if target != source {
            let views = try workspace.segments(of: document.metadata.reference, language: target)
            if complete {
                let open = views.filter { $0.status != .approved }.map(\.segment.number)
                if !open.isEmpty {
                    throw CLIError("\(document.metadata.reference) is not fully approved in \(target.rawValue): segment\(open.count == 1 ? "" : "s") \(SegmentRanges.describe(open)) \(open.count == 1 ? "is" : "are") not approved; nothing written")
                }
            }
            for v in views { if let t = v.translation, t.status.hasText { translations[v.segment.index] = t.content } }
            frontMatter = try workspace.targetFrontMatter(of: document.metadata.reference, language: target)
                .map { try Export.refreshed($0, views: views, title: Export.title(document, translations)) }
                ?? Export.translationFrontMatter(document, target: target, views: views, title: Export.title(document, translations))
        }
        let segmentCount = document.segments.count + (document.titleSegment == nil ? 0 : 1)
        let bytes: Data
        if let format = FormatRegistry.format(named: document.format) as? any PackageFormat {
            // A Word document: rebuilt from the stored package, parts without translated text as they were.
            guard let package = try workspace.package(of: document.metadata.reference) else {
                throw CLIError("\(document.metadata.reference): the \(document.format) file it was imported from is not in the workspace; import it again")
            }
            bytes = Data(try format.write(document, translations: translations, target: target == source ? nil : target,
                                          package: package))
        } else {
            bytes = Data(Exporter.render(document, target: target == source ? nil : target,
                                         translations: translations, frontMatter: frontMatter).utf8)
        }
        var printPath = false
        if let output {
            printPath = try writeAtomically(bytes, to: output)
        } else {
            FileHandle.standardOutput.write(bytes)
        }
        let fallback = target == source ? 0 : segmentCount - translations.count
        if json {
            struct Report: Encodable {
                var reference: String, language: String, output: String, segments: Int, translated: Int, drafts: Int, fallback: Int
                var statuses: [String: Int]
            }
            let counts = target == source ? StatusCounts(all: segmentCount)
                : StatusCounts(try workspace.segments(of: document.metadata.reference, language: target).map { $0.translation?.status ?? .new })
            try Output.json(Report(reference: document.metadata.reference, language: target.rawValue, output: output ?? "",
                                   segments: segmentCount, translated: counts.done, drafts: counts.drafts,
                                   fallback: fallback, statuses: counts.byStatus))
        }
        if let output, printPath, !json { print(writtenPath(output)) }
        if target != source && fallback > 0 {
            printError("\(document.metadata.reference) [\(target.rawValue)]: \(fallback) of \(segmentCount) segments have no translation and were written in \(source.rawValue)")
        }
    }

    /// Writes one target language of a document as XLIFF 2.1.
    func exportXLIFF(_ workspace: Workspace, _ document: Document, target: LanguageTag) throws {
        let reference = document.metadata.reference
        guard target.language != document.metadata.sourceLanguage.language else {
            throw CLIError("\(reference) is written in \(target.language.rawValue); export XLIFF for another language")
        }
        let matches = try DocumentMatcher(workspace).matches(reference: reference, target: target.language, minimum: 70)
        var notes: [Int: [String]] = [:]
        for change in try workspace.history(of: reference, language: target.language, limit: 10_000).reversed() {
            if let comment = change.comment, !comment.hasPrefix("imported from"), !comment.hasPrefix("pretranslated from") {
                notes[change.segmentIndex + 1, default: []].append(comment)
            }
        }
        // Units are numbered as segments are: u0 is the title, when the document has one.
        let units = matches.views.enumerated().map { i, view -> XLIFFUnit in
            let number = view.segment.number
            let translation = view.translation.flatMap { $0.status.hasText ? $0 : nil }
            let candidates = matches.best[i].map { m in
                [XLIFFCandidate(score: Double(m.score), source: m.source, target: m.target,
                                origin: m.document.map { "\($0) [\(m.segment ?? 0)]" } ?? m.origin)]
            } ?? []
            return XLIFFUnit(number: number, source: view.segment.content, target: translation?.content,
                             status: translation?.status ?? .new, notes: notes[number] ?? [], candidates: candidates)
        }
        let file = XLIFFDocument(reference: reference, sourceLanguage: document.metadata.sourceLanguage, targetLanguage: target,
                                 revision: try workspace.revision(of: reference), fingerprint: nil, units: units)
        if let output {
            if try writeAtomically(try XLIFFWriter.data(file), to: output), !json { print(writtenPath(output)) }
        } else {
            FileHandle.standardOutput.write(try XLIFFWriter.data(file))
        }
        if json {
            struct Report: Encodable {
                var reference: String, language: String, output: String, units: Int, translated: Int, drafts: Int, candidates: Int
                var statuses: [String: Int]
            }
            let counts = StatusCounts(units.map(\.status))
            try Output.json(Report(reference: reference, language: target.tag, output: output ?? "", units: units.count,
                                   translated: counts.done, drafts: counts.drafts,
                                   candidates: units.filter { !$0.candidates.isEmpty }.count, statuses: counts.byStatus))
        }
    }

    /// The title the exported file's front matter gives: segment 0's translation, else the source title.
    static func title(_ document: Document, _ translations: [Int: Content]) -> String {
        (translations[Segment.titleIndex] ?? document.titleSegment?.content)?.plainText ?? document.metadata.title
    }

    /// An imported file's front matter brought up to date: `status` (the lowest status of its
    /// segments now), `complete` (whether every segment has text) and `title` (segment 0's
    /// translation) where the file has these keys, the rest as it was. Read and written through
    /// YAML, so a quoted or multi-line value is replaced whole.
    static func refreshed(_ frontMatter: String, views: [SegmentView], title: String) throws -> String {
        let statuses = views.compactMap { $0.translation?.status }.filter(\.hasText)
        let lowest = statuses.min() ?? .draft
        let complete = statuses.count == views.count
        do {
            return try FrontMatterWriter.updating(frontMatter, with: [
                ("status", lowest.rawValue), ("complete", complete ? "true" : "false"), ("title", title),
            ])
        } catch let error as FormatError {
            throw CLIError("the stored front matter of this translation cannot be read again: \(error.message)")
        }
    }

    /// Front matter for a translation exported before any file of that language was imported,
    /// so that importing the file back stores it as a translation, not as a new source.
    static func translationFrontMatter(_ document: Document, target: Language, views: [SegmentView], title: String) -> String {
        let statuses = views.compactMap { $0.translation?.status }.filter(\.hasText)
        let lowest = statuses.min() ?? .draft
        var pairs: [(key: String, value: String)] = [
            ("reference", document.metadata.reference),
            ("translation-of", document.metadata.sourceLanguage.tag),
            ("language", target.rawValue),
            ("title", title),
        ]
        if let date = document.metadata.date { pairs.append(("date", date)) }
        pairs.append(("status", lowest.rawValue))
        pairs.append(("complete", statuses.count == views.count ? "true" : "false"))
        return FrontMatterWriter.block(pairs)
    }
}
