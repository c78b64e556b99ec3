import HexaglotCore
import HexaglotStore

/// How far each document has come in each language, with the filters of `coverage` applied:
/// the rows, CSV, JSON and HTML page all read it.
///
/// With ``statuses`` given, a (document, language) pair is kept when one of its segments has
/// one of them (the source language never matches), and a document when it keeps a pair
/// among ``languages``.
public struct CoverageSelection: Sendable {
    /// The documents kept, in the order of their references (collated).
    public let rows: [DocumentCoverage]
    /// The languages shown, in the order asked (UN order by default).
    public let languages: [Language]
    public let statuses: Set<TranslationStatus>

    /// Reads the coverage of the documents of `kind` (nil: all) in `languages`.
    public init(_ workspace: Workspace, kind: DocumentKind? = nil, languages: [Language] = Language.allCases,
                statuses: Set<TranslationStatus> = []) throws {
        self.languages = languages
        self.statuses = statuses
        let all = try workspace.coverage(kind: kind)
        rows = all.filter { row in languages.contains { CoverageSelection.keeps(row, $0, statuses: statuses) } }
    }

    /// Whether the pair (`row`, `language`) passes the status filter.
    public func keeps(_ row: DocumentCoverage, _ language: Language) -> Bool {
        CoverageSelection.keeps(row, language, statuses: statuses)
    }

    static func keeps(_ row: DocumentCoverage, _ language: Language, statuses: Set<TranslationStatus>) -> Bool {
        guard !statuses.isEmpty else { return true }
        guard let c = row.languages[language] else { return false }
        return !c.isSource && statuses.contains { c.segments($0) > 0 }
    }

    /// Each document with the languages of it kept, for ``CoverageCSV``.
    public var pairs: [(DocumentCoverage, [Language])] {
        rows.map { row in (row, languages.filter { keeps(row, $0) }) }
    }

    /// The `--json` report of the selection.
    public var report: CoverageReport { CoverageReport(rows, languages: languages, keep: keeps) }

    /// The HTML page of the selection (``CoverageHTML``), naming `workspace`.
    public func html(workspace: String) -> String {
        CoverageHTML.render(rows, languages: languages, workspace: workspace, statuses: statuses)
    }

    /// A share done as a table cell shows it: `100%`, `<1%` for a start, else whole percents rounded down.
    public static func percentLabel(_ value: Double) -> String {
        if value >= 100 { return "100%" }
        if value > 0 && value < 1 { return "<1%" }
        return "\(Int(value.rounded(.down)))%"
    }
}
