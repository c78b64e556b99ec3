import Foundation
import HexaglotCore
import HexaglotStore
import HexaglotTestSupport
import Testing
@testable import HexaglotFormats
@testable import HexaglotWorkflow

/// Word documents through the workflow's importer: the package is stored beside the document,
/// tracked changes are refused unless accepted on request, and a refusal stores nothing.
@Suite struct WordImportTests {
    /// A one-paragraph Word package in French with a tracked insertion before its sentence.
    static func trackedLetter() throws -> [UInt8] {
        let w = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
        let rel = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
        let parts = [
            ("[Content_Types].xml", """
                <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
                <Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>
                """),
            ("_rels/.rels", """
                <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
                <Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="\(rel)/officeDocument" Target="word/document.xml"/></Relationships>
                """),
            ("word/document.xml", """
                <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
                <w:document xmlns:w="\(w)"><w:body><w:p><w:ins w:id="1" w:author="A"><w:r><w:t xml:space="preserve">Chère </w:t></w:r></w:ins><w:r><w:t>Madame, Monsieur, je vous écris au sujet de la Résolution 200.</w:t></w:r></w:p><w:sectPr/></w:body></w:document>
                """),
        ]
        let package = DOCXPackage(parts: parts.map {
            DOCXPackage.Part(path: $0.0, bytes: Array($0.1.utf8), modified: Date(timeIntervalSince1970: 1_500_000_000), isDirectory: false)
        })
        return try package.zipped()
    }

    @Test(arguments: TestBackend.all) func theWordLetterIsStoredWithItsPackage(_ backend: TestBackend) throws {
        let (t, results) = try TemporaryWorkspace.project(backend)
        let source = try #require(results.first { $0.reference == "CL-17/24-word" && $0.role == "source" })
        #expect(source.outcome == "created" && source.language == "fr")
        let file = try SourceFile.readBytes(repositoryRoot + "/Letters/CL-17-24/CL-17-24.fr.docx")
        #expect(try t.workspace.package(of: "CL-17/24-word") == file)
        let translations = results.filter { $0.reference == "CL-17/24-word" && $0.role == "translation" }
        #expect(Set(translations.map(\.language)) == ["en", "ar"])
        let english = try t.workspace.segments(of: "CL-17/24-word", language: .en)
        #expect(english.contains { $0.translation?.content.plainText == "Dear Sir/Madam," })
        // The Markdown letters have no package.
        #expect(try t.workspace.package(of: "CL-19/73") == nil)
    }

    @Test(arguments: TestBackend.all) func trackedChangesAreRefusedUnlessAcceptedAndARefusalStoresNothing(_ backend: TestBackend) throws {
        let t = try TemporaryWorkspace(backend)
        let path = t.folder.appendingPathComponent("note.fr.docx").path
        try Data(try Self.trackedLetter()).write(to: URL(fileURLWithPath: path))
        do {
            _ = try Importer(workspace: t.workspace, author: "tester").importPaths([path])
            Issue.record("a document with tracked changes was imported")
        } catch let error as FormatError {
            #expect(error.code == .trackedChanges)
            #expect(error.description.contains("note.fr.docx") && error.description.contains("--accept-revisions"))
        }
        #expect(try t.workspace.documents().isEmpty)
        var importer = Importer(workspace: t.workspace, author: "tester")
        importer.defaults.acceptRevisions = true
        let results = try importer.importPaths([path])
        #expect(results.map(\.outcome) == ["created"])
        let segments = try t.workspace.segments(of: "note", language: .fr)
        #expect(segments.map(\.segment.content.plainText) == ["Chère Madame, Monsieur, je vous écris au sujet de la Résolution 200."])
        #expect(try t.workspace.package(of: "note") == Self.trackedLetter())
    }

    @Test func theLoaderReadsAWordFileWithoutStoringIt() throws {
        let loaded = try SourceFileLoader.load(repositoryRoot + "/Letters/CL-17-24/CL-17-24.fr.docx")
        #expect(loaded.parsed.format == "docx" && loaded.text.isEmpty && loaded.package != nil)
        #expect(loaded.segments.contains { $0.content.tagged == "Réf.: {1}CL-17/24{/1}" })
        #expect(loaded.language.language == .fr && !loaded.isTranslation)
    }
}
