import Foundation
import HexaglotCore
import HexaglotFormats
import HexaglotStore
import HexaglotTestSupport
import Testing
@testable import HexaglotWorkflow

/// Translations of a Word segment typed with tags: `{1}…{/1}` takes the source segment's code,
/// in a translation edit and in review, and the export writes the source's run around it.
@Suite struct WordTagsTests {
    /// The letterhead cell `Réf.: {1}CL-17/24{/1}` (bold reference).
    func referenceSegment(_ t: TemporaryWorkspace) throws -> Segment {
        try #require(try t.workspace.document("CL-17/24-word").segments.first { $0.content.tagged == "Réf.: {1}CL-17/24{/1}" })
    }

    @Test(arguments: TestBackend.all) func aTranslationEditTakesTheSourceCodesInEveryLanguage(_ backend: TestBackend) throws {
        let (t, _) = try TemporaryWorkspace.project(backend)
        let segment = try referenceSegment(t)
        let typed: [Language: String] = [.ar: "المرجع: {1}CL-17/24{/1}", .zh: "文号：{1}CL-17/24{/1}", .en: "Ref.: {1}CL-17/24{/1}",
                                         .ru: "Исх.: {1}CL-17/24{/1}", .es: "Ref.: {1}CL-17/24{/1}"]
        for (language, text) in typed {
            let saved = try TranslationEdit(reference: "CL-17/24-word", segment: segment.number, language: LanguageTag(language),
                                            text: text, author: "tester").save(t.workspace)
            #expect(saved.content.tagged == text)
            #expect(saved.content.codes == segment.content.codes, "\(language.rawValue)")
        }
        // A tag naming no code of the source stays text.
        let saved = try TranslationEdit(reference: "CL-17/24-word", segment: segment.number, language: LanguageTag(.ru),
                                        text: "Исх.: {2}CL-17/24{/2}", author: "tester").save(t.workspace)
        #expect(saved.content.codes.isEmpty && saved.content.plainText == "Исх.: {2}CL-17/24{/2}")
    }

    @Test(arguments: TestBackend.all) func aReviewEditTakesTheSourceCodesAndTheExportWritesTheRun(_ backend: TestBackend) throws {
        let (t, _) = try TemporaryWorkspace.project(backend)
        let segment = try referenceSegment(t)
        _ = try TranslationEdit(reference: "CL-17/24-word", segment: segment.number, language: LanguageTag(.es),
                                text: "Ref: CL-17/24", author: "translator").save(t.workspace)
        let session = try ReviewSession(t.workspace, reference: "CL-17/24-word", language: LanguageTag(.es),
                                        segments: [segment.number], author: "reviewer")
        let view = try #require(session.queue.first)
        try session.apply(.edit(text: "Ref.: {1}CL-17/24{/1}"), to: view, in: t.workspace)
        let stored = try #require(try t.workspace.segments(of: "CL-17/24-word", language: .es)
            .first { $0.segment.number == segment.number }?.translation)
        #expect(stored.status == .reviewed && stored.content.codes == segment.content.codes)
        let export = try DocumentExport(reference: "CL-17/24-word", language: .es).run(t.workspace)
        // Read back, the exported file has the reference in its bold run again.
        let back = try DOCXFormat().parse(package: export.bytes, file: "export.es.docx", language: .es)
        #expect(back.segments.contains { $0.content.tagged == "Ref.: {1}CL-17/24{/1}" })
    }

    /// Under ``TranslationEdit/CodeRule/require`` (the web workspace), a tag lost, doubled or naming
    /// no code of the source refuses the save, and nothing is stored; under the terminal's rule the
    /// same text is stored and the `codes` check reports it.
    @Test(arguments: TestBackend.all) func theRequireRuleRefusesLostDoubledAndForeignTags(_ backend: TestBackend) throws {
        let (t, _) = try TemporaryWorkspace.project(backend)
        let segment = try referenceSegment(t)
        let bad: [(Language, String)] = [(.ar, "المرجع: CL-17/24"), (.zh, "文号：{1}CL-17/24{/1}{1}{/1}"),
                                         (.ru, "Исх.: {2}CL-17/24{/2}"), (.es, "Ref.: {1}CL-17/24")]
        for (language, text) in bad {
            let stored = { try t.workspace.segments(of: "CL-17/24-word", language: language).first { $0.segment.number == segment.number }?.translation }
            let before = try stored()
            let edit = TranslationEdit(reference: "CL-17/24-word", segment: segment.number, language: LanguageTag(language),
                                       text: text, author: "tester", codes: .require)
            #expect(throws: WorkflowError.self, "\(language.rawValue): \(text)") { try edit.save(t.workspace) }
            #expect(try stored() == before, "\(language.rawValue): stored anyway")
        }
        let kept = try TranslationEdit(reference: "CL-17/24-word", segment: segment.number, language: LanguageTag(.en),
                                       text: "Ref.: CL-17/24", author: "tester").save(t.workspace)
        #expect(kept.content.codes.isEmpty)
        let fine = try TranslationEdit(reference: "CL-17/24-word", segment: segment.number, language: LanguageTag(.ru),
                                       text: "{1}CL-17/24{/1} — исх.", author: "tester", codes: .require).save(t.workspace)
        #expect(fine.content.codes == segment.content.codes)
    }
}
