import Foundation
import HexaglotCore
import HexaglotQA
import HexaglotStore

/// A document in one language: the segments in order, source beside target, with the status
/// of each and the count of QA findings. In `translate` mode the targets are editable (for a
/// person who may translate in this language) and a panel beside shows the active segment's
/// suggestions, glossary terms, findings, history and a concordance search (editor.js); in
/// `review` mode each translated segment has the reviewer's actions (review.js).
struct EditorPage {
    enum Mode: String { case translate, review }

    var mode: Mode
    var address: DocumentAddress
    var segments: [SegmentView]
    /// QA findings per segment number (segments with a translation only).
    var findings: [Int: [QAFinding]]
    var session: SignedInSession
    /// Whether the signed-in person may write here: translate in `translate` mode, review in `review` mode.
    var mayWrite: Bool
    /// The status filter asked for in the address (`?status=`), applied by the script.
    var initialFilter: String?

    func render() -> String {
        let target = address.language
        let apiPath = "/api/documents/\(HTML.pathReference(address.reference))/\(HTML.pathReference(target.tag))"
        let pagePath = "/documents/\(HTML.pathReference(address.reference))/\(HTML.pathReference(target.tag))"
        let attributes = " class=\"\(mode.rawValue)\" data-api=\"\(HTML.escape(apiPath))\" data-reference=\"\(HTML.escape(address.reference))\""
            + " data-language=\"\(HTML.escape(target.tag))\" data-source-language=\"\(address.source.rawValue)\""
            + " data-rtl=\"\(target.language.isRightToLeft)\" data-may-write=\"\(mayWrite)\" data-filter=\"\(HTML.escape(initialFilter ?? "all"))\""
        var h = "<h1><span class=\"ref\">\(HTML.escape(address.reference))</span> <span class=\"title\" \(HTML.langDir(address.source))>\(HTML.escape(address.title))</span>"
            + " <span class=\"target-language\">\(address.source.rawValue) → \(HTML.escape(target.tag)) (\(target.language.englishName))</span></h1>\n"
        h += "<nav class=\"modes\"><a href=\"\(HTML.escape(pagePath))\"\(mode == .translate ? " aria-current=\"page\"" : "")>Translate</a>"
            + " <a href=\"\(HTML.escape(pagePath))/review\"\(mode == .review ? " aria-current=\"page\"" : "")>Review</a>"
            + " <a href=\"/dashboard\">Dashboard</a></nav>\n"
        if !mayWrite {
            h += "<p class=\"note\" id=\"read-only\">You may read this page; \(mode == .translate ? "translating" : "reviewing") \(HTML.escape(target.language.englishName)) is not among your roles.</p>\n"
        }
        h += "<div class=\"filters\" id=\"segment-filters\" role=\"group\" aria-label=\"Show segments\">"
        for (value, label) in [("all", "all"), ("new", "new"), ("outdated", "outdated"), ("rejected", "rejected"), ("translated", "translated"), ("findings", "with QA findings")] {
            h += "<button type=\"button\" data-filter=\"\(value)\">\(label)</button>"
        }
        h += "</div>\n<p id=\"message\" class=\"message\" role=\"status\" aria-live=\"polite\"></p>\n"
        h += "<div class=\"workspace\">\n<ol class=\"segments\" id=\"segments\">\n"
        for view in segments { h += row(view) }
        h += "</ol>\n"
        if mode == .translate { h += panel(saving: mayWrite) }
        h += "</div>\n"
        let page = PageLayout(title: "\(address.reference) \(target.tag)", session: session,
                              scripts: ["common.js", mode == .translate ? "editor.js" : "review.js"], bodyAttributes: attributes)
        return page.render(h)
    }

    private func row(_ view: SegmentView) -> String {
        let n = view.segment.number
        let status = view.status
        let count = findings[n]?.count ?? 0
        let target = address.language
        let editable = mode == .translate && mayWrite
        var h = "<li class=\"seg\" id=\"seg-\(n)\" data-number=\"\(n)\" data-version=\"\(view.translation?.version ?? 0)\" data-status=\"\(status.rawValue)\" data-findings=\"\(count)\">"
        h += "<div class=\"num\">\(n == 0 ? "title" : String(n))</div>"
        h += "<div class=\"src\" \(HTML.langDir(address.source))>\(ContentHTML.render(view.segment.content))"
        if let before = view.sourceChange?.before {
            h += "<div class=\"before\">was: <span \(HTML.langDir(address.source))>\(ContentHTML.render(before))</span></div>"
        }
        h += "</div>"
        h += "<div class=\"tgt\" \(HTML.langDir(target.language, tag: target.tag))"
            + (editable ? " contenteditable=\"true\" spellcheck=\"true\" role=\"textbox\" aria-label=\"Translation of segment \(n)\"" : "")
            + ">\(view.translation.map { ContentHTML.render($0.content) } ?? "")</div>"
        h += "<div class=\"state\"><span class=\"status s-\(status.rawValue)\">\(status.rawValue)</span>"
        if let author = view.translation?.author { h += "<span class=\"author\" dir=\"auto\">\(HTML.escape(author))</span>" }
        if count > 0 { h += "<span class=\"qa\" title=\"QA findings\">QA \(count)</span>" }
        if mode == .review && mayWrite && view.translation != nil {
            h += "<div class=\"actions\"><button type=\"button\" data-action=\"approve\">Approve</button>"
                + "<button type=\"button\" data-action=\"review\">Reviewed</button>"
                + "<button type=\"button\" data-action=\"edit\">Edit</button>"
                + "<button type=\"button\" data-action=\"reject\">Reject…</button></div>"
        }
        h += "</div>"
        if let list = findings[n], !list.isEmpty {
            h += "<ul class=\"findings\">" + list.map { "<li class=\"sev-\($0.severity.rawValue)\">\(HTML.escape($0.message))</li>" }.joined() + "</ul>"
        }
        return h + "</li>\n"
    }

    private func panel(saving: Bool) -> String {
        """
        <aside class="panel" id="panel" aria-label="Active segment">
        <h2>Segment <span id="active-number">—</span></h2>
        <div class="save-bar"\(saving ? "" : " hidden")><button type="button" id="save">Save (Ctrl+Enter)</button> <button type="button" id="save-draft">Save as draft</button></div>
        <section id="conflict" hidden><h3>Someone else changed this segment</h3><p>Your text was not saved; theirs is kept. Copy what you need, then save again.</p>
        <div class="both"><div><h4>Yours</h4><div id="conflict-yours" class="text"></div></div><div><h4>Theirs (<span id="conflict-who"></span>)</h4><div id="conflict-theirs" class="text"></div></div></div>
        <button type="button" id="conflict-take">Edit on theirs</button></section>
        <section><h3>Memory suggestions <small>(click or Ctrl+1…5)</small></h3><ol id="suggestions" class="suggestions"></ol></section>
        <section><h3>Glossary</h3><ul id="terms" class="terms"></ul></section>
        <section><h3>QA findings</h3><ul id="findings" class="findings"></ul></section>
        <section><h3>History</h3><ol id="history" class="history"></ol></section>
        <section><h3>Concordance</h3><form id="concordance-form" role="search"><input id="concordance-q" type="search" placeholder="words or phrase" dir="auto"> <button type="submit">Search</button></form><ul id="concordance" class="concordance"></ul></section>
        </aside>

        """
    }
}
