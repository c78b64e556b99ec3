import Foundation
import HexaglotCore
import HexaglotStore
import HexaglotTestSupport
import Testing
@testable import HexaglotServer

@Suite struct SessionCacheTests {
    static let now = Date(timeIntervalSince1970: 1_800_000_000)
    static func session(_ name: String, endsIn seconds: TimeInterval = 3600) -> SignedInSession {
        SignedInSession(member: TeamMember(name: name, role: .translator, languages: [LanguageTag(.ru)]), csrfToken: "csrf-\(name)",
                        expiresAt: now.addingTimeInterval(seconds))
    }

    @Test func keepsASessionForItsLifetimeOnly() {
        let cache = SessionCache()
        let token = SessionToken.random()
        #expect(cache.session(token, now: Self.now) == nil)
        cache.keep(Self.session("ольга"), for: token, now: Self.now)
        #expect(cache.session(token, now: Self.now.addingTimeInterval(1.5))?.member.name == "ольга")
        #expect(cache.session(SessionToken.random(), now: Self.now) == nil)
        #expect(cache.session(token, now: Self.now.addingTimeInterval(SessionCache.lifetime)) == nil)
    }

    @Test func neverPastTheSessionsEndNorAfterASignOut() {
        let cache = SessionCache()
        let ending = SessionToken.random(), other = SessionToken.random()
        cache.keep(Self.session("josé", endsIn: 0.5), for: ending, now: Self.now)
        cache.keep(Self.session("amina"), for: other, now: Self.now)
        #expect(cache.session(ending, now: Self.now.addingTimeInterval(0.6)) == nil)
        cache.forget(other)
        #expect(cache.session(other, now: Self.now) == nil)
    }

    @Test func staysWithinItsCapacity() {
        let cache = SessionCache()
        let tokens = (0...SessionCache.capacity).map { _ in SessionToken.random() }
        for (i, token) in tokens.enumerated() { cache.keep(Self.session("p\(i)"), for: token, now: Self.now) }
        // Full of live sessions: emptied, then the newest kept.
        #expect(cache.session(tokens[0], now: Self.now) == nil)
        #expect(cache.session(tokens.last!, now: Self.now)?.member.name == "p\(SessionCache.capacity)")
    }

    /// A session ended outside this server (`hexaglot user remove`, another server's sign-out)
    /// stops working here within the cache's lifetime.
    @Test(arguments: TestBackend.all) func aSessionEndedElsewhereStopsWorking(_ backend: TestBackend) async throws {
        let f = try ServerFixture(backend)
        try await f.withClient { api in
            try await api.login("ru-translator")
            #expect(try await api.call(.get, "/api/me").status == .ok)
            try f.workspace.removePerson(named: "ru-translator")
            let start = Date()
            var status = try await api.call(.get, "/api/me").status
            while status == .ok && Date().timeIntervalSince(start) < SessionCache.lifetime + 3 {
                try await Task.sleep(for: .milliseconds(100))
                status = try await api.call(.get, "/api/me").status
            }
            #expect(status == .unauthorized)
            #expect(Date().timeIntervalSince(start) < SessionCache.lifetime + 1)
        }
    }
}
