import Foundation
import HTTPTypes
import Hummingbird

/// An error answered as JSON, `{"error": message}`, with its HTTP status; the server's one error type.
public struct APIError: Error, HTTPResponseError, CustomStringConvertible, Sendable {
    public var status: HTTPResponse.Status
    public var message: String
    /// More keys beside `error` (a stale save's two texts).
    public var details: [String: JSONValue]
    public var headers: HTTPFields

    public init(_ status: HTTPResponse.Status, _ message: String, details: [String: JSONValue] = [:], headers: HTTPFields = [:]) {
        self.status = status
        self.message = message
        self.details = details
        self.headers = headers
    }

    public var description: String { "\(status.code) \(message)" }

    public func response(from request: Request, context: some RequestContext) throws -> Response {
        var body = details
        body["error"] = .string(message)
        var response = try JSONReply.response(JSONValue.object(body), status: status)
        for field in headers { response.headers.append(field) }
        return response
    }
}
