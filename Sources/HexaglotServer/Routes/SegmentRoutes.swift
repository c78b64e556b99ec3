import Foundation
import HexaglotCore
import HexaglotStore
import HexaglotWorkflow
import HTTPTypes
import Hummingbird

/// `/api/documents/{reference}/{language}/segments`: reading, saving and reviewing segments.
struct SegmentRoutes: Sendable {
    let services: WorkspaceServices

    static let base = "/api/documents/:reference/:language/segments"

    func register(on router: Router<WorkspaceRequestContext>) {
        router.get(RouterPath(SegmentRoutes.base), use: list)
        router.get(RouterPath(SegmentRoutes.base + "/:number"), use: one)
        router.put(RouterPath(SegmentRoutes.base + "/:number"), use: save)
        router.post(RouterPath(SegmentRoutes.base + "/:number/review"), use: review)
    }

    /// The segments in order; `?status=new,outdated` keeps those statuses only.
    @Sendable func list(_ request: Request, context: WorkspaceRequestContext) async throws -> Response {
        try context.authorize(.read)
        var wanted: Set<TranslationStatus>?
        if let filter = request.uri.queryParameters.get("status") {
            wanted = Set(try filter.split(separator: ",", omittingEmptySubsequences: false).map { part in
                guard let s = TranslationStatus(rawValue: String(part)) else {
                    throw APIError(.badRequest, "status: unknown status \(Quote.user(String(part))); expected \(TranslationStatus.allCases.map(\.rawValue).joined(separator: ", "))")
                }
                return s
            })
        }
        let workspace = services.workspace
        let statuses = wanted
        let answer = try await blocking { () -> SegmentListJSON in
            let address = try DocumentAddress.resolve(context, workspace)
            let views = try address.segments(workspace).filter { statuses?.contains($0.status) ?? true }
            return SegmentListJSON(reference: address.reference, title: address.title, sourceLanguage: address.source.rawValue,
                                   language: address.language.tag, rightToLeft: address.language.language.isRightToLeft,
                                   segments: views.map(SegmentJSON.init))
        }
        return try JSONReply.response(answer)
    }

    @Sendable func one(_ request: Request, context: WorkspaceRequestContext) async throws -> Response {
        try context.authorize(.read)
        let workspace = services.workspace
        let segment = try await blocking { () -> SegmentJSON in
            let address = try DocumentAddress.resolve(context, workspace)
            return SegmentJSON(try address.view(try DocumentAddress.number(context), in: workspace))
        }
        return try JSONReply.response(segment)
    }

    /// Stores a translator's text (draft or translated), or a reviewer's edit (reviewed, approved).
    @Sendable func save(_ request: Request, context: WorkspaceRequestContext) async throws -> Response {
        _ = try context.member()
        let body = try await JSONReply.decode(SaveRequest.self, from: request, context: context)
        let status = try SegmentRoutes.status(body.status ?? "translated")
        guard let action = AccessPolicy.action(storing: status), status != .rejected else {
            throw APIError(.unprocessableContent, "status \(status.rawValue) is not set by a save: use draft or translated (a reviewer: reviewed or approved; rejecting is POST …/review)")
        }
        let services = services
        let answer = try await blocking { () -> SavedJSON in
            let address = try DocumentAddress.resolve(context, services.workspace)
            let member = try context.authorize(action, language: address.language.language)
            let number = try DocumentAddress.number(context)
            _ = try address.view(number, in: services.workspace)
            let edit = TranslationEdit(reference: address.reference, segment: number, language: address.language, text: body.text,
                                       status: status, author: member.name, comment: body.comment.flatMap { $0.isEmpty ? nil : $0 },
                                       expectedVersion: body.expectedVersion, codes: .require)
            try SegmentRoutes.stored(address, number, yours: body.text, services: services) {
                _ = try edit.save(services.workspace)
            }
            return try SegmentRoutes.saved(address, number, services: services)
        }
        return try JSONReply.response(answer)
    }

    /// A reviewer's answer: approve, review, reject (with a comment) or edit (with a text).
    @Sendable func review(_ request: Request, context: WorkspaceRequestContext) async throws -> Response {
        _ = try context.member()
        let body = try await JSONReply.decode(ReviewRequest.self, from: request, context: context)
        guard let action = ReviewAction(rawValue: body.action) else {
            throw APIError(.unprocessableContent, "action: expected approve, review, reject or edit, not \(Quote.user(body.action))")
        }
        let services = services
        let answer = try await blocking { () -> SavedJSON in
            let address = try DocumentAddress.resolve(context, services.workspace)
            let member = try context.authorize(.review, language: address.language.language)
            let number = try DocumentAddress.number(context)
            let view = try address.view(number, in: services.workspace)
            guard let current = view.translation else {
                throw APIError(.conflict, "segment \(number) of \(address.reference) has no \(address.language.language.rawValue) translation to review")
            }
            let answer = try action.answer(body, author: member.name)
            let document = try services.workspace.document(address.reference)
            try SegmentRoutes.stored(address, number, yours: body.text ?? current.content.markup, services: services) {
                try answer.store(on: current, segment: number, of: document, language: address.language,
                                 expectedVersion: body.expectedVersion, in: services.workspace)
            }
            return try SegmentRoutes.saved(address, number, services: services)
        }
        return try JSONReply.response(answer)
    }

    static func status(_ text: String) throws -> TranslationStatus {
        guard let s = TranslationStatus(rawValue: text) else {
            throw APIError(.unprocessableContent, "status: unknown status \(Quote.user(text)); expected draft, translated, reviewed or approved")
        }
        return s
    }

    /// Runs a write; a stale one (someone changed the segment since it was read) becomes a 409
    /// carrying both texts: `yours` as sent and `theirs` as stored, with its version and author.
    static func stored(_ address: DocumentAddress, _ number: Int, yours: String, services: WorkspaceServices, _ write: () throws -> Void) throws {
        do {
            try write()
        } catch let error as StoreError where error.code == .conflict {
            let now = try address.view(number, in: services.workspace)
            throw APIError(.conflict, error.message, details: [
                "yours": .string(yours),
                "theirs": now.translation.map { .string($0.content.markup) } ?? .null,
                "theirsStatus": .string(now.status.rawValue),
                "theirsVersion": .int(now.translation?.version ?? 0),
                "theirsAuthor": now.translation?.author.map { .string($0) } ?? .null,
            ])
        }
    }

    /// The segment as stored after a write, with its QA findings.
    static func saved(_ address: DocumentAddress, _ number: Int, services: WorkspaceServices) throws -> SavedJSON {
        let view = try address.view(number, in: services.workspace)
        return SavedJSON(segment: SegmentJSON(view), findings: try services.findings(view, address: address))
    }
}
