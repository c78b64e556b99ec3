import Foundation
import HexaglotStore
import HTTPTypes
import Hummingbird

/// Reads the session cookie and, when it names a live session, puts it in the context; a
/// forged, ended or unknown token leaves the request signed out. Sessions read in the last two
/// seconds come from ``SessionCache``.
struct SessionMiddleware: RouterMiddleware {
    typealias Context = WorkspaceRequestContext
    let services: WorkspaceServices

    static let cookieName = "hexaglot_session"

    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws -> Response {
        var context = context
        context.bodyLimit = services.options.maxBodyBytes
        if let value = request.cookies[SessionMiddleware.cookieName]?.value, SessionMiddleware.wellFormed(value) {
            let token = SessionToken(value: value)
            if let kept = services.sessions.session(token) {
                context.session = kept
            } else {
                let workspace = services.workspace
                context.session = try await blocking { try workspace.session(token) }
                if let session = context.session { services.sessions.keep(session, for: token) }
            }
        }
        var response: Response
        do {
            response = try await next(request, context)
        } catch let error as HTTPError where error.status == .notFound {
            throw error  // the router's: JSONErrorMiddleware tells a wrong method (405) from no route (404)
        } catch {
            response = try JSONErrorMiddleware.apiError(error, logger: context.logger).response(from: request, context: context)
        }
        if let name = context.session?.member.name, response.headers[RequestLogMiddleware.personHeader] == nil {
            response.headers[RequestLogMiddleware.personHeader] = name
        }
        return response
    }

    /// A token as the server makes them: 43 base64url characters.
    static func wellFormed(_ value: String) -> Bool {
        value.utf8.count == 43 && value.utf8.allSatisfy { b in
            (b >= 0x30 && b <= 0x39) || (b >= 0x41 && b <= 0x5A) || (b >= 0x61 && b <= 0x7A) || b == 0x2D || b == 0x5F
        }
    }
}
