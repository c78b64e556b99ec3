import HexaglotCore
import HexaglotStore

/// A reviewer's answer on one segment (accept, reject with a reason, edit), as `review` and the
/// server's review API store it: one transaction, checked against the version the reviewer read.
///
/// Accepting or editing moves the translation to the goal through the statuses in between
/// (translated → reviewed → approved), each step in the history; all of them are stored, or none.
public struct ReviewAnswer: Sendable {
    public var action: ReviewSession.Action
    /// The status an accepted or edited segment gets: reviewed or approved.
    public var goal: TranslationStatus
    public var author: String?
    /// The history's comment; nil gives the action's own ("accepted in review", "edited in review").
    public var comment: String?
    /// What an edit does with inline codes that do not match the source's (as for a save).
    public var codes: TranslationEdit.CodeRule

    public init(_ action: ReviewSession.Action, goal: TranslationStatus = .reviewed, author: String?, comment: String? = nil,
                codes: TranslationEdit.CodeRule = .reportAfter) {
        self.codes = codes
        self.action = action
        self.goal = goal
        self.author = author
        self.comment = comment.flatMap { $0.allSatisfy(\.isWhitespace) ? nil : $0 }
    }

    /// Stores the answer on `translation`, segment `number` of `document` in `language`, unless the
    /// stored version is no longer `expectedVersion` (by default the version of `translation`):
    /// then a ``StoreError/Code/conflict`` and nothing written.
    public func store(on translation: StoredTranslation, segment number: Int, of document: Document, language: LanguageTag,
                      expectedVersion: Int? = nil, in workspace: Workspace) throws {
        let reference = document.metadata.reference
        let content: Content
        let status: TranslationStatus
        let note: String
        switch action {
        case .accept:
            (content, status) = (translation.content, goal)
            note = comment ?? (goal == .approved ? "approved in review" : "accepted in review")
        case .reject(let reason):
            guard !reason.allSatisfy(\.isWhitespace) else {
                throw WorkflowError(.refused, "a rejection needs a comment; the segment is left as it was")
            }
            (content, status, note) = (translation.content, .rejected, reason)
        case .edit(let text):
            content = try TranslationEdit.content(of: text, in: document, segment: number, language: language.language, codes: codes)
            status = goal
            note = comment ?? "edited in review"
        }
        let through: [TranslationStatus]
        if translation.status == status {
            through = []
        } else if let path = translation.status.path(to: status) {
            through = Array(path.dropLast())
        } else {
            throw WorkflowError(.refused, "segment \(number) of \(reference) cannot go from \(translation.status.rawValue) to \(status.rawValue) in review; nothing was changed")
        }
        try workspace.setTranslation(of: reference, segment: number, language: language, content: content, status: status,
                                     author: author, comment: note, expectedVersion: expectedVersion ?? translation.version,
                                     origin: .review, through: through)
    }
}
