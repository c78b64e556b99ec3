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
        }
    }
}
