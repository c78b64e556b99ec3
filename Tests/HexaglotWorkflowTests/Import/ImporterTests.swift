import Foundation
import HexaglotCore
import HexaglotStore
import HexaglotTestSupport
import Testing
@testable import HexaglotWorkflow

@Suite struct ImporterTests {
    @Test(arguments: TestBackend.all) func theProjectImportsSourcesThenTranslationsInSixLanguages(_ backend: TestBackend) throws {
        let (t, results) = try TemporaryWorkspace.project(backend)
        let sources = results.filter { $0.role == "source" }
        #expect(Set(sources.map(\.reference)) == ["CL-17/24", "CL-17/24-word", "CL-19/73", "ITU-BLOG-2019-ICT4SDG", "ITU-BLOG-2019-ICT4SDG-WEB"])
        // Every source comes before every translation.
        let firstTranslation = try #require(results.firstIndex { $0.role == "translation" })
        #expect(results[..<firstTranslation].allSatisfy { $0.role == "source" })
        let letter = results.filter { $0.reference == "CL-19/73" && $0.role == "translation" }
        #expect(Set(letter.map { try! LanguageTag(parsing: $0.language).language }) == Set(targetsOfFrench))
        #expect(results.contains { $0.role == "glossary" && $0.reference == "connect2030" && $0.outcome == "imported" })
        for language in targetsOfFrench {
            let views = try t.workspace.segments(of: "CL-19/73", language: language)
            #expect(views.contains { $0.translation != nil }, "no \(language.rawValue) translation stored")
        }
    }

    @Test(arguments: TestBackend.all) func importingTheSameFilesAgainChangesNothing(_ backend: TestBackend) throws {
        let (t, _) = try TemporaryWorkspace.project(backend)
        let again = try Importer(workspace: t.workspace, author: "tester").importProject(repositoryRoot)
        #expect(again.allSatisfy { $0.outcome == "unchanged" }, "\(again.filter { $0.outcome != "unchanged" })")
    }

    @Test(arguments: TestBackend.all) func frontMatterTyposAreSaidThroughTheProgressNotAPrinter(_ backend: TestBackend) throws {
        let t = try TemporaryWorkspace(backend)
        let path = try t.write("note.md", "---\nreference: NOTE-1\nlanguage: es\ntitel: Nota\n---\nUna frase para traducir.\n")
        let progress = CollectingProgress()
        let results = try Importer(workspace: t.workspace, progress: progress, author: nil).importPaths([path])
        #expect(results.map(\.role) == ["source"])
        #expect(progress.notes.contains { $0.contains("titel") }, "\(progress.notes)")
    }

    @Test(arguments: TestBackend.all) func aFileWithoutLanguageIsABadInputNamingTheFile(_ backend: TestBackend) throws {
        let t = try TemporaryWorkspace(backend)
        let path = try t.write("letter.md", "---\nreference: X-1\n---\nПривет, мир.\n")
        do {
            _ = try Importer(workspace: t.workspace, author: nil).importPaths([path])
            Issue.record("imported a file that says no language")
        } catch let error as WorkflowError {
            #expect(error.code == .badInput)
            #expect(error.message == "\(path):1: the front matter has no `language:` (the language the file is written in, such as `language: fr`); add it, name the file like letter.fr.md, or pass --lang")
        }
        #expect(try t.workspace.documents().isEmpty)
    }

    @Test(arguments: TestBackend.all) func aFolderWithNothingToImportIsNotFound(_ backend: TestBackend) throws {
        let t = try TemporaryWorkspace(backend)
        let folder = t.folder.appendingPathComponent("empty").path
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        do {
            _ = try Importer(workspace: t.workspace, author: nil).importPaths([folder])
            Issue.record("an empty folder imported")
        } catch let error as WorkflowError {
            #expect(error.code == .notFound)
            #expect(error.message.hasPrefix("\(folder): no file to import there (Hexaglot reads .md, "))
            // A CSV file may hold anything: a folder import does not pick it up as a glossary.
            #expect(error.message.hasSuffix(".txt, .text, .html, .htm, .xhtml, .docx, .tbx, .xlf, .xliff)"))
        }
    }

    @Test(arguments: TestBackend.all) func theLoaderTellsLanguageAndReferenceFromTheFileName(_ backend: TestBackend) throws {
        let t = try TemporaryWorkspace(backend)
        let path = try t.write("CL-20-01.ar.txt", "هذه رسالة قصيرة.\n")
        let loaded = try SourceFileLoader.load(path)
        #expect(loaded.language.language == .ar)
        #expect(!loaded.isTranslation)
        #expect(SourceFileLoader.referenceFromFileName(path) == "CL-20-01")
        #expect(loaded.segments.map(\.content.plainText) == ["هذه رسالة قصيرة."])
    }
}
