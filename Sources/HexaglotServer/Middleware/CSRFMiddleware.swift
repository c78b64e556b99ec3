import Foundation
import HTTPTypes
import Hummingbird

/// Refuses cross-site writes: every request that changes something (not GET, HEAD or OPTIONS)
/// must come from this server's own origin (Origin, else Referer, when the browser sends one;
/// `Sec-Fetch-Site: cross-site` is refused), and, when signed in, carry the session's CSRF
/// token in the `X-CSRF-Token` header or a form's `csrf_token` field.
struct CSRFMiddleware: RouterMiddleware {
    typealias Context = WorkspaceRequestContext

    static let header = HTTPField.Name("X-CSRF-Token")!
    static let formField = "csrf_token"

    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws -> Response {
        if [.get, .head, .options].contains(request.method) { return try await next(request, context) }
        try CSRFMiddleware.checkOrigin(request)
        guard let session = context.session else { return try await next(request, context) }
        var request = request
        var given = request.headers[CSRFMiddleware.header]
        if given == nil, request.headers[.contentType]?.lowercased().hasPrefix("application/x-www-form-urlencoded") == true {
            let body = try await request.collectBody(upTo: context.maxUploadSize)
            given = CSRFMiddleware.formValue(CSRFMiddleware.formField, in: String(decoding: body.readableBytesView, as: UTF8.self))
        }
        guard let given, CSRFMiddleware.same(given, session.csrfToken) else {
            throw APIError(.forbidden, given == nil
                ? "missing CSRF token: send the X-CSRF-Token header (from /api/me or the sign-in answer)"
                : "wrong CSRF token for this session")
        }
        return try await next(request, context)
    }

    static func checkOrigin(_ request: Request) throws {
        if request.headers[HTTPField.Name("Sec-Fetch-Site")!]?.lowercased() == "cross-site" {
            throw APIError(.forbidden, "cross-site request refused")
        }
        let claimed = request.headers[.origin] ?? request.headers[.referer]
        guard let claimed else { return }
        guard let host = request.head.authority ?? request.headers[HTTPField.Name("Host")!] else {
            throw APIError(.forbidden, "cross-site check: the request names no Host")
        }
        guard claimed != "null", let url = URL(string: claimed), let claimedHost = url.host else {
            throw APIError(.forbidden, "cross-site request refused (Origin \(claimed.prefix(100)))")
        }
        let claimedAuthority = url.port.map { "\(claimedHost):\($0)" } ?? claimedHost
        if claimedAuthority.lowercased() != host.lowercased() && !sameDefaultPort(claimedAuthority, host, scheme: url.scheme) {
            throw APIError(.forbidden, "cross-site request refused (Origin \(claimed.prefix(100)) is not \(host.prefix(100)))")
        }
    }

    /// `example.org` and `example.org:80` (http) or `:443` (https) name the same origin.
    private static func sameDefaultPort(_ a: String, _ b: String, scheme: String?) -> Bool {
        let port = scheme == "https" ? ":443" : ":80"
        return a.lowercased() + port == b.lowercased() || a.lowercased() == b.lowercased() + port
    }

    /// Compares without stopping at the first difference, so timing tells nothing about the token.
    static func same(_ a: String, _ b: String) -> Bool {
        let x = Array(a.utf8), y = Array(b.utf8)
        guard x.count == y.count else { return false }
        var diff: UInt8 = 0
        for i in 0..<x.count { diff |= x[i] ^ y[i] }
        return diff == 0
    }

    static func formValue(_ name: String, in body: String) -> String? {
        for pair in body.split(separator: "&") {
            let parts = pair.split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false)
            guard parts.count == 2 else { continue }
            let key = String(parts[0]).replacingOccurrences(of: "+", with: " ").removingPercentEncoding
            if key == name {
                return String(parts[1]).replacingOccurrences(of: "+", with: " ").removingPercentEncoding
            }
        }
        return nil
    }
}
