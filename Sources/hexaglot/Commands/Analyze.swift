import ArgumentParser
import HexaglotCore
import HexaglotMemory
import HexaglotStore
import HexaglotWorkflow

/// `hexaglot analyze`: what the memory already covers of documents, per match band.
struct Analyze: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "analyze",
        abstract: "Count segments and words per memory match band, per document and target language.",
        discussion: """
            Bands: 101 (same text, same context), repetitions (text already met earlier in the \
            document), 100, 95-99, 85-94, 75-84, 50-74, no match. A segment's own memory unit \
            is left out, so a translated document does not match itself.
            """)

    @OptionGroup var workspaceOptions: WorkspaceOptions
    @OptionGroup var output: JSONOption

    @Argument(help: ArgumentHelp("Documents to analyse (default: all).", valueName: "reference"))
    var references: [String] = []

    @Option(name: .long, parsing: .upToNextOption,
            help: "Target languages (default: the five other than each document's source).")
    var lang: [String] = []

    func validate() throws {
        for l in lang { _ = try validLanguage(l) }
    }

    func run() throws {
        let workspace = try workspaceOptions.open()
        let analysis = MemoryAnalysis(references: references, targets: try lang.map { try validLanguage($0).language })
        let analyses = try analysis.run(workspace, progress: Progress())
        if output.json {
            struct Report: Encodable { var documents: [DocumentAnalysis] }
            try Output.json(Report(documents: analyses))
            return
        }
        var byDocument: [(String, [DocumentAnalysis])] = []
        for a in analyses {
            if byDocument.last?.0 == a.reference { byDocument[byDocument.count - 1].1.append(a) } else { byDocument.append((a.reference, [a])) }
        }
        for (reference, rows) in byDocument {
            guard let first = rows.first else { continue }
            print("\(reference) (\(first.sourceLanguage.rawValue), \(first.segments) segments, \(first.words) words)")
            let header = ["band"] + rows.flatMap { ["\($0.targetLanguage.rawValue) seg", "words"] }
            let table = MatchBand.allCases.map { band in
                [band.rawValue] + rows.flatMap { a -> [String] in
                    let c = a.bands.first { $0.band == band }
                    return [String(c?.segments ?? 0), String(c?.words ?? 0)]
                }
            }
            Output.table(header, table, alignRight: Set(1..<header.count))
            print("")
        }
    }
}
