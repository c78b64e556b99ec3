import Foundation
import HexaglotTestSupport
import Testing

/// The web workspace in a real headless Chromium (Tests/Browser/workspace_e2e.py, through
/// selenium and chromedriver): a Russian translator inserts the top suggestion into a new
/// segment of CL-19/73 and saves it, a Russian reviewer approves it, the dashboard's Russian
/// cell changes, and the console stays free of errors. Screenshots go to .build/screenshots/.
@Suite(.serialized) struct ServeBrowserTests {
    static var missing: String? {
        guard Browser.chromium != nil else { return "chromium" }
        guard FileManager.default.isExecutableFile(atPath: "/usr/bin/chromedriver") || Browser.onPath("chromedriver") else { return "chromedriver (Debian package chromium-driver)" }
        guard Browser.onPath("python3") else { return "python3" }
        let probe = Process()
        probe.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        probe.arguments = ["python3", "-c", "import selenium"]
        probe.standardError = FileHandle.nullDevice
        guard (try? probe.run()) != nil else { return "python3" }
        probe.waitUntilExit()
        return probe.terminationStatus == 0 ? nil : "the Python package selenium (pip install selenium)"
    }

    /// On a file, and on a PostgreSQL database (the workspace named by HEXAGLOT_WORKSPACE for
    /// every command of the script and for `serve`; its screenshots in `.build/screenshots/postgres`).
    @Test(.enabled(if: missing == nil, "the browser test needs chromium, chromium-driver and Python's selenium (.ci/setup --tests)"),
          arguments: TestBackend.all)
    func translatorSavesReviewerApprovesDashboardChanges(_ backend: TestBackend) async throws {
        let script = CLI.repositoryRoot.appendingPathComponent("Tests/Browser/workspace_e2e.py").path
        var shots = CLI.repositoryRoot.appendingPathComponent(".build/screenshots").path
        var environment: [String] = []
        var database: String?
        if backend == .postgres {
            let (url, name) = try TestPostgres.makeDatabase()
            database = name
            environment = ["HEXAGLOT_WORKSPACE=\(url)"]
            shots += "/postgres"
        }
        defer { if let database { TestPostgres.dropDatabase(database) } }
        let arguments = environment + ["python3", script, CLI.executable.path, CLI.repositoryRoot.path, shots]
        // The script runs for half a minute or more: waited for on a dispatch thread, so that
        // Swift's few cooperative threads stay free for the tests running beside it.
        let run = try await withCheckedThrowingContinuation { (done: CheckedContinuation<CLI.Result, any Error>) in
            DispatchQueue.global().async {
                done.resume(with: Result { try Browser.run("/usr/bin/env", arguments, seconds: 600) })
            }
        }
        #expect(run.status == 0, "\(run.stdout)\n\(run.stderr)")
        #expect(run.stdout.contains("screenshots in \(shots)"), "\(run.stdout)")
        for name in ["dashboard-before.png", "editor-ru.png", "editor-ar.png", "review-ru.png", "review-ru-live.png", "dashboard-after.png"] {
            let size = (try? FileManager.default.attributesOfItem(atPath: shots + "/" + name)[.size] as? Int) ?? 0
            #expect(size > 10_000, "\(name) is \(size) bytes")
        }
        print(run.stdout)
    }
}

extension Browser {
    static func onPath(_ name: String) -> Bool {
        (ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin").split(separator: ":")
            .contains { FileManager.default.isExecutableFile(atPath: "\($0)/\(name)") }
    }
}
