import Foundation
import Testing

/// The README's tour, run command by command on a fresh copy of the project: it must stay true.
@Suite struct ReadmeTourTests {
    /// The `hexaglot …` lines of the README's first tour block, without their comments.
    static func tourCommands() throws -> [[String]] {
        let readme = try String(contentsOf: CLI.repositoryRoot.appendingPathComponent("README.md"), encoding: .utf8)
        guard let tour = readme.range(of: "## A short tour") else { return [] }
        let rest = readme[tour.upperBound...]
        guard let open = rest.range(of: "```sh\n"), let close = rest[open.upperBound...].range(of: "```") else { return [] }
        return rest[open.upperBound..<close.lowerBound].split(separator: "\n").compactMap { line in
            guard line.hasPrefix("hexaglot ") else { return nil }
            return shellWords(String(line.dropFirst("hexaglot ".count)))
        }
    }

    /// Splits a command line into words: double quotes group, an unquoted `#` starts a comment.
    static func shellWords(_ line: String) -> [String] {
        var words: [String] = []
        var current = ""
        var quoted = false
        var started = false
        for ch in line {
            if ch == "\"" { quoted.toggle(); started = true; continue }
            if !quoted && ch == "#" && !started { break }
            if !quoted && ch == " " {
                if started { words.append(current); current = ""; started = false }
                continue
            }
            current.append(ch)
            started = true
        }
        if started { words.append(current) }
        return words
    }

    @Test func everyTourCommandSucceeds() throws {
        let commands = try Self.tourCommands()
        #expect(commands.count >= 8)
        let cli = try CLI()
        defer { cli.remove() }
        for args in commands {
            let r = try cli.run(args)
            if args.first == "check" {
                // `check` exits 1 when it finds an error-level problem: that is its report, not a failure.
                #expect(r.status == 0 || (r.status == 1 && r.stdout.contains("errors")), "`hexaglot \(args.joined(separator: " "))` failed: \(r.stderr)")
            } else {
                #expect(r.status == 0, "`hexaglot \(args.joined(separator: " "))` failed: \(r.stderr)")
            }
            if args.first == "tm" && args.dropFirst().first == "lookup" {
                // The examples are there to show a match: each must find one on the demo.
                #expect(r.stdout.contains("%"), "`hexaglot \(args.joined(separator: " "))` finds nothing: \(r.stdout)")
            }
        }
    }

    /// The `sh` blocks after a heading, line by line (comments and blank lines left to the shell).
    static func blocks(after heading: String, count: Int) throws -> [String] {
        let readme = try String(contentsOf: CLI.repositoryRoot.appendingPathComponent("README.md"), encoding: .utf8)
        guard var rest = readme.range(of: heading).map({ readme[$0.upperBound...] }) else { return [] }
        var lines: [String] = []
        for _ in 0..<count {
            guard let open = rest.range(of: "```sh\n"), let close = rest[open.upperBound...].range(of: "```") else { break }
            lines += rest[open.upperBound..<close.lowerBound].split(separator: "\n").map(String.init)
            rest = rest[close.upperBound...]
        }
        return lines
    }

    /// The set-up lines put `hexaglot` on the PATH, then the tour, the revised letter and the way
    /// back run in a shell exactly as written (the project copy made a git repository for
    /// `git checkout`); afterwards the demo is as it was.
    @Test func theRevisedLetterAndTheWayBackRunAsWritten() throws {
        let setup = try Self.blocks(after: "The tour below calls `hexaglot` by name", count: 1)
        #expect(setup.contains { $0.contains("export PATH=\"$PWD/.build/debug:$PATH\"") }, "\(setup)")
        let tour = try Self.blocks(after: "## A short tour", count: 1).filter { $0.hasPrefix("hexaglot ") }
        let revised = try Self.blocks(after: "### A revised letter", count: 2)
        #expect(revised.contains { $0.hasPrefix("git checkout Letters/") } && revised.contains { $0.hasPrefix("rm -f hexaglot.sqlite") })
        let cli = try CLI()
        defer { cli.remove() }
        let git = "git init -q && git add Letters Glossaries && git -c user.name=t -c user.email=t@example.org commit -qm demo"
        let before = try shell(git + " && ls", in: cli)
        #expect(before.status == 0, "\(before.stderr)")
        for line in tour + revised where !line.hasPrefix("#") && !line.allSatisfy(\.isWhitespace) {
            let r = try shell(line, in: cli)
            let allowedExit: Int32 = line.hasPrefix("hexaglot check") ? 1 : 0
            #expect(r.status == 0 || r.status == allowedExit, "`\(line)` failed: \(r.stderr)")
        }
        let after = try shell("git status --porcelain && ls", in: cli)
        #expect(after.stdout == before.stdout, "the demo is not back as it was:\n\(after.stdout)")
    }

    func shell(_ line: String, in cli: CLI) throws -> CLI.Result {
        let folder = CLI.executable.deletingLastPathComponent().path
        return try cli.run([], env: ["PATH": folder + ":" + (ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin")],
                           executable: "/bin/sh", prefix: ["-c", line])
    }
}
