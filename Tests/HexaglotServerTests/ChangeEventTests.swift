import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import HexaglotCore
import HexaglotServer
import HexaglotStore
import HexaglotTestSupport
import Testing

/// Two `serve` processes on one workspace: what a translator saves through one reaches the
/// pages open on the other within a second, through `/api/events`.
@Suite struct ChangeEventTests {
    @Test(arguments: TestBackend.all) func aSaveOnOneServerReachesTheOthersEventStreamWithinASecond(_ backend: TestBackend) async throws {
        let fixture = try ServerFixture(backend)
        let second = try fixture.workspace.reopen()
        defer { try? second.close() }
        var options = ServerOptions()
        options.port = 0
        let other = WebWorkspace(workspace: second, options: options).application()
        try await fixture.withClient { first in
            try await withTaskExecutorPreference(QueueExecutor()) {
                try await other.test(.live) { client in
                    let watcher = APIClient(client: client)
                    #expect(try await watcher.call(.get, "/api/events", headers: ["Accept": "text/event-stream"]).status == .unauthorized)
                    try await watcher.login("ru-reviewer")
                    // Not asked as a stream: refused rather than left open.
                    #expect(try await watcher.call(.get, "/api/events").status == .notAcceptable)
                    let events = try EventStreamReader(port: try #require(client.port), cookie: watcher.cookie)
                    defer { events.close() }
                    try await Task.sleep(for: .milliseconds(300))
                    #expect(events.statusCode == "200")

                    try await first.login("ru-translator")
                    let version = try await first.segment("ru", 3)["version"] as? Int ?? 0
                    let text = "Этот День отмечается в годовщину основания МСЭ 17 мая 1865 года."
                    let saved = try await first.call(.put, "/api/documents/CL-19-73/ru/segments/3",
                                                     json: ["text": text, "status": "translated", "expectedVersion": version])
                    #expect(saved.status == .ok, "\(saved.body)")
                    let seen = try await events.wait(for: 1, seconds: 1)
                    try #require(!seen.isEmpty, "no change event within a second")
                    // SQLite tells that the workspace changed; PostgreSQL also tells where.
                    let change = seen[0]
                    #expect(change["reference"] is NSNull || change["reference"] as? String == "CL-19/73")
                    #expect(change["language"] is NSNull || change["language"] as? String == "ru")
                    let read = try await watcher.segment("ru", 3)
                    #expect(read["target"] as? String == text)
                    #expect(read["author"] as? String == "ru-translator")
                }
            }
        }
    }
}
