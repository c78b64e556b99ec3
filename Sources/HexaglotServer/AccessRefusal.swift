import HexaglotCore

/// Why the access policy refused something, in the words a 403 gives.
enum AccessRefusal {
    static func message(_ member: TeamMember, _ action: AccessPolicy.Action, language: Language?) -> String {
        let who = "\(member.name) (\(member.role.rawValue)\(member.role == .coordinator ? "" : ", " + member.languages.map(\.tag).joined(separator: ", ")))"
        switch action {
        case .translate:
            if member.role != .translator { return "\(who) does not translate: translating is for translators" }
            return "\(who) does not translate into \(language?.rawValue ?? "this language")"
        case .review:
            if member.role != .reviewer { return "\(who) does not review: reviewing, approving and rejecting are for reviewers" }
            return "\(who) does not review \(language?.rawValue ?? "this language")"
        case .importDocuments, .export, .managePeople:
            return "\(who) may not \(action.rawValue.replacingOccurrences(of: "-", with: " ")): that is for coordinators"
        case .read:
            return "\(who) may not read this"
        }
    }
}
