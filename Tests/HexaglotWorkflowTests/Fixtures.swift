import Foundation
import HexaglotCore
import HexaglotStore
import HexaglotTestSupport
import HexaglotWorkflow

/// A fresh workspace, removed when the test ends: a file in a temporary folder (which also
/// holds the test's files), or a new database on the test PostgreSQL server.
final class TemporaryWorkspace {
    let folder: URL
    let workspace: Workspace
    /// The database made for this workspace on PostgreSQL.
    private let database: String?

    init(_ backend: TestBackend = .sqlite) throws {
        folder = FileManager.default.temporaryDirectory.appendingPathComponent("hexaglot-workflow-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        (workspace, database) = try makeTestWorkspace(backend, in: folder)
    }

    /// Writes `text` to a file of the temporary folder and returns its path.
    func write(_ name: String, _ text: String) throws -> String {
        let url = folder.appendingPathComponent(name)
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try Data(text.utf8).write(to: url)
        return url.path
    }

    /// The workspace with the repository's Letters/ and Glossaries/ imported (the README's project).
    static func project(_ backend: TestBackend = .sqlite) throws -> (TemporaryWorkspace, [Importer.Result]) {
        let t = try TemporaryWorkspace(backend)
        let results = try Importer(workspace: t.workspace, author: "tester").importProject(repositoryRoot)
        return (t, results)
    }

    deinit {
        removeTestWorkspace(workspace, database: database)
        try? FileManager.default.removeItem(at: folder)
    }
}

/// The repository's root, where Letters/ and Glossaries/ are.
let repositoryRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
    .deletingLastPathComponent().path

/// The five target languages of a French letter.
let targetsOfFrench: [Language] = [.ar, .zh, .en, .ru, .es]
