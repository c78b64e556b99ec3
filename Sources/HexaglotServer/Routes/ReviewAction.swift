import HexaglotCore
import HexaglotWorkflow

/// The `action` of a review request, read as the workflow's ``ReviewAnswer`` (the one review the
/// terminal's `review` and the API share).
enum ReviewAction: String, CaseIterable {
    case approve, review, reject, edit

    /// The answer to store for `body`; a rejection without a comment or an edit without a text is a 422.
    func answer(_ body: ReviewRequest, author: String) throws -> ReviewAnswer {
        switch self {
        case .approve:
            return ReviewAnswer(.accept, goal: .approved, author: author, comment: body.comment)
        case .review:
            return ReviewAnswer(.accept, goal: .reviewed, author: author, comment: body.comment)
        case .reject:
            guard let reason = body.comment, !reason.allSatisfy(\.isWhitespace) else {
                throw APIError(.unprocessableContent, "a rejection needs a comment saying why")
            }
            return ReviewAnswer(.reject(reason: reason), author: author)
        case .edit:
            guard let text = body.text else { throw APIError(.unprocessableContent, "an edit needs the new text") }
            return ReviewAnswer(.edit(text: text), goal: .reviewed, author: author, comment: body.comment, codes: .require)
        }
    }
}
