import HexaglotCore
import HexaglotFormats
import HexaglotStore

/// The workspace's memory written as one TMX 1.4b file (under a temporary name, renamed when complete).
public struct TMXExport {
    /// What was written (`tm export --json` prints these keys).
    public struct Report: Codable, Hashable, Sendable {
        public var file: String
        public var units: Int
        /// Variants written per language code.
        public var variants: [String: Int]
    }

    /// Only these languages (empty: all); units left with fewer than two are skipped.
    public var languages: Set<Language>

    public init(languages: Set<Language> = []) {
        self.languages = languages
    }

    /// Writes every unit (with its properties, notes, dates and inline codes) to `file`.
    public func write(_ workspace: Workspace, to file: String, progress: any ProgressReporter = CollectingProgress()) throws -> Report {
        var written = 0
        var perLanguage: [String: Int] = [:]
        try workspace.readMemory { reader in
            let total = try reader.unitCount()
            let writer = try TMXWriter(path: file, header: TMXHeader(creationToolVersion: HexaglotVersion.current,
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
        return Report(file: file, units: written, variants: perLanguage)
    }
}
