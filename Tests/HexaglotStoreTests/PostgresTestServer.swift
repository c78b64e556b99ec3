import Foundation
import Testing
@testable import HexaglotStore

/// The backends a store test runs on: SQLite always; PostgreSQL when `HEXAGLOT_TEST_POSTGRES`
/// names a server (`.ci/postgres swift test` starts one), and always in CI, where a missing
/// server fails the PostgreSQL runs instead of skipping them.
enum StoreBackendKind: String, CaseIterable, CustomTestStringConvertible, Sendable {
    case sqlite
    case postgres

    static var all: [StoreBackendKind] { PostgresTestServer.enabled ? [.sqlite, .postgres] : [.sqlite] }

    var testDescription: String { rawValue }
}

/// The throwaway PostgreSQL server of the tests, and a fresh database on it per test.
enum PostgresTestServer {
    static let url: String? = {
        let value = ProcessInfo.processInfo.environment["HEXAGLOT_TEST_POSTGRES"] ?? ""
        return value.isEmpty ? nil : value
    }()

    static let inCI: Bool = {
        let value = ProcessInfo.processInfo.environment["CI"] ?? ""
        return !value.isEmpty && value != "false" && value != "0"
    }()

    static var enabled: Bool { url != nil || inCI }

    static let skipReason: Comment = "HEXAGLOT_TEST_POSTGRES is not set: the store tests ran on SQLite only; `.ci/postgres swift test` runs them on PostgreSQL too"

    /// A new, empty database on the test server; its URL for `Workspace(path:)`.
    static func makeDatabase() throws -> (url: String, name: String) {
        guard let url else {
            throw StoreError(.connection, "CI is set but HEXAGLOT_TEST_POSTGRES is not: CI must run the tests against PostgreSQL (.ci/run starts a cluster through .ci/postgres)")
        }
        let name = "hexaglot_test_" + UUID().uuidString.replacingOccurrences(of: "-", with: "").lowercased()
        try admin { try $0.runOutsideTransaction("CREATE DATABASE \(name)") }
        let base = url.prefix(upTo: url.lastIndex(of: "/")!)
        return (base + "/" + name, name)
    }

    static func dropDatabase(_ name: String) {
        try? admin { try $0.runOutsideTransaction("DROP DATABASE IF EXISTS \(name) WITH (FORCE)") }
    }

    /// The password of `hexaglot_secret`, the one role `.ci/postgres` asks a password of.
    static let secretPassword = "right-пароль-7"

    /// Makes the role `hexaglot_secret` (once per cluster) the owner of `database`.
    static func ensureSecretRole(owning database: String) throws {
        try admin {
            try $0.runOutsideTransaction("""
                DO $$ BEGIN
                    CREATE ROLE hexaglot_secret LOGIN PASSWORD '\(secretPassword)';
                EXCEPTION WHEN duplicate_object THEN NULL;
                END $$
                """)
            try $0.runOutsideTransaction("ALTER DATABASE \(database) OWNER TO hexaglot_secret")
        }
    }

    /// A loopback port nothing listens on.
    static func closedPort() throws -> Int {
        let fd = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        defer { close(fd) }
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        address.sin_port = 0
        var length = socklen_t(MemoryLayout<sockaddr_in>.size)
        try withUnsafeMutablePointer(to: &address) { pointer in
            try pointer.withMemoryRebound(to: sockaddr.self, capacity: 1) { raw in
                guard bind(fd, raw, length) == 0, getsockname(fd, raw, &length) == 0 else {
                    throw StoreError(.database, "cannot find a free port")
                }
            }
        }
        return Int(UInt16(bigEndian: address.sin_port))
    }

    private static func admin(_ body: (PostgresBackend) throws -> Void) throws {
        guard let url, case .postgres(let location) = try WorkspaceLocation.parse(url) else { return }
        let backend = try PostgresBackend(location: location)
        defer { try? backend.close() }
        try body(backend)
    }
}

@Suite struct PostgresTestServerTests {
    /// Says, in the test report, when the PostgreSQL runs were skipped.
    @Test(.enabled(if: PostgresTestServer.enabled, PostgresTestServer.skipReason))
    func theTestServerAnswers() throws {
        let (url, name) = try PostgresTestServer.makeDatabase()
        defer { PostgresTestServer.dropDatabase(name) }
        let workspace = try Workspace(path: url, create: true)
        defer { try? workspace.close() }
        #expect(try workspace.appliedMigrations() == Migrations.names)
    }
}
