import Foundation
import HTTPTypes
import HexaglotTestSupport
import Testing
import HexaglotCore
import HexaglotServer

@Suite struct SegmentAPITests {
    @Test(arguments: TestBackend.all) func listsDocumentsAndSegmentsInEveryTargetLanguage(_ backend: TestBackend) async throws {
        let f = try ServerFixture(backend)
        try await f.withClient { api in
            try await api.login("amina")
            let documents = try await api.call(.get, "/api/documents").json["documents"] as? [[String: Any]] ?? []
            #expect(documents.map { $0["reference"] as? String } == ["CL-19/73"])
            #expect(try await api.call(.get, "/api/documents/CL-19%2F73").json["sourceLanguage"] as? String == "fr")
            for language in ServerFixture.targets {
                let list = try await api.call(.get, "/api/documents/CL-19-73/\(language.rawValue)/segments")
                #expect(list.status == .ok)
                #expect(list.json["rightToLeft"] as? Bool == (language == .ar))
                let segments = list.json["segments"] as? [[String: Any]] ?? []
                #expect(segments.map { $0["number"] as? Int } == [1, 2, 3, 4])
                #expect(segments[1]["target"] as? String == ServerFixture.salutation[language])
                #expect(segments[1]["status"] as? String == "translated")
                #expect(segments[1]["version"] as? Int == 1)
                #expect(segments[0]["status"] as? String == "new")
                #expect(segments[0]["version"] as? Int == 0)
                let fresh = try await api.call(.get, "/api/documents/CL-19-73/\(language.rawValue)/segments?status=new,outdated")
                #expect((fresh.json["segments"] as? [[String: Any]])?.count == 3)
            }
            // A regional tag is the language's.
            #expect(try await api.call(.get, "/api/documents/CL-19-73/es-MX/segments").json["language"] as? String == "es-MX")
        }
    }

    @Test(arguments: TestBackend.all) func aStaleSaveIsRefusedWithBothTexts(_ backend: TestBackend) async throws {
        let f = try ServerFixture(backend)
        try await f.withClient { api in
            try await api.login("ru-translator")
            let first = try await api.call(.put, "/api/documents/CL-19-73/ru/segments/1",
                                           json: ["text": "Государствам-Членам, Членам Секторов и Ассоциированным членам МСЭ", "expectedVersion": 0])
            #expect(first.status == .ok)
            // A second translator still holding version 0 saves over it: refused, both texts shown.
            let stale = try await api.call(.put, "/api/documents/CL-19-73/ru/segments/1",
                                           json: ["text": "Государствам-Членам МСЭ", "expectedVersion": 0])
            #expect(stale.status == .conflict)
            #expect(stale.json["yours"] as? String == "Государствам-Членам МСЭ")
            #expect(stale.json["theirs"] as? String == "Государствам-Членам, Членам Секторов и Ассоциированным членам МСЭ")
            #expect(stale.json["theirsVersion"] as? Int == 1)
            #expect(stale.json["theirsAuthor"] as? String == "ru-translator")
            #expect(try await api.segment("ru", 1)["target"] as? String == "Государствам-Членам, Членам Секторов и Ассоциированным членам МСЭ")
        }
    }

    @Test(arguments: TestBackend.all) func aSaveAnswersWithTheQAFindings(_ backend: TestBackend) async throws {
        let f = try ServerFixture(backend)
        try await f.withClient { api in
            try await api.login("en-translator")
            // The year is wrong: the number check finds it.
            let saved = try await api.call(.put, "/api/documents/CL-19-73/en/segments/3",
                                           json: ["text": "The Day marks the anniversary of ITU, founded on 17 May 1866 when the first International Telegraph Convention was signed in Paris.", "expectedVersion": 0])
            #expect(saved.status == .ok)
            let findings = saved.json["findings"] as? [[String: Any]] ?? []
            #expect(!findings.isEmpty)
            let again = try await api.call(.get, "/api/documents/CL-19-73/en/segments/3/findings").json["findings"] as? [[String: Any]] ?? []
            #expect(again.count == findings.count)
        }
    }

    @Test(arguments: TestBackend.all) func suggestionsInEveryTargetLanguageWithDiffAndOrigin(_ backend: TestBackend) async throws {
        let f = try ServerFixture(backend)
        try await f.withClient { api in
            try await api.login("amina")
            for language in ServerFixture.targets {
                let reply = try await api.call(.get, "/api/documents/CL-19-73/\(language.rawValue)/segments/3/suggestions?min=50")
                #expect(reply.status == .ok)
                let suggestions = reply.json["suggestions"] as? [[String: Any]] ?? []
                let top = try #require(suggestions.first, "\(language)")
                #expect(top["target"] as? String == ServerFixture.anniversary[language])
                #expect((top["score"] as? Int ?? 0) >= 80)
                #expect((top["score"] as? Int ?? 100) < 100)
                #expect(top["origin"] as? String == "letters.tmx")
                let diff = top["diff"] as? [[String: Any]] ?? []
                #expect(diff.contains { $0["kind"] as? String == "inserted" || $0["kind"] as? String == "deleted" })
            }
            #expect(try await api.call(.get, "/api/documents/CL-19-73/ru/segments/3/suggestions?min=500").status == .badRequest)
        }
    }

    @Test(arguments: TestBackend.all) func concordanceAndCoverage(_ backend: TestBackend) async throws {
        let f = try ServerFixture(backend)
        try await f.withClient { api in
            try await api.login("ar-reviewer")
            let hits = try await api.call(.get, "/api/concordance?q=Convention%20t%C3%A9l%C3%A9graphique&lang=fr").json["hits"] as? [[String: Any]] ?? []
            #expect(hits.count == 1)
            #expect((hits.first?["translations"] as? [[String: Any]])?.count == 5)
            #expect(try await api.call(.get, "/api/concordance").status == .badRequest)
            let coverage = try await api.call(.get, "/api/coverage").json["documents"] as? [[String: Any]] ?? []
            let languages = coverage.first?["languages"] as? [String: [String: Any]] ?? [:]
            #expect(Set(languages.keys) == ["ar", "zh", "en", "fr", "ru", "es"])
            #expect((languages["ru"]?["segments"] as? [String: Int])?["translated"] == 1)
            #expect((languages["ru"]?["segments"] as? [String: Int])?["draft"] == 0)
            #expect(languages["fr"]?["isSource"] as? Bool == true)
        }
    }

    @Test(arguments: TestBackend.all) func draftsShowInCoverage(_ backend: TestBackend) async throws {
        let f = try ServerFixture(backend)
        try await f.withClient { api in
            try await api.login("es-translator")
            let saved = try await api.call(.put, "/api/documents/CL-19-73/es/segments/1",
                                           json: ["text": "A los Estados Miembros", "status": "draft", "expectedVersion": 0])
            #expect(saved.status == .ok)
            let coverage = try await api.call(.get, "/api/coverage?kind=letter").json["documents"] as? [[String: Any]] ?? []
            let es = (coverage.first?["languages"] as? [String: [String: Any]])?["es"]
            #expect((es?["segments"] as? [String: Int])?["draft"] == 1)
        }
    }
}

@Suite struct WarmMemoryTests {
    /// The memory stays open between lookups, and still sees what was saved after it was opened.
    @Test(arguments: TestBackend.all) func aWarmLookupSeesTranslationsSavedSinceItOpened(_ backend: TestBackend) async throws {
        let f = try ServerFixture(backend)
        var skeleton = Skeleton()
        skeleton.append(.segment(0))
        skeleton.append(.literal("\n"))
        let other = Document(metadata: DocumentMetadata(reference: "CL-20/02", kind: .letter, title: "Suite", sourceLanguage: LanguageTag(.fr)),
                             format: "markdown", skeleton: skeleton,
                             segments: [Segment(index: 0, content: Content(text: "Aux États Membres, Membres de Secteur et Associés de l'UIT."),
                                                block: 0, blockKind: .paragraph, line: 1)])
        try f.workspace.importDocument(other, sourceText: other.render(), path: nil)
        try await f.withClient { api in
            try await api.login("ru-translator")
            let before = try await api.call(.get, "/api/documents/CL-20-02/ru/segments/1/suggestions?min=50")
            #expect((before.json["suggestions"] as? [[String: Any]])?.isEmpty == true)
            let saved = try await api.call(.put, "/api/documents/CL-19-73/ru/segments/1",
                                           json: ["text": "Государствам-Членам, Членам Секторов и Ассоциированным членам МСЭ", "expectedVersion": 0])
            #expect(saved.status == .ok)
            let after = try await api.call(.get, "/api/documents/CL-20-02/ru/segments/1/suggestions?min=50")
            let top = (after.json["suggestions"] as? [[String: Any]])?.first
            #expect(top?["target"] as? String == "Государствам-Членам, Членам Секторов и Ассоциированным членам МСЭ")
            #expect(top?["document"] as? String == "CL-19/73")
            #expect(top?["segment"] as? Int == 1)
            #expect((top?["score"] as? Int ?? 0) >= 90)
        }
    }
}
