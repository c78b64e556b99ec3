import ArgumentParser
import HexaglotCore
import HexaglotStore

/// `hexaglot tm stats`: what the memory holds.
struct TMStats: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "stats",
        abstract: "Show how many units and variants per language the memory holds.")

    @OptionGroup var workspaceOptions: WorkspaceOptions
    @OptionGroup var output: JSONOption

    func run() throws {
        let workspace = try workspaceOptions.open()
        let stats = try workspace.readMemory { try $0.statistics() }
        if output.json {
            try Output.json(stats)
            return
        }
        print("\(stats.units) units (\(stats.workspaceUnits) from workspace segments, the rest from \(stats.sources) imported file\(stats.sources == 1 ? "" : "s") and alignments)")
        Output.table(["language", "variants"], Language.allCases.map { [$0.rawValue, String(stats.variants[$0.rawValue] ?? 0)] },
                     alignRight: [1])
    }
}
