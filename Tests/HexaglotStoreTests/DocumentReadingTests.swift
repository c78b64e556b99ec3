import Foundation
import HexaglotCore
import Testing
@testable import HexaglotStore

/// A workspace copied to either backend reads the same as the SQLite file it came from:
/// documents, segments with their translations in six languages, history, revisions, coverage.
@Suite struct DocumentReadingTests {
    @Test(arguments: StoreBackendKind.all) func aCopyReadsAsTheOriginal(_ backend: StoreBackendKind) throws {
        let t = try filledWorkspace()
        let original = t.workspace
        let url: String
        var database: String?
        switch backend {
        case .sqlite:
            url = t.folder.appendingPathComponent("copy.sqlite").path
        case .postgres:
            let made = try PostgresTestServer.makeDatabase()
            (url, database) = (made.url, made.name)
        }
        defer { if let database { PostgresTestServer.dropDatabase(database) } }
        _ = try WorkspaceCopy.run(from: original.path, to: url)
        let copy = try Workspace(path: url)
        defer { try? copy.close() }

        #expect(try copy.documents().count == 1)
        for language in Language.allCases {
            #expect(try copy.documents(collatedIn: language) == original.documents(collatedIn: language))
            #expect(try copy.segments(of: "CL-19/73", language: language) == original.segments(of: "CL-19/73", language: language),
                    "\(language.rawValue)")
            #expect(try copy.history(of: "CL-19/73", language: language) == original.history(of: "CL-19/73", language: language))
        }
        #expect(try copy.segments(of: "CL-19/73", language: .ru).contains { $0.translation?.content.plainText.hasPrefix("Имею честь") == true })
        #expect(try copy.document("CL-19/73").render() == original.document("CL-19/73").render())
        #expect(try copy.document("cl-19-73").metadata == original.document("CL-19/73").metadata)
        #expect(try copy.package(of: "CL-19/73") == [0x50, 0x4B, 0x03, 0x04, 0x01])
        #expect(try copy.revision(of: "CL-19/73") == 2)
        #expect(try copy.targetFrontMatter(of: "CL-19/73", language: .en) == "---\nlanguage: en\n---\n")
        #expect(try copy.targetFrontMatter(of: "CL-19/73", language: .zh) == nil)
        #expect(try copy.history() == original.history())
        #expect(try copy.history(of: "CL-19/73", segment: 2) == original.history(of: "CL-19/73", segment: 2))
        #expect(try copy.history(by: "olga").map(\.language) == [.ru])
        let changes = try copy.revisionChanges(of: "CL-19/73")
        #expect(changes.changed.count == 1 && changes.added.count == 1 && changes.removed.isEmpty)
        let encoder = JSONEncoder()
        encoder.outputFormatting = .sortedKeys
        #expect(try encoder.encode(changes) == encoder.encode(original.revisionChanges(of: "CL-19/73")))
        #expect(try copy.coverage() == original.coverage())
        #expect(try copy.coverage(kind: .post, collatedIn: .zh).isEmpty)
        #expect { try copy.document("CL-00/00") } throws: { error in
            (error as? StoreError)?.code == .notFound && "\(error)".contains("(documents: CL-19/73)")
        }
    }
}
