import ArgumentParser
import Testing
@testable import hexaglot

/// Start-up: a command without an explicit name makes swift-argument-parser derive it with
/// `String(describing:)`, a scan of every protocol conformance in the binary, in every process
/// (for all commands, since the command tree is built whole): 18.5 of the 49.7 million
/// instructions `hexaglot --version` took.
@Suite struct CommandNameTests {
    @Test func everyCommandNamesItself() {
        var unnamed: [String] = []
        func visit(_ command: ParsableCommand.Type) {
            if command.configuration.commandName == nil { unnamed.append("\(command)") }
            command.configuration.subcommands.forEach(visit)
        }
        visit(Hexaglot.self)
        #expect(unnamed.isEmpty, "give these a commandName: \(unnamed)")
    }

    /// A memory lookup's text may start with a dash; real options stay options.
    @Test func aTextStartingWithADashIsTheTextOfALookup() throws {
        for text in ["-l can only be used with an FTP URL.", "-12345", "--%s needs a <directory> argument"] {
            let arguments = DashValues.rewrite(["tm", "lookup", "--from", "en", text, "--to", "fr"], root: Hexaglot.self)
            let lookup = try #require(try Hexaglot.parseAsRoot(arguments) as? TMLookup)
            #expect(lookup.text == text)
            #expect(lookup.from == "en" && lookup.to == "fr")
        }
        let concordance = DashValues.rewrite(["tm", "concordance", "-ing forms", "--lang", "en"], root: Hexaglot.self)
        #expect(try (Hexaglot.parseAsRoot(concordance) as? TMConcordance)?.phrase == "-ing forms")
    }
}
