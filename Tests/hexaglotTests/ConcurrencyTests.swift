import Foundation
import Synchronization
import Testing

/// Two commands at once wait for each other; neither fails and nothing is lost.
@Suite(.serialized) struct ConcurrencyTests {
    /// Runs the commands at the same time and returns their results in order.
    func together(_ cli: CLI, _ commands: [[String]]) -> [CLI.Result?] {
        let results = Results(count: commands.count)
        DispatchQueue.concurrentPerform(iterations: commands.count) { i in
            results.set(i, try? cli.run(commands[i]))
        }
        return results.values
    }

    @Test func twoFirstCommandsCreateOneWorkspace() throws {
        let cli = try CLI()
        defer { cli.remove() }
        let results = together(cli, [["coverage", "--json"], ["list", "--json"], ["coverage"]])
        for r in results {
            #expect(r?.status == 0, "\(r?.stderr ?? "did not run")")
        }
        let documents = try #require(try cli.json(["list"])["documents"] as? [[String: Any]])
        #expect(documents.count == 5)
        let leftovers = try FileManager.default.contentsOfDirectory(atPath: cli.folder.path).filter { $0.contains("creating") }
        #expect(leftovers.isEmpty)
    }

    @Test func concurrentWritersBothLand() throws {
        let cli = try CLI()
        defer { cli.remove() }
        _ = try cli.ok(["init"])
        let commands = (1...6).map { n in
            ["translate", "CL-17/24", "\(n)", "--lang", "ru", "Перевод \(n)", "--as", "writer-\(n)"]
        }
        for r in together(cli, commands) { #expect(r?.status == 0, "\(r?.stderr ?? "did not run")") }
        let shown = try #require(try cli.json(["show", "CL-17/24", "--lang", "ru", "--status", "translated"])["segments"] as? [[String: Any]])
        #expect(shown.count == 6)
        #expect(Set(shown.compactMap { $0["author"] as? String }).count == 6)
    }
}

/// Results written from several threads, one slot each.
private final class Results: Sendable {
    private let slots: Mutex<[CLI.Result?]>
    init(count: Int) { slots = Mutex(Array(repeating: nil, count: count)) }
    func set(_ i: Int, _ value: CLI.Result?) { slots.withLock { $0[i] = value } }
    var values: [CLI.Result?] { slots.withLock { $0 } }
}
