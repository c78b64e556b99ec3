import ArgumentParser
import Foundation
import HexaglotCore
import HexaglotStore
import HexaglotWorkflow

/// `hexaglot coverage`: documents × the six languages, segments and words by status.
struct Coverage: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "coverage",
        abstract: "Show how far each document has come in each of the six languages.",
        discussion: """
            The first table gives, per document and language, the share of source words whose \
            translation is translated, reviewed or approved (Chinese counted by character). The \
            second gives segments/words per status. Segments with no translation count as new. \
            Documents are in the order of their references (collated), languages in UN order \
            (ar, zh, en, fr, ru, es).

            --status keeps the (document, language) pairs that have at least one segment in one of \
            the given statuses (the source language never matches): the table shows the documents \
            with at least one such pair among the shown languages, and its second table, --json and \
            --csv only those pairs; --html shows those documents.

            --csv writes one RFC 4180 row per document and language (columns in README.md); \
            --html FILE writes one self-contained HTML page (heat map and bars per status, no \
            network needed) and prints its path.
            """)

    @OptionGroup var workspaceOptions: WorkspaceOptions
    @OptionGroup var output: JSONOption

    @Option(name: .long, help: "Only documents of this kind: letter, post or other.")
    var kind: String?

    @Option(name: .long, help: ArgumentHelp("Only these languages, comma-separated (ar,zh,en,fr,ru,es).", valueName: "languages"))
    var lang: String?

    @Option(name: .long, parsing: .singleValue, help: ArgumentHelp(
        "Only document/language pairs with at least one segment in this status (repeatable or comma-separated: new, draft, translated, reviewed, approved, outdated, rejected).",
        valueName: "status"))
    var status: [String] = []

    @Flag(name: .long, help: "Print CSV (RFC 4180, UTF-8, header row): one row per document and language.")
    var csv = false

    @Option(name: [.short, .customLong("output")], help: ArgumentHelp("With --csv, write the CSV to this file (atomically) instead of standard output.", valueName: "file"))
    var outputFile: String?

    @Option(name: .long, help: ArgumentHelp("Write a self-contained HTML page (heat map, bars per status) to this file and print its path; with --json, print {\"html\", \"documents\"}.", valueName: "file"))
    var html: String?

    func validate() throws {
        if let kind, DocumentKind(rawValue: kind) == nil {
            throw ValidationError("--kind: expected letter, post or other, not \(Quote.user(kind))")
        }
        if let lang { for part in lang.split(separator: ",") { _ = try validLanguage(String(part)) } }
        _ = try statuses()
        if csv && html != nil { throw ValidationError("--csv and --html: choose one (the page and the table are separate files)") }
        if csv && output.json { throw ValidationError("--csv and --json: choose one format") }
        if outputFile != nil && !csv { throw ValidationError("--output goes with --csv (for --html, give the file to --html)") }
        if let html, html.isEmpty { throw ValidationError("--html needs a file name") }
        if let outputFile, outputFile.isEmpty { throw ValidationError("--output needs a file name") }
    }

    /// The statuses given to --status, each checked.
    func statuses() throws -> Set<TranslationStatus> {
        var result = Set<TranslationStatus>()
        for part in status.flatMap({ $0.split(separator: ",") }) {
            do { result.insert(try TranslationStatus(parsing: String(part))) } catch let error as CoreError {
                throw ValidationError("--status: \(error.message)")
            }
        }
        return result
    }

    func run() throws {
        let workspace = try workspaceOptions.open(progress: Progress())
        let languages = try lang.map { try $0.split(separator: ",").map { try validLanguage(String($0)).language } }
            ?? Language.allCases
        let wanted = try statuses()
        let selection = try CoverageSelection(workspace, kind: kind.flatMap(DocumentKind.init(rawValue:)),
                                              languages: languages, statuses: wanted)
        let rows = selection.rows
        if let html {
            try writeAtomically(selection.html(workspace: workspace.path), to: html)
            let written = URL(fileURLWithPath: html).standardizedFileURL.path
            if output.json {
                try Output.json(CoverageHTMLReport(html: written, documents: rows.count))
            } else {
                print(written)
            }
            return
        }
        if csv {
            let text = CoverageCSV.render(selection.pairs)
            if let file = outputFile {
                try writeAtomically(text, to: file)
                print(URL(fileURLWithPath: file).standardizedFileURL.path)
            } else {
                print(text, terminator: "")
            }
            return
        }
        if output.json {
            try Output.json(selection.report)
            return
        }
        if rows.isEmpty {
            print(wanted.isEmpty ? "No documents in \(workspace.path)."
                  : "No document has segments \(TranslationStatus.allCases.filter(wanted.contains).map(\.rawValue).joined(separator: " or ")) in \(workspace.path).")
            return
        }
        print("Coverage: share of source words translated, reviewed or approved (\(workspace.path))\n")
        Output.table(["Document", "Kind", "Source", "Segs", "Words"] + languages.map(\.rawValue),
                     rows.map { row in
                         [row.reference, row.kind.rawValue, row.sourceLanguage.rawValue, "\(row.segments)", "\(row.words)"]
                             + languages.map { l in
                                 let c = row.languages[l]!
                                 return c.isSource ? "source" : CoverageSelection.percentLabel(c.percent)
                             }
                     }, alignRight: Set([3, 4] + languages.indices.map { $0 + 5 }))
        let statuses = TranslationStatus.allCases
        var detail: [[String]] = []
        for row in rows {
            for l in languages where selection.keeps(row, l) {
                let c = row.languages[l]!
                if c.isSource { continue }
                detail.append([row.reference, l.rawValue] + statuses.map { s in
                    let n = c.segments(s)
                    return n == 0 ? "·" : "\(n)/\(c.words(s))"
                })
            }
        }
        print("\nSegments/words by status\n")
        Output.table(["Document", "Lang"] + statuses.map(\.rawValue), detail,
                     alignRight: Set(statuses.indices.map { $0 + 2 }))
    }
}
