import ArgumentParser
import Foundation
import HexaglotCore
import HexaglotFormats
import HexaglotText
import HexaglotWorkflow

/// `hexaglot segment`: shows how a file would be segmented, without storing anything.
struct SegmentCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "segment",
        abstract: "Segment a file and print its segments, without storing anything (to check the rules).",
        discussion: "The front matter's title is segment 0, as it will be in the workspace; front-matter warnings go to standard error.")

    @OptionGroup var output: JSONOption

    @Argument(help: ArgumentHelp("A Markdown, plain-text, HTML or Word .docx file.", valueName: "file"))
    var file: String

    @Option(name: .long, help: "The file's language, when its front matter or name does not say.")
    var lang: String?

    func validate() throws {
        if let lang { _ = try validLanguage(lang) }
    }

    func run() throws {
        let loaded = try SourceFileLoader.load(file, defaults: Importer.Defaults(language: try lang.map { try validLanguage($0) }))
        for warning in loaded.front.warnings { printError(warning.description) }
        let language = loaded.language.language
        struct Row: Encodable {
            var number: Int, line: Int, block: Int, blockKind: String, words: Int, text: String, content: Content
        }
        // The title, when the front matter gives one, is segment 0 as in the workspace.
        let rows = loaded.segments.map { s in
            Row(number: s.number, line: s.line, block: s.block, blockKind: s.blockKind.rawValue,
                words: WordCounter.count(s.content.plainText, language: language), text: s.content.tagged, content: s.content)
        }
        if output.json {
            struct Report: Encodable { var file: String; var language: String; var format: String; var segments: [Row] }
            try Output.json(Report(file: file, language: loaded.language.tag, format: loaded.parsed.format, segments: rows))
            return
        }
        Output.table(["#", "Line", "Block", "Words", "Segment"],
                     rows.map { ["\($0.number)", "\($0.line)", $0.blockKind, "\($0.words)", $0.text] },
                     alignRight: [0, 1, 3])
        let words = rows.reduce(0) { $0 + $1.words }
        print("\(rows.count) segment\(rows.count == 1 ? "" : "s"), \(words) word\(words == 1 ? "" : "s") (\(loaded.language.tag))")
    }
}
