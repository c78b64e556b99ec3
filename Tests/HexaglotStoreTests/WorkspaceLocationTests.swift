import Testing
@testable import HexaglotStore

@Suite struct WorkspaceLocationTests {
    @Test func aPathIsAFileAndAURLIsAServer() throws {
        #expect(try WorkspaceLocation.parse("hexaglot.sqlite", environment: [:]) == .file("hexaglot.sqlite"))
        #expect(try WorkspaceLocation.parse("/srv/postgresql/hexaglot.sqlite", environment: [:]) == .file("/srv/postgresql/hexaglot.sqlite"))
        guard case .postgres(let l) = try WorkspaceLocation.parse("postgresql://ana:s%40cret@db.itu.int:5433/hexaglot", environment: [:]) else {
            Issue.record("not a server"); return
        }
        #expect(l.user == "ana" && l.password == "s@cret" && l.host == "db.itu.int" && l.port == 5433 && l.database == "hexaglot")
        guard case .postgres(let short) = try WorkspaceLocation.parse("POSTGRES://ana@localhost/team", environment: [:]) else {
            Issue.record("not a server"); return
        }
        #expect(short.port == 5432 && short.password == nil && short.database == "team")
        #expect(WorkspaceLocation.isServer("postgres://x@h/d") && !WorkspaceLocation.isServer("./postgres/hexaglot.sqlite"))
    }

    @Test func readsAddressesSocketsAndTheEnvironment() throws {
        guard case .postgres(let v6) = try WorkspaceLocation.parse("postgresql://ольга@[::1]:6000/переводы", environment: ["PGPASSWORD": "пароль"]) else {
            Issue.record("not a server"); return
        }
        #expect(v6.host == "::1" && v6.port == 6000 && v6.user == "ольга" && v6.database == "переводы" && v6.password == "пароль")
        #expect(v6.description == "postgresql://%D0%BE%D0%BB%D1%8C%D0%B3%D0%B0@[::1]:6000/%D0%BF%D0%B5%D1%80%D0%B5%D0%B2%D0%BE%D0%B4%D1%8B")
        guard case .postgres(let socket) = try WorkspaceLocation.parse("postgresql://li@%2Fvar%2Frun%2Fpostgresql/hexaglot", environment: ["PGPASSWORD": "x"]) else {
            Issue.record("not a server"); return
        }
        #expect(socket.host == nil && socket.socketFolder == "/var/run/postgresql")
        // A password in the URL wins over PGPASSWORD; PGUSER names a user left out.
        guard case .postgres(let given) = try WorkspaceLocation.parse("postgresql://a:url@h/d", environment: ["PGPASSWORD": "env"]),
              case .postgres(let noUser) = try WorkspaceLocation.parse("postgresql://h/d", environment: ["PGUSER": "amina"]) else {
            Issue.record("not a server"); return
        }
        #expect(given.password == "url" && noUser.user == "amina" && noUser.host == "h")
    }

    @Test func neverShowsThePassword() throws {
        guard case .postgres(let l) = try WorkspaceLocation.parse("postgresql://ana:top-secret@db:5432/hexaglot", environment: [:]) else {
            Issue.record("not a server"); return
        }
        #expect(l.description == "postgresql://ana@db:5432/hexaglot")
        #expect(WorkspaceLocation.postgres(l).description.contains("top-secret") == false)
        for bad in ["postgresql://ana:top-secret@db:99999/hexaglot", "postgresql://ana:top-secret@db:5432/", "postgresql://ana:top-secret@db",
                    "postgresql://ana:top-secret@db/hexaglot?sslmode=require", "postgresql://ana:top-secret@[::1/hexaglot"] {
            do {
                _ = try WorkspaceLocation.parse(bad, environment: [:])
                Issue.record("\(bad) was accepted")
            } catch let error as StoreError {
                #expect(error.code == .invalid)
                #expect(!error.message.contains("top-secret"), "\(error.message)")
                #expect(error.message.hasPrefix("postgresql://ana:***@"), "\(error.message)")
            }
        }
    }

    @Test func numbersPlaceholdersOutsideQuotesAndComments() {
        #expect(PostgresSQL.numberingPlaceholders("SELECT a FROM t WHERE b = ? AND c = '?' AND \"d?\" = ? -- why?\nAND e = ?")
                == "SELECT a FROM t WHERE b = $1 AND c = '?' AND \"d?\" = $2 -- why?\nAND e = $3")
        #expect(PostgresSQL.numberingPlaceholders("VALUES ('it''s ?', ?)") == "VALUES ('it''s ?', $1)")
    }
}
