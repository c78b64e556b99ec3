import Foundation
import HTTPTypes
import HexaglotTestSupport
import Testing
import HexaglotServer

@Suite struct SessionTests {
    @Test(arguments: TestBackend.all) func signsInWithAHardenedCookieAndOut(_ backend: TestBackend) async throws {
        let f = try ServerFixture(backend)
        try await f.withClient { api in
            #expect(try await api.call(.get, "/api/me").status == .unauthorized)
            let reply = try await api.login("ru-translator")
            #expect(reply.status == .ok)
            let cookie = try #require(reply.headers[.setCookie])
            #expect(cookie.hasPrefix("hexaglot_session="))
            #expect(cookie.contains("HttpOnly"))
            #expect(cookie.contains("SameSite=Strict"))
            #expect(cookie.contains("Path=/"))
            #expect(!cookie.contains("Secure"))
            #expect(reply.json["role"] as? String == "translator")
            #expect(reply.json["languages"] as? [String] == ["ru"])
            #expect(reply.json["may"] as? [String] == ["read", "translate"])
            let me = try await api.call(.get, "/api/me")
            #expect(me.status == .ok)
            #expect(me.json["name"] as? String == "ru-translator")
            #expect(try await api.call(.post, "/api/logout").status == .noContent)
            #expect(try await api.call(.get, "/api/me").status == .unauthorized)
            #expect(try await api.call(.get, "/api/documents").status == .unauthorized)
        }
    }

    @Test(arguments: TestBackend.all) func secureCookiesBehindTLS(_ backend: TestBackend) async throws {
        let f = try ServerFixture(backend)
        try await f.withClient({ $0.secureCookies = true }) { api in
            let reply = try await api.login("amina")
            #expect(reply.headers[.setCookie]?.contains("Secure") == true)
        }
    }

    @Test(arguments: TestBackend.all) func wrongPasswordsAndUnknownNamesAreRefusedAlike(_ backend: TestBackend) async throws {
        let f = try ServerFixture(backend)
        try await f.withClient { api in
            let wrong = try await api.login("ru-translator", password: "pas-le-bon-mot")
            let unknown = try await api.login("nobody", password: "pas-le-bon-mot")
            #expect(wrong.status == .unauthorized)
            #expect(unknown.status == .unauthorized)
            #expect(wrong.json["error"] as? String == unknown.json["error"] as? String)
            #expect(wrong.headers[.setCookie] == nil)
        }
    }

    @Test(arguments: TestBackend.all) func aForgedOrEndedSessionCookieIsNoSession(_ backend: TestBackend) async throws {
        let f = try ServerFixture(backend)
        try await f.withClient { api in
            for forged in ["hexaglot_session=" + String(repeating: "A", count: 43), "hexaglot_session=../../etc/passwd",
                           "hexaglot_session=", "hexaglot_session=' OR 1=1 --"] {
                api.cookie = forged
                #expect(try await api.call(.get, "/api/me").status == .unauthorized)
                #expect(try await api.call(.put, "/api/documents/CL-19-73/ru/segments/1",
                                           json: ["text": "Государствам-Членам", "expectedVersion": 0]).status == .unauthorized)
            }
            try await api.login("ru-translator")
            let valid = api.cookie
            try await api.call(.post, "/api/logout")
            api.cookie = valid
            #expect(try await api.call(.get, "/api/me").status == .unauthorized)
        }
    }

    @Test func writesWithoutTheCSRFTokenOrFromAnotherSiteAreRefused() async throws {
        let f = try ServerFixture()
        try await f.withClient { api in
            try await api.login("es-translator")
            let save: [String: Any] = ["text": "A los Estados Miembros, Miembros de Sector y Asociados de la UIT", "expectedVersion": 0]
            let missing = try await api.call(.put, "/api/documents/CL-19-73/es/segments/1", json: save, sendCSRF: false)
            #expect(missing.status == .forbidden)
            #expect((missing.json["error"] as? String)?.contains("CSRF") == true)
            let forged = try await api.call(.put, "/api/documents/CL-19-73/es/segments/1", json: save, headers: ["X-CSRF-Token": "forged"], sendCSRF: false)
            #expect(forged.status == .forbidden)
            let crossSite = try await api.call(.put, "/api/documents/CL-19-73/es/segments/1", json: save, headers: ["Origin": "https://evil.example"])
            #expect(crossSite.status == .forbidden)
            let fetchSite = try await api.call(.put, "/api/documents/CL-19-73/es/segments/1", json: save, headers: ["Sec-Fetch-Site": "cross-site"])
            #expect(fetchSite.status == .forbidden)
            // Nothing was written by the refused requests.
            #expect(try await api.segment("es", 1)["version"] as? Int == 0)
            let form = try await api.call(.post, "/api/logout", raw: "csrf_token=wrong",
                                          headers: ["Content-Type": "application/x-www-form-urlencoded"], sendCSRF: false)
            #expect(form.status == .forbidden)
            let ok = try await api.call(.put, "/api/documents/CL-19-73/es/segments/1", json: save)
            #expect(ok.status == .ok)
            // A form carrying the token in its hidden field is accepted.
            let csrf = try #require(api.csrf)
            let formOK = try await api.call(.post, "/api/logout", raw: "csrf_token=\(csrf)",
                                            headers: ["Content-Type": "application/x-www-form-urlencoded"], sendCSRF: false)
            #expect(formOK.status == .noContent)
        }
    }

    @Test(arguments: TestBackend.all) func aCrossSiteLoginIsRefused(_ backend: TestBackend) async throws {
        let f = try ServerFixture(backend)
        try await f.withClient { api in
            let reply = try await api.call(.post, "/api/login", json: ["name": "amina", "password": ServerFixture.password],
                                           headers: ["Origin": "http://attacker.example:8080"])
            #expect(reply.status == .forbidden)
            #expect(reply.headers[.setCookie] == nil)
        }
    }

    @Test(arguments: TestBackend.all) func failedSignInsAreRateLimitedPerNameAndPerAddress(_ backend: TestBackend) async throws {
        let f = try ServerFixture(backend)
        try await f.withClient({ $0.loginAttempts = 3 }) { api in
            for _ in 0..<3 {
                #expect(try await api.login("zh-reviewer", password: "错误的密码错误的密码").status == .unauthorized)
            }
            let limited = try await api.login("zh-reviewer")
            #expect(limited.status == .tooManyRequests)
            let wait = Int(try #require(limited.headers[.retryAfter])) ?? 0
            #expect((1...60).contains(wait))
            // The same address is held back for other names too.
            #expect(try await api.login("ar-reviewer").status == .tooManyRequests)
        }
    }
}
