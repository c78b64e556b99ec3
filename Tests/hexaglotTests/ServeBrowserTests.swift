import Foundation
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

    @Test(.enabled(if: missing == nil, "the browser test needs chromium, chromium-driver and Python's selenium (.ci/setup --tests)"))
    func translatorSavesReviewerApprovesDashboardChanges() async throws {
        let script = CLI.repositoryRoot.appendingPathComponent("Tests/Browser/workspace_e2e.py").path
        let shots = CLI.repositoryRoot.appendingPathComponent(".build/screenshots").path
        // The script runs for half a minute or more: waited for on a dispatch thread, so that
        // Swift's few cooperative threads stay free for the tests running beside it.
        let run = try await withCheckedThrowingContinuation { (done: CheckedContinuation<CLI.Result, any Error>) in
            DispatchQueue.global().async {
                done.resume(with: Result { try Browser.run("/usr/bin/env", ["python3", script, CLI.executable.path, CLI.repositoryRoot.path, shots], seconds: 600) })
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
