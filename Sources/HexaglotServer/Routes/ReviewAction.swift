import HexaglotCore
import HexaglotStore

/// A reviewer's answer to one segment, as `review` gives it in the terminal.
enum ReviewAction: String, CaseIterable {
    case approve, review, reject, edit

    /// What to store: the goal status, the text, and the comment for the history.
    struct Step {
        var status: TranslationStatus
        var content: Content
        var comment: String
    }

    func plan(_ body: ReviewRequest, current: StoredTranslation, address: DocumentAddress) throws -> Step {
        let comment = body.comment.flatMap { $0.allSatisfy(\.isWhitespace) ? nil : $0 }
        switch self {
        case .approve:
            return Step(status: .approved, content: current.content, comment: comment ?? "approved in review")
        case .review:
            return Step(status: .reviewed, content: current.content, comment: comment ?? "accepted in review")
        case .reject:
            guard let comment else { throw APIError(.unprocessableContent, "a rejection needs a comment saying why") }
            return Step(status: .rejected, content: current.content, comment: comment)
        case .edit:
            guard let text = body.text else { throw APIError(.unprocessableContent, "an edit needs the new text") }
            return Step(status: .reviewed, content: try SegmentRoutes.content(text, address: address), comment: comment ?? "edited in review")
        }
    }

    /// Stores `step`, going through the statuses in between when the goal is not one step away
    /// (translated → reviewed → approved), each recorded in the history; each write checks the version.
    static func apply(_ step: Step, address: DocumentAddress, number: Int, from current: StoredTranslation,
                      expectedVersion: Int, author: String, workspace: Workspace) throws {
        // Staying in the same status: the store writes nothing when the text is the same too,
        // and still refuses a stale version.
        let path = current.status == step.status ? [step.status] : ReviewAction.path(from: current.status, to: step.status)
        guard let path else {
            throw APIError(.conflict, "segment \(number) of \(address.reference) cannot go from \(current.status.rawValue) to \(step.status.rawValue)")
        }
        var version = expectedVersion
        for status in path {
            try workspace.setTranslation(of: address.reference, segment: number, language: address.language,
                                         content: step.content, status: status, author: author,
                                         comment: step.comment, expectedVersion: version)
            version += 1
        }
    }

    /// The shortest way through the allowed status changes, without the start; nil when there is none.
    static func path(from: TranslationStatus, to: TranslationStatus) -> [TranslationStatus]? {
        var previous: [TranslationStatus: TranslationStatus] = [:]
        var queue = [from]
        var seen: Set<TranslationStatus> = [from]
        while !queue.isEmpty {
            let s = queue.removeFirst()
            for next in s.allowedNext where !seen.contains(next) && next != .outdated {
                seen.insert(next)
                previous[next] = s
                if next == to {
                    var path = [to]
                    var p = s
                    while p != from { path.insert(p, at: 0); p = previous[p]! }
                    return path
                }
                queue.append(next)
            }
        }
        return nil
    }
}
