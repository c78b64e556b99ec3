import ArgumentParser
import Foundation
import HexaglotCore
import HexaglotFormats
import HexaglotStore
import HexaglotWorkflow

/// `hexaglot export`: writes a document back in its format, in one language.
struct Export: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "export",
        abstract: "Write a document in one language, rebuilt from its skeleton.",
        discussion: """
            In the source language, the file comes back byte for byte. In another language, each \
            segment's translation replaces its text and keeps its inline codes; a segment with no \
            translation falls back to its source text, and the command says how many did. With \
            --xliff, the document goes out as XLIFF 2.1 for one target language, to be translated \
            or reviewed in another CAT tool and imported back with `import FILE.xlf`.
            """)

    @OptionGroup var workspaceOptions: WorkspaceOptions

    @Argument(help: ArgumentHelp("The document reference, such as CL-19/73.", valueName: "reference"))
    var reference: String

    @Option(name: .long, help: "The language to write (default: the document's source language).")
    var lang: String?

    @Option(name: [.short, .long], help: ArgumentHelp("Write to this file (atomically) instead of standard output, and print its path.", valueName: "file"))
    var output: String?

    @Flag(name: .long, help: "Refuse to write unless every segment is approved.")
    var complete = false

    @Flag(name: .long, help: "With --output, print a JSON report of what was written (stable keys, see README.md).")
    var json = false

    @Flag(name: .long, help: "Write XLIFF 2.1 for --lang instead of the document: statuses as states, notes, the revision, inline codes, and memory matches as Translation Candidates.")
    var xliff = false

    func validate() throws {
        if let lang { _ = try validLanguage(lang) }
        if json && output == nil { throw ValidationError("--json needs --output FILE: the document itself goes to the file") }
        if xliff && lang == nil { throw ValidationError("--xliff needs --lang: the target language of the XLIFF file") }
        if xliff && complete { throw ValidationError("--xliff and --complete do not go together: XLIFF carries every status") }
        if output?.isEmpty == true { throw ValidationError("--output: the file name is empty") }
    }

    func run() throws {
        let workspace = try workspaceOptions.open()
        if xliff {
            var result = try XLIFFExport(reference: reference, target: try validLanguage(lang!)).run(workspace)
            if let output {
                if try writeAtomically(result.data, to: output), !json { print(writtenPath(output)) }
            } else {
                FileHandle.standardOutput.write(result.data)
            }
            if json {
                result.report.output = output ?? ""
                try Output.json(result.report)
            }
            return
        }
        let export = DocumentExport(reference: reference, language: try lang.map { try validLanguage($0).language },
                                    requireApproved: complete)
        var result = try export.run(workspace)
        var printPath = false
        if let output {
            printPath = try writeAtomically(Data(result.bytes), to: output)
        } else {
            FileHandle.standardOutput.write(Data(result.bytes))
        }
        if json {
            result.report.output = output ?? ""
            try Output.json(result.report)
        }
        if let output, printPath, !json { print(writtenPath(output)) }
        let r = result.report
        if r.language != result.sourceLanguage.rawValue && r.fallback > 0 {
            printError("\(r.reference) [\(r.language)]: \(r.fallback) of \(r.segments) segments have no translation and were written in \(result.sourceLanguage.rawValue)")
        }
    }
}
