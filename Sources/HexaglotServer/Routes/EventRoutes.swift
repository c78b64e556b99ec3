import Foundation
import HexaglotStore
import HTTPTypes
import Hummingbird
import NIOCore
import ServiceLifecycle

/// `/api/events`: a server-sent event stream of the workspace's changes, so that open pages
/// show what other people store (here or through another `serve` process) within a second.
///
/// Each change is an event `change` whose data is `{"reference": …, "language": …}` (either may
/// be null: something changed, read again); a comment line keeps the stream alive.
struct EventRoutes: Sendable {
    let services: WorkspaceServices

    func register(on router: Router<WorkspaceRequestContext>) {
        router.get("/api/events", use: events)
    }

    @Sendable func events(_ request: Request, context: WorkspaceRequestContext) async throws -> Response {
        try context.authorize(.read)
        // A stream that never ends is sent only to a client that asks for one (a browser's EventSource does).
        guard request.headers[values: .accept].contains(where: { $0.contains("text/event-stream") }) else {
            throw APIError(.notAcceptable, "/api/events is a text/event-stream: ask for it with Accept: text/event-stream")
        }
        let stream: AsyncStream<ChangeHub.Event>
        let end: @Sendable () -> Void
        do {
            (stream, end) = try services.changes.subscribe()
        } catch is ChangeHub.HubClosed {
            throw APIError(.serviceUnavailable, "the server is stopping")
        }
        let encoder = JSONEncoder()
        encoder.outputFormatting = .sortedKeys
        let body = ResponseBody { writer in
            try await writer.write(ByteBuffer(string: ": hexaglot changes\nretry: 2000\n\n"))
            // A server asked to stop ends its streams at once rather than wait for the clients to leave.
            try await withGracefulShutdownHandler {
                for await event in stream {
                    switch event {
                    case .change(let change):
                        let data = String(decoding: try encoder.encode(ChangeJSON(change)), as: UTF8.self)
                        try await writer.write(ByteBuffer(string: "event: change\ndata: \(data)\n\n"))
                    case .tick:
                        try await writer.write(ByteBuffer(string: ": tick\n\n"))
                    }
                }
            } onGracefulShutdown: {
                end()
            }
            try await writer.finish(nil)
        }
        var headers = HTTPFields()
        headers[.contentType] = "text/event-stream; charset=utf-8"
        headers[.cacheControl] = "no-store"
        return Response(status: .ok, headers: headers, body: body)
    }
}

/// A change as the event stream sends it (keys kept even when null).
struct ChangeJSON: Encodable {
    var reference: String?
    var language: String?

    init(_ change: WorkspaceChange) {
        reference = change.reference
        language = change.language
    }

    func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(reference, forKey: .reference)
        try c.encode(language, forKey: .language)
    }

    enum CodingKeys: String, CodingKey { case reference, language }
}
