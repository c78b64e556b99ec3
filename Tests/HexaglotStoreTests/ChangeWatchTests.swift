import Foundation
import HexaglotCore
import Synchronization
import Testing
@testable import HexaglotStore

/// Watching a workspace for what other writers store: what a second `serve` process relies on
/// to show a translator's save to everyone within a second.
@Suite struct ChangeWatchTests {
    /// The changes a watch reported.
    final class Seen: Sendable {
        private let changes = Mutex<[WorkspaceChange]>([])
        func add(_ change: WorkspaceChange) { changes.withLock { $0.append(change) } }
        var all: [WorkspaceChange] { changes.withLock { $0 } }
    }

    /// Waits up to `seconds` for `changes` to hold `count` changes.
    func wait(for count: Int, in changes: Seen, seconds: Double = 1) -> [WorkspaceChange] {
        let deadline = Date().addingTimeInterval(seconds)
        while Date() < deadline {
            let seen = changes.all
            if seen.count >= count { return seen }
            Thread.sleep(forTimeInterval: 0.02)
        }
        return changes.all
    }

    @Test(arguments: StoreBackendKind.all) func anotherWritersSaveIsSeenWithinASecond(_ backend: StoreBackendKind) throws {
        let t = try TemporaryWorkspace(backend)
        let (doc, text) = makeDocument("CL-19/73", .fr, frenchLetter)
        try t.workspace.importDocument(doc, sourceText: text, path: nil)
        let changes = Seen()
        let watch = try t.workspace.watchChanges { change in changes.add(change) }
        defer { watch.stop() }
        Thread.sleep(forTimeInterval: 0.3)  // the watch is listening
        let other = try Workspace(path: t.location)
        defer { try? other.close() }
        try other.setTranslation(of: "CL-19/73", segment: 1, language: LanguageTag(.ru),
                                 content: "Генеральный секретариат (ГС)", status: .translated, author: "olga")
        let seen = wait(for: 1, in: changes)
        try #require(seen.count >= 1, "no change seen within a second")
        if backend == .postgres {
            #expect(seen.first == WorkspaceChange(reference: "CL-19/73", language: "ru"))
        }
        // A refused write (a stale version) stores nothing and announces nothing.
        let before = wait(for: seen.count + 1, in: changes, seconds: 0.4).count
        #expect(throws: StoreError.self) {
            try other.setTranslation(of: "CL-19/73", segment: 1, language: LanguageTag(.ru), content: "ГС", status: .translated,
                                     author: "ivan", expectedVersion: 7)
        }
        #expect(wait(for: before + 1, in: changes, seconds: 0.6).count == before)
        // A new revision of the source is announced for the document as a whole.
        var revised = frenchLetter
        revised[1] += " Nouveau."
        let (doc2, text2) = makeDocument("CL-19/73", .fr, revised)
        try other.importDocument(doc2, sourceText: text2, path: nil)
        let after = wait(for: before + 1, in: changes)
        try #require(after.count == before + 1)
        if backend == .postgres { #expect(after.last == WorkspaceChange(reference: "CL-19/73", language: nil)) }
    }

    /// A listener whose connection the server ends connects again, says that it may have missed
    /// something, and hears the next change.
    @Test(.enabled(if: PostgresTestServer.enabled, PostgresTestServer.skipReason))
    func aLostListenerConnectsAgain() throws {
        let t = try TemporaryWorkspace(.postgres)
        let (doc, text) = makeDocument("CL-19/73", .fr, frenchLetter)
        try t.workspace.importDocument(doc, sourceText: text, path: nil)
        let changes = Seen()
        let watch = try t.workspace.watchChanges { change in changes.add(change) }
        defer { watch.stop() }
        Thread.sleep(forTimeInterval: 0.3)
        let other = try Workspace(path: t.location)
        defer { try? other.close() }
        try other.sqlWrite { db in
            try db.execute("SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = current_database() AND pid <> pg_backend_pid()")
        }
        let missed = wait(for: 1, in: changes, seconds: 3)
        #expect(missed == [WorkspaceChange(reference: nil, language: nil)])
        try other.setTranslation(of: "CL-19/73", segment: 2, language: LanguageTag(.zh), content: "谨通知你们", status: .draft, author: "li")
        #expect(wait(for: 2, in: changes).last == WorkspaceChange(reference: "CL-19/73", language: "zh"))
    }
}
