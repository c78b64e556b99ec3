import Foundation
import GRDB
import HexaglotCore
import HexaglotFormats
@testable import HexaglotStore
import HexaglotTestSupport
import Testing
@testable import HexaglotWorkflow

/// A Word document exported by the workflow: the package's parts, byte for byte in the source
/// language, the translated text in another.
@Suite struct WordExportTests {
    func parts(_ bytes: [UInt8]) throws -> [String: [UInt8]] {
        Dictionary(uniqueKeysWithValues: try DOCXPackage(bytes: bytes, file: "export.docx").parts.map { ($0.path, $0.bytes) })
    }

    @Test(arguments: TestBackend.all) func theSourceComesBackPartByPartAndTranslationsAreWritten(_ backend: TestBackend) throws {
        let (t, _) = try TemporaryWorkspace.project(backend)
        let original = try SourceFile.readBytes(repositoryRoot + "/Letters/CL-17-24/CL-17-24.fr.docx")
        let source = try DocumentExport(reference: "CL-17/24-word").run(t.workspace)
        #expect(try parts(source.bytes) == parts(original))
        #expect(source.report.fallback == 0 && source.report.language == "fr")

        let english = try DocumentExport(reference: "CL-17/24-word", language: .en).run(t.workspace)
        let en = try parts(english.bytes)
        let document = String(decoding: try #require(en["word/document.xml"]), as: UTF8.self)
        #expect(document.contains("Dear Sir/Madam,") && !document.contains("Madame, Monsieur,"))
        #expect(document.contains("w:lang w:val=\"en"))
        // Parts without translated text are the source's bytes.
        let fr = try parts(original)
        for (path, bytes) in fr where !path.hasPrefix("word/") && !path.hasPrefix("docProps/") {
            #expect(en[path] == bytes, "\(path) changed")
        }

        let arabic = try DocumentExport(reference: "CL-17/24-word", language: .ar).run(t.workspace)
        let ar = String(decoding: try #require(try parts(arabic.bytes)["word/document.xml"]), as: UTF8.self)
        #expect(ar.contains("<w:bidi/>") && ar.contains("<w:rtl/>"))
    }

    @Test func aWordDocumentWithoutItsPackageIsAClearError() throws {
        let (t, _) = try TemporaryWorkspace.project()
        try t.workspace.write { db in try db.execute(sql: "DELETE FROM document_package") }
        do {
            _ = try DocumentExport(reference: "CL-17/24-word", language: .en).run(t.workspace)
            Issue.record("exported a Word document without its package")
        } catch let error as WorkflowError {
            #expect(error.code == .notFound)
            #expect(error.message.contains("CL-17/24-word") && error.message.contains("import it again"))
        }
    }
}
