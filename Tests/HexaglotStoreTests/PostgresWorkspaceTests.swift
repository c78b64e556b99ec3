import Foundation
import HexaglotCore
import HexaglotText
import Synchronization
import Testing
@testable import HexaglotStore

/// What is particular to a workspace on a PostgreSQL server: connecting, the schema history,
/// the parts not there yet. (The store's other tests run on both backends.)
@Suite(.enabled(if: PostgresTestServer.enabled, PostgresTestServer.skipReason))
struct PostgresWorkspaceTests {
    @Test func aWrongPasswordIsOneErrorNamingTheServerNotThePassword() throws {
        let (url, name) = try PostgresTestServer.makeDatabase()
        defer { PostgresTestServer.dropDatabase(name) }
        try PostgresTestServer.ensureSecretRole(owning: name)
        let host = url.split(separator: "@")[1]
        let wrong = "postgresql://hexaglot_secret:wrong-пароль-42@\(host)"
        do {
            _ = try Workspace(path: wrong, create: true)
            Issue.record("a wrong password was accepted")
        } catch let error as StoreError {
            #expect(error.code == .connection)
            #expect(error.message.contains("postgresql://hexaglot_secret@127.0.0.1:"), "\(error.message)")
            #expect(error.message.contains("wrong password"), "\(error.message)")
            #expect(!error.message.contains("wrong-пароль-42"))
        }
        // The right one opens it (the role owns the database, so it may make the tables).
        let right = "postgresql://hexaglot_secret:\(PostgresTestServer.secretPassword)@\(host)"
        let workspace = try Workspace(path: right, create: true)
        #expect(try workspace.appliedMigrations() == Migrations.names)
        try workspace.close()
    }

    @Test func anUnreachableServerOrAMissingDatabaseIsOneClearError() throws {
        let port = try PostgresTestServer.closedPort()
        do {
            _ = try Workspace(path: "postgresql://hexaglot:pw@127.0.0.1:\(port)/hexaglot", create: true)
            Issue.record("connected to a closed port")
        } catch let error as StoreError {
            #expect(error.code == .connection)
            #expect(error.message.hasPrefix("postgresql://hexaglot@127.0.0.1:\(port)/hexaglot: cannot reach the PostgreSQL server"), "\(error.message)")
        }
        let url = try #require(PostgresTestServer.url)
        let missing = url.prefix(upTo: url.lastIndex(of: "/")!) + "/no_such_database_here"
        #expect { try Workspace(path: String(missing), create: true) } throws: { error in
            (error as? StoreError)?.code == .workspaceNotFound && "\(error)".contains("no database no_such_database_here")
        }
    }

    @Test func anEmptyDatabaseIsNoWorkspaceUntilCreated() throws {
        let (url, name) = try PostgresTestServer.makeDatabase()
        defer { PostgresTestServer.dropDatabase(name) }
        #expect(try !Workspace.exists(at: url))
        #expect { try Workspace(path: url) } throws: { ($0 as? StoreError)?.code == .emptyDatabase }
        try Workspace(path: url, create: true).close()
        #expect(try Workspace.exists(at: url))
        // Opening it again applies nothing more.
        let again = try Workspace(path: url)
        #expect(try again.appliedMigrations() == Migrations.names)
        try again.close()
    }

    @Test func aDatabaseWrittenByANewerHexaglotIsOnlyRead() throws {
        let t = try TemporaryWorkspace(.postgres)
        try t.workspace.addPerson(TeamMember(name: "amina", role: .coordinator, languages: []), passwordHash: "x")
        try t.workspace.sqlWrite { db in
            try db.execute("INSERT INTO grdb_migrations (identifier) VALUES ('v99-from-the-future')")
            try db.execute("UPDATE workspace_info SET value = '99.0.0' WHERE key = 'written-by'")
        }
        let reopened = try Workspace(path: t.workspace.path)
        defer { try? reopened.close() }
        #expect(reopened.writtenByNewer == "Hexaglot 99.0.0")
        #expect(try reopened.people().map(\.name) == ["amina"])
        #expect { try reopened.addPerson(TeamMember(name: "li", role: .coordinator, languages: []), passwordHash: "x") } throws: {
            ($0 as? StoreError)?.code == .newerVersion
        }
        #expect(try reopened.people().map(\.name) == ["amina"])
    }

    /// Writers on several connections saving one segment at once, each sure of the version it
    /// read: exactly one wins each round, the others are refused as stale, and the history holds
    /// every stored change and nothing else.
    @Test func concurrentEditsOfOneSegmentAreSerialisedByTheVersionCheck() throws {
        let t = try TemporaryWorkspace(.postgres)
        let (doc, text) = makeDocument("CL-19/73", .fr, frenchLetter)
        try t.workspace.importDocument(doc, sourceText: text, path: nil)
        let writers = try (0..<4).map { _ in try Workspace(path: t.location) }
        defer { for w in writers { try? w.close() } }
        let texts = ["Secretaría General", "Генеральный секретариат", "الأمانة العامة", "秘书处"]
        var stored = 0
        for round in 0..<8 {
            let version = try t.workspace.segments(of: "CL-19/73", language: .es)[0].translation?.version
            let outcomes = Mutex<[String]>([])
            DispatchQueue.concurrentPerform(iterations: writers.count) { i in
                do {
                    try writers[i].setTranslation(of: "CL-19/73", segment: 1, language: LanguageTag(.es),
                                                  content: Content(text: "\(texts[i]) \(round)"), status: .translated,
                                                  author: "writer\(i)", expectedVersion: version ?? 0)
                    outcomes.withLock { $0.append("stored") }
                } catch let error as StoreError {
                    outcomes.withLock { $0.append(error.code == .conflict ? "stale" : "\(error)") }
                } catch {
                    outcomes.withLock { $0.append("\(error)") }
                }
            }
            let results = outcomes.withLock { $0 }
            #expect(results.filter { $0 == "stored" }.count == 1, "round \(round): \(results)")
            #expect(results.filter { $0 == "stale" }.count == writers.count - 1, "round \(round): \(results)")
            stored += 1
            #expect(try t.workspace.segments(of: "CL-19/73", language: .es)[0].translation?.version == stored)
        }
        #expect(try t.workspace.history(of: "CL-19/73", segment: 1, language: .es).count == stored)
    }

    @Test func aConnectionLostMidwayStoresNothingAndTheNextCallConnectsAgain() throws {
        let t = try TemporaryWorkspace(.postgres)
        #expect {
            try t.workspace.sqlWrite { db in
                try db.execute("INSERT INTO workspace_info (key, value) VALUES ('half', 'written')")
                try db.execute("SELECT pg_terminate_backend(pg_backend_pid())")
            }
        } throws: { error in
            (error as? StoreError)?.code == .connection && "\(error)".contains("was not stored")
        }
        #expect(try t.strings("SELECT value FROM workspace_info WHERE key = 'half'") == [])
        try t.workspace.addPerson(TeamMember(name: "李明", role: .reviewer, languages: [LanguageTag(.zh)]), passwordHash: "x")
        #expect(try t.workspace.people().map(\.name) == ["李明"])
    }

    @Test func aTransactionThatFailsStoresNothing() throws {
        let t = try TemporaryWorkspace(.postgres)
        #expect(throws: StoreError.self) {
            try t.workspace.sqlWrite { db in
                try db.execute("INSERT INTO workspace_info (key, value) VALUES ('half', 'written')")
                try db.execute("INSERT INTO no_such_table VALUES (1)")
            }
        }
        #expect(try t.strings("SELECT value FROM workspace_info WHERE key = 'half'") == [])
    }
}

/// The six collations read the same on both backends, as ICU orders each language.
@Suite struct CollationTests {
    static let words: [Language: [String]] = [
        .fr: ["côte", "cote", "coté", "côté", "Cote", "cœur", "dossier 10", "dossier 9", "Élan", "elle"],
        .es: ["llama", "luz", "ñandú", "nube", "Ávila", "avión", "chico", "cosa", "zorro", "año 10", "año 2"],
        .en: ["apple", "Apple", "Zebra", "résumé", "resume", "item 10", "item 9", "éclair", "eclipse"],
        .ru: ["ёж", "еда", "жук", "Ель", "яблоко", "Юг", "щука", "пункт 10", "пункт 9"],
        .ar: ["مكتب", "كتاب", "الكتاب", "بيت", "أمل", "إيمان", "آخر", "بند 10", "بند 9"],
        .zh: ["中国", "北京", "上海", "阿拉伯", "电信", "联盟", "第10条", "第9条", "国际"],
    ]

    @Test(arguments: StoreBackendKind.all) func eachLanguageOrdersAsICU(_ backend: StoreBackendKind) throws {
        let t = try TemporaryWorkspace(backend)
        for (language, words) in CollationTests.words {
            let values = words.map { _ in "(?)" }.joined(separator: ", ")
            let stored = try t.workspace.sqlRead { db in
                try db.rows("SELECT column1 AS w FROM (VALUES \(values)) AS v ORDER BY column1 COLLATE hexaglot_\(language.rawValue)",
                            words.map { SQLValue.text($0) }).map { $0.string("w") ?? "" }
            }
            let collator = Collator.shared(language)
            let expected = words.sorted { collator.compare($0, $1) < 0 }
            #expect(stored == expected, "\(language.rawValue) on \(backend.rawValue)")
        }
    }
}

/// The two backends share one schema history and one set of tables and columns.
@Suite struct SchemaHistoryTests {
    @Test func bothBackendsKnowTheSameMigrationsInTheSameOrder() throws {
        #expect(Migrations.migrator.migrations == Migrations.names)
        #expect(try TemporaryWorkspace().workspace.appliedMigrations() == Migrations.names)
    }

    @Test(.enabled(if: PostgresTestServer.enabled, PostgresTestServer.skipReason))
    func everyTableHasTheSameColumnsOnBothBackends() throws {
        let sqlite = try TemporaryWorkspace()
        let postgres = try TemporaryWorkspace(.postgres)
        for table in WorkspaceCopy.tables.map(\.name) {
            let onSQLite = try sqlite.workspace.read { db in try db.columns(in: table).map(\.name) }
            let onPostgres = try postgres.strings("""
                SELECT column_name::text FROM information_schema.columns
                WHERE table_name = '\(table)' AND table_schema = current_schema() ORDER BY ordinal_position
                """).compactMap { $0 }
            #expect(onPostgres == onSQLite, "\(table)")
        }
    }
}
