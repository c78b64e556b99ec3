import ArgumentParser
import Foundation
import HexaglotCore
import HexaglotFormats
import HexaglotStore

/// `hexaglot tm export`: the memory as a TMX file.
struct TMExport: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "export",
        abstract: "Write the memory as a TMX 1.4b file (UTF-8).",
        discussion: """
            Every unit with all its languages, properties, notes, dates and inline codes (as \
            bpt/ept/ph/it/hi, the elements they came as). The file is written under a temporary \
            name and renamed when complete.
            """)

    @OptionGroup var workspaceOptions: WorkspaceOptions
    @OptionGroup var output: JSONOption

    @Argument(help: ArgumentHelp("The TMX file to write.", valueName: "file"))
    var file: String

    @Option(name: .long, parsing: .upToNextOption, help: "Only these languages (default: all); units left with fewer than two are skipped.")
    var lang: [String] = []

    func validate() throws {
        for l in lang { _ = try validLanguage(l) }
    }

    func run() throws {
        let workspace = try workspaceOptions.open()
        let languages = Set(try lang.map { try validLanguage($0).language })
        let progress = Progress()
        var written = 0
        var perLanguage: [String: Int] = [:]
        try workspace.readMemory { reader in
            let total = try reader.unitCount()
            let writer = try TMXWriter(path: file, header: TMXHeader(creationToolVersion: Hexaglot.configuration.version,
                                                                     sourceLanguage: "*all*"))
            var seen = 0
            try reader.forEachUnit { stored in
                seen += 1
                if seen % 1000 == 0 { progress.update(seen, of: total, "units") }
                var unit = stored.unit
                if !languages.isEmpty {
                    unit.variants.removeAll { !languages.contains($0.language.language) }
                    unit.foreignVariants = []
                    guard unit.variants.count >= 2 else { return }
                }
                if unit.origin == nil, let segment = stored.segment {
                    unit.origin = "\(segment.reference)#\(segment.number)"
                }
                try writer.write(unit)
                written += 1
                for v in unit.variants { perLanguage[v.language.language.rawValue, default: 0] += 1 }
            }
            try writer.finish()
        }
        progress.finish()
        if output.json {
            struct Report: Encodable { var file: String; var units: Int; var variants: [String: Int] }
            try Output.json(Report(file: file, units: written, variants: perLanguage))
        } else {
            print("\(file): \(written) units")
        }
    }
}
