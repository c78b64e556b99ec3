import Foundation
import HexaglotTestSupport
import Testing

/// The PostgreSQL server killed (`pg_ctl stop -m immediate`) in the middle of an import (of a
/// document, of a memory), on a
/// cluster of the test's own (`.ci/postgres`, so that the other tests' server stays up):
/// one clear error, nothing of the import stored, and the import runs again
/// (Tests/Faults/server_killed.py).
@Suite(.enabled(if: TestPostgres.enabled, Comment(rawValue: TestPostgres.skipReason)))
struct PostgresFaultTests {
    /// A 20,000-segment letter (`import`) and a 60,000-unit memory (`tm import`), each one transaction.
    @Test(arguments: [("document", 20_000, 20_001), ("memory", 60_000, 60_000)])
    func aServerKilledMidImportLeavesNothingAndTheImportRunsAgain(_ what: String, _ size: Int, _ stored: Int) async throws {
        let root = CLI.repositoryRoot.path
        let run = try await withCheckedThrowingContinuation { (done: CheckedContinuation<CLI.Result, any Error>) in
            DispatchQueue.global().async {
                done.resume(with: Result {
                    try Browser.run("\(root)/.ci/postgres", ["python3", "\(root)/Tests/Faults/server_killed.py", CLI.executable.path,
                                                            "--what", what, "--size", String(size)], seconds: 600)
                })
            }
        }
        #expect(run.status == 0, "\(run.stdout)\n\(run.stderr)")
        let summary = (try? JSONSerialization.jsonObject(with: Data(run.stdout.utf8))) as? [String: Any] ?? [:]
        #expect(summary["storedAfterCrash"] as? Int == 0, "\(run.stdout)")
        #expect(summary["storedAfterRerun"] as? Int == stored, "\(run.stdout)")
        #expect((summary["importError"] as? String ?? "").contains("was not stored"), "\(run.stdout)")
    }
}
