import Foundation
import HexaglotCore
import HexaglotText
import HexaglotStore

/// `coverage --html FILE`: one self-contained HTML5 page (inline CSS, no script, no fonts or
/// images from anywhere) with a heat map of documents × languages and, per document, a bar of
/// segments by status for each language.
///
/// It lives in the library, not the command line, because it is a report format like the CSV
/// and the JSON: the web workspace serves the same page, from the same ``CoverageSelection``.
public enum CoverageHTML {
    /// The page for `rows` in `languages`; `workspace` is the path shown, `statuses` the filter applied.
    public static func render(_ rows: [DocumentCoverage], languages: [Language], workspace: String,
                              date: Date = Date(), statuses: Set<TranslationStatus> = []) -> String {
        let day = ISO8601DateFormatter.string(from: date, timeZone: TimeZone(identifier: "UTC")!,
                                              formatOptions: [.withFullDate])
        var h = """
            <!DOCTYPE html>
            <html lang="en" dir="ltr">
            <head>
            <meta charset="utf-8">
            <meta name="viewport" content="width=device-width, initial-scale=1">
            <meta name="generator" content="hexaglot coverage --html">
            <title>Coverage — \(escape(workspaceName(workspace))) — \(day)</title>
            <style>\(css)</style>
            </head>
            <body>
            <header>
            <h1>Translation coverage</h1>
            <p class="meta">Workspace <code>\(escape(workspace))</code> · \(day) · \(rows.count) document\(rows.count == 1 ? "" : "s")\
            \(statuses.isEmpty ? "" : " · status filter: " + escape(TranslationStatus.allCases.filter(statuses.contains).map(\.rawValue).joined(separator: ", ")))</p>
            <p class="note">Percent done: share of the source words whose translation is translated, reviewed or approved (Chinese counted by character). Below it, in a cell with drafts, the share of words with text not yet done (draft, outdated or rejected), also drawn as a hatched band along the cell's foot.</p>
            </header>

            """
        h += "<main>\n"
        h += heatMap(rows, languages: languages)
        h += legend()
        for row in rows { h += document(row, languages: languages) }
        h += "</main>\n</body>\n</html>\n"
        return h
    }

    // MARK: Heat map

    static func heatMap(_ rows: [DocumentCoverage], languages: [Language]) -> String {
        var h = "<section aria-labelledby=\"heat\">\n<h2 id=\"heat\">Documents × languages</h2>\n"
        if rows.isEmpty { return h + "<p>No documents.</p>\n</section>\n" }
        h += "<table class=\"heat\">\n<thead><tr><th scope=\"col\" class=\"doc\">Document</th><th scope=\"col\">Kind</th>"
        for l in languages {
            h += "<th scope=\"col\" class=\"lang\"><span class=\"code\">\(l.rawValue)</span>"
                + "<span class=\"native\" lang=\"\(l.rawValue)\" dir=\"\(l.isRightToLeft ? "rtl" : "ltr")\">\(escape(l.nativeName))</span></th>"
        }
        h += "</tr></thead>\n<tbody>\n"
        for row in rows {
            h += "<tr><th scope=\"row\" class=\"doc\"><a href=\"#\(anchor(row.reference))\" class=\"ref\">\(escape(row.reference))</a>"
                + "<div class=\"title\" dir=\"auto\" lang=\"\(row.sourceLanguage.rawValue)\">\(escape(row.title))</div></th>"
                + "<td class=\"kind\">\(escape(row.kind.rawValue))</td>"
            for l in languages {
                let c = row.languages[l]!
                if c.isSource {
                    h += "<td class=\"cell source\" title=\"\(escape(row.reference)) is written in \(l.englishName)\">source</td>"
                } else {
                    let (bg, fg) = CoveragePalette.heatColour(c.percent)
                    let label = CoveragePalette.percent(c.percent)
                    let drafts = c.pendingPercent(words: row.words)
                    let draftLabel = CoveragePalette.percent(drafts)
                    h += "<td class=\"cell\" style=\"background:\(bg);color:\(fg)\" data-lang=\"\(l.rawValue)\" "
                        + "title=\"\(escape(row.reference)) in \(l.englishName): \(label) of \(row.words) words done"
                        + (drafts > 0 ? ", \(draftLabel) more in draft\">" : "\">") + label
                    if drafts > 0 {
                        h += "<span class=\"drafts\">+\(draftLabel) draft</span>"
                            + "<span class=\"draft-share s-draft\" style=\"width:\(String(format: "%.3f", min(100, drafts)))%\"></span>"
                    }
                    h += "</td>"
                }
            }
            h += "</tr>\n"
        }
        h += "</tbody>\n</table>\n"
        h += "<div class=\"scale\" aria-hidden=\"true\"><span>0%</span>"
        for step in stride(from: 0, through: 100, by: 10) {
            let (bg, fg) = CoveragePalette.heatColour(Double(step))
            h += "<span class=\"swatch\" style=\"background:\(bg);color:\(fg)\">\(step)</span>"
        }
        h += "<span>100% done</span></div>\n</section>\n"
        return h
    }

    // MARK: Per-document bars

    static func legend() -> String {
        var h = "<section aria-labelledby=\"bars\">\n<h2 id=\"bars\">Segments by status</h2>\n<ul class=\"legend\">"
        for s in TranslationStatus.allCases {
            h += "<li><span class=\"key s-\(s.rawValue)\"></span>\(s.rawValue)</li>"
        }
        return h + "</ul>\n</section>\n"
    }

    static func document(_ row: DocumentCoverage, languages: [Language]) -> String {
        var h = "<section class=\"document\" id=\"\(anchor(row.reference))\">\n"
        h += "<h3><span class=\"ref\">\(escape(row.reference))</span> "
            + "<span class=\"title\" dir=\"auto\" lang=\"\(row.sourceLanguage.rawValue)\">\(escape(row.title))</span></h3>\n"
        h += "<p class=\"meta\">\(escape(row.kind.rawValue)) · source \(row.sourceLanguage.englishName) (\(row.sourceLanguage.rawValue))"
            + " · revision \(row.revision) · \(row.segments) segments · \(row.words) \(row.sourceLanguage.isCharacterCounted ? "characters" : "words")</p>\n"
        h += "<table class=\"bars\">\n<tbody>\n"
        for l in languages {
            let c = row.languages[l]!
            h += "<tr><th scope=\"row\"><span class=\"code\">\(l.rawValue)</span></th>"
            if c.isSource {
                h += "<td class=\"bar-cell\"><div class=\"bar source-bar\">source</div></td><td class=\"pct\">source</td><td class=\"counts\">\(row.segments) segments written in \(l.englishName)</td></tr>\n"
                continue
            }
            let total = TranslationStatus.allCases.reduce(0) { $0 + c.segments($1) }
            let summary = TranslationStatus.allCases.filter { c.segments($0) > 0 }
                .map { "\(c.segments($0)) \($0.rawValue)" }.joined(separator: ", ")
            h += "<td class=\"bar-cell\"><div class=\"bar\" role=\"img\" aria-label=\"\(l.englishName): \(escape(summary))\">"
            for s in TranslationStatus.allCases where c.segments(s) > 0 {
                let width = total == 0 ? 0 : Double(c.segments(s)) * 100 / Double(total)
                let n = c.segments(s)
                h += "<span class=\"s-\(s.rawValue)\" style=\"width:\(String(format: "%.3f", width))%\" "
                    + "title=\"\(l.englishName), \(s.rawValue): \(n) segment\(n == 1 ? "" : "s"), \(c.words(s)) words\">"
                    + (width >= 7 ? "\(n)" : "") + "</span>"
            }
            h += "</div></td><td class=\"pct\">\(CoveragePalette.percent(c.percent))</td>"
            h += "<td class=\"counts\">\(escape(summary))</td></tr>\n"
        }
        h += "</tbody>\n</table>\n</section>\n"
        return h
    }

    // MARK: Text

    /// Escapes text for HTML element content and attribute values.
    public static func escape(_ text: String) -> String {
        HTMLEscaping.escape(text)
    }

    /// An id for a document's section: letters and digits kept, everything else as `-`.
    static func anchor(_ reference: String) -> String {
        "doc-" + String(reference.unicodeScalars.map { scalar -> Character in
            (scalar.properties.isAlphabetic || ("0"..."9").contains(scalar)) && scalar.isASCII ? Character(scalar) : "-"
        })
    }

    static func workspaceName(_ path: String) -> String {
        let url = URL(fileURLWithPath: path)
        return url.deletingLastPathComponent().lastPathComponent + "/" + url.lastPathComponent
    }

    /// One rule per status: its fill and a text colour readable on it.
    static var statusCSS: String {
        var rules: [String] = []
        for s in TranslationStatus.allCases {
            let c = CoveragePalette.statusColours[s]!
            rules.append(".s-" + s.rawValue + " { background-color: " + c.fill + "; color: " + c.text + "; }")
        }
        return rules.joined(separator: "\n")
    }

    static let css = """

        :root { color-scheme: light; }
        * { box-sizing: border-box; }
        body { font-family: system-ui, -apple-system, "Segoe UI", "Noto Sans", "Noto Sans Arabic", "Noto Sans CJK SC", sans-serif;
               margin: 0 auto; padding: 1.5rem 2rem 3rem; max-width: 1200px; color: #1b1b1b; background: #fff; line-height: 1.4; }
        h1 { font-size: 1.6rem; margin: 0 0 .25rem; }
        h2 { font-size: 1.2rem; margin: 2rem 0 .75rem; border-bottom: 1px solid #ddd; padding-bottom: .25rem; }
        h3 { font-size: 1rem; margin: 1.5rem 0 .25rem; }
        .meta { color: #555; margin: .1rem 0 .5rem; font-size: .9rem; }
        .note { color: #555; font-size: .85rem; margin: 0; }
        code { font-size: .85rem; background: #f3f3f3; padding: 0 .25rem; border-radius: 3px; }
        table { border-collapse: collapse; }
        table.heat { width: 100%; table-layout: fixed; }
        table.heat th, table.heat td { border: 1px solid #fff; padding: .45rem .5rem; }
        table.heat thead th { background: #f0f0f0; font-weight: 600; text-align: center; }
        table.heat th.doc { width: 42%; text-align: start; font-weight: normal; vertical-align: top; background: #fafafa; }
        table.heat thead th.doc { font-weight: 600; background: #f0f0f0; }
        table.heat td.kind { width: 6%; text-align: center; color: #555; font-size: .85rem; background: #fafafa; }
        th.lang .code { display: block; font-family: ui-monospace, monospace; }
        th.lang .native { display: block; font-weight: normal; font-size: .8rem; color: #555; }
        .ref { font-weight: 600; font-family: ui-monospace, "DejaVu Sans Mono", monospace; white-space: nowrap; }
        a.ref { color: #0b4f8a; text-decoration: none; }
        a.ref:hover { text-decoration: underline; }
        .title { unicode-bidi: plaintext; font-size: .85rem; color: #333; }
        div.title { display: block; text-align: start; overflow-wrap: anywhere; }
        td.cell { text-align: center; font-variant-numeric: tabular-nums; font-weight: 600; font-size: 1rem; }
        td.cell { position: relative; }
        td.cell .drafts { display: block; font-size: .72rem; font-weight: normal; }
        td.cell .draft-share { position: absolute; inset-inline-start: 0; bottom: 0; height: .35rem;
                               background-image: repeating-linear-gradient(45deg, transparent, transparent 3px, rgba(0,0,0,.35) 3px, rgba(0,0,0,.35) 5px); }
        td.source { background: repeating-linear-gradient(135deg, #fff, #fff 6px, #eee 6px, #eee 12px);
                    color: #444; font-weight: normal; font-style: italic; }
        .scale { display: flex; align-items: center; gap: 2px; margin: .5rem 0 0; font-size: .75rem; color: #555; }
        .scale span:first-child { margin-inline-end: .4rem; }
        .scale span:last-child { margin-inline-start: .4rem; }
        .scale .swatch { display: inline-block; width: 2.2rem; text-align: center; padding: .1rem 0; }
        ul.legend { list-style: none; padding: 0; margin: 0 0 .5rem; display: flex; flex-wrap: wrap; gap: .35rem 1.1rem; font-size: .85rem; }
        ul.legend li { display: flex; align-items: center; gap: .35rem; }
        .key { display: inline-block; width: 1.1rem; height: .9rem; border: 1px solid #888; }
        section.document { border-top: 1px solid #eee; }
        section.document h3 .title { font-weight: normal; font-size: .95rem; }
        table.bars { width: 100%; }
        table.bars th { width: 3rem; text-align: start; font-family: ui-monospace, monospace; font-weight: 600; padding: .2rem 0; }
        table.bars td { padding: .2rem .4rem; }
        td.bar-cell { width: 55%; }
        td.pct { width: 4rem; text-align: end; font-variant-numeric: tabular-nums; font-weight: 600; }
        td.counts { font-size: .8rem; color: #444; }
        .bar { display: flex; height: 1.3rem; border: 1px solid #999; background: #fff; overflow: hidden; }
        .bar span { display: block; height: 100%; font-size: .72rem; line-height: 1.3rem; text-align: center; overflow: hidden; }
        .bar span + span { border-inline-start: 1px solid #fff; }
        .source-bar { justify-content: center; align-items: center; font-size: .75rem; font-style: italic; color: #444;
                      background: repeating-linear-gradient(135deg, #fff, #fff 6px, #eee 6px, #eee 12px); }
        \(statusCSS)
        .s-outdated { background-image: repeating-linear-gradient(45deg, transparent, transparent 4px, rgba(0,0,0,.18) 4px, rgba(0,0,0,.18) 6px); }
        .s-rejected { background-image: repeating-linear-gradient(-45deg, transparent, transparent 4px, rgba(255,255,255,.35) 4px, rgba(255,255,255,.35) 6px); }
        @media print { body { padding: 0; } td.cell, .bar span, .key, .swatch { -webkit-print-color-adjust: exact; print-color-adjust: exact; } }

        """
}
