import Foundation
import GRDB
import HexaglotCore
import Testing
@testable import HexaglotStore

@Suite struct WorkspaceCopyTests {
    /// Every row of every table, sorted, as SQLite holds them.
    func dump(_ path: String) throws -> [String: [[DatabaseValue]]] {
        let queue = try DatabaseQueue(path: path)
        defer { try? queue.close() }
        return try queue.read { db in
            var tables: [String: [[DatabaseValue]]] = [:]
            for table in WorkspaceCopy.tables.map(\.name) {
                let columns = try db.columns(in: table).map(\.name)
                tables[table] = try Row.fetchAll(db, sql: "SELECT \(columns.joined(separator: ", ")) FROM \(table) ORDER BY \(columns.joined(separator: ", "))")
                    .map { Array($0.databaseValues) }
            }
            return tables
        }
    }

    @Test func theCopyKnowsEveryTable() throws {
        let t = try TemporaryWorkspace()
        let tables = try t.workspace.read { db in
            try String.fetchAll(db, sql: "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT IN ('grdb_migrations', 'sqlite_sequence')")
        }
        #expect(Set(tables) == Set(WorkspaceCopy.tables.map(\.name)))
    }

    @Test(arguments: StoreBackendKind.all) func thereAndBackGivesTheSameTables(_ through: StoreBackendKind) throws {
        let t = try filledWorkspace()
        let original = try dump(t.workspace.path)
        #expect(original.values.filter { !$0.isEmpty }.count >= 13)
        #expect(original["tm_posting_delta"]?.filter { $0 == [999999.databaseValue, 1.databaseValue, 3.databaseValue] }.count == 7)
        // A new file, or a new, empty database.
        let middleURL: String
        var database: String?
        switch through {
        case .sqlite:
            middleURL = t.folder.appendingPathComponent("middle.sqlite").path
        case .postgres:
            let made = try PostgresTestServer.makeDatabase()
            (middleURL, database) = (made.url, made.name)
        }
        defer { if let database { PostgresTestServer.dropDatabase(database) } }
        let there = try WorkspaceCopy.run(from: t.workspace.path, to: middleURL, pageSize: 3)
        #expect(there.tables.first { $0.name == "translation" }?.rows == original["translation"]?.count)
        #expect(!there.to.contains("password"))
        // What is ported reads the same from the copy.
        let copy = try Workspace(path: middleURL)
        #expect(try copy.people() == t.workspace.people())
        #expect(try copy.glossaryEntries() == t.workspace.glossaryEntries())
        try copy.close()
        let backPath = t.folder.appendingPathComponent("back.sqlite").path
        _ = try WorkspaceCopy.run(from: middleURL, to: backPath, pageSize: 3)
        let back = try dump(backPath)
        for table in WorkspaceCopy.tables.map(\.name) {
            #expect(back[table] == original[table], "\(table) after a copy through \(through.rawValue)")
        }
        // The copy's ids go on from the highest copied.
        let again = try Workspace(path: middleURL)
        try again.importGlossary(name: "other", entries: [GlossaryEntry(id: "x", terms: [.init(language: .es, text: "sostenible", usage: .preferred)])],
                                 path: nil, fileText: "v1")
        #expect(try again.glossaries().map(\.name) == ["connect2030", "other"])
        try again.close()
    }

    @Test func refusesAnExistingDestinationAndLeavesNoFileWhenItFails() throws {
        let t = try filledWorkspace()
        let other = try TemporaryWorkspace()
        #expect { try WorkspaceCopy.run(from: t.workspace.path, to: other.workspace.path) } throws: {
            ($0 as? StoreError)?.code == .invalid && "\($0)".contains("a workspace is already there")
        }
        let target = t.folder.appendingPathComponent("copy.sqlite").path
        #expect(throws: StoreError.self) { try WorkspaceCopy.run(from: t.folder.appendingPathComponent("none.sqlite").path, to: target) }
        #expect(!FileManager.default.fileExists(atPath: target))
    }
}
