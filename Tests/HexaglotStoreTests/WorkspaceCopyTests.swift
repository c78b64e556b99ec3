import Foundation
import GRDB
import HexaglotCore
import Testing
@testable import HexaglotStore

@Suite struct WorkspaceCopyTests {
    /// A SQLite workspace with something in every kind of table: a document with a package, its
    /// translations and history, the memory they fed, a glossary in six languages, people, a session.
    func filled() throws -> TemporaryWorkspace {
        let t = try TemporaryWorkspace()
        let (doc, text) = makeDocument("CL-19/73", .fr, frenchLetter)
        try t.workspace.importDocument(doc, sourceText: text, path: "CL-19-73.fr.md", package: [0x50, 0x4B, 0x03, 0x04, 0x00, 0xFF])
        try t.workspace.importTranslation(
            of: "CL-19/73", language: LanguageTag(.en),
            contents: Dictionary(uniqueKeysWithValues: englishLetter.enumerated().map { ($0.offset, Content(text: $0.element)) }),
            status: .reviewed, complete: true, frontMatter: "---\nlanguage: en\n---\n", path: "CL-19-73.en.md", fileText: "x", author: "ana")
        try t.workspace.setTranslation(of: "CL-19/73", segment: 1, language: LanguageTag(.ru),
                                       content: Content(text: "Имею честь сообщить вам о теме 2020 года."), status: .translated, author: "olga")
        try t.workspace.setTranslation(of: "CL-19/73", segment: 1, language: LanguageTag(.ar),
                                       content: Content(text: "يشرفني أن أبلغكم بموضوع عام 2020."), status: .draft, author: "amina")
        try t.workspace.importGlossary(name: "connect2030", entries: [
            GlossaryEntry(id: "c1", definition: "Information and communication technologies", terms: [
                .init(language: .en, text: "ICT", usage: .preferred), .init(language: .fr, text: "TIC", usage: .preferred),
                .init(language: .ru, text: "ИКТ", usage: .preferred), .init(language: .ar, text: "تكنولوجيا المعلومات والاتصالات", usage: .preferred),
                .init(language: .zh, text: "信息通信技术", usage: .preferred), .init(language: .es, text: "TIC", usage: .admitted, note: "sigla"),
            ]),
        ], path: "connect2030.tbx", fileText: "v1")
        try t.workspace.addPerson(TeamMember(name: "Ольга", role: .translator, languages: [LanguageTag(.ru)]), passwordHash: "$2b$04$hash")
        try t.workspace.addPerson(TeamMember(name: "ana", role: .coordinator, languages: []), passwordHash: "$2b$04$other")
        try t.workspace.createSession(for: "ana", token: SessionToken.random(), csrfToken: "csrf", lifetime: 3600)
        // The same posting more than a page's worth of times: the copy's paging must keep every one.
        try t.workspace.write { db in
            for _ in 0..<7 { try db.execute(sql: "INSERT INTO tm_posting_delta (token, unit, length) VALUES (999999, 1, 3)") }
        }
        return t
    }

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
        let t = try filled()
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
        let t = try filled()
        let other = try TemporaryWorkspace()
        #expect { try WorkspaceCopy.run(from: t.workspace.path, to: other.workspace.path) } throws: {
            ($0 as? StoreError)?.code == .invalid && "\($0)".contains("a workspace is already there")
        }
        let target = t.folder.appendingPathComponent("copy.sqlite").path
        #expect(throws: StoreError.self) { try WorkspaceCopy.run(from: t.folder.appendingPathComponent("none.sqlite").path, to: target) }
        #expect(!FileManager.default.fileExists(atPath: target))
    }
}
