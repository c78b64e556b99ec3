import Foundation
import HexaglotCore
import HexaglotStore

/// The signed-in person as `/api/login` and `/api/me` give it, with the CSRF token that every
/// state-changing request must carry in `X-CSRF-Token`.
struct SessionJSON: Codable, Sendable {
    var name: String
    var role: String
    /// BCP 47 tags; empty for a coordinator, who works in every language.
    var languages: [String]
    /// What this person may do: `read`, `translate`, `review`, `import`, `export`, `manage-people`.
    var may: [String]
    var csrfToken: String
    var expiresAt: Date

    init(_ session: SignedInSession) {
        name = session.member.name
        role = session.member.role.rawValue
        languages = session.member.languages.map(\.tag)
        may = AccessPolicy.Action.allCases.filter { action in
            action.isPerLanguage
                ? Language.allCases.contains { AccessPolicy.allows(session.member, action, language: $0) }
                : AccessPolicy.allows(session.member, action)
        }.map(\.rawValue)
        csrfToken = session.csrfToken
        expiresAt = session.expiresAt
    }
}

/// The body of `POST /api/login`.
struct LoginRequest: Codable, Sendable {
    var name: String
    var password: String
}
