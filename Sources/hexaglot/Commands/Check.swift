import ArgumentParser
import Foundation
import HexaglotCore
import HexaglotQA
import HexaglotStore
import HexaglotText
import HexaglotWorkflow

/// `hexaglot check`: quality checks on translations, for people and for CI.
struct Check: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "check",
        abstract: "Check translations: glossary terms, numbers, inline codes, punctuation, scripts, spaces, length.",
        discussion: """
            Every document and language by default. The glossary check wants, for each glossary \
            term found in a source segment, an approved (preferred or admitted) rendering of the \
            same concept in the target, and no deprecated rendering anywhere; the consistency \
            check reports a source term or a source segment translated in different ways across \
            the workspace. The exit status is 1 when an error-level finding exists (for CI), 0 \
            otherwise. `--list` shows every check with its id and severity.
            """)

    @OptionGroup var workspaceOptions: WorkspaceOptions
    @OptionGroup var output: JSONOption

    @Argument(help: ArgumentHelp("A document reference (default: every document).", valueName: "reference"))
    var reference: String?

    @Option(name: .long, parsing: .upToNextOption, help: "Only these target languages.")
    var lang: [String] = []

    @Option(name: .long, help: ArgumentHelp("Only these checks, comma-separated ids (see --list).", valueName: "ids"))
    var only: String?

    @Flag(name: .long, help: "List the checks and exit.")
    var list = false

    func validate() throws {
        for l in lang { _ = try validLanguage(l) }
        if let only {
            let known = Set(CheckCatalog.all.map(\.id))
            for id in only.split(separator: ",").map(String.init) where !known.contains(id) {
                throw ValidationError("--only: unknown check '\(id)' (known: \(known.sorted().joined(separator: ", ")))")
            }
        }
    }

    func run() throws {
        if list {
            if output.json {
                try Output.json(["checks": CheckCatalog.all])
            } else {
                Output.table(["id", "severity", "what it checks"], CheckCatalog.all.map { [$0.id, $0.severity, $0.summary] })
            }
            return
        }
        let workspace = try workspaceOptions.open()
        let wanted = only.map { Set($0.split(separator: ",").map(String.init)) }
        let languages = try lang.map { try validLanguage($0).language }
        let report = try CheckRunner(workspace: workspace, only: wanted).run(reference: reference,
                                                                              languages: languages.isEmpty ? nil : languages)
        if output.json {
            try Output.json(report)
        } else {
            CheckReportText.print(report)
        }
        if report.errors > 0 { throw ExitCode(1) }
    }
}
