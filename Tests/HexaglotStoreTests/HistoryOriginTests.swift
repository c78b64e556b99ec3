import Foundation
import GRDB
import HexaglotCore
import Testing
@testable import HexaglotStore

/// Each history row says where its change came from (migration v8-history-origin).
@Suite struct HistoryOriginTests {
    func workspaceWithHistory(_ backend: StoreBackendKind = .sqlite) throws -> TemporaryWorkspace {
        let t = try TemporaryWorkspace(backend)
        let (document, text) = makeDocument("CL-19/73", .fr, frenchLetter)
        try t.workspace.importDocument(document, sourceText: text, path: "CL-19-73.fr.md")
        try t.workspace.importTranslation(of: "CL-19/73", language: LanguageTag(.es), contents: [0: Content(text: "Secretaría General (SG)")],
                                          status: .translated, complete: false, frontMatter: nil, path: "CL-19-73.es.md",
                                          fileText: "x", author: "importer")
        try t.workspace.storeDrafts(of: "CL-19/73", language: LanguageTag(.es),
                                    drafts: [MemoryDraft(segment: 2, content: Content(text: "Tengo el honor"), score: 80, origin: "itu.tmx")],
                                    author: "mt")
        try t.workspace.setTranslation(of: "CL-19/73", segment: 1, language: LanguageTag(.es),
                                       content: Content(text: "Secretaría General"), status: .reviewed, author: "ana",
                                       comment: "imported from my notes")
        try t.workspace.setTranslation(of: "CL-19/73", segment: 2, language: LanguageTag(.es),
                                       content: Content(text: "Tengo el honor de informarle"), status: .translated, author: "ana",
                                       comment: "accepted in review", origin: .review)
        return t
    }

    @Test(arguments: StoreBackendKind.all) func eachWriterRecordsItsOrigin(_ backend: StoreBackendKind) throws {
        let t = try workspaceWithHistory(backend)
        let history = try t.workspace.history(of: "CL-19/73", language: .es)
        #expect(history.map(\.origin) == [.review, .edit, .pretranslate, .import])
        #expect(history[1].comment == "imported from my notes")
    }

    /// A workspace written before v8: its rows are read from their comments' first words.
    @Test func rowsWrittenBeforeTheMigrationAreBackFilledFromTheirComments() throws {
        let t = try workspaceWithHistory()
        try t.workspace.pool.writeWithoutTransaction { db in
            try db.execute(sql: "ALTER TABLE status_change DROP COLUMN origin")
            try db.execute(sql: "DELETE FROM grdb_migrations WHERE identifier = 'v8-history-origin'")
            try db.execute(sql: "PRAGMA user_version = 7")
        }
        let reopened = try Workspace(path: t.workspace.path)
        #expect(reopened.writtenByNewer == nil)
        // The translator's comment that starts like Hexaglot's own can only be read as an import here;
        // rows written from now on carry their origin.
        #expect(try reopened.history(of: "CL-19/73", language: .es).map(\.origin) == [.review, .import, .pretranslate, .import])
        #expect(try reopened.appliedMigrations().contains("v8-history-origin"))
    }
}
