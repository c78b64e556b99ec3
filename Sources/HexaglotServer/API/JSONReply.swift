import Foundation
import HTTPTypes
import Hummingbird

/// JSON answers as the API writes them: sorted keys, ISO 8601 dates, UTF-8.
public enum JSONReply {
    static func encoder() -> JSONEncoder {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        encoder.dateEncodingStrategy = .iso8601
        return encoder
    }

    /// A response holding `value` as JSON.
    public static func response<T: Encodable>(_ value: T, status: HTTPResponse.Status = .ok) throws -> Response {
        let data = try encoder().encode(value)
        var headers = HTTPFields()
        headers[.contentType] = "application/json; charset=utf-8"
        headers[.cacheControl] = "no-store"
        return Response(status: status, headers: headers, body: .init(byteBuffer: ByteBuffer(bytes: data)))
    }

    /// Decodes a JSON request body (at most the context's limit: 413 beyond), or a 400 naming what is wrong.
    static func decode<T: Decodable>(_ type: T.Type, from request: Request, context: WorkspaceRequestContext) async throws -> T {
        let buffer = try await request.body.collect(upTo: context.maxUploadSize)
        guard buffer.readableBytes > 0 else { throw APIError(.badRequest, "the request needs a JSON body") }
        do {
            return try JSONDecoder().decode(T.self, from: Data(buffer.readableBytesView))
        } catch let DecodingError.keyNotFound(key, _) {
            throw APIError(.badRequest, "the JSON body lacks \(Quote(key.stringValue))")
        } catch let DecodingError.typeMismatch(_, context), let DecodingError.valueNotFound(_, context) {
            let path = context.codingPath.map(\.stringValue).joined(separator: ".")
            throw APIError(.badRequest, "the JSON body has the wrong type at \(Quote(path.isEmpty ? "(top)" : path))")
        } catch {
            throw APIError(.badRequest, "the body is not valid JSON")
        }
    }

    private static func Quote(_ s: String) -> String { "“\(s)”" }
}
