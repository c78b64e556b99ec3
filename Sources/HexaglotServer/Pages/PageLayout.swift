import Foundation
import HexaglotCore
import HexaglotStore

/// The frame of every page: head with the stylesheet and scripts (files of this server: the
/// content security policy allows no inline script or style), the top bar with the signed-in
/// person and the sign-out form, and the CSRF token for the scripts in a `meta` element.
struct PageLayout {
    var title: String
    var session: SignedInSession?
    /// Script files under `/assets/` to load, in order.
    var scripts: [String] = []
    /// Attributes of `body` (already escaped), read by the scripts.
    var bodyAttributes = ""

    func render(_ main: String) -> String {
        var h = """
            <!DOCTYPE html>
            <html lang="en" dir="ltr">
            <head>
            <meta charset="utf-8">
            <meta name="viewport" content="width=device-width, initial-scale=1">
            <title>\(HTML.escape(title)) — Hexaglot</title>
            <link rel="stylesheet" href="/assets/pages.css">
            <link rel="icon" href="/assets/icon.svg" type="image/svg+xml">

            """
        if let session {
            h += "<meta name=\"csrf-token\" content=\"\(HTML.escape(session.csrfToken))\">\n"
        }
        for script in scripts { h += "<script src=\"/assets/\(HTML.escape(script))\" defer></script>\n" }
        h += "</head>\n<body\(bodyAttributes)>\n<header class=\"top\"><a class=\"home\" href=\"/dashboard\">Hexaglot</a>"
        if let session {
            let member = session.member
            let languages = member.languages.map(\.tag).joined(separator: ", ")
            h += "<span class=\"who\"><span class=\"name\" dir=\"auto\">\(HTML.escape(member.name))</span> · \(HTML.escape(member.role.rawValue))"
                + (languages.isEmpty ? "" : " · \(HTML.escape(languages))") + "</span>"
                + "<form method=\"post\" action=\"/logout\" class=\"logout\"><input type=\"hidden\" name=\"csrf_token\" value=\"\(HTML.escape(session.csrfToken))\">"
                + "<button type=\"submit\">Sign out</button></form>"
        }
        h += "</header>\n<main>\n" + main + "\n</main>\n</body>\n</html>\n"
        return h
    }
}
