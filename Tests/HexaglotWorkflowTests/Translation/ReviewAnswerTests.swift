import Foundation
import HexaglotCore
import HexaglotStore
import HexaglotTestSupport
import Testing
@testable import HexaglotWorkflow

@Suite struct ReviewAnswerTests {
    /// Segment 1 of CL-19/73 freshly translated into `language` (the letters come reviewed or approved).
    static func translated(_ t: TemporaryWorkspace, _ language: Language) throws -> SegmentView {
        _ = try TranslationEdit(reference: "CL-19/73", segment: 1, language: LanguageTag(language),
                                text: ReviewAnswerTests.texts[language]!, author: "translator").save(t.workspace)
        return try #require(try t.workspace.segments(of: "CL-19/73", language: language).first { $0.segment.number == 1 })
    }

    static let texts: [Language: String] = [
        .ar: "الأمانة العامة", .zh: "秘书长办公室", .en: "General Secretariat", .ru: "Генеральный секретариат", .es: "Secretaría General",
    ]

    /// Approving a translated segment goes through reviewed in the same transaction: two history
    /// entries, the version up by two, in every target language of the letter.
    @Test(arguments: TestBackend.all) func approvingATranslationPassesThroughReviewed(_ backend: TestBackend) throws {
        let (t, _) = try TemporaryWorkspace.project(backend)
        for language in targetsOfFrench {
            let view = try ReviewAnswerTests.translated(t, language)
            let translation = try #require(view.translation)
            let document = try t.workspace.document("CL-19/73")
            try ReviewAnswer(.accept, goal: .approved, author: "reviewer")
                .store(on: translation, segment: view.segment.number, of: document, language: LanguageTag(language), in: t.workspace)
            let now = try #require(try t.workspace.segments(of: "CL-19/73", language: language).first { $0.segment.number == view.segment.number })
            #expect(now.status == .approved && now.translation?.version == translation.version + 2)
            let history = try t.workspace.history(of: "CL-19/73", segment: view.segment.number, language: language, limit: 2)
            #expect(history.map(\.to) == [.approved, .reviewed], "\(language.rawValue)")
            #expect(history.allSatisfy { $0.author == "reviewer" && $0.origin == .review && $0.comment == "approved in review" })
        }
    }

    /// A stale version writes neither step.
    @Test(arguments: TestBackend.all) func aStaleApprovalWritesNothing(_ backend: TestBackend) throws {
        let (t, _) = try TemporaryWorkspace.project(backend)
        let view = try ReviewAnswerTests.translated(t, .zh)
        let translation = try #require(view.translation)
        let document = try t.workspace.document("CL-19/73")
        let before = try t.workspace.history(of: "CL-19/73", segment: view.segment.number, language: .zh).count
        #expect(throws: StoreError.self) {
            try ReviewAnswer(.accept, goal: .approved, author: "reviewer")
                .store(on: translation, segment: view.segment.number, of: document, language: LanguageTag(.zh),
                       expectedVersion: translation.version - 1, in: t.workspace)
        }
        let now = try #require(try t.workspace.segments(of: "CL-19/73", language: .zh).first { $0.segment.number == view.segment.number })
        #expect(now.status == .translated && now.translation?.version == translation.version)
        #expect(try t.workspace.history(of: "CL-19/73", segment: view.segment.number, language: .zh).count == before)
    }

    /// An edit to approved from a rejected translation goes rejected → translated → reviewed → approved.
    @Test(arguments: TestBackend.all) func anEditFromRejectedReachesTheGoal(_ backend: TestBackend) throws {
        let (t, _) = try TemporaryWorkspace.project(backend)
        let document = try t.workspace.document("CL-19/73")
        let view = try ReviewAnswerTests.translated(t, .ar)
        try ReviewAnswer(.reject(reason: "التاريخ خاطئ"), author: "r").store(on: view.translation!, segment: view.segment.number,
                                                                            of: document, language: LanguageTag(.ar), in: t.workspace)
        let rejected = try #require(try t.workspace.segments(of: "CL-19/73", language: .ar).first { $0.segment.number == view.segment.number })
        #expect(rejected.status == .rejected)
        try ReviewAnswer(.edit(text: "جنيف، 24 ديسمبر 2019"), goal: .approved, author: "r")
            .store(on: rejected.translation!, segment: view.segment.number, of: document, language: LanguageTag(.ar), in: t.workspace)
        let history = try t.workspace.history(of: "CL-19/73", segment: view.segment.number, language: .ar, limit: 3)
        #expect(history.map(\.to) == [.approved, .reviewed, .translated])
        #expect(throws: WorkflowError.self) {
            try ReviewAnswer(.edit(text: " \u{7} "), author: "r").store(on: rejected.translation!, segment: view.segment.number,
                                                                        of: document, language: LanguageTag(.ar), in: t.workspace)
        }
    }
}
