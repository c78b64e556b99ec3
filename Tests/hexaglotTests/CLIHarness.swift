import Foundation

/// Runs the built `hexaglot` binary in a scratch copy of the project, as a translator would.
struct CLI {
    struct Result: Sendable {
        var status: Int32
        var stdout: String
        var stderr: String
    }

    /// The repository root (where Letters/ and Glossaries/ are).
    static let repositoryRoot: URL = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    /// The `hexaglot` executable next to the test bundle.
    static let executable: URL = {
        let besideTests = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent()
            .appendingPathComponent("hexaglot")
        if FileManager.default.isExecutableFile(atPath: besideTests.path) { return besideTests }
        for config in ["debug", "release"] {
            let candidate = repositoryRoot.appendingPathComponent(".build/\(config)/hexaglot")
            if FileManager.default.isExecutableFile(atPath: candidate.path) { return candidate }
        }
        return besideTests
    }()

    let folder: URL

    /// A fresh folder holding a copy of Letters/ and Glossaries/, without a workspace.
    init(copyProject: Bool = true) throws {
        folder = FileManager.default.temporaryDirectory.appendingPathComponent("hexaglot-cli-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        if copyProject {
            for name in ["Letters", "Glossaries"] {
                try FileManager.default.copyItem(at: CLI.repositoryRoot.appendingPathComponent(name),
                                                 to: folder.appendingPathComponent(name))
            }
        }
    }

    func remove() { try? FileManager.default.removeItem(at: folder) }

    var workspacePath: String { folder.appendingPathComponent("hexaglot.sqlite").path }

    /// Runs `hexaglot args` in the project folder (or `cwd`), with HEXAGLOT_WORKSPACE unset unless given;
    /// `executable` and `prefix` run another program (a shell) the same way.
    @discardableResult
    func run(_ args: [String], cwd: URL? = nil, env: [String: String] = [:], input: String? = nil,
             executable: String? = nil, prefix: [String] = []) throws -> Result {
        let process = Process()
        process.executableURL = executable.map { URL(fileURLWithPath: $0) } ?? CLI.executable
        process.arguments = prefix + args
        process.currentDirectoryURL = cwd ?? folder
        var environment = ProcessInfo.processInfo.environment
        environment["HEXAGLOT_WORKSPACE"] = nil
        environment["HEXAGLOT_USER"] = "test-translator"
        for (k, v) in env { environment[k] = v }
        process.environment = environment
        let out = Pipe(), err = Pipe()
        process.standardOutput = out
        process.standardError = err
        let stdin = Pipe()
        process.standardInput = input == nil ? FileHandle.nullDevice : stdin
        try process.run()
        if let input {
            stdin.fileHandleForWriting.write(Data(input.utf8))
            try stdin.fileHandleForWriting.close()
        }
        // Read both pipes while the process runs, so a large output cannot block it.
        let collected = Collected()
        let group = DispatchGroup()
        group.enter()
        DispatchQueue.global().async { collected.data = out.fileHandleForReading.readDataToEndOfFile(); group.leave() }
        let errData = err.fileHandleForReading.readDataToEndOfFile()
        group.wait()
        let outData = collected.data
        process.waitUntilExit()
        return Result(status: process.terminationStatus,
                      stdout: String(decoding: outData, as: UTF8.self),
                      stderr: String(decoding: errData, as: UTF8.self))
    }

    /// Runs a command that must succeed and returns its standard output.
    func ok(_ args: [String]) throws -> String {
        let r = try run(args)
        guard r.status == 0 else {
            throw HarnessError("`hexaglot \(args.joined(separator: " "))` exited \(r.status): \(r.stderr)")
        }
        return r.stdout
    }

    /// Runs a command whose JSON output is decoded as a dictionary.
    func json(_ args: [String]) throws -> [String: Any] {
        let text = try ok(args + ["--json"])
        guard let object = try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any] else {
            throw HarnessError("not a JSON object: \(text)")
        }
        return object
    }

    func write(_ relative: String, _ data: Data) throws -> String {
        let url = folder.appendingPathComponent(relative)
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try data.write(to: url)
        return url.path
    }
}

/// Standard output read on another thread; read only after that thread is done.
// @unchecked: `data` is written once by the reading block before `group.leave()` and read only after `group.wait()`.
private final class Collected: @unchecked Sendable {
    var data = Data()
}

struct HarnessError: Error, CustomStringConvertible {
    let description: String
    init(_ d: String) { description = d }
}
