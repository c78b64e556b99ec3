/// What a person does in the team; it decides, with their languages, what they may change.
public enum Role: String, CaseIterable, Codable, Hashable, Sendable {
    /// Imports and exports documents and manages people, in every language.
    case coordinator
    /// Writes drafts and translations in their languages.
    case translator
    /// Reviews, approves, rejects and edits translations in their languages.
    case reviewer

    /// Reads a role name as `user add --role` and the API take it.
    public init(parsing text: String) throws {
        guard let role = Role(rawValue: text.trimmingWhitespace().lowercased()) else {
            throw CoreError(.unknownRole, "unknown role \(Quote.user(text)): expected coordinator, translator or reviewer")
        }
        self = role
    }
}
