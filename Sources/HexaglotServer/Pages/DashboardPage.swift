import Foundation
import HexaglotCore
import HexaglotStore

/// The coordinator's view of the workspace, live: the heat map of documents × languages
/// (percent done, drafts beside it) and per document a bar of segments by status for each
/// language, with the colours of `coverage --html` (``CoveragePalette``). Each cell opens the
/// editor for that document in that language.
struct DashboardPage {
    /// What the filter form asks for.
    struct Filter {
        var kind: DocumentKind?
        var language: Language?
        var status: TranslationStatus?

        /// The target languages shown.
        var languages: [Language] { language.map { [$0] } ?? Language.allCases }

        /// Whether a document is shown: with `status`, only those with a segment at that status in a shown language.
        func keeps(_ row: DocumentCoverage) -> Bool {
            guard let status else { return true }
            return languages.contains { l in
                guard let c = row.languages[l], !c.isSource else { return false }
                return c.segments(status) > 0
            }
        }
    }

    var rows: [DocumentCoverage]
    var filter: Filter
    var session: SignedInSession
    /// The largest file the import form sends (the server's limit), checked before sending.
    var uploadLimit: Int

    private var mayImport: Bool { AccessPolicy.allows(session.member, .importDocuments) }
    private var mayExport: Bool { AccessPolicy.allows(session.member, .export) }

    func render() -> String {
        let shown = rows.filter(filter.keeps)
        var h = "<h1>Translation coverage</h1>\n"
        h += filterForm()
        if mayImport { h += ImportForm(uploadLimit: uploadLimit).render() }
        // `#coverage` is what the import form's script refreshes after an import.
        h += "<div id=\"coverage\">\n"
        h += "<p class=\"note\">Percent done: share of the source words translated, reviewed or approved (Chinese counted by character); below it, the share with text not yet done (draft, outdated, rejected). Each cell opens the document in that language.</p>\n"
        h += heatMap(shown)
        h += legend()
        for row in shown { h += bars(row) }
        h += "</div>\n"
        return PageLayout(title: "Dashboard", session: session, scripts: mayImport ? ["common.js", "dashboard.js"] : []).render(h)
    }

    private func filterForm() -> String {
        func option(_ value: String, _ label: String, selected: Bool) -> String {
            "<option value=\"\(HTML.escape(value))\"\(selected ? " selected" : "")>\(HTML.escape(label))</option>"
        }
        var h = "<form method=\"get\" action=\"/dashboard\" class=\"filters\" id=\"filters\">"
        h += "<label>Kind <select name=\"kind\" id=\"filter-kind\">" + option("", "all", selected: filter.kind == nil)
        for k in DocumentKind.allCases { h += option(k.rawValue, k.rawValue, selected: filter.kind == k) }
        h += "</select></label><label>Language <select name=\"lang\" id=\"filter-lang\">" + option("", "all", selected: filter.language == nil)
        for l in Language.allCases { h += option(l.rawValue, "\(l.rawValue) — \(l.englishName)", selected: filter.language == l) }
        h += "</select></label><label>Status <select name=\"status\" id=\"filter-status\">" + option("", "any", selected: filter.status == nil)
        for s in TranslationStatus.allCases { h += option(s.rawValue, s.rawValue, selected: filter.status == s) }
        h += "</select></label><button type=\"submit\">Filter</button></form>\n"
        return h
    }

    /// The editor's address for a cell, keeping the status filter.
    private func editorLink(_ row: DocumentCoverage, _ language: Language) -> String {
        "/documents/\(HTML.pathReference(row.reference))/\(language.rawValue)" + (filter.status.map { "?status=\($0.rawValue)" } ?? "")
    }

    private func heatMap(_ rows: [DocumentCoverage]) -> String {
        var h = "<section aria-labelledby=\"heat\">\n<h2 id=\"heat\">Documents × languages</h2>\n"
        if rows.isEmpty { return h + "<p>No documents match.</p>\n</section>\n" }
        h += "<table class=\"heat\" id=\"heat-map\">\n<thead><tr><th scope=\"col\" class=\"doc\">Document</th><th scope=\"col\" class=\"kind\">Kind</th>"
        for l in filter.languages {
            h += "<th scope=\"col\" class=\"lang\"><span class=\"code\">\(l.rawValue)</span><span class=\"native\" \(HTML.langDir(l))>\(HTML.escape(l.nativeName))</span></th>"
        }
        h += "</tr></thead>\n<tbody>\n"
        for row in rows {
            h += "<tr data-reference=\"\(HTML.escape(row.reference))\"><th scope=\"row\" class=\"doc\"><span class=\"ref\">\(HTML.escape(row.reference))</span>"
                + "<div class=\"title\" \(HTML.langDir(row.sourceLanguage))>\(HTML.escape(row.title))</div></th>"
                + "<td class=\"kind\">\(HTML.escape(row.kind.rawValue))</td>"
            for l in filter.languages {
                guard let c = row.languages[l] else { h += "<td></td>"; continue }
                if c.isSource {
                    h += "<td class=\"cell source\" data-lang=\"\(l.rawValue)\" title=\"\(HTML.escape(row.reference)) is written in \(l.englishName)\">source</td>"
                    continue
                }
                let label = CoveragePalette.percent(c.percent)
                let drafts = c.pendingPercent(words: row.words)
                let step = Int((max(0, min(100, c.percent)) / 10).rounded())
                let title = "\(row.reference) in \(l.englishName): \(label) of \(row.words) words done" + (drafts > 0 ? ", \(CoveragePalette.percent(drafts)) more in draft" : "")
                h += "<td class=\"cell heat-\(step)\" data-lang=\"\(l.rawValue)\" data-percent=\"\(String(format: "%.2f", c.percent))\" data-drafts=\"\(String(format: "%.2f", drafts))\">"
                    + "<a href=\"\(HTML.escape(editorLink(row, l)))\" title=\"\(HTML.escape(title))\">\(label)"
                if drafts > 0 { h += "<span class=\"drafts\">+\(CoveragePalette.percent(drafts)) draft</span>" }
                h += "</a></td>"
            }
            h += "</tr>\n"
        }
        h += "</tbody>\n</table>\n<div class=\"scale\" aria-hidden=\"true\"><span>0%</span>"
        for step in 0...10 { h += "<span class=\"swatch heat-\(step)\">\(step * 10)</span>" }
        return h + "<span>100% done</span></div>\n</section>\n"
    }

    private func legend() -> String {
        var h = "<section aria-labelledby=\"bars\">\n<h2 id=\"bars\">Segments by status</h2>\n<ul class=\"legend\">"
        for s in TranslationStatus.allCases { h += "<li><svg class=\"key\" viewBox=\"0 0 10 10\" aria-hidden=\"true\"><rect class=\"s-\(s.rawValue)\" width=\"10\" height=\"10\"/></svg>\(s.rawValue)</li>" }
        return h + "</ul>\n</section>\n"
    }

    /// One document's bars: an SVG per language (widths as SVG attributes, not inline styles,
    /// which the content security policy forbids), the percent and the counts.
    private func bars(_ row: DocumentCoverage) -> String {
        var h = "<section class=\"document\" data-reference=\"\(HTML.escape(row.reference))\">\n<h3><span class=\"ref\">\(HTML.escape(row.reference))</span> "
            + "<span class=\"title\" \(HTML.langDir(row.sourceLanguage))>\(HTML.escape(row.title))</span></h3>\n"
            + "<p class=\"meta\">\(HTML.escape(row.kind.rawValue)) · source \(row.sourceLanguage.englishName) (\(row.sourceLanguage.rawValue)) · revision \(row.revision) · \(row.segments) segments · \(row.words) \(row.sourceLanguage.isCharacterCounted ? "characters" : "words")</p>\n"
            + "<table class=\"bars\"><tbody>\n"
        for l in filter.languages {
            guard let c = row.languages[l] else { continue }
            h += "<tr data-lang=\"\(l.rawValue)\"><th scope=\"row\">\(l.rawValue)</th>"
            if c.isSource {
                h += "<td class=\"bar-cell\"><div class=\"bar source-bar\">source</div></td><td class=\"pct\">source</td><td class=\"counts\">\(row.segments) segments written in \(l.englishName)</td><td class=\"links\">\(exportLinks(row, l))</td></tr>\n"
                continue
            }
            let total = TranslationStatus.allCases.reduce(0) { $0 + c.segments($1) }
            let summary = TranslationStatus.allCases.filter { c.segments($0) > 0 }.map { "\(c.segments($0)) \($0.rawValue)" }.joined(separator: ", ")
            h += "<td class=\"bar-cell\"><svg class=\"bar\" viewBox=\"0 0 100 10\" preserveAspectRatio=\"none\" role=\"img\" aria-label=\"\(l.englishName): \(HTML.escape(summary))\">"
            var x = 0.0
            for s in TranslationStatus.allCases where c.segments(s) > 0 {
                let width = total == 0 ? 0 : Double(c.segments(s)) * 100 / Double(total)
                h += "<rect class=\"s-\(s.rawValue)\" x=\"\(String(format: "%.3f", x))\" width=\"\(String(format: "%.3f", width))\" height=\"10\"><title>\(l.englishName), \(s.rawValue): \(c.segments(s)) segments, \(c.words(s)) words</title></rect>"
                x += width
            }
            let base = "/documents/\(HTML.pathReference(row.reference))/\(l.rawValue)"
            h += "</svg></td><td class=\"pct\">\(CoveragePalette.percent(c.percent))</td><td class=\"counts\">\(HTML.escape(summary))</td>"
                + "<td class=\"links\"><a href=\"\(HTML.escape(base))\">edit</a> <a href=\"\(HTML.escape(base))/review\">review</a>\(exportLinks(row, l))</td></tr>\n"
        }
        return h + "</tbody></table>\n</section>\n"
    }

    /// The coordinator's downloads for one language of a document: the file in the document's
    /// own format (the source itself in its language), and XLIFF 2.1 for a target language.
    private func exportLinks(_ row: DocumentCoverage, _ language: Language) -> String {
        guard mayExport else { return "" }
        let base = "/api/documents/\(HTML.pathReference(row.reference))/\(language.rawValue)/export"
        let what = language == row.sourceLanguage ? "the source" : "\(language.englishName) version"
        var h = " <a class=\"export\" href=\"\(HTML.escape(base))\" download title=\"Download \(HTML.escape(row.reference)): \(what), as a file\">file</a>"
        if language != row.sourceLanguage {
            h += " <a class=\"export\" href=\"\(HTML.escape(base))?format=xliff\" download title=\"Download \(HTML.escape(row.reference)) for \(language.englishName) as XLIFF 2.1\">XLIFF</a>"
        }
        return h
    }
}
