import HexaglotCore
import HexaglotStore

/// One language of a document gone through segment by segment: which segments to review, and
/// each answer (accept, reject with a reason, edit) stored at once in its own transaction.
public struct ReviewSession: Sendable {
    public let reference: String
    public let language: LanguageTag
    /// The status an accepted or edited segment gets: reviewed or approved.
    public let goal: TranslationStatus
    public let author: String?
    /// The segments to go through, in order: those with the status asked for.
    public let queue: [SegmentView]
    public let sourceLanguage: Language
    let document: Document

    /// The segments of `reference` in `language` with `status` (and in `segments`, when given).
    public init(_ workspace: Workspace, reference: String, language: LanguageTag, status: TranslationStatus = .translated,
                segments: Set<Int>? = nil, goal: TranslationStatus = .reviewed, author: String?) throws {
        document = try workspace.document(reference)
        self.reference = document.metadata.reference
        sourceLanguage = document.metadata.sourceLanguage.language
        guard language.language != sourceLanguage else {
            throw WorkflowError(.refused, "\(document.metadata.reference) is written in \(sourceLanguage.rawValue); review one of its translations")
        }
        self.language = language
        self.goal = goal
        self.author = author
        queue = try workspace.segments(of: document.metadata.reference, language: language.language)
            .filter { $0.status == status && (segments == nil || segments!.contains($0.segment.number)) }
    }

    /// A reviewer's answer on one segment.
    public enum Action: Sendable, Hashable {
        /// The translation moves to the review's goal as it stands.
        case accept
        /// The translation is rejected; the reason is recorded as the comment.
        case reject(reason: String)
        /// The text (in the document's markup, or with the source's tags for a Word document)
        /// replaces the translation, at the review's goal.
        case edit(text: String)
    }

    /// Stores `action` on `view`'s translation (see ``ReviewAnswer``), unless someone changed it
    /// since `view` was read (a ``StoreError/Code/conflict``). A rejection without a reason is refused.
    public func apply(_ action: Action, to view: SegmentView, in workspace: Workspace) throws {
        guard let translation = view.translation else {
            throw WorkflowError(.refused, "segment \(view.segment.number) of \(reference) has no \(language.language.rawValue) translation to review")
        }
        try ReviewAnswer(action, goal: goal, author: author)
            .store(on: translation, segment: view.segment.number, of: document, language: language, in: workspace)
    }

    /// What a review did (`review --json` prints these keys).
    public struct Summary: Codable, Hashable, Sendable {
        public var reference: String
        public var language: String
        public var seen = 0, accepted = 0, rejected = 0, edited = 0, skipped = 0
        /// Segments someone else changed meanwhile, left alone.
        public var conflicts: [Int] = []
        /// Answers the workflow refused, `number: why`.
        public var refused: [String] = []

        public init(reference: String, language: String) {
            self.reference = reference
            self.language = language
        }
    }
}
