import Testing
@testable import HexaglotCore

@Suite struct AccessPolicyTests {
    let coordinator = TeamMember(name: "amina", role: .coordinator, languages: [])
    let translator = TeamMember(name: "olga", role: .translator, languages: [LanguageTag(.ru), try! LanguageTag(parsing: "es-MX")])
    let reviewer = TeamMember(name: "li", role: .reviewer, languages: [LanguageTag(.zh)])

    @Test func everyRoleEveryActionOwnAndOtherLanguage() {
        for language in Language.allCases {
            let translatorOwn = language == .ru || language == .es
            #expect(AccessPolicy.allows(translator, .translate, language: language) == translatorOwn)
            #expect(!AccessPolicy.allows(translator, .review, language: language))
            #expect(AccessPolicy.allows(reviewer, .review, language: language) == (language == .zh))
            #expect(!AccessPolicy.allows(reviewer, .translate, language: language))
            #expect(!AccessPolicy.allows(coordinator, .translate, language: language))
            #expect(!AccessPolicy.allows(coordinator, .review, language: language))
            for member in [coordinator, translator, reviewer] {
                #expect(AccessPolicy.allows(member, .read, language: language))
            }
        }
        for action in [AccessPolicy.Action.importDocuments, .export, .managePeople] {
            #expect(AccessPolicy.allows(coordinator, action))
            #expect(!AccessPolicy.allows(translator, action))
            #expect(!AccessPolicy.allows(reviewer, action))
        }
    }

    @Test func aLanguageActionWithoutALanguageIsRefused() {
        #expect(!AccessPolicy.allows(translator, .translate))
        #expect(!AccessPolicy.allows(reviewer, .review))
    }

    @Test func statusesMapToActions() {
        #expect(AccessPolicy.action(storing: .draft) == .translate)
        #expect(AccessPolicy.action(storing: .translated) == .translate)
        #expect(AccessPolicy.action(storing: .reviewed) == .review)
        #expect(AccessPolicy.action(storing: .approved) == .review)
        #expect(AccessPolicy.action(storing: .rejected) == .review)
        #expect(AccessPolicy.action(storing: .new) == nil)
        #expect(AccessPolicy.action(storing: .outdated) == nil)
    }

    @Test func rolesParseAndRefuseUnknownNames() throws {
        #expect(try Role(parsing: " Reviewer ") == .reviewer)
        #expect(throws: CoreError.self) { try Role(parsing: "admin") }
    }
}
