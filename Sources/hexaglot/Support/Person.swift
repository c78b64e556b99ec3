import ArgumentParser
import Foundation

/// Who is making a change: `--as`, else `HEXAGLOT_USER`, else the git user, else the login name.
enum Person {
    static func current(_ given: String?) -> String? {
        if let given, !given.isEmpty { return given }
        let env = ProcessInfo.processInfo.environment
        if let user = env["HEXAGLOT_USER"], !user.isEmpty { return user }
        if let name = gitUserName() { return name }
        return env["USER"].flatMap { $0.isEmpty ? nil : $0 }
    }

    private static func gitUserName() -> String? {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["git", "config", "user.name"]
        let pipe = Pipe()
        process.standardOutput = pipe
        process.standardError = FileHandle.nullDevice
        do { try process.run() } catch { return nil }
        process.waitUntilExit()
        guard process.terminationStatus == 0 else { return nil }
        let name = String(decoding: pipe.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
            .trimmingCharacters(in: .whitespacesAndNewlines)
        return name.isEmpty ? nil : name
    }
}

/// The `--as` option naming who makes a change.
struct AuthorOptions: ParsableArguments {
    @Option(name: .customLong("as"), help: ArgumentHelp(
        "Who makes the change (default: $HEXAGLOT_USER, else git's user.name).", valueName: "name"))
    var author: String?

    var person: String? { Person.current(author) }
}
