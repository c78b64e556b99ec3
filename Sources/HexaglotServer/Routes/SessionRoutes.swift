import Foundation
import HexaglotCore
import HexaglotStore
import HTTPTypes
import Hummingbird

/// `/api/login`, `/api/logout`, `/api/me`: signing in and out.
struct SessionRoutes: Sendable {
    let services: WorkspaceServices

    func register(on router: Router<WorkspaceRequestContext>) {
        router.post("/api/login", use: login)
        router.post("/api/logout", use: logout)
        router.get("/api/me", use: me)
    }

    @Sendable func login(_ request: Request, context: WorkspaceRequestContext) async throws -> Response {
        let body = try await JSONReply.decode(LoginRequest.self, from: request, context: context)
        let session = try await signIn(name: body.name, password: body.password, context: context)
        var response = try SessionRoutes.withCookie(try JSONReply.response(SessionJSON(session.session)), session.token, services.options)
        response.headers[RequestLogMiddleware.personHeader] = session.session.member.name
        return response
    }

    /// Checks a name and password against the team (rate-limited), and opens a session.
    func signIn(name: String, password: String, context: WorkspaceRequestContext) async throws -> (session: SignedInSession, token: SessionToken) {
        let keys = ["name:" + name.lowercased(), "address:" + context.clientAddress]
        if let wait = services.throttle.retryAfter(keys) {
            var headers = HTTPFields()
            headers[.retryAfter] = String(wait)
            throw APIError(.tooManyRequests, "too many failed sign-ins; try again in \(wait) s", headers: headers)
        }
        let workspace = services.workspace
        let options = services.options
        let opened: (SignedInSession, SessionToken)? = try await blocking {
            let person = try workspace.person(named: name)
            // An unknown name costs one bcrypt too, so timing does not tell which names exist.
            let valid = PasswordHash.verify(password, hash: person?.passwordHash ?? PasswordHash.decoy)
            guard valid, let member = person?.member else { return nil }
            let token = SessionToken.random()
            let csrf = SessionToken.randomString(bytes: 32)
            try workspace.createSession(for: member.name, token: token, csrfToken: csrf, lifetime: options.sessionLifetime)
            guard let session = try workspace.session(token) else { return nil }
            return (session, token)
        }
        guard let opened else {
            services.throttle.fail(keys)
            throw APIError(.unauthorized, "wrong name or password")
        }
        services.throttle.reset(keys[0])
        return opened
    }

    @Sendable func logout(_ request: Request, context: WorkspaceRequestContext) async throws -> Response {
        if context.session != nil, let value = request.cookies[SessionMiddleware.cookieName]?.value {
            let workspace = services.workspace
            services.sessions.forget(SessionToken(value: value))
            try await blocking { try workspace.endSession(SessionToken(value: value)) }
        }
        var response = Response(status: .noContent)
        response.setCookie(SessionRoutes.cookie(value: "", maxAge: 0, services.options))
        return response
    }

    @Sendable func me(_ request: Request, context: WorkspaceRequestContext) async throws -> Response {
        guard let session = context.session else { throw APIError(.unauthorized, "not signed in (POST /api/login)") }
        return try JSONReply.response(SessionJSON(session))
    }

    static func withCookie(_ response: Response, _ token: SessionToken, _ options: ServerOptions) throws -> Response {
        var response = response
        response.setCookie(cookie(value: token.value, maxAge: Int(options.sessionLifetime), options))
        return response
    }

    /// The session cookie: HttpOnly, SameSite=Strict, Path=/, Secure when served through HTTPS.
    static func cookie(value: String, maxAge: Int, _ options: ServerOptions) -> Cookie {
        Cookie(name: SessionMiddleware.cookieName, value: value, maxAge: maxAge, path: "/",
               secure: options.secureCookies, httpOnly: true, sameSite: .strict)
    }
}
