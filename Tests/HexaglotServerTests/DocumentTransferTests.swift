import Foundation
import HTTPTypes
import HexaglotTestSupport
import Testing
import HexaglotCore
@testable import HexaglotServer
import HexaglotStore

/// The coordinator's `POST /api/documents` and `GET …/{language}/export`.
@Suite struct DocumentTransferTests {
    static let letters = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("Letters")

    static func letter(_ name: String) throws -> String {
        let folder = String(name.prefix(while: { $0 != "." }))
        return try String(contentsOf: letters.appendingPathComponent(folder).appendingPathComponent(name), encoding: .utf8)
    }

    static func escaped(_ name: String) -> String {
        name.addingPercentEncoding(withAllowedCharacters: .alphanumerics) ?? name
    }

    /// Import and export are the coordinator's: a translator or reviewer of any language gets 403,
    /// no one signed in 401, and a refused import stores nothing.
    @Test(arguments: TestBackend.all) func onlyTheCoordinatorImportsAndExports(_ backend: TestBackend) async throws {
        let f = try ServerFixture(backend)
        let source = try DocumentTransferTests.letter("CL-17-24.fr.md")
        let people = ["amina"] + ServerFixture.targets.flatMap { ["\($0.rawValue)-translator", "\($0.rawValue)-reviewer"] }
        try await f.withClient { api in
            #expect(try await api.call(.post, "/api/documents?filename=CL-17-24.fr.md", raw: source).status == .unauthorized)
            #expect(try await api.call(.get, "/api/documents/CL-19-73/ru/export").status == .unauthorized)
            for name in people.reversed() {
                try await api.login(name)
                let imported = try await api.call(.post, "/api/documents?filename=CL-17-24.fr.md", raw: source)
                let exported = try await api.call(.get, "/api/documents/CL-19-73/ru/export")
                let xliff = try await api.call(.get, "/api/documents/CL-19-73/ru/export?format=xliff")
                let coordinator = name == "amina"
                #expect(imported.status == (coordinator ? .ok : .forbidden), "\(name) import")
                #expect(exported.status == (coordinator ? .ok : .forbidden), "\(name) export")
                #expect(xliff.status == (coordinator ? .ok : .forbidden), "\(name) export xliff")
                #expect(try f.workspace.documents().contains { $0.reference == "CL-17/24" } == coordinator, "\(name)")
                try await api.call(.post, "/api/logout")
            }
        }
    }

    /// A letter imported in French comes back byte for byte; its Arabic translation, imported
    /// after it, exports as Markdown holding the Arabic text and as XLIFF 2.1 for ar.
    @Test func anImportedLetterExportsBackByteForByte() async throws {
        let f = try ServerFixture()
        let source = try DocumentTransferTests.letter("CL-17-24.fr.md")
        let arabic = try DocumentTransferTests.letter("CL-17-24.ar.md")
        try await f.withClient { api in
            try await api.login("amina")
            let imported = try await api.call(.post, "/api/documents?filename=CL-17-24.fr.md", raw: source)
            #expect(imported.status == .ok)
            let files = imported.json["files"] as? [[String: Any]] ?? []
            #expect(files.first?["reference"] as? String == "CL-17/24" && files.first?["role"] as? String == "source")
            #expect(files.first?["file"] as? String == "CL-17-24.fr.md")
            let back = try await api.call(.get, "/api/documents/CL-17-24/fr/export")
            #expect(back.status == .ok)
            #expect(back.body == source)
            #expect(back.headers[.contentType] == "text/markdown; charset=utf-8")
            #expect(back.headers[.contentDisposition] == "attachment; filename=\"CL-17-24.md\"")

            let translation = try await api.call(.post, "/api/documents?filename=CL-17-24.ar.md", raw: arabic)
            #expect((translation.json["files"] as? [[String: Any]])?.first?["role"] as? String == "translation")
            let ar = try await api.call(.get, "/api/documents/CL-17%2F24/ar/export?format=markdown")
            #expect(ar.status == .ok)
            #expect(ar.headers[.contentDisposition] == "attachment; filename=\"CL-17-24.ar.md\"")
            let firstArabicLine = arabic.split(separator: "\n").drop(while: { $0 != "---" }).dropFirst()
                .drop(while: { $0 != "---" }).dropFirst().first { !$0.isEmpty }
            #expect(ar.body.contains(String(try #require(firstArabicLine))))
            // Imported again as exported, the translation is unchanged.
            let again = try await api.call(.post, "/api/documents?filename=CL-17-24.ar.md", raw: ar.body)
            #expect((again.json["files"] as? [[String: Any]])?.first?["updated"] as? Int == 0)

            let xliff = try await api.call(.get, "/api/documents/CL-17-24/ar/export?format=xliff")
            #expect(xliff.headers[.contentType] == "application/xliff+xml; charset=utf-8")
            #expect(xliff.headers[.contentDisposition] == "attachment; filename=\"CL-17-24.ar.xlf\"")
            #expect(xliff.body.contains("trgLang=\"ar\"") && xliff.body.contains("version=\"2.1\""))
            #expect(try await api.call(.get, "/api/documents/CL-17-24/fr/export?format=xliff").status == .conflict)
            #expect(try await api.call(.get, "/api/documents/CL-17-24/ar/export?format=pdf").status == .badRequest)
            #expect(try await api.call(.get, "/api/documents/CL-99-99/ar/export").status == .notFound)
        }
    }

    /// An upload named `../../etc/passwd.md` is written as `passwd.md` inside a fresh temporary
    /// folder, removed after the import; the name reaches nothing else.
    @Test func anUploadNameNeverLeavesItsTemporaryFolder() async throws {
        let folder = try UploadFolder(fileName: "../../etc/passwd.md", data: Data("# x\n".utf8))
        #expect(folder.fileName == "passwd.md")
        #expect(URL(fileURLWithPath: folder.path).deletingLastPathComponent().standardizedFileURL == folder.folder.standardizedFileURL)
        #expect(folder.folder.path.hasPrefix(FileManager.default.temporaryDirectory.path))
        folder.remove()
        #expect(!FileManager.default.fileExists(atPath: folder.folder.path))
        #expect(UploadFolder.sanitised("..\\..\\Windows\\system.ini") == "system.ini")
        #expect(UploadFolder.sanitised("...") == "upload")
        #expect(UploadFolder.sanitised("письмо 1.ru.md") == "письмо_1.ru.md")

        let f = try ServerFixture()
        let source = try DocumentTransferTests.letter("CL-17-24.fr.md")
        try await f.withClient { api in
            try await api.login("amina")
            let reply = try await api.call(.post, "/api/documents?filename=" + DocumentTransferTests.escaped("../../etc/passwd.md"), raw: source)
            #expect(reply.status == .ok)
            #expect((reply.json["files"] as? [[String: Any]])?.first?["file"] as? String == "passwd.md")
        }
        // Other tests upload at the same time: look for this upload's file only.
        let temporary = FileManager.default.temporaryDirectory
        let leftovers = try FileManager.default.contentsOfDirectory(atPath: temporary.path)
            .filter { $0.hasPrefix("hexaglot-upload-") }
            .filter { FileManager.default.fileExists(atPath: temporary.appendingPathComponent($0).appendingPathComponent("passwd.md").path) }
        #expect(leftovers.isEmpty)
        #expect(!FileManager.default.fileExists(atPath: "/etc/passwd.md"))
    }

    /// A bad file is a 422 naming the upload (not the temporary folder) and stores nothing; an
    /// unknown type is a 415; a missing name a 400.
    @Test(arguments: TestBackend.all) func aBadUploadIsRefusedAndNothingIsStored(_ backend: TestBackend) async throws {
        let f = try ServerFixture(backend)
        let before = try f.workspace.documents().map(\.reference)
        try await f.withClient { api in
            try await api.login("amina")
            var invalid = Array("---\nreference: CL-20/1\nlanguage: ru\n---\nПисьмо ".utf8)
            invalid += [0xFF, 0xFE, 0x0A]
            let bad = try await api.call(.post, "/api/documents?filename=bad.ru.md", bytes: invalid)
            #expect(bad.status == .unprocessableContent)
            let message = bad.json["error"] as? String ?? ""
            #expect(message.contains("bad.ru.md") && !message.contains("hexaglot-upload-"), "\(message)")
            let orphan = try await api.call(.post, "/api/documents?filename=CL-88-1.es.md",
                                            raw: "---\nreference: CL-88/1\ntranslation-of: fr\nlanguage: es\n---\nHola\n")
            #expect(orphan.status == .unprocessableContent)
            #expect(try await api.call(.post, "/api/documents?filename=tool.exe", raw: "MZ").status == .unsupportedMediaType)
            #expect(try await api.call(.post, "/api/documents", raw: "# x").status == .badRequest)
            #expect(try await api.call(.post, "/api/documents?filename=empty.md", raw: "").status == .badRequest)
            #expect(try await api.call(.post, "/api/documents?filename=a.md&lang=xx", raw: "# x").status == .badRequest)
        }
        #expect(try f.workspace.documents().map(\.reference) == before)
    }

    /// An upload may be larger than a JSON request (1 MiB) up to the upload limit; beyond it, 413
    /// and nothing stored.
    @Test func anUploadHasItsOwnSizeLimit() async throws {
        let f = try ServerFixture()
        let paragraph = "Les TIC sont au cœur de la réalisation des 17 Objectifs de développement durable, et le Programme Connect 2030 en fixe les cibles.\n\n"
        let long = "---\nreference: CL-20/2\nkind: letter\ntitle: Lettre longue\nlanguage: fr\n---\n" + String(repeating: paragraph, count: 9_000)
        #expect(long.utf8.count > 1 << 20)
        try await f.withClient { api in
            try await api.login("amina")
            let taken = try await api.call(.post, "/api/documents?filename=CL-20-2.fr.md", raw: long)
            #expect(taken.status == .ok, "\(taken.body.prefix(300))")
        }
        #expect(try f.workspace.documents().contains { $0.reference == "CL-20/2" })
        let small = try ServerFixture()
        try await small.withClient({ $0.maxUploadBytes = 64 << 10 }) { api in
            try await api.login("amina")
            let refused = try await api.call(.post, "/api/documents?filename=CL-20-2.fr.md", raw: long)
            #expect(refused.status == .contentTooLarge)
        }
        #expect(try !small.workspace.documents().contains { $0.reference == "CL-20/2" })
    }
}
