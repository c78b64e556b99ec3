import ArgumentParser
import Foundation
import HexaglotCore
import HexaglotFormats
import HexaglotStore
import HexaglotText
import HexaglotWorkflow

/// `hexaglot tm align`: a document and its translation made outside the tool, into the memory.
struct TMAlign: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "align",
        abstract: "Align a legacy document with its translation and store the pairs in the memory.",
        discussion: """
            Structure first (paragraphs, headings and list items paired by kind and length, allowing \
            a paragraph missing, split or merged), then sentences inside each block pair by their \
            lengths (Gale and Church), with 1-1, 1-2, 2-1, 1-0 and 0-1 links. Each link gets a \
            confidence (its posterior probability, 0 to 1); pairs at or above --min-confidence are \
            stored, the others are listed for checking. Languages come from each file's front \
            matter, a .fr.md-style name, or --from and --to.
            """)

    @OptionGroup var workspaceOptions: WorkspaceOptions
    @OptionGroup var output: JSONOption

    @Argument(help: ArgumentHelp("The original document.", valueName: "source"))
    var source: String

    @Argument(help: ArgumentHelp("Its translation.", valueName: "target"))
    var target: String

    @Option(name: .long, help: "The original's language, when its file does not say.")
    var from: String?

    @Option(name: .long, help: "The translation's language, when its file does not say.")
    var to: String?

    @Option(name: .long, help: "The lowest confidence (0 to 1) of a pair stored in the memory.")
    var minConfidence: Double = 0.5

    @Flag(name: .long, help: "Show the alignment without storing anything.")
    var dryRun = false

    func validate() throws {
        if let from { _ = try validLanguage(from, option: "--from") }
        if let to { _ = try validLanguage(to, option: "--to") }
        guard (0...1).contains(minConfidence) else { throw ValidationError("--min-confidence: expected 0 to 1, not \(minConfidence)") }
    }

    func run() throws {
        let alignment = try LegacyAlignment(source: source, target: target,
                                            from: try from.map { try validLanguage($0, option: "--from") },
                                            to: try to.map { try validLanguage($0, option: "--to") },
                                            minConfidence: minConfidence)
        let report = alignment.report
        let a = alignment.source, b = alignment.target
        var summary = MemoryImportSummary()
        if !dryRun && !alignment.kept.isEmpty {
            summary = try alignment.store(in: try workspaceOptions.open())
        }
        if output.json {
            struct Report: Encodable {
                var source: String, target: String, stored: Int, duplicates: Int, dryRun: Bool
                var alignment: AlignmentReport
            }
            try Output.json(Report(source: source, target: target, stored: summary.units, duplicates: summary.duplicates,
                                   dryRun: dryRun, alignment: report))
            return
        }
        let counts = AlignmentKind.allCases.compactMap { k in report.counts[k].map { "\(k.rawValue): \($0)" } }
        print("\(source) (\(a.language.tag)) ↔ \(target) (\(b.language.tag)): \(report.pairs.count) links (\(counts.joined(separator: ", "))), mean confidence \(String(format: "%.2f", report.meanConfidence))")
        if dryRun {
            for pair in report.pairs {
                print("\(pair.kind.rawValue) \(String(format: "%.2f", pair.confidence))  \(Output.clip(pair.source.tagged, 60))")
                print("           \(Output.clip(pair.target.tagged, 60))")
            }
        } else {
            print("stored \(summary.units) pairs in the memory" + (summary.duplicates > 0 ? " (\(summary.duplicates) were there already)" : ""))
        }
        let low = report.lowConfidencePairs
        if !low.isEmpty {
            print("\(low.count) link\(low.count == 1 ? "" : "s") below \(String(format: "%.2f", minConfidence)), not stored; check them:")
            for pair in low {
                let line = pair.sourceLine.map { "\(source):\($0)" } ?? source
                print("  \(pair.kind.rawValue) \(String(format: "%.2f", pair.confidence)) \(line): \(Output.clip(pair.source.tagged, 50)) ↔ \(Output.clip(pair.target.tagged, 50))")
            }
        }
    }
}
