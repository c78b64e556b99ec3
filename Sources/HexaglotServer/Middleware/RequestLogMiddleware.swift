import Foundation
import HTTPTypes
import Hummingbird
import Logging

/// One log line per request: method, path, status, duration and who made it.
struct RequestLogMiddleware: RouterMiddleware {
    typealias Context = WorkspaceRequestContext
    let logger: Logger

    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws -> Response {
        let start = ContinuousClock.now
        var status = 500
        var who = "-"
        defer {
            let ms = Double((ContinuousClock.now - start).components.attoseconds) / 1e15
                + Double((ContinuousClock.now - start).components.seconds) * 1000
            logger.info("\(request.method) \(request.uri.path) \(status) \(String(format: "%.1f", ms)) ms \(who)")
        }
        do {
            var response = try await next(request, context)
            status = response.status.code
            who = response.headers[RequestLogMiddleware.personHeader] ?? "-"
            response.headers[RequestLogMiddleware.personHeader] = nil
            return response
        } catch let error as any HTTPResponseError {
            status = error.status.code
            throw error
        }
    }

    /// The header the session middleware leaves on the response naming the signed-in person; removed before sending.
    static let personHeader = HTTPField.Name("X-Hexaglot-Person")!
}
