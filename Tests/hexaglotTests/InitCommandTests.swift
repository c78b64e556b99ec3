import Foundation
import Testing

/// `init` with a workspace somewhere else than the project: where Letters/ comes from, and a
/// workspace with no document says where it looked.
@Suite(.serialized) struct InitCommandTests {
    @Test func aWorkspaceElsewhereWithNoLettersSaysWhereItLooked() throws {
        let cli = try CLI(copyProject: false)
        defer { cli.remove() }
        let elsewhere = cli.folder.appendingPathComponent("elsewhere")
        let target = cli.folder.appendingPathComponent("some/where")
        try FileManager.default.createDirectory(at: elsewhere, withIntermediateDirectories: true)
        try FileManager.default.createDirectory(at: target, withIntermediateDirectories: true)
        let r = try cli.run(["init", "--workspace", target.appendingPathComponent("hexaglot.sqlite").path], cwd: elsewhere)
        #expect(r.status == 0)
        #expect(r.stdout.contains("with 0 documents"))
        #expect(r.stderr.contains("warning:") && r.stderr.contains("some/where") && r.stderr.contains("elsewhere")
                && r.stderr.contains("--letters"), "\(r.stderr)")
    }

    @Test func lettersAndGlossariesCanBeGiven() throws {
        let cli = try CLI(copyProject: false)
        defer { cli.remove() }
        let elsewhere = cli.folder.appendingPathComponent("elsewhere")
        try FileManager.default.createDirectory(at: elsewhere, withIntermediateDirectories: true)
        let workspace = cli.folder.appendingPathComponent("ws/hexaglot.sqlite")
        try FileManager.default.createDirectory(at: workspace.deletingLastPathComponent(), withIntermediateDirectories: true)
        let r = try cli.run(["init", "--workspace", workspace.path,
                             "--letters", CLI.repositoryRoot.appendingPathComponent("Letters").path,
                             "--glossaries", CLI.repositoryRoot.appendingPathComponent("Glossaries").path, "--json"], cwd: elsewhere)
        #expect(r.status == 0, "\(r.stderr)")
        let report = try JSONSerialization.jsonObject(with: Data(r.stdout.utf8)) as! [String: Any]
        #expect((report["documents"] as? [Any])?.count == 5)
        #expect((report["glossaries"] as? [Any])?.count == 1)
        #expect((report["letters"] as? String)?.hasSuffix("Letters") == true)
        #expect(!r.stderr.contains("warning"))
        let missing = try cli.run(["init", "--workspace", cli.folder.appendingPathComponent("b.sqlite").path, "--letters", "nowhere"], cwd: elsewhere)
        #expect(missing.status != 0 && missing.stderr.contains("nowhere") && missing.stderr.contains("--letters"))
    }

    @Test func aWorkspaceElsewhereFindsTheProjectOfTheCurrentFolder() throws {
        let cli = try CLI()
        defer { cli.remove() }
        let other = FileManager.default.temporaryDirectory.appendingPathComponent("hexaglot-ws-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: other, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: other) }
        let r = try cli.run(["init", "--workspace", other.appendingPathComponent("hexaglot.sqlite").path])
        #expect(r.status == 0, "\(r.stderr)")
        #expect(r.stdout.contains("with 5 documents") && r.stdout.contains("Letters"), "\(r.stdout)")
    }
}
