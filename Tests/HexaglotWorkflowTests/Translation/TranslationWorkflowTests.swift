import Foundation
import HexaglotCore
import HexaglotStore
import HexaglotTestSupport
import Testing
@testable import HexaglotWorkflow

@Suite struct TranslationWorkflowTests {
    /// Markdown typed by a translator becomes the same inline codes as the source's.
    @Test(arguments: TestBackend.all) func anEditIsReadInTheDocumentsMarkup(_ backend: TestBackend) throws {
        let (t, _) = try TemporaryWorkspace.project(backend)
        let texts: [Language: String] = [
            .ar: "مرجعنا: **CL-19/73**", .zh: "我方文号：**CL-19/73**", .en: "Our ref.: **CL-19/73**",
            .ru: "Наш исх.: **CL-19/73**", .es: "N/Ref.: **CL-19/73**",
        ]
        for language in targetsOfFrench {
            let saved = try TranslationEdit(reference: "CL-19-73", segment: 3, language: LanguageTag(language),
                                            text: "  " + texts[language]! + "\n", author: "translator").save(t.workspace)
            #expect(saved.reference == "CL-19/73")
            #expect(!saved.content.codes.isEmpty, "\(language.rawValue): \(saved.content.tagged)")
            let history = try t.workspace.history(of: "CL-19/73", segment: 3, language: language)
            #expect(history.first?.origin == .edit && history.first?.author == "translator")
        }
    }

    @Test(arguments: TestBackend.all) func aStaleVersionIsAConflictAndNothingIsWritten(_ backend: TestBackend) throws {
        let (t, _) = try TemporaryWorkspace.project(backend)
        let view = try #require(try t.workspace.segments(of: "CL-19/73", language: .ru).first { $0.segment.number == 1 })
        let version = try #require(view.translation?.version)
        _ = try TranslationEdit(reference: "CL-19/73", segment: 1, language: LanguageTag(.ru), text: "Генеральный секретариат",
                                author: "a", expectedVersion: version).save(t.workspace)
        do {
            _ = try TranslationEdit(reference: "CL-19/73", segment: 1, language: LanguageTag(.ru), text: "Секретариат",
                                    author: "b", expectedVersion: version).save(t.workspace)
            Issue.record("overwrote a change made meanwhile")
        } catch let error as StoreError {
            #expect(error.code == .conflict)
        }
        let now = try #require(try t.workspace.segments(of: "CL-19/73", language: .ru).first { $0.segment.number == 1 })
        #expect(now.translation?.content.plainText == "Генеральный секретариат")
    }

    @Test(arguments: TestBackend.all) func reviewAnswersAreStoredWithTheirOrigin(_ backend: TestBackend) throws {
        let (t, _) = try TemporaryWorkspace.project(backend)
        let session = try ReviewSession(t.workspace, reference: "CL-19/73", language: LanguageTag(.ru),
                                        status: .translated, segments: [1, 2, 4], goal: .reviewed, author: "reviewer")
        #expect(session.queue.map(\.segment.number) == [1, 2, 4])
        try session.apply(.accept, to: session.queue[0], in: t.workspace)
        #expect(throws: WorkflowError(.refused, "a rejection needs a comment; the segment is left as it was")) {
            try session.apply(.reject(reason: "  "), to: session.queue[1], in: t.workspace)
        }
        try session.apply(.reject(reason: "дата неверна"), to: session.queue[1], in: t.workspace)
        try session.apply(.edit(text: "Исх.: **CL-19/73**"), to: session.queue[2], in: t.workspace)
        let statuses = Dictionary(uniqueKeysWithValues: try t.workspace.segments(of: "CL-19/73", language: .ru)
            .map { ($0.segment.number, $0.status) })
        #expect(statuses[1] == .reviewed && statuses[2] == .rejected && statuses[4] == .reviewed)
        let latest = try t.workspace.history(of: "CL-19/73", language: .ru, limit: 3)
        #expect(latest.allSatisfy { $0.origin == .review && $0.author == "reviewer" })
        #expect(Set(latest.compactMap(\.comment)) == ["accepted in review", "дата неверна", "edited in review"])
        // The segment accepted meanwhile is a conflict for a session that read it before.
        #expect(throws: StoreError.self) { try session.apply(.accept, to: session.queue[0], in: t.workspace) }
    }

    @Test func theSourceLanguageIsNotReviewedNorPretranslated() throws {
        let (t, _) = try TemporaryWorkspace.project()
        #expect(throws: WorkflowError(.refused, "CL-19/73 is written in fr; review one of its translations")) {
            try ReviewSession(t.workspace, reference: "CL-19/73", language: LanguageTag(.fr), author: nil)
        }
        #expect(throws: WorkflowError(.refused, "CL-19/73 is written in fr; choose other target languages")) {
            try Pretranslation(reference: "CL-19/73", languages: [.es, .fr], author: nil).run(t.workspace)
        }
    }

    /// The blog post is written in en and translated into fr and zh: those stay as they are,
    /// and each draft the memory fills records where it came from.
    @Test func pretranslationFillsOnlyUntranslatedSegments() throws {
        let (t, _) = try TemporaryWorkspace.project()
        let report = try Pretranslation(reference: "ITU-BLOG-2019-ICT4SDG", minimum: 50, author: "mt").run(t.workspace)
        #expect(report.languages.map(\.language) == [.ar, .zh, .fr, .ru, .es])
        let zh = try #require(report.languages.first { $0.language == .zh })
        #expect(zh.alreadyTranslated > 0)
        for result in report.languages where result.filled > 0 {
            let drafts = try t.workspace.history(of: "ITU-BLOG-2019-ICT4SDG", language: result.language, limit: 1000)
                .filter { $0.origin == .pretranslate }
            #expect(drafts.count == result.filled && drafts.allSatisfy { $0.to == .draft })
        }
    }

    @Test(arguments: TestBackend.all) func theListingShowsVersionsTermsAndOnlyTheAskedSegments(_ backend: TestBackend) throws {
        let (t, _) = try TemporaryWorkspace.project(backend)
        let listing = try SegmentListing(t.workspace, reference: "CL-19/73", target: .zh, segments: [1, 2])
        #expect(listing.rows.map(\.number) == [1, 2])
        #expect(listing.rows.allSatisfy { $0.language == "zh" && $0.version != nil && $0.target != nil })
        #expect(throws: WorkflowError.self) {
            try SegmentListing(t.workspace, reference: "CL-19/73", target: .zh, segments: [9999])
        }
        let source = try SegmentListing(t.workspace, reference: "CL-19/73", target: nil)
        #expect(source.rows.allSatisfy { $0.status == nil && $0.target == nil })
    }
}
