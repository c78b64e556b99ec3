import Foundation
import HTTPTypes
import HexaglotTestSupport
import Testing
import HexaglotCore
import HexaglotServer

/// The pages, through a live server: sign-in with its form token, redirects when signed out,
/// escaping of workspace text, lang and dir on every text, the dashboard's cells and filters,
/// the editor's and review page's rights, and the static files.
@Suite struct PageTests {
    /// Signs in through the form as a browser does: GET /login for the token and cookie, then POST.
    static func formSignIn(_ api: APIClient, _ name: String, password: String = ServerFixture.password) async throws -> APIClient.Reply {
        let form = try await api.call(.get, "/login")
        let loginCookie = (form.headers[.setCookie] ?? "").split(separator: ";").first.map(String.init) ?? ""
        let token = try #require(form.body.firstMatch(of: #/name="csrf_token" value="([^"]+)"/#)?.1)
        let body = "csrf_token=\(token)&name=\(name.addingPercentEncoding(withAllowedCharacters: .alphanumerics)!)&password=\(password.addingPercentEncoding(withAllowedCharacters: .alphanumerics)!)"
        let reply = try await api.call(.post, "/login", raw: body,
                                       headers: ["Content-Type": "application/x-www-form-urlencoded", "Cookie": loginCookie])
        if reply.status == .seeOther {
            api.cookie = reply.headers[values: .setCookie].first { $0.hasPrefix("hexaglot_session=") }?.split(separator: ";").first.map(String.init)
        }
        return reply
    }

    @Test(arguments: TestBackend.all) func signInFormNeedsItsTokenAndSignsInAndOut(_ backend: TestBackend) async throws {
        let f = try ServerFixture(backend)
        try await f.withClient { api in
            #expect(try await api.call(.get, "/dashboard").headers[.location] == "/login")
            #expect(try await api.call(.get, "/documents/CL-19-73/ru").headers[.location] == "/login")
            // Without the cookie that goes with the form's token: refused, nobody signed in.
            let forged = try await api.call(.post, "/login", raw: "csrf_token=abc&name=ru-translator&password=\(ServerFixture.password)",
                                            headers: ["Content-Type": "application/x-www-form-urlencoded", "Cookie": "hexaglot_login=xyz"])
            #expect(forged.status == .forbidden)
            #expect(forged.headers[values: .setCookie].allSatisfy { !$0.hasPrefix("hexaglot_session=") })
            let wrong = try await PageTests.formSignIn(api, "ru-translator", password: "not the password")
            #expect(wrong.status == .unauthorized)
            #expect(wrong.body.contains("wrong name or password"))
            let ok = try await PageTests.formSignIn(api, "ru-translator")
            #expect(ok.status == .seeOther)
            #expect(ok.headers[.location] == "/dashboard")
            let dashboard = try await api.call(.get, "/dashboard")
            #expect(dashboard.status == .ok)
            #expect(dashboard.body.contains("ru-translator"))
            let csrf = try #require(dashboard.body.firstMatch(of: #/name="csrf-token" content="([^"]+)"/#)?.1)
            // Signing out needs the session's token in the form.
            let noToken = try await api.call(.post, "/logout", raw: "csrf_token=nope", headers: ["Content-Type": "application/x-www-form-urlencoded"], sendCSRF: false)
            #expect(noToken.status == .forbidden)
            let out = try await api.call(.post, "/logout", raw: "csrf_token=\(csrf)", headers: ["Content-Type": "application/x-www-form-urlencoded"], sendCSRF: false)
            #expect(out.status == .seeOther)
            #expect(try await api.call(.get, "/dashboard").headers[.location] == "/login")
        }
    }

    @Test(arguments: TestBackend.all) func dashboardShowsEveryLanguageLinksEachCellAndFilters(_ backend: TestBackend) async throws {
        let f = try ServerFixture(backend)
        try await f.withClient { api in
            try await api.login("amina")
            let page = try await api.call(.get, "/dashboard")
            #expect(page.status == .ok)
            #expect(page.headers[.contentType] == "text/html; charset=utf-8")
            for l in ["ar", "zh", "en", "ru", "es"] {
                #expect(page.body.contains("td class=\"cell heat-"), "\(l)")
                #expect(page.body.contains("href=\"/documents/CL-19-73/\(l)\""), "\(l)")
            }
            #expect(page.body.contains("<td class=\"cell source\" data-lang=\"fr\""))
            #expect(page.body.contains("lang=\"ar\" dir=\"rtl\">العربية") || page.body.contains("lang=\"ar\" dir=\"rtl\">"))
            #expect(!page.body.contains("style=\""), "inline styles are refused by the content security policy")
            #expect(!page.body.contains("<script>"), "no inline script")
            let russian = try await api.call(.get, "/dashboard?lang=ru&status=new")
            #expect(russian.body.contains("href=\"/documents/CL-19-73/ru?status=new\""))
            #expect(!russian.body.contains("data-lang=\"es\""))
            let none = try await api.call(.get, "/dashboard?kind=post")
            #expect(none.body.contains("No documents match."))
            #expect(try await api.call(.get, "/dashboard?status=bogus").status == .badRequest)
        }
    }

    /// The coordinator's dashboard has the import form and the downloads; a translator's has neither.
    @Test(arguments: TestBackend.all) func onlyTheCoordinatorsDashboardImportsAndExports(_ backend: TestBackend) async throws {
        let f = try ServerFixture(backend)
        try await f.withClient { api in
            try await api.login("amina")
            let page = try await api.call(.get, "/dashboard").body
            #expect(page.contains("id=\"import-form\"") && page.contains("/assets/dashboard.js"))
            #expect(page.contains("accept=\".md,") && page.contains(".docx"))
            #expect(page.contains("href=\"/api/documents/CL-19-73/ru/export\" download"))
            #expect(page.contains("href=\"/api/documents/CL-19-73/ar/export?format=xliff\" download"))
            #expect(page.contains("href=\"/api/documents/CL-19-73/fr/export\" download"), "the source itself")
            #expect(!page.contains("href=\"/api/documents/CL-19-73/fr/export?format=xliff\""), "no XLIFF of the source into itself")
            #expect(try await api.call(.get, "/assets/dashboard.js").status == .ok)
            for name in ["ru-translator", "zh-reviewer"] {
                try await api.login(name)
                let theirs = try await api.call(.get, "/dashboard").body
                #expect(!theirs.contains("import-form") && !theirs.contains("/export"), "\(name)")
            }
        }
    }

    @Test(arguments: TestBackend.all) func editorEscapesTextMarksLanguagesAndKnowsWhoMayWrite(_ backend: TestBackend) async throws {
        let f = try ServerFixture(backend)
        try await f.withClient { api in
            try await api.login("ar-translator")
            let ar = try await api.call(.get, "/documents/CL-19-73/ar")
            #expect(ar.status == .ok)
            #expect(ar.body.contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;"))
            #expect(!ar.body.contains("<script>alert"))
            #expect(ar.body.contains("<div class=\"tgt\" lang=\"ar\" dir=\"rtl\" contenteditable=\"true\""))
            #expect(ar.body.contains("<div class=\"src\" lang=\"fr\" dir=\"ltr\">"))
            #expect(ar.body.contains("حضرات السادة والسيدات،"))
            #expect(ar.body.contains("data-may-write=\"true\""))
            // Another language: readable, not editable.
            let ru = try await api.call(.get, "/documents/CL-19-73/ru")
            #expect(ru.body.contains("data-may-write=\"false\""))
            #expect(!ru.body.contains("contenteditable=\"true\""))
            // A translator has no review actions.
            let review = try await api.call(.get, "/documents/CL-19-73/ar/review")
            #expect(!review.body.contains("data-action=\"approve\""))
            try await api.login("ar-reviewer")
            let reviewer = try await api.call(.get, "/documents/CL-19-73/ar/review")
            #expect(reviewer.body.contains("data-action=\"approve\""))
            #expect(reviewer.body.contains("data-action=\"reject\""))
            // Unknown document or language: a JSON 404.
            for uri in ["/documents/CL-99-99/ar", "/documents/CL-19-73/xx", "/documents/CL-19-73/fr/review"] {
                let missing = try await api.call(.get, uri)
                #expect(missing.status == .notFound, "\(uri)")
                #expect(missing.json["error"] is String, "\(uri)")
            }
        }
    }

    @Test(arguments: TestBackend.all) func staticFilesAreServedByNameOnly(_ backend: TestBackend) async throws {
        let f = try ServerFixture(backend)
        try await f.withClient { api in
            let css = try await api.call(.get, "/assets/pages.css")
            #expect(css.status == .ok)
            #expect(css.body.contains(".s-approved { background-color: #009e73"))
            #expect(css.body.contains("Noto Sans CJK SC"))
            #expect(try await api.call(.get, "/assets/editor.js").headers[.contentType] == "text/javascript; charset=utf-8")
            for uri in ["/assets/..%2FPackage.swift", "/assets/nope.js", "/assets/"] {
                #expect(try await api.call(.get, uri).status == .notFound, "\(uri)")
            }
        }
    }
}
