import Foundation
import Testing
import HexaglotCore
@testable import HexaglotStore

@Suite struct PeopleTests {
    @Test(arguments: StoreBackendKind.all) func addsListsChangesAndRemovesPeople(_ backend: StoreBackendKind) throws {
        let t = try TemporaryWorkspace(backend)
        let olga = TeamMember(name: "olga", role: .translator, languages: [LanguageTag(.ru), try LanguageTag(parsing: "es-MX")])
        try t.workspace.addPerson(olga, passwordHash: try PasswordHash.make("пароль-надёжный", cost: 4))
        try t.workspace.addPerson(TeamMember(name: "Amina", role: .coordinator, languages: []),
                                  passwordHash: try PasswordHash.make("كلمة-السر-2020", cost: 4))
        #expect(try t.workspace.people().map(\.name) == ["Amina", "olga"])
        #expect(try t.workspace.people().last?.languages.map(\.tag) == ["ru", "es-MX"])
        // Names are unique whatever their case.
        #expect(throws: StoreError.self) {
            try t.workspace.addPerson(TeamMember(name: "OLGA", role: .reviewer, languages: [LanguageTag(.fr)]), passwordHash: "x")
        }
        let stored = try #require(try t.workspace.person(named: "OLGA"))
        #expect(stored.member == olga)
        #expect(PasswordHash.verify("пароль-надёжный", hash: stored.passwordHash))
        #expect(!PasswordHash.verify("пароль-надёжны", hash: stored.passwordHash))
        try t.workspace.setPasswordHash(of: "olga", to: try PasswordHash.make("другой-пароль", cost: 4))
        #expect(PasswordHash.verify("другой-пароль", hash: try #require(try t.workspace.person(named: "olga")).passwordHash))
        // Case is folded in every script, not only ASCII.
        try t.workspace.addPerson(TeamMember(name: "Ольга", role: .reviewer, languages: [LanguageTag(.ru)]), passwordHash: "x")
        #expect(try t.workspace.person(named: "ОЛЬГА")?.member.name == "Ольга")
        #expect(throws: StoreError.self) {
            try t.workspace.addPerson(TeamMember(name: "ольга", role: .reviewer, languages: [LanguageTag(.ru)]), passwordHash: "x")
        }
        try t.workspace.removePerson(named: "ольга")
        try t.workspace.removePerson(named: "olga")
        #expect(try t.workspace.person(named: "olga") == nil)
        #expect(throws: StoreError.self) { try t.workspace.removePerson(named: "olga") }
    }

    @Test(arguments: StoreBackendKind.all) func refusesBadNamesAndPasswordsAndTranslatorsWithoutLanguages(_ backend: StoreBackendKind) throws {
        let t = try TemporaryWorkspace(backend)
        for bad in ["", "two words", "semi;colon", "<script>", String(repeating: "a", count: 65)] {
            #expect(throws: StoreError.self) { try Workspace.validatePersonName(bad) }
        }
        try Workspace.validatePersonName("Ольга.Петрова")
        try Workspace.validatePersonName("李明")
        #expect(throws: StoreError.self) { try PasswordHash.validate("short") }
        #expect(throws: StoreError.self) { try PasswordHash.validate(String(repeating: "é", count: 40)) }  // 80 bytes
        #expect(throws: StoreError.self) { try PasswordHash.validate("tab\there-long") }
        #expect(throws: StoreError.self) {
            try t.workspace.addPerson(TeamMember(name: "x", role: .translator, languages: []), passwordHash: "x")
        }
    }

    @Test(arguments: StoreBackendKind.all) func sessionsAreStoredHashedAndEnd(_ backend: StoreBackendKind) throws {
        let t = try TemporaryWorkspace(backend)
        try t.workspace.addPerson(TeamMember(name: "li", role: .reviewer, languages: [LanguageTag(.zh)]),
                                  passwordHash: try PasswordHash.make("审校人员的密码很长", cost: 4))
        let token = SessionToken.random()
        #expect(token.value.count == 43)
        #expect(token != SessionToken.random())
        try t.workspace.createSession(for: "li", token: token, csrfToken: "csrf", lifetime: 60)
        let session = try #require(try t.workspace.session(token))
        #expect(session.member.name == "li")
        #expect(session.csrfToken == "csrf")
        // The table holds the hash only.
        let stored = try t.strings("SELECT token_hash FROM session")
        #expect(stored == [token.hashed])
        #expect(!stored.contains(token.value))
        #expect(try t.workspace.session(SessionToken(value: token.value + "x")) == nil)
        // An expired session is no session.
        let old = SessionToken.random()
        try t.workspace.createSession(for: "li", token: old, csrfToken: "c", lifetime: -1)
        #expect(try t.workspace.session(old) == nil)
        // Changing the password ends the sessions; so does removing the person.
        try t.workspace.setPasswordHash(of: "li", to: try PasswordHash.make("новый-пароль-1", cost: 4))
        #expect(try t.workspace.session(token) == nil)
        try t.workspace.endSession(token)
    }
}
