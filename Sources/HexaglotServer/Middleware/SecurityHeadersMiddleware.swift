import HTTPTypes
import Hummingbird

/// Headers every answer carries: no sniffing of content types, no framing by other sites, no
/// referrer sent elsewhere, and a content security policy unless the route set its own.
struct SecurityHeadersMiddleware: RouterMiddleware {
    typealias Context = WorkspaceRequestContext

    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws -> Response {
        var response = try await next(request, context)
        response.headers[HTTPField.Name("X-Content-Type-Options")!] = "nosniff"
        response.headers[HTTPField.Name("X-Frame-Options")!] = "DENY"
        response.headers[HTTPField.Name("Referrer-Policy")!] = "same-origin"
        if response.headers[.contentSecurityPolicy] == nil {
            response.headers[.contentSecurityPolicy] = "default-src 'self'; frame-ancestors 'none'; form-action 'self'; base-uri 'none'"
        }
        return response
    }
}
