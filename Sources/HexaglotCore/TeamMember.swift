/// A person of the team as the workspace knows them: a name, a role and the languages they work in.
///
/// A coordinator works in every language whatever `languages` lists; a translator or a
/// reviewer only in the languages listed (BCP 47 tags such as `ru` or `fr-CH`, compared by language).
public struct TeamMember: Hashable, Codable, Sendable {
    public var name: String
    public var role: Role
    public var languages: [LanguageTag]

    public init(name: String, role: Role, languages: [LanguageTag]) {
        self.name = name
        self.role = role
        self.languages = languages
    }

    /// True when this person works in `language`.
    public func worksIn(_ language: Language) -> Bool {
        role == .coordinator || languages.contains { $0.language == language }
    }
}
