import Foundation
import HTTPTypes
import HexaglotTestSupport
import Testing
import HexaglotCore
import HexaglotServer

/// A save or a review edit through the API that loses, doubles or invents an inline code of the
/// source is refused with a 422 naming the code, and nothing is stored: the editor's chips can be
/// moved but not lost, and the server holds to that whoever sends the request.
@Suite struct InlineCodeRefusalTests {
    /// An Arabic source (any of the six may be one) with a bold reference, a link and a soft line break.
    static let letter = """
        ---
        reference: CL-20/11
        kind: letter
        title: "رسالة معممة"
        language: ar
        ---
        المرجع: **CL-20/11**

        يرجى الاطلاع على [برنامج التوصيل 2030](https://www.itu.int/connect2030)
        قبل الاجتماع.

        """

    static let base = "/api/documents/CL-20-11"

    @Test(arguments: TestBackend.all) func savesThatLoseDoubleOrInventCodesAreRefused(_ backend: TestBackend) async throws {
        let f = try ServerFixture(backend)
        try await f.withClient { api in
            try await api.login("amina")
            #expect(try await api.call(.post, "/api/documents?filename=CL-20-11.ar.md", raw: InlineCodeRefusalTests.letter).status == .ok)
            let refused: [(String, String, String)] = [
                ("ru", "Ссылка: CL-20/11", "missing"),
                ("zh", "文号：**CL-20/11** **CL-20/11**", "Extra open strong"),
                ("es", "Referencia: **CL-20/11** `x`", "Extra code"),
                ("en", "Ref.: **CL-20/11", "missing"),
            ]
            for (language, text, why) in refused {
                try await api.login("\(language)-translator")
                let reply = try await api.call(.put, "\(InlineCodeRefusalTests.base)/\(language)/segments/1",
                                               json: ["text": text, "status": "translated", "expectedVersion": 0])
                #expect(reply.status == .unprocessableContent, "\(language): \(text)")
                let message = reply.json["error"] as? String ?? ""
                #expect(message.contains(why) && message.contains("nothing was stored"), "\(language): \(message)")
                let segment = try await api.call(.get, "\(InlineCodeRefusalTests.base)/\(language)/segments/1").json
                #expect(segment["status"] as? String == "new" && segment["version"] as? Int == 0, "\(language): stored anyway")
            }
            // The codes moved within the sentence, or the soft line break left out: stored.
            try await api.login("es-translator")
            let moved = try await api.call(.put, "\(InlineCodeRefusalTests.base)/es/segments/1",
                                           json: ["text": "**CL-20/11**: referencia", "expectedVersion": 0])
            #expect(moved.status == .ok)
            let joined = try await api.call(.put, "\(InlineCodeRefusalTests.base)/es/segments/2",
                                            json: ["text": "Sírvase consultar la [Agenda Conectar 2030](https://www.itu.int/connect2030) antes de la reunión.", "expectedVersion": 0])
            #expect(joined.status == .ok, "\(joined.body)")
        }
    }

    @Test(arguments: TestBackend.all) func aReviewEditThatLosesACodeIsRefused(_ backend: TestBackend) async throws {
        let f = try ServerFixture(backend)
        try await f.withClient { api in
            try await api.login("amina")
            #expect(try await api.call(.post, "/api/documents?filename=CL-20-11.ar.md", raw: InlineCodeRefusalTests.letter).status == .ok)
            try await api.login("ru-translator")
            let saved = try await api.call(.put, "\(InlineCodeRefusalTests.base)/ru/segments/2",
                                           json: ["text": "Просим ознакомиться с [Повесткой дня Connect 2030](https://www.itu.int/connect2030) до собрания.", "expectedVersion": 0])
            #expect(saved.status == .ok)
            try await api.login("ru-reviewer")
            let edit = try await api.call(.post, "\(InlineCodeRefusalTests.base)/ru/segments/2/review",
                                          json: ["action": "edit", "text": "Просим ознакомиться с Повесткой дня Connect 2030 до собрания.", "expectedVersion": 1])
            #expect(edit.status == .unprocessableContent)
            #expect((edit.json["error"] as? String ?? "").contains("link"))
            let segment = try await api.call(.get, "\(InlineCodeRefusalTests.base)/ru/segments/2").json
            #expect(segment["status"] as? String == "translated" && segment["version"] as? Int == 1)
            #expect((segment["target"] as? String ?? "").contains("](https://www.itu.int/connect2030)"))
        }
    }

    /// `HEAD` answers as `GET` would, without the body; the `Allow` of a 405 lists it.
    @Test(arguments: TestBackend.all) func headIsAnsweredLikeGet(_ backend: TestBackend) async throws {
        let f = try ServerFixture(backend)
        try await f.withClient { api in
            let get = try await api.call(.get, "/openapi.json")
            let head = try await api.call(.head, "/openapi.json")
            #expect(head.status == .ok && head.body.isEmpty)
            #expect(head.headers[.contentType] == get.headers[.contentType])
            #expect(try await api.call(.head, "/api/documents").status == .unauthorized)
            try await api.login("zh-translator")
            #expect(try await api.call(.head, "/api/documents/CL-19-73/zh/segments").status == .ok)
            #expect(try await api.call(.head, "/api/documents/CL-19-73/xx/segments").status == .notFound)
            let refused = try await api.call(.delete, "/openapi.json")
            #expect(refused.status == .methodNotAllowed)
            #expect(refused.headers[.allow] == "GET, HEAD")
        }
    }
}
