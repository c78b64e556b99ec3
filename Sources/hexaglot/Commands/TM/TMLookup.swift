import ArgumentParser
import Foundation
import HexaglotCore
import HexaglotMemory
import HexaglotWorkflow

/// `hexaglot tm lookup`: memory matches for a text or a document segment.
struct TMLookup: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "lookup",
        abstract: "Find memory matches for a text, or for a segment of a document.",
        discussion: """
            Scores run from 0 to 100 (101: the same text in the same context); README.md defines \
            them. Numbers, dates, references, URLs and e-mail addresses that differ from the \
            match are adapted in the suggestion, and the output says so.
            """)

    @OptionGroup var workspaceOptions: WorkspaceOptions
    @OptionGroup var output: JSONOption

    @Argument(help: ArgumentHelp("The text to look up (or use --document and --segment).", valueName: "text"))
    var text: String?

    @Option(name: .long, help: "The language of the text (ar, zh, en, fr, ru, es or a regional form); for a document segment, its source language by default.")
    var from: String?

    @Option(name: .long, help: "The language of the suggestions.")
    var to: String

    @Option(name: .long, help: ArgumentHelp("Look up this segment of a document (with --segment).", valueName: "reference"))
    var document: String?

    @Option(name: .long, help: ArgumentHelp("The segment number, from 1 (0 is the title).", valueName: "n"))
    var segment: Int?

    @Option(name: .long, help: "The lowest score to show, 0 to 100.")
    var min: Int = 70

    @Option(name: .long, help: "How many matches to show at most.")
    var max: Int = 5

    @Flag(name: .long, help: "Read the text as a Markdown line: its markup (**bold**, links, `code`) becomes inline codes, as in a letter.")
    var markdown = false

    @Flag(name: .long, help: "Score every unit instead of using the index (slow; for checking the index).")
    var exhaustive = false

    func validate() throws {
        if let from { _ = try validLanguage(from, option: "--from") }
        _ = try validLanguage(to, option: "--to")
        guard (0...100).contains(min) else { throw ValidationError("--min: expected a score from 0 to 100, not \(min)") }
        guard max >= 1 else { throw ValidationError("--max: expected at least 1, not \(max)") }
        if markdown && text == nil { throw ValidationError("--markdown applies to a text, not to --document and --segment") }
        switch (text, document, segment) {
        case (.some, nil, nil): if from == nil { throw ValidationError("--from: give the language of the text") }
        case (nil, .some, .some(let n)): if n < 0 { throw ValidationError("--segment: numbers start at 1 (0 is the title)") }
        case (nil, .some, nil): throw ValidationError("--document needs --segment")
        case (nil, nil, _): throw ValidationError("give a text to look up, or --document and --segment")
        default: throw ValidationError("give either a text or --document and --segment, not both")
        }
    }

    func run() throws {
        let workspace = try workspaceOptions.open()
        let suggestions = MemorySuggestions(target: try validLanguage(to, option: "--to").language, minimum: min, limit: max,
                                            exhaustive: exhaustive)
        let language = try from.map { try validLanguage($0, option: "--from").language }
        let asked = try text.map { try suggestions.query(text: $0, language: language!, markdown: markdown) }
            ?? suggestions.query(workspace, reference: document!, segment: segment!, language: language)
        let query = asked.query, label = asked.label
        let matches = try suggestions.matches(query, in: workspace)
        if output.json {
            struct Report: Encodable {
                var query: String, from: String, to: String, minimum: Int, matches: [MemoryMatch]
            }
            try Output.json(Report(query: query.content.tagged, from: query.from.rawValue, to: query.to.rawValue,
                                   minimum: query.minimum, matches: matches))
            return
        }
        print("\(query.from.rawValue) → \(query.to.rawValue): \(label)")
        if matches.isEmpty {
            print("no match at \(min)% or above")
            return
        }
        for (i, m) in matches.enumerated() {
            MatchPrinter.print(m, number: i + 1)
        }
    }
}

/// How a memory match reads on a terminal.
enum MatchPrinter {
    static func print(_ m: MemoryMatch, number: Int) {
        var head = "\(number). \(m.score)%"
        switch m.kind {
        case .inContext: head += " in context"
        case .exact: head += " exact"
        case .fuzzy: break
        }
        var whence: [String] = []
        if let document = m.document, let segment = m.segment { whence.append("\(document) [\(segment)]") }
        else if let origin = m.origin { whence.append(origin) }
        if let author = m.author { whence.append(author) }
        if let changed = m.changed { whence.append(ISO8601DateFormatter.string(from: changed, timeZone: .gmt, formatOptions: [.withFullDate])) }
        if !whence.isEmpty { head += "  (" + whence.joined(separator: ", ") + ")" }
        Swift.print(head)
        Swift.print("   \(m.sourceLanguage.tag): \(m.kind == .fuzzy ? m.diff.marked : m.source.tagged)")
        Swift.print("   \(m.targetLanguage.tag): \(m.target.tagged)")
        let p = m.detail.penalties
        if p.total > 0 {
            var parts: [String] = []
            if p.numbers > 0 { parts.append("numbers −\(p.numbers)") }
            if p.punctuation > 0 { parts.append("punctuation −\(p.punctuation)") }
            if p.codes > 0 { parts.append("inline codes −\(p.codes)") }
            if p.textForm > 0 { parts.append("case or spacing −\(p.textForm)") }
            Swift.print("   base \(m.detail.base), " + parts.joined(separator: ", "))
        }
    }
}
