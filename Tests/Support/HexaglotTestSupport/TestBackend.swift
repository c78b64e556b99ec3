import Foundation
import HexaglotStore

/// The backends a test runs on: SQLite always; PostgreSQL when `HEXAGLOT_TEST_POSTGRES` names a
/// server (`.ci/postgres swift test` starts one), and always in CI, where a missing server fails
/// the PostgreSQL runs instead of skipping them.
public enum TestBackend: String, CaseIterable, Sendable, CustomStringConvertible {
    case sqlite
    case postgres

    /// The backends to run on here.
    public static var all: [TestBackend] { TestPostgres.enabled ? [.sqlite, .postgres] : [.sqlite] }

    public var description: String { rawValue }
}

/// The throwaway PostgreSQL server of the tests, reached with its own client tools (`psql`),
/// so that every test target can make databases on it without reaching under the store.
public enum TestPostgres {
    /// The server's URL, from `HEXAGLOT_TEST_POSTGRES`.
    public static let url: String? = {
        let value = ProcessInfo.processInfo.environment["HEXAGLOT_TEST_POSTGRES"] ?? ""
        return value.isEmpty ? nil : value
    }()

    public static let inCI: Bool = {
        let value = ProcessInfo.processInfo.environment["CI"] ?? ""
        return !value.isEmpty && value != "false" && value != "0"
    }()

    public static var enabled: Bool { url != nil || inCI }

    public static let skipReason = "HEXAGLOT_TEST_POSTGRES is not set: these tests ran on SQLite only; `.ci/postgres swift test` runs them on PostgreSQL too"

    /// A new, empty database on the test server, and the workspace URL that names it.
    public static func makeDatabase() throws -> (url: String, name: String) {
        guard let url else {
            throw TestPostgresError("CI is set but HEXAGLOT_TEST_POSTGRES is not: CI must run the tests against PostgreSQL (.ci/run starts a cluster through .ci/postgres)")
        }
        let name = "hexaglot_test_" + UUID().uuidString.replacingOccurrences(of: "-", with: "").lowercased()
        try psql("CREATE DATABASE \(name)")
        return (String(url.prefix(upTo: url.lastIndex(of: "/")!)) + "/" + name, name)
    }

    public static func dropDatabase(_ name: String) {
        try? psql("DROP DATABASE IF EXISTS \(name) WITH (FORCE)")
    }

    /// Runs one statement on the server's own database as the test user.
    public static func psql(_ sql: String) throws {
        guard let url else { throw TestPostgresError("no test server (HEXAGLOT_TEST_POSTGRES)") }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: psqlPath)
        process.arguments = ["-X", "-q", "-v", "ON_ERROR_STOP=1", "-d", url, "-c", sql]
        let errors = Pipe()
        process.standardError = errors
        process.standardOutput = FileHandle.nullDevice
        try process.run()
        let message = errors.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        guard process.terminationStatus == 0 else {
            throw TestPostgresError("psql \(sql): \(String(decoding: message, as: UTF8.self))")
        }
    }

    static let psqlPath: String = {
        for candidate in ["/usr/lib/postgresql/15/bin/psql", "/usr/bin/psql"] where FileManager.default.isExecutableFile(atPath: candidate) {
            return candidate
        }
        return "/usr/bin/psql"
    }()
}

public struct TestPostgresError: Error, CustomStringConvertible {
    public let description: String
    init(_ description: String) { self.description = description }
}

/// A fresh workspace for a test on `backend`: a file in `folder`, or a new database on the test
/// server (dropped again when opening it fails). `database` names the database to drop at the end.
public func makeTestWorkspace(_ backend: TestBackend, in folder: URL) throws -> (workspace: Workspace, database: String?) {
    switch backend {
    case .sqlite:
        return (try Workspace(path: folder.appendingPathComponent(Workspace.fileName).path, create: true), nil)
    case .postgres:
        let (url, name) = try TestPostgres.makeDatabase()
        do {
            return (try Workspace(path: url, create: true), name)
        } catch {
            TestPostgres.dropDatabase(name)
            throw error
        }
    }
}

/// Closes a test's workspace and drops its database, if it has one.
public func removeTestWorkspace(_ workspace: Workspace, database: String?) {
    guard let database else { return }
    try? workspace.close()
    TestPostgres.dropDatabase(database)
}
