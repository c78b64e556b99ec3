import Foundation
import HexaglotCore
import HexaglotFormats
import HexaglotMemory
import HexaglotStore
import HexaglotWorkflow
import HTTPTypes
import Hummingbird
import Logging

/// Turns every error into a JSON answer `{"error": …}` with a fitting status: the store's
/// not-found is 404 (the workflow's too); a conflict, and a change the workflow refuses in the segment's present state
/// (a status it cannot go to), 409; a router 404 or 405, a body too large
/// (413) and a malformed request keep their status. Nothing escapes as a bare 500.
struct JSONErrorMiddleware: RouterMiddleware {
    typealias Context = WorkspaceRequestContext
    let logger: Logger
    let routes: RouteTable

    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws -> Response {
        do {
            return try await next(request, context)
        } catch let error as APIError {
            return try error.response(from: request, context: context)
        } catch let error as HTTPError where error.status == .notFound {
            let allowed = routes.methods(at: request.uri.path)
            guard !allowed.isEmpty else { return try JSONErrorMiddleware.apiError(error, logger: logger).response(from: request, context: context) }
            var headers = HTTPFields()
            headers[.allow] = allowed.joined(separator: ", ")
            return try APIError(.methodNotAllowed, "\(request.method) is not served at \(request.uri.path); use \(allowed.joined(separator: " or "))",
                                headers: headers).response(from: request, context: context)
        } catch {
            return try JSONErrorMiddleware.apiError(error, logger: logger).response(from: request, context: context)
        }
    }

    static func apiError(_ error: any Error, logger: Logger) -> APIError {
        switch error {
        case let e as APIError:
            return e
        case let e as StoreError:
            switch e.code {
            case .notFound: return APIError(.notFound, e.message)
            case .conflict: return APIError(.conflict, e.message)
            case .invalid: return APIError(.conflict, e.message)
            case .readOnly, .newerVersion: return APIError(.serviceUnavailable, e.message)
            default:
                logger.error("\(e.message)")
                return APIError(.serviceUnavailable, e.message)
            }
        case let e as WorkflowError:
            switch e.code {
            case .notFound: return APIError(.notFound, e.message)
            case .refused: return APIError(.conflict, e.message)
            case .cannotWrite:
                logger.error("\(e.message)")
                return APIError(.serviceUnavailable, e.message)
            default: return APIError(.unprocessableContent, e.message)
            }
        case let e as CoreError:
            return APIError(.unprocessableContent, e.message)
        case let e as MemoryError:
            return APIError(.unprocessableContent, e.description)
        case let e as FormatError:
            return APIError(.unprocessableContent, e.description)
        case let e as HTTPError:
            let message = e.body ?? (e.status == .notFound ? "no such page or API route" : e.status.reasonPhrase)
            return APIError(e.status, message, headers: e.headers)
        case let e as any HTTPResponseError:
            return APIError(e.status, e.status.reasonPhrase)
        default:
            logger.error("unexpected error: \(String(describing: error))")
            return APIError(.internalServerError, "the server failed: \(String(describing: error).prefix(200))")
        }
    }
}
