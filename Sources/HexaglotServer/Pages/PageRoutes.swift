import Foundation
import HexaglotCore
import HexaglotQA
import HexaglotStore
import HTTPTypes
import Hummingbird

/// The pages of the web workspace: sign-in and sign-out, the dashboard, the editor and the
/// review page of a document in one language, and their static files. A page asked for while
/// signed out sends the browser to the sign-in page.
struct PageRoutes: Sendable {
    let services: WorkspaceServices

    /// The cookie holding the sign-in form's double-submit token.
    static let loginCookie = "hexaglot_login"

    func register(on router: Router<WorkspaceRequestContext>) {
        router.get("/") { _, context -> Response in HTML.redirect(context.session == nil ? "/login" : "/dashboard") }
        router.get("/login", use: loginForm)
        router.post("/login", use: login)
        router.post("/logout", use: logout)
        router.get("/dashboard", use: dashboard)
        router.get("/documents/:reference/:language", use: editor)
        router.get("/documents/:reference/:language/review", use: review)
        router.get("/assets/:name", use: asset)
    }

    @Sendable func loginForm(_ request: Request, context: WorkspaceRequestContext) async throws -> Response {
        if context.session != nil { return HTML.redirect("/dashboard") }
        return loginPage(LoginPage(token: SessionToken.randomString(bytes: 32)))
    }

    /// The form's answer: a signed-in person goes to the dashboard, anyone else sees the form again with why.
    @Sendable func login(_ request: Request, context: WorkspaceRequestContext) async throws -> Response {
        let body = try await request.body.collect(upTo: context.maxUploadSize)
        let form = String(decoding: body.readableBytesView, as: UTF8.self)
        let name = CSRFMiddleware.formValue("name", in: form) ?? ""
        let password = CSRFMiddleware.formValue("password", in: form) ?? ""
        let token = CSRFMiddleware.formValue(CSRFMiddleware.formField, in: form) ?? ""
        let fresh = SessionToken.randomString(bytes: 32)
        guard let cookie = request.cookies[PageRoutes.loginCookie]?.value, !token.isEmpty, CSRFMiddleware.same(token, cookie) else {
            return loginPage(LoginPage(token: fresh, name: name, error: "The sign-in form had expired or came from another page; please sign in again."), status: .forbidden)
        }
        do {
            let opened = try await SessionRoutes(services: services).signIn(name: name, password: password, context: context)
            var response = HTML.redirect("/dashboard")
            response.setCookie(SessionRoutes.cookie(value: opened.token.value, maxAge: Int(services.options.sessionLifetime), services.options))
            response.setCookie(Cookie(name: PageRoutes.loginCookie, value: "", maxAge: 0, path: "/login", secure: services.options.secureCookies, httpOnly: true, sameSite: .strict))
            response.headers[RequestLogMiddleware.personHeader] = opened.session.member.name
            return response
        } catch let error as APIError where error.status == .unauthorized || error.status == .tooManyRequests {
            var response = loginPage(LoginPage(token: fresh, name: name, error: error.message), status: error.status)
            for field in error.headers { response.headers.append(field) }
            return response
        }
    }

    private func loginPage(_ page: LoginPage, status: HTTPResponse.Status = .ok) -> Response {
        var response = HTML.response(page.render(), status: status)
        response.setCookie(Cookie(name: PageRoutes.loginCookie, value: page.token, maxAge: 3600, path: "/login",
                                  secure: services.options.secureCookies, httpOnly: true, sameSite: .strict))
        return response
    }

    /// Ends the session (the CSRF middleware has checked the form's token) and goes to the sign-in page.
    @Sendable func logout(_ request: Request, context: WorkspaceRequestContext) async throws -> Response {
        if context.session != nil, let value = request.cookies[SessionMiddleware.cookieName]?.value {
            let workspace = services.workspace
            services.sessions.forget(SessionToken(value: value))
            try await blocking { try workspace.endSession(SessionToken(value: value)) }
        }
        var response = HTML.redirect("/login")
        response.setCookie(SessionRoutes.cookie(value: "", maxAge: 0, services.options))
        return response
    }

    @Sendable func dashboard(_ request: Request, context: WorkspaceRequestContext) async throws -> Response {
        guard let session = context.session else { return HTML.redirect("/login") }
        let query = request.uri.queryParameters
        var filter = DashboardPage.Filter()
        if let k = query.get("kind"), !k.isEmpty {
            guard let kind = DocumentKind(rawValue: k) else { throw APIError(.badRequest, "kind: expected \(DocumentKind.allCases.map(\.rawValue).joined(separator: ", ")), not \(Quote.user(k))") }
            filter.kind = kind
        }
        if let l = query.get("lang"), !l.isEmpty {
            guard let tag = try? LanguageTag(parsing: l) else { throw APIError(.badRequest, "lang: unknown language \(Quote.user(l)); expected ar, zh, en, fr, ru or es") }
            filter.language = tag.language
        }
        if let s = query.get("status"), !s.isEmpty {
            guard let status = TranslationStatus(rawValue: s) else { throw APIError(.badRequest, "status: expected \(TranslationStatus.allCases.map(\.rawValue).joined(separator: ", ")), not \(Quote.user(s))") }
            filter.status = status
        }
        let workspace = services.workspace
        let kind = filter.kind
        let rows = try await blocking { try workspace.coverage(kind: kind) }
        return HTML.response(DashboardPage(rows: rows, filter: filter, session: session, uploadLimit: services.options.maxUploadBytes).render())
    }

    @Sendable func editor(_ request: Request, context: WorkspaceRequestContext) async throws -> Response {
        try await document(request, context: context, mode: .translate)
    }

    @Sendable func review(_ request: Request, context: WorkspaceRequestContext) async throws -> Response {
        try await document(request, context: context, mode: .review)
    }

    private func document(_ request: Request, context: WorkspaceRequestContext, mode: EditorPage.Mode) async throws -> Response {
        guard let session = context.session else { return HTML.redirect("/login") }
        let filter = request.uri.queryParameters.get("status").flatMap { TranslationStatus(rawValue: $0)?.rawValue }
        let services = services
        let page = try await blocking { () -> EditorPage in
            let address = try DocumentAddress.resolve(context, services.workspace)
            let views = try address.segments(services.workspace)
            var findings: [Int: [QAFinding]] = [:]
            for view in views where view.translation != nil {
                let list = try services.findings(view, address: address)
                if !list.isEmpty { findings[view.segment.number] = list }
            }
            let action: AccessPolicy.Action = mode == .translate ? .translate : .review
            return EditorPage(mode: mode, address: address, segments: views, findings: findings, session: session,
                              mayWrite: AccessPolicy.allows(session.member, action, language: address.language.language),
                              initialFilter: filter)
        }
        return HTML.response(page.render())
    }

    /// A file of ``PageAssets``, by name only: no path from the request reaches the file system.
    @Sendable func asset(_ request: Request, context: WorkspaceRequestContext) async throws -> Response {
        guard let name = context.parameters.get("name"), let asset = PageAssets.files[name] else {
            throw APIError(.notFound, "no such file")
        }
        var headers = HTTPFields()
        headers[.contentType] = asset.type
        headers[.cacheControl] = "no-cache"
        return Response(status: .ok, headers: headers, body: .init(byteBuffer: ByteBuffer(string: asset.text)))
    }
}
