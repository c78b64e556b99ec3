import HexaglotCore
import HexaglotStore
import HTTPTypes
import Hummingbird

/// `/api/documents`: the documents of the workspace.
struct DocumentRoutes: Sendable {
    let services: WorkspaceServices

    func register(on router: Router<WorkspaceRequestContext>) {
        router.get("/api/documents", use: list)
        router.get("/api/documents/:reference", use: one)
    }

    @Sendable func list(_ request: Request, context: WorkspaceRequestContext) async throws -> Response {
        try context.authorize(.read)
        let workspace = services.workspace
        let documents = try await blocking { try workspace.documents().map(DocumentJSON.init) }
        return try JSONReply.response(DocumentListJSON(documents: documents))
    }

    @Sendable func one(_ request: Request, context: WorkspaceRequestContext) async throws -> Response {
        try context.authorize(.read)
        let workspace = services.workspace
        let reference = try DocumentAddress.reference(context)
        let document = try await blocking { () -> DocumentJSON in
            let canonical = try workspace.document(reference).metadata.reference
            guard let summary = try workspace.documents().first(where: { $0.reference == canonical }) else {
                throw APIError(.notFound, "no document \(Quote.user(reference))")
            }
            return DocumentJSON(summary)
        }
        return try JSONReply.response(document)
    }
}
