import Foundation
import HexaglotTestSupport
import Testing

/// Eight `hexaglot` processes on two routes to one PostgreSQL workspace (TCP and the server's
/// Unix socket, standing for two machines), each reading a segment's version and storing its own
/// text over it, for a few seconds (Tests/Load/writers.py; the README has a minute's run): every
/// write is stored or refused as stale, none lost, and the history holds each stored one.
@Suite(.enabled(if: TestPostgres.enabled, Comment(rawValue: TestPostgres.skipReason)))
struct PostgresWritersTests {
    @Test func eightWritersOnTwoRoutesLoseNothing() async throws {
        let script = CLI.repositoryRoot.appendingPathComponent("Tests/Load/writers.py").path
        let letters = CLI.repositoryRoot.appendingPathComponent("Letters").path
        let run = try await withCheckedThrowingContinuation { (done: CheckedContinuation<CLI.Result, any Error>) in
            DispatchQueue.global().async {
                done.resume(with: Result {
                    try Browser.run("/usr/bin/env", ["python3", script, CLI.executable.path,
                                                     "--processes", "8", "--seconds", "8", "--init", letters], seconds: 600)
                })
            }
        }
        #expect(run.status == 0, "\(run.stdout)\n\(run.stderr)")
        let summary = (try? JSONSerialization.jsonObject(with: Data(run.stdout.utf8))) as? [String: Any] ?? [:]
        #expect((summary["stored"] as? Int ?? 0) > 0, "\(run.stdout)")
        #expect(summary["errors"] as? Int == 0 && summary["historyComplete"] as? Bool == true, "\(run.stdout)")
    }
}
