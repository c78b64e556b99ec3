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

    @Option(name: [.short, .long], help: ArgumentHelp("Write to this file instead of standard output.", valueName: "file"))
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
                .map { Export.refreshed($0, views: views) }
                ?? Export.translationFrontMatter(document, target: target, views: views)
        }
        let text = Exporter.render(document, target: target == source ? nil : target,
                                   translations: translations, frontMatter: frontMatter)
        if let output {
            do {
                try Data(text.utf8).write(to: URL(fileURLWithPath: output), options: .atomic)
            } catch {
                throw CLIError("\(output): cannot write: \(error.localizedDescription)")
            }
        } else {
            FileHandle.standardOutput.write(Data(text.utf8))
        }
        let fallback = target == source ? 0 : document.segments.count - translations.count
        if json {
            struct Report: Encodable {
                var reference: String, language: String, output: String, segments: Int, translated: Int, fallback: Int
            }
            try Output.json(Report(reference: document.metadata.reference, language: target.rawValue, output: output ?? "",
                                   segments: document.segments.count, translated: translations.count, fallback: fallback))
        }
        if target != source && fallback > 0 {
            printError("\(document.metadata.reference) [\(target.rawValue)]: \(fallback) of \(document.segments.count) segments have no translation and were written in \(source.rawValue)")
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
        let units = matches.views.enumerated().map { i, view -> XLIFFUnit in
            let translation = view.translation.flatMap { $0.status.hasText ? $0 : nil }
            let candidates = matches.best[i].map { m in
                [XLIFFCandidate(score: Double(m.score), source: m.source, target: m.target,
                                origin: m.document.map { "\($0) [\(m.segment ?? 0)]" } ?? m.origin)]
            } ?? []
            return XLIFFUnit(number: i + 1, source: view.segment.content, target: translation?.content,
                             status: translation?.status ?? .new, notes: notes[i + 1] ?? [], candidates: candidates)
        }
        let file = XLIFFDocument(reference: reference, sourceLanguage: document.metadata.sourceLanguage, targetLanguage: target,
                                 revision: try workspace.revision(of: reference), fingerprint: nil, units: units)
        if let output {
            try XLIFFWriter.write(file, to: output)
        } else {
            FileHandle.standardOutput.write(try XLIFFWriter.data(file))
        }
        if json {
            struct Report: Encodable { var reference: String, language: String, output: String, units: Int, translated: Int, candidates: Int }
            try Output.json(Report(reference: reference, language: target.tag, output: output ?? "", units: units.count,
                                   translated: units.filter { $0.target != nil }.count,
                                   candidates: units.filter { !$0.candidates.isEmpty }.count))
        }
    }

    /// The `status` and `complete` of an imported file's front matter brought up to date (the
    /// lowest status of its segments now, and whether every segment has text), the rest as it was.
    static func refreshed(_ frontMatter: String, views: [SegmentView]) -> String {
        let statuses = views.compactMap { $0.translation?.status }.filter(\.hasText)
        let lowest = statuses.min() ?? .draft
        let complete = statuses.count == views.count
        return frontMatter.split(separator: "\n", omittingEmptySubsequences: false).map { line -> String in
            if line.hasPrefix("status:") { return "status: \(lowest.rawValue)" }
            if line.hasPrefix("complete:") { return "complete: \(complete)" }
            return String(line)
        }.joined(separator: "\n")
    }

    /// Front matter for a translation exported before any file of that language was imported,
    /// so that importing the file back stores it as a translation, not as a new source.
    static func translationFrontMatter(_ document: Document, target: Language, views: [SegmentView]) -> String {
        let statuses = views.compactMap { $0.translation?.status }.filter(\.hasText)
        let lowest = statuses.min() ?? .draft
        var pairs: [(key: String, value: String)] = [
            ("reference", document.metadata.reference),
            ("translation-of", document.metadata.sourceLanguage.tag),
            ("language", target.rawValue),
            ("title", document.metadata.title),
        ]
        if let date = document.metadata.date { pairs.append(("date", date)) }
        pairs.append(("status", lowest.rawValue))
        pairs.append(("complete", statuses.count == views.count ? "true" : "false"))
        return FrontMatterWriter.block(pairs)
    }
}
