import Foundation
import HexaglotCore
import HexaglotFormats
import HexaglotStore
import HexaglotTestSupport
import Testing
@testable import HexaglotWorkflow

@Suite struct ExportTests {
    @Test(arguments: TestBackend.all) func theSourceComesBackByteForByte(_ backend: TestBackend) throws {
        let (t, _) = try TemporaryWorkspace.project(backend)
        let original = try String(contentsOfFile: repositoryRoot + "/Letters/CL-19-73/CL-19-73.fr.md", encoding: .utf8)
        let result = try DocumentExport(reference: "CL-19/73").run(t.workspace)
        #expect(result.text == original)
        #expect(result.report.fallback == 0 && result.report.language == "fr")
    }

    /// The stored front matter is refreshed through YAML: the status of a segment sent back to
    /// draft lowers the file's, the quoted title stays the translated title, the other keys as they were.
    @Test(arguments: TestBackend.all) func anImportedTranslationsFrontMatterIsRefreshed(_ backend: TestBackend) throws {
        let (t, _) = try TemporaryWorkspace.project(backend)
        for language in targetsOfFrench {
            let title = try #require(try t.workspace.targetFrontMatter(of: "CL-19/73", language: language)?
                .split(separator: "\n").first { $0.hasPrefix("title: ") })
            try t.workspace.setStatus(of: "CL-19/73", segments: [2], language: language, status: .rejected,
                                      author: "reviewer", comment: "la date est fausse")
            try t.workspace.setStatus(of: "CL-19/73", segments: [2], language: language, status: .draft, author: "translator")
            let result = try DocumentExport(reference: "CL-19/73", language: language).run(t.workspace)
            let front = try #require(result.text.components(separatedBy: "\n---\n").first)
            #expect(front.contains("\nstatus: draft\n"), "\(language.rawValue): \(front)")
            #expect(front.contains("\n" + title + "\n") && front.contains("\ncomplete: "))
            #expect(front.contains("reference: CL-19/73") && front.contains("translation-of: fr"))
            #expect(front.contains("language: \(language.rawValue)"))
            #expect(result.report.statuses["draft"] == 1 && result.report.drafts == 1)
        }
    }

    @Test(arguments: TestBackend.all) func aLanguageNeverImportedGetsFrontMatterThatImportsBackAsATranslation(_ backend: TestBackend) throws {
        let (t, _) = try TemporaryWorkspace.project(backend)
        let result = try DocumentExport(reference: "ITU-BLOG-2019-ICT4SDG", language: .ru).run(t.workspace)
        let path = try t.write("ICT4SDG-2019-blog.ru.md", result.text)
        let loaded = try SourceFileLoader.load(path)
        #expect(loaded.isTranslation)
        #expect(loaded.language.language == .ru)
        #expect(loaded.front["reference"] == "ITU-BLOG-2019-ICT4SDG")
        #expect(result.report.fallback == result.report.segments)
    }

    @Test(arguments: TestBackend.all) func aCompleteExportOfADocumentNotApprovedIsRefused(_ backend: TestBackend) throws {
        let (t, _) = try TemporaryWorkspace.project(backend)
        do {
            _ = try DocumentExport(reference: "CL-19/73", language: .ru, requireApproved: true).run(t.workspace)
            Issue.record("exported a document not approved as complete")
        } catch let error as WorkflowError {
            #expect(error.code == .refused)
            #expect(error.message.hasPrefix("CL-19/73 is not fully approved in ru: segments "))
        }
    }

    @Test func xliffOfTheSourceLanguageIsRefused() throws {
        let (t, _) = try TemporaryWorkspace.project()
        #expect(throws: WorkflowError(.refused, "CL-19/73 is written in fr; export XLIFF for another language")) {
            try XLIFFExport(reference: "CL-19/73", target: LanguageTag(.fr)).run(t.workspace)
        }
    }

    /// Regression: a translator's comment that starts with "imported from" or "pretranslated
    /// from" was taken for Hexaglot's own and left out of the XLIFF notes.
    @Test func aTranslatorsCommentStartingWithImportedFromSurvivesXLIFFExport() throws {
        let (t, _) = try TemporaryWorkspace.project()
        let comments: [Language: String] = [
            .ar: "imported from my notes: راجعت التاريخ", .zh: "imported from my notes: 日期已核对",
            .en: "imported from my notes", .ru: "pretranslated from memory, then checked by hand",
            .es: "imported from my notes: fecha comprobada",
        ]
        for language in targetsOfFrench {
            try t.workspace.setStatus(of: "CL-19/73", segments: [1], language: language, status: .rejected,
                                      author: "reviewer", comment: comments[language]!)
            let result = try XLIFFExport(reference: "CL-19/73", target: LanguageTag(language)).run(t.workspace)
            let unit = try #require(result.document.units.first { $0.number == 1 })
            #expect(unit.notes == [comments[language]!], "\(language.rawValue): \(unit.notes)")
            // Hexaglot's own comments (the file each translation came from) are not notes.
            #expect(!result.document.units.flatMap(\.notes).contains { $0.hasPrefix("imported from Letters/") || $0.hasPrefix("imported from /") })
            let origins = try t.workspace.history(of: "CL-19/73", segment: 1, language: language).map(\.origin)
            #expect(origins == [.edit, .import])
        }
    }

    @Test(arguments: TestBackend.all) func xliffRoundTripRecordsItsOrigin(_ backend: TestBackend) throws {
        let (t, _) = try TemporaryWorkspace.project(backend)
        let export = try XLIFFExport(reference: "CL-19/73", target: LanguageTag(.es)).run(t.workspace)
        var text = String(decoding: export.data, as: UTF8.self)
        // The reviewer in the other tool reviews segment 1.
        let unit = try #require(text.range(of: "<unit id=\"u1\">"))
        let state = try #require(text.range(of: "state=\"", range: unit.upperBound..<text.endIndex))
        let end = try #require(text.range(of: "\"", range: state.upperBound..<text.endIndex))
        text.replaceSubrange(state.upperBound..<end.lowerBound, with: "reviewed")
        let path = try t.write("CL-19-73.es.xlf", text)
        let result = try Importer(workspace: t.workspace, author: "revisora").importXLIFF(path)
        #expect(result.role == "xliff")
        #expect(result.outcome.hasPrefix("0 texts and 1 statuses updated"))
        let last = try #require(try t.workspace.history(of: "CL-19/73", segment: 1, language: .es).first)
        #expect(last.to == .reviewed && last.origin == .import && last.comment == "imported from CL-19-73.es.xlf")
    }
}
