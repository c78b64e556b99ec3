import Foundation
import HTTPTypes
import HexaglotTestSupport
import Testing
import HexaglotCore
import HexaglotServer

@Suite struct SafetyTests {
    @Test(arguments: TestBackend.all) func unknownDocumentLanguageSegmentAndRouteAre404JSON(_ backend: TestBackend) async throws {
        let f = try ServerFixture(backend)
        try await f.withClient { api in
            try await api.login("ru-translator")
            for uri in ["/api/documents/CL-99-99", "/api/documents/CL-99-99/ru/segments", "/api/documents/CL-19-73/xx/segments",
                        "/api/documents/CL-19-73/fr/segments", "/api/documents/CL-19-73/ru/segments/99",
                        "/api/documents/CL-19-73/ru/segments/-1", "/api/documents/CL-19-73/ru/segments/abc/history",
                        "/api/documents/CL-19-73/ru/segments/99/suggestions", "/api/no-such-route",
                        "/api/documents/..%2F..%2Fetc%2Fpasswd/ru/segments", "/../../etc/passwd"] {
                let reply = try await api.call(.get, uri)
                #expect(reply.status == .notFound, "\(uri)")
                #expect(reply.headers[.contentType]?.hasPrefix("application/json") == true, "\(uri)")
                #expect(reply.json["error"] is String, "\(uri)")
            }
            let put = try await api.call(.put, "/api/documents/CL-19-73/ru/segments/99", json: ["text": "Текст", "expectedVersion": 0])
            #expect(put.status == .notFound)
            // A route asked with a method it does not serve: 405 with Allow, as JSON.
            let delete = try await api.call(.delete, "/api/documents/CL-19-73/ru/segments/2")
            #expect(delete.status == .methodNotAllowed)
            #expect(delete.headers[.allow] == "GET, PUT, HEAD")
            #expect(delete.json["error"] is String)
        }
    }

    @Test(arguments: TestBackend.all) func aBodyOverTheLimitIs413AndBadBodiesAre400Or422(_ backend: TestBackend) async throws {
        let f = try ServerFixture(backend)
        try await f.withClient({ $0.maxBodyBytes = 4096 }) { api in
            try await api.login("ru-translator")
            let huge = try await api.call(.put, "/api/documents/CL-19-73/ru/segments/1",
                                          json: ["text": String(repeating: "я", count: 10_000), "expectedVersion": 0])
            #expect(huge.status == .contentTooLarge)
            #expect(huge.json["error"] is String)
            let notJSON = try await api.call(.put, "/api/documents/CL-19-73/ru/segments/1", raw: "{not json",
                                             headers: ["Content-Type": "application/json"])
            #expect(notJSON.status == .badRequest)
            let missing = try await api.call(.put, "/api/documents/CL-19-73/ru/segments/1", json: ["text": "Текст"])
            #expect(missing.status == .badRequest)
            let empty = try await api.call(.put, "/api/documents/CL-19-73/ru/segments/1", json: ["text": "   ", "expectedVersion": 0])
            #expect(empty.status == .unprocessableContent)
            let outdated = try await api.call(.put, "/api/documents/CL-19-73/ru/segments/1",
                                              json: ["text": "Текст", "status": "outdated", "expectedVersion": 0])
            #expect(outdated.status == .unprocessableContent)
            let reject = try await api.call(.post, "/api/documents/CL-19-73/ru/segments/2/review", json: ["action": "reject", "expectedVersion": 1])
            #expect(reject.status == .forbidden)
            // A change the workflow refuses in the present state is a conflict: approved text cannot stay approved.
            let approve = try await api.call(.post, "/api/documents/CL-19-73/ru/segments/1/review", json: ["action": "approve", "expectedVersion": 0])
            #expect(approve.status == .forbidden)
        }
    }

    @Test(arguments: TestBackend.all) func scriptInSegmentTextStaysDataInEveryLanguage(_ backend: TestBackend) async throws {
        let f = try ServerFixture(backend)
        try await f.withClient { api in
            try await api.login("amina")
            for language in ServerFixture.targets {
                let reply = try await api.call(.get, "/api/documents/CL-19-73/\(language.rawValue)/segments/4")
                #expect(reply.status == .ok)
                #expect(reply.headers[.contentType]?.hasPrefix("application/json") == true)
                #expect(reply.headers[HTTPField.Name("X-Content-Type-Options")!] == "nosniff")
                #expect(reply.headers[.contentSecurityPolicy]?.contains("default-src 'self'") == true)
                #expect(reply.json["source"] as? String == ServerFixture.sentences[3])
            }
        }
    }

    @Test(arguments: TestBackend.all) func aReviewerRejectionNeedsAComment(_ backend: TestBackend) async throws {
        let f = try ServerFixture(backend)
        try await f.withClient { api in
            try await api.login("ar-reviewer")
            let bare = try await api.call(.post, "/api/documents/CL-19-73/ar/segments/2/review", json: ["action": "reject", "expectedVersion": 1])
            #expect(bare.status == .unprocessableContent)
            let rejected = try await api.call(.post, "/api/documents/CL-19-73/ar/segments/2/review",
                                              json: ["action": "reject", "comment": "التحية غير مناسبة", "expectedVersion": 1])
            #expect(rejected.status == .ok)
            let history = try await api.call(.get, "/api/documents/CL-19-73/ar/segments/2/history").json["history"] as? [[String: Any]] ?? []
            #expect(history.first?["comment"] as? String == "التحية غير مناسبة")
            #expect(try await api.call(.post, "/api/documents/CL-19-73/ar/segments/2/review", json: ["action": "bless", "expectedVersion": 2]).status == .unprocessableContent)
            // What the workflow refuses in the present state is a conflict: nothing to approve yet; a rejected text is not reviewed as it is.
            #expect(try await api.call(.post, "/api/documents/CL-19-73/ar/segments/1/review", json: ["action": "approve", "expectedVersion": 0]).status == .conflict)
            let refused = try await api.call(.put, "/api/documents/CL-19-73/ar/segments/2",
                                             json: ["text": ServerFixture.salutation[.ar]!, "status": "approved", "expectedVersion": 2])
            #expect(refused.status == .ok || refused.status == .conflict)
            #expect(try await api.segment("ar", 2)["status"] as? String != "new")
        }
    }
}
