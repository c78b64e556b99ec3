import HexaglotCore
import HexaglotWorkflow

/// The coordinator's import form on the dashboard: a file (a document, a translated file, an
/// XLIFF or a glossary, as `hexaglot import` takes), with the options `import` has for a file
/// whose name or front matter does not say them. `dashboard.js` sends it to `POST /api/documents`.
struct ImportForm {
    var uploadLimit: Int

    func render() -> String {
        func option(_ value: String, _ label: String) -> String {
            "<option value=\"\(HTML.escape(value))\">\(HTML.escape(label))</option>"
        }
        let accept = Importer.extensions.map { "." + $0 }.joined(separator: ",")
        var h = "<section aria-labelledby=\"import-heading\" class=\"import\">\n<h2 id=\"import-heading\">Import a document or a translation</h2>\n"
        h += "<form id=\"import-form\" class=\"filters\" data-upload-limit=\"\(uploadLimit)\">"
        h += "<label>File <input type=\"file\" id=\"import-file\" required accept=\"\(HTML.escape(accept))\"></label>"
        h += "<label>Language <select id=\"import-lang\">" + option("", "from the file")
        for l in Language.allCases { h += option(l.rawValue, "\(l.rawValue) — \(l.englishName)") }
        h += "</select></label><label>Kind <select id=\"import-kind\">" + option("", "from the file")
        for k in DocumentKind.allCases { h += option(k.rawValue, k.rawValue) }
        h += "</select></label><label>Status of a translation <select id=\"import-status\">" + option("", "translated")
        for s in TranslationStatus.allCases where s.hasText && s != .translated { h += option(s.rawValue, s.rawValue) }
        h += "</select></label><label>Translation of <input type=\"text\" id=\"import-of\" size=\"12\" placeholder=\"CL-19/73\" dir=\"ltr\"></label>"
        h += "<button type=\"submit\" id=\"import-submit\">Import</button></form>\n"
        h += "<p class=\"note\">\(HTML.escape(accept.replacingOccurrences(of: ",", with: " "))); up to \(uploadLimit >> 20) MiB. A file already imported and unchanged changes nothing.</p>\n"
        h += "<p id=\"import-message\" class=\"message\" role=\"status\" aria-live=\"polite\"></p>\n<ul id=\"import-results\" class=\"import-results\"></ul>\n</section>\n"
        return h
    }
}
