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

    @Test func aDashedTextMovesAfterTheTerminatorAndOptionsStay() {
        #expect(DashedText.arguments(["tm", "lookup", "--from", "en", "-l can only be used", "--to", "fr"])
                == ["tm", "lookup", "--from", "en", "--to", "fr", "--", "-l can only be used"])
        #expect(DashedText.arguments(["tm", "lookup", "--from", "en", "--to", "fr", "-12345"])
                == ["tm", "lookup", "--from", "en", "--to", "fr", "--", "-12345"])
        #expect(DashedText.arguments(["tm", "lookup", "--frm", "en", "--min=70", "-h"]) == ["tm", "lookup", "--frm", "en", "--min=70", "-h"])
        #expect(DashedText.arguments(["translate", "CL-19/73", "-1", "x"]) == ["translate", "CL-19/73", "-1", "x"])
        #expect(DashedText.arguments(["tm", "lookup", "--to", "fr", "--", "-x y"]) == ["tm", "lookup", "--to", "fr", "--", "-x y"])
    }
}
