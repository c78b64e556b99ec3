import Foundation
import HexaglotCore
import HexaglotMemory
import HexaglotStore
import HexaglotWorkflow
import HTTPTypes
import Hummingbird

/// What the editor shows beside the active segment: memory suggestions, glossary terms, QA
/// findings and the segment's history.
struct SegmentAidRoutes: Sendable {
    let services: WorkspaceServices

    func register(on router: Router<WorkspaceRequestContext>) {
        let base = SegmentRoutes.base + "/:number"
        router.get(RouterPath(base + "/suggestions"), use: suggestions)
        router.get(RouterPath(base + "/terms"), use: terms)
        router.get(RouterPath(base + "/findings"), use: findings)
        router.get(RouterPath(base + "/history"), use: history)
    }

    /// `?min=70&max=5`: matches at `min` or above, at most `max` (1–20).
    @Sendable func suggestions(_ request: Request, context: WorkspaceRequestContext) async throws -> Response {
        try context.authorize(.read)
        let minimum = try SegmentAidRoutes.integer(request, "min", default: 70, in: 0...100)
        let limit = try SegmentAidRoutes.integer(request, "max", default: 5, in: 1...20)
        let services = services
        let answer = try await onMemoryThread { () -> SuggestionListJSON in
            let reference = try DocumentAddress.reference(context)
            let language = try DocumentAddress.language(context)
            let number = try DocumentAddress.number(context)
            // The segment and its neighbours only, in one read: not the whole document.
            guard let found = try services.workspace.segmentInContext(reference, number: number) else {
                // No such segment: the full read says which document, language or numbers there are.
                _ = try DocumentAddress.resolve(context, services.workspace).view(number, in: services.workspace)
                throw APIError(.notFound, "no segment \(number) in \(reference)")
            }
            let address = try DocumentAddress(metadata: found.metadata, format: found.format, language: language)
            let query = MemoryQuery(content: found.content, from: address.source, to: address.language.language,
                                    minimum: minimum, limit: limit, previous: found.previous, next: found.next)
            let matches = try services.suggestions(query, reference: address.reference, segment: number)
            return SuggestionListJSON(minimum: minimum,
                                      suggestions: matches.enumerated().map { SuggestionJSON($0.element, rank: $0.offset + 1) })
        }
        return try JSONReply.response(answer)
    }

    @Sendable func terms(_ request: Request, context: WorkspaceRequestContext) async throws -> Response {
        try context.authorize(.read)
        let services = services
        let answer = try await blocking { () -> TermsJSON in
            let address = try DocumentAddress.resolve(context, services.workspace)
            let view = try address.view(try DocumentAddress.number(context), in: services.workspace)
            return TermsJSON(terms: try services.glossary.current(services.workspace).hints
                .hints(for: view.segment.content, source: address.source, target: address.language.language))
        }
        return try JSONReply.response(answer)
    }

    @Sendable func findings(_ request: Request, context: WorkspaceRequestContext) async throws -> Response {
        try context.authorize(.read)
        let services = services
        let answer = try await blocking { () -> FindingsJSON in
            let address = try DocumentAddress.resolve(context, services.workspace)
            let view = try address.view(try DocumentAddress.number(context), in: services.workspace)
            return FindingsJSON(findings: try services.findings(view, address: address))
        }
        return try JSONReply.response(answer)
    }

    @Sendable func history(_ request: Request, context: WorkspaceRequestContext) async throws -> Response {
        try context.authorize(.read)
        let services = services
        let answer = try await blocking { () -> HistoryJSON in
            let address = try DocumentAddress.resolve(context, services.workspace)
            let number = try DocumentAddress.number(context)
            _ = try address.view(number, in: services.workspace)
            let changes = try services.workspace.history(of: address.reference, segment: number, language: address.language.language, limit: 100)
            return HistoryJSON(history: changes.map(HistoryEntryJSON.init))
        }
        return try JSONReply.response(answer)
    }

    /// An integer query parameter within `range`, or a 400.
    static func integer(_ request: Request, _ name: String, default value: Int, in range: ClosedRange<Int>) throws -> Int {
        guard let text = request.uri.queryParameters.get(name) else { return value }
        guard let n = Int(text), range.contains(n) else {
            throw APIError(.badRequest, "\(name): expected a whole number from \(range.lowerBound) to \(range.upperBound), not \(Quote.user(text))")
        }
        return n
    }
}
