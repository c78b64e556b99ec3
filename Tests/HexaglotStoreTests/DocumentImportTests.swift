import Foundation
import GRDB
import Testing
import HexaglotCore
@testable import HexaglotStore

@Suite struct DocumentImportTests {
    @Test(arguments: StoreBackendKind.all) func importsADocumentWithKeysWordsAndContext(_ backend: StoreBackendKind) throws {
        let t = try TemporaryWorkspace(backend)
        let (doc, text) = makeDocument("CL-19/73", .fr, frenchLetter)
        #expect(try t.workspace.importDocument(doc, sourceText: text, path: "CL-19-73.fr.md") == .created(segments: 4))
        let views = try t.workspace.segments(of: "CL-19/73", language: .en)
        #expect(views.count == 4)
        #expect(views[0].matchingKey == "secrétariat général (sg)")
        #expect(views[2].words > 5)
        #expect(views.allSatisfy { $0.translation == nil && $0.status == .new })
        let context = try t.workspace.sqlRead { db in try db.rows("SELECT previous_key, next_key FROM segment ORDER BY position") }
        #expect(context[0].string("previous_key") == nil)
        #expect(context[1].string("previous_key") == "secrétariat général (sg)")
        #expect(context[3].string("next_key") == nil)
        #expect(try t.workspace.document("CL-19/73").render() == text)
    }

    @Test(arguments: StoreBackendKind.all) func importingTheSameTextTwiceChangesNothing(_ backend: StoreBackendKind) throws {
        let t = try TemporaryWorkspace(backend)
        let (doc, text) = makeDocument("CL-19/73", .fr, frenchLetter)
        try t.workspace.importDocument(doc, sourceText: text, path: nil)
        #expect(try t.workspace.importDocument(doc, sourceText: text, path: nil) == .unchanged)
        #expect(try t.workspace.revision(of: "CL-19/73") == 1)
    }

    @Test(arguments: StoreBackendKind.all) func aChangedSourceBecomesARevisionKeepingTranslations(_ backend: StoreBackendKind) throws {
        let t = try TemporaryWorkspace(backend)
        let (doc, text) = makeDocument("CL-19/73", .fr, frenchLetter)
        try t.workspace.importDocument(doc, sourceText: text, path: nil)
        try t.workspace.setTranslation(of: "CL-19/73", segment: 3, language: LanguageTag(.en),
                                       content: Content(text: englishLetter[2]), status: .translated, author: "ana")
        try t.workspace.setTranslation(of: "CL-19/73", segment: 4, language: LanguageTag(.en),
                                       content: Content(text: englishLetter[3]), status: .translated, author: "ana")
        var revised = frenchLetter
        revised[3] = "Je vous prie d'agréer l'assurance de ma considération distinguée."
        revised.insert("Objet: Journée mondiale 2020", at: 1)
        let (doc2, text2) = makeDocument("CL-19/73", .fr, revised)
        let outcome = try t.workspace.importDocument(doc2, sourceText: text2, path: nil)
        // The closing formula was reworded (6 of its 11 words alike): changed, not replaced.
        #expect(outcome == .revised(revision: 2, kept: 3, changed: 1, added: 1, archived: 0))
        let views = try t.workspace.segments(of: "CL-19/73", language: .en)
        #expect(views.map(\.segment.content.plainText) == revised)
        #expect(views[3].translation?.content.plainText == englishLetter[2])
        #expect(views[3].status == .translated)
        #expect(views[4].translation?.content.plainText == englishLetter[3])
        #expect(views[4].status == .outdated)
        let changes = try t.workspace.revisionChanges(of: "CL-19/73")
        #expect(changes.changed.map(\.before.plainText) == [frenchLetter[3]])
        #expect(changes.added.map(\.content.plainText) == ["Objet: Journée mondiale 2020"])

        // A third revision drops the closing: archived, and its translation kept there.
        var third = revised
        third.removeLast()
        let (doc3, text3) = makeDocument("CL-19/73", .fr, third)
        #expect(try t.workspace.importDocument(doc3, sourceText: text3, path: nil)
                == .revised(revision: 3, kept: 4, changed: 0, added: 0, archived: 1))
        let archived = try t.workspace.sqlRead { db in
            try db.row("""
                SELECT COUNT(*) AS n FROM translation t JOIN segment s ON s.id = t.segment_id
                WHERE s.archived_in_revision = 3
                """)?.int("n")
        }
        #expect(archived == 1)
        #expect(try t.workspace.revisionChanges(of: "CL-19/73").removed.map(\.content.plainText) == [revised[4]])
    }

    @Test(arguments: StoreBackendKind.all) func refusesToChangeTheSourceLanguageOfADocument(_ backend: StoreBackendKind) throws {
        let t = try TemporaryWorkspace(backend)
        let (doc, text) = makeDocument("CL-19/73", .fr, frenchLetter)
        try t.workspace.importDocument(doc, sourceText: text, path: nil)
        let (english, englishText) = makeDocument("CL-19/73", .en, englishLetter)
        #expect(throws: StoreError.self) {
            try t.workspace.importDocument(english, sourceText: englishText, path: "CL-19-73.en.md")
        }
        #expect(try t.workspace.document("CL-19/73").segments.map(\.content.plainText) == frenchLetter)
    }

    @Test(arguments: StoreBackendKind.all) func findsADocumentByItsReferenceWrittenWithHyphens(_ backend: StoreBackendKind) throws {
        let t = try TemporaryWorkspace(backend)
        let (doc, text) = makeDocument("CL-19/73", .fr, frenchLetter)
        try t.workspace.importDocument(doc, sourceText: text, path: nil)
        #expect(try t.workspace.document("cl-19-73").metadata.reference == "CL-19/73")
        for typed in ["CL-19/73", "cl-19-73", "CL_19_73"] {
            let header = try t.workspace.documentHeader(typed)
            #expect(header.metadata == doc.metadata && header.format == doc.format, "\(typed)")
            #expect(try t.workspace.segments(of: typed, language: .ru).count == 4, "\(typed)")
        }
        for lookup in [{ _ = try t.workspace.document("CL-99/1") }, { _ = try t.workspace.documentHeader("CL-99-1") },
                       { _ = try t.workspace.segments(of: "CL-99-1", language: .zh) }] as [() throws -> Void] {
            do {
                try lookup()
                Issue.record("found a document that does not exist")
            } catch let e as StoreError {
                #expect(e.code == .notFound)
                #expect(e.message.contains("CL-19/73"))
            }
        }
    }
}
