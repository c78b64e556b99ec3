import Foundation
import HexaglotCore
import HexaglotStore
import HTTPTypes
import Hummingbird

/// Workspace-wide reads: coverage (the dashboard's heat map) and concordance search.
struct WorkspaceRoutes: Sendable {
    let services: WorkspaceServices

    func register(on router: Router<WorkspaceRequestContext>) {
        router.get("/api/coverage", use: coverage)
        router.get("/api/concordance", use: concordance)
    }

    /// `?kind=letter|post|other`: per document and language, segments and words per status.
    @Sendable func coverage(_ request: Request, context: WorkspaceRequestContext) async throws -> Response {
        try context.authorize(.read)
        var kind: DocumentKind?
        if let text = request.uri.queryParameters.get("kind") {
            guard let k = DocumentKind(rawValue: text) else {
                throw APIError(.badRequest, "kind: expected \(DocumentKind.allCases.map(\.rawValue).joined(separator: ", ")), not \(Quote.user(text))")
            }
            kind = k
        }
        let workspace = services.workspace
        let chosen = kind
        let answer = try await blocking { CoverageJSON(documents: try workspace.coverage(kind: chosen).map(DocumentCoverageJSON.init)) }
        return try JSONReply.response(answer)
    }

    /// `?q=phrase&lang=ru&limit=20`: memory texts holding the phrase (in `lang`, else any language).
    @Sendable func concordance(_ request: Request, context: WorkspaceRequestContext) async throws -> Response {
        try context.authorize(.read)
        let phrase = (request.uri.queryParameters.get("q") ?? "").trimmingCharacters(in: .whitespacesAndNewlines)
        guard !phrase.isEmpty else { throw APIError(.badRequest, "q: give the phrase to search for") }
        guard phrase.count <= 500 else { throw APIError(.badRequest, "q: at most 500 characters") }
        var languages = Language.allCases
        if let lang = request.uri.queryParameters.get("lang") {
            guard let tag = try? LanguageTag(parsing: lang) else {
                throw APIError(.badRequest, "lang: unknown language \(Quote.user(lang)); expected ar, zh, en, fr, ru or es")
            }
            languages = [tag.language]
        }
        let limit = try SegmentAidRoutes.integer(request, "limit", default: 20, in: 1...100)
        let services = services
        let searched = languages
        let hits = try await onMemoryThread { try services.concordance(phrase, languages: searched, limit: limit) }
        return try JSONReply.response(ConcordanceJSON(query: phrase, hits: hits.map(ConcordanceHitJSON.init)))
    }
}
