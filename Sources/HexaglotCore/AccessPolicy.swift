/// Who may do what: the one authorisation rule of the team workspace, checked by the server
/// before every write.
///
/// | action | coordinator | translator | reviewer |
/// |---|---|---|---|
/// | read | all | all | all |
/// | translate (draft, translated) | — | own languages | — |
/// | review (reviewed, approved, rejected, edit in review) | — | — | own languages |
/// | import, export, manage people | yes | — | — |
public enum AccessPolicy {
    /// Something a person asks the workspace to do.
    public enum Action: String, CaseIterable, Codable, Hashable, Sendable {
        /// Read documents, segments, coverage, the memory and the glossary.
        case read
        /// Store a draft or a translation of a segment.
        case translate
        /// Mark a translation reviewed or approved, reject it with a comment, or edit it in review.
        case review
        /// Import documents, translations, glossaries and memories.
        case importDocuments = "import"
        /// Export documents as Markdown or XLIFF.
        case export
        /// Add, change and remove people.
        case managePeople = "manage-people"

        /// Whether the action concerns one language (and so the person's languages).
        public var isPerLanguage: Bool { self == .translate || self == .review }
    }

    /// Whether `member` may do `action` (in `language`, for the actions that concern one).
    public static func allows(_ member: TeamMember, _ action: Action, language: Language? = nil) -> Bool {
        switch action {
        case .read:
            return true
        case .translate:
            return member.role == .translator && language.map(member.worksIn) == true
        case .review:
            return member.role == .reviewer && language.map(member.worksIn) == true
        case .importDocuments, .export, .managePeople:
            return member.role == .coordinator
        }
    }

    /// The action that storing a translation with `status` is: translating for draft and
    /// translated, reviewing for reviewed, approved and rejected; nil for statuses nobody sets
    /// by hand (new, outdated).
    public static func action(storing status: TranslationStatus) -> Action? {
        switch status {
        case .draft, .translated: return .translate
        case .reviewed, .approved, .rejected: return .review
        case .new, .outdated: return nil
        }
    }
}
