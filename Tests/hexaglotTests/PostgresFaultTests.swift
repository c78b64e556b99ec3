import Foundation
import HexaglotTestSupport
import Testing

/// The PostgreSQL server killed (`pg_ctl stop -m immediate`) in the middle of an import, on a
/// cluster of the test's own (`.ci/postgres`, so that the other tests' server stays up):
/// one clear error, nothing of the import stored, and the import runs again
/// (Tests/Faults/server_killed.py).
@Suite(.enabled(if: TestPostgres.enabled, Comment(rawValue: TestPostgres.skipReason)))
struct PostgresFaultTests {
    @Test func aServerKilledMidImportLeavesNothingAndTheImportRunsAgain() async throws {
        let root = CLI.repositoryRoot.path
        let run = try await withCheckedThrowingContinuation { (done: CheckedContinuation<CLI.Result, any Error>) in
            DispatchQueue.global().async {
                done.resume(with: Result {
                    try Browser.run("\(root)/.ci/postgres", ["python3", "\(root)/Tests/Faults/server_killed.py", CLI.executable.path,
                                                            "--what", "document", "--size", "20000"], seconds: 600)
                })
            }
        }
        #expect(run.status == 0, "\(run.stdout)\n\(run.stderr)")
        let summary = (try? JSONSerialization.jsonObject(with: Data(run.stdout.utf8))) as? [String: Any] ?? [:]
        #expect(summary["storedAfterCrash"] as? Int == 0, "\(run.stdout)")
        #expect(summary["storedAfterRerun"] as? Int == 20001, "\(run.stdout)")
        #expect((summary["importError"] as? String ?? "").contains("was not stored"), "\(run.stdout)")
    }
}
