import Foundation
import GRDB
import Testing
import HexaglotCore
@testable import HexaglotStore

@Suite struct WorkspaceTests {
    @Test func createsTheSchemaWithNamedMigrations() throws {
        let t = try TemporaryWorkspace()
        #expect(try t.workspace.appliedMigrations() == ["v1-documents-segments-translations", "v2-glossaries", "v3-translation-memory",
                                                         "v4-source-changes", "v5-glossary-match-mode", "v6-document-title-segment",
                                                         "v7-workspace-info", "v8-history-origin", "v9-document-packages",
                                                         "v10-people-and-sessions"])
        let mode = try t.workspace.read { db in try String.fetchOne(db, sql: "PRAGMA journal_mode") }
        #expect(mode == "wal")
        let foreignKeys = try t.workspace.read { db in try Int.fetchOne(db, sql: "PRAGMA foreign_keys") }
        #expect(foreignKeys == 1)
    }

    @Test func refusesAMissingWorkspaceUnlessAskedToCreate() throws {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("none-\(UUID()).sqlite").path
        #expect(throws: StoreError.self) { _ = try Workspace(path: path) }
        #expect(!FileManager.default.fileExists(atPath: path))
    }

    @Test func refusesAFileThatIsNotAWorkspace() throws {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("garbage-\(UUID()).sqlite").path
        try Data(repeating: 0x41, count: 4096).write(to: URL(fileURLWithPath: path))
        defer { try? FileManager.default.removeItem(atPath: path) }
        do {
            _ = try Workspace(path: path)
            Issue.record("opened a file that is not a database")
        } catch let error as StoreError {
            #expect(error.code == .damaged)
            #expect(error.message.contains(path))
        }
    }

    @Test func findsTheWorkspaceWalkingUp() throws {
        let t = try TemporaryWorkspace()
        let nested = t.folder.appendingPathComponent("Letters/CL-19-73")
        try FileManager.default.createDirectory(at: nested, withIntermediateDirectories: true)
        #expect(Workspace.find(from: nested.path) == t.workspace.path)
    }

    @Test func collationsOrderRowsInEachLanguage() throws {
        let t = try TemporaryWorkspace()
        let spanish = try t.workspace.read { db in
            try String.fetchAll(db, sql: """
                SELECT w FROM (SELECT 'oso' AS w UNION ALL SELECT 'ñandú' UNION ALL SELECT 'nube' UNION ALL SELECT 'Ñu')
                ORDER BY w COLLATE hexaglot_es
                """)
        }
        #expect(spanish == ["nube", "ñandú", "Ñu", "oso"])
        let russian = try t.workspace.read { db in
            try String.fetchAll(db, sql: """
                SELECT w FROM (SELECT 'жук' AS w UNION ALL SELECT 'ёж' UNION ALL SELECT 'ель' UNION ALL SELECT 'еж')
                ORDER BY w COLLATE hexaglot_ru
                """)
        }
        // ё sorts with е: it differs only at the secondary level, before the next letter decides.
        #expect(russian == ["еж", "ёж", "ель", "жук"])
    }

    @Test func twoWritersAtOnceBothSucceed() async throws {
        let t = try TemporaryWorkspace()
        let path = t.workspace.path
        try await withThrowingTaskGroup(of: Void.self) { group in
            for n in 0..<4 {
                group.addTask {
                    let other = try Workspace(path: path)
                    let (doc, text) = makeDocument("DOC-\(n)", .en, englishLetter)
                    try other.importDocument(doc, sourceText: text, path: nil)
                }
            }
            try await group.waitForAll()
        }
        #expect(try t.workspace.documents().map(\.reference) == ["DOC-0", "DOC-1", "DOC-2", "DOC-3"])
    }
}

/// A workspace records the Hexaglot that wrote it and refuses what it must not do (issue 9 §6).
@Suite struct WorkspaceGuardTests {
    @Test func theSchemaVersionCountsTheMigrationsAndTheWriterIsRecorded() throws {
        let t = try TemporaryWorkspace()
        #expect(try t.workspace.appliedMigrations().count == Migrations.schemaVersion)
        #expect(try t.workspace.read { db in try Int.fetchOne(db, sql: "PRAGMA user_version") } == Migrations.schemaVersion)
        #expect(try t.workspace.read { db in try String.fetchOne(db, sql: "SELECT value FROM workspace_info WHERE key = 'written-by'") }
                == HexaglotVersion.current)
    }

    @Test func aNewerWorkspaceNamesItsVersionAndIsNotWritten() throws {
        let t = try TemporaryWorkspace()
        let (doc, text) = makeDocument("DOC-1", .en, englishLetter)
        try t.workspace.importDocument(doc, sourceText: text, path: nil)
        try t.workspace.write { db in
            try db.execute(sql: "UPDATE workspace_info SET value = '9.1.0' WHERE key = 'written-by'")
        }
        try t.workspace.pool.writeWithoutTransaction { db in try db.execute(sql: "PRAGMA user_version = 99") }
        let reopened = try Workspace(path: t.workspace.path)
        #expect(reopened.writtenByNewer == "Hexaglot 9.1.0")
        #expect(try reopened.documents().map(\.reference) == ["DOC-1"])
        do {
            try reopened.setTranslation(of: "DOC-1", segment: 1, language: LanguageTag(.fr), content: Content(text: "Bonjour"),
                                        status: .translated, author: "x")
            Issue.record("wrote to a workspace of a newer Hexaglot")
        } catch let error as StoreError {
            #expect(error.code == .newerVersion)
            #expect(error.message.contains("9.1.0") && error.message.contains(HexaglotVersion.current))
        }
    }

    @Test func aMigrationThisVersionDoesNotKnowMeansNewer() throws {
        let t = try TemporaryWorkspace()
        try t.workspace.pool.writeWithoutTransaction { db in
            try db.execute(sql: "INSERT INTO grdb_migrations (identifier) VALUES ('v99-from-the-future')")
            try db.execute(sql: "PRAGMA user_version = 0")
        }
        let reopened = try Workspace(path: t.workspace.path)
        #expect(reopened.writtenByNewer != nil)
        #expect(throws: StoreError.self) { try reopened.write { _ in } }
    }

    @Test func aMissingMigrationIsAppliedEvenWhenTheSchemaNumberIsCurrent() throws {
        let t = try TemporaryWorkspace()
        try t.workspace.pool.writeWithoutTransaction { db in
            try db.execute(sql: "DROP TABLE workspace_info")
            try db.execute(sql: "DELETE FROM grdb_migrations WHERE identifier = 'v7-workspace-info'")
        }
        let reopened = try Workspace(path: t.workspace.path)
        #expect(reopened.writtenByNewer == nil)
        #expect(try reopened.appliedMigrations().contains("v7-workspace-info"))
        #expect(try reopened.read { db in try db.tableExists("workspace_info") })
    }

    @Test func anEmptyFileOrPathIsNotAWorkspace() throws {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("empty-\(UUID()).sqlite").path
        _ = FileManager.default.createFile(atPath: path, contents: Data())
        defer { try? FileManager.default.removeItem(atPath: path) }
        #expect(throws: StoreError.self) { _ = try Workspace(path: path) }
        #expect(throws: StoreError.self) { _ = try Workspace(path: path, create: true) }
        #expect(try Data(contentsOf: URL(fileURLWithPath: path)).isEmpty)
        #expect(throws: StoreError.self) { _ = try Workspace(path: "", create: true) }
    }

    @Test func openingAndReadingDoNotChangeTheFile() throws {
        let t = try TemporaryWorkspace()
        let (doc, text) = makeDocument("DOC-1", .en, englishLetter)
        try t.workspace.importDocument(doc, sourceText: text, path: nil)
        try t.workspace.close()
        let before = try Data(contentsOf: URL(fileURLWithPath: t.workspace.path))
        do {
            let reader = try Workspace(path: t.workspace.path)
            _ = try reader.documents()
        }
        #expect(try Data(contentsOf: URL(fileURLWithPath: t.workspace.path)) == before)
    }
}
