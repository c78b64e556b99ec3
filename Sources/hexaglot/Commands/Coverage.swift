import ArgumentParser
import Foundation
import HexaglotCore
import HexaglotStore

/// `hexaglot coverage`: documents × the six languages, segments and words by status.
struct Coverage: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Show how far each document has come in each of the six languages.",
        discussion: """
            The first table gives, per document and language, the share of source words whose \
            translation is translated, reviewed or approved (Chinese counted by character). The \
            second gives segments/words per status. Segments with no translation count as new.
            """)

    @OptionGroup var workspaceOptions: WorkspaceOptions
    @OptionGroup var output: JSONOption

    @Option(name: .long, help: "Only documents of this kind: letter, post or other.")
    var kind: String?

    @Option(name: .long, help: ArgumentHelp("Only these languages, comma-separated (ar,zh,en,fr,ru,es).", valueName: "languages"))
    var lang: String?

    func validate() throws {
        if let kind, DocumentKind(rawValue: kind) == nil {
            throw ValidationError("--kind: expected letter, post or other, not '\(kind)'")
        }
        if let lang { for part in lang.split(separator: ",") { _ = try validLanguage(String(part)) } }
    }

    func run() throws {
        let workspace = try workspaceOptions.open(progress: Progress())
        let languages = try lang.map { try $0.split(separator: ",").map { try validLanguage(String($0)).language } }
            ?? Language.allCases
        let rows = try workspace.coverage(kind: kind.flatMap(DocumentKind.init(rawValue:)))
        if output.json {
            try Output.json(CoverageReport(rows, languages: languages))
            return
        }
        if rows.isEmpty {
            print("No documents in \(workspace.path).")
            return
        }
        print("Coverage: share of source words translated, reviewed or approved (\(workspace.path))\n")
        Output.table(["Document", "Kind", "Source", "Segs", "Words"] + languages.map(\.rawValue),
                     rows.map { row in
                         [row.reference, row.kind.rawValue, row.sourceLanguage.rawValue, "\(row.segments)", "\(row.words)"]
                             + languages.map { l in
                                 let c = row.languages[l]!
                                 return c.isSource ? "source" : Coverage.percent(c.percent)
                             }
                     }, alignRight: Set([3, 4] + languages.indices.map { $0 + 5 }))
        let statuses = TranslationStatus.allCases
        var detail: [[String]] = []
        for row in rows {
            for l in languages {
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

    static func percent(_ value: Double) -> String {
        if value >= 100 { return "100%" }
        if value > 0 && value < 1 { return "<1%" }
        return "\(Int(value.rounded(.down)))%"
    }
}

/// The `--json` form of `coverage`: documented in README.md.
struct CoverageReport: Encodable {
    struct Counts: Encodable {
        var new, draft, translated, reviewed, approved, outdated, rejected: Int
        init(_ values: [TranslationStatus: Int]) {
            new = values[.new] ?? 0; draft = values[.draft] ?? 0; translated = values[.translated] ?? 0
            reviewed = values[.reviewed] ?? 0; approved = values[.approved] ?? 0
            outdated = values[.outdated] ?? 0; rejected = values[.rejected] ?? 0
        }
    }
    struct LanguageEntry: Encodable {
        var language: String
        var isSource: Bool
        var percent: Double
        var segments: Counts?
        var words: Counts?
    }
    struct DocumentEntry: Encodable {
        var reference: String
        var kind: String
        var title: String
        var sourceLanguage: String
        var revision: Int
        var segments: Int
        var words: Int
        var languages: [LanguageEntry]
    }
    var documents: [DocumentEntry]

    init(_ rows: [DocumentCoverage], languages: [Language]) {
        documents = rows.map { row in
            DocumentEntry(reference: row.reference, kind: row.kind.rawValue, title: row.title,
                          sourceLanguage: row.sourceLanguage.rawValue, revision: row.revision,
                          segments: row.segments, words: row.words,
                          languages: languages.map { l in
                              let c = row.languages[l]!
                              return LanguageEntry(language: l.rawValue, isSource: c.isSource,
                                                   percent: (c.percent * 10).rounded() / 10,
                                                   segments: c.isSource ? nil : Counts(c.segments),
                                                   words: c.isSource ? nil : Counts(c.words))
                          })
        }
    }
}
