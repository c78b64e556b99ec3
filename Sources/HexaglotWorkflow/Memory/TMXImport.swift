import Foundation
import HexaglotCore
import HexaglotFormats
import HexaglotStore

/// TMX files into the workspace's memory: each read as a stream on its own thread while the
/// store writes, each stored in one transaction (a file with an error leaves the memory as it was).
public struct TMXImport {
    /// What importing one file did (`tm import --json` prints these keys).
    public struct FileReport: Codable, Hashable, Sendable {
        public var file: String
        public var units: Int
        /// Units already in the memory, skipped.
        public var duplicates: Int
        /// Variants stored per language code.
        public var variants: [String: Int]
        /// Variants in languages other than the six, kept.
        public var foreignVariants: Int
        /// Empty variants left out (with ``TMXImport/skipEmpty``).
        public var emptyVariantsSkipped: Int
    }

    public let files: [String]
    /// Leave out empty variants (`<seg/>`) instead of refusing the file.
    public let skipEmpty: Bool
    private let readers: [TMXReader]

    /// Opens every file first, so that a missing or unreadable one is reported before anything is stored.
    public init(files: [String], skipEmpty: Bool) throws {
        self.files = files
        self.skipEmpty = skipEmpty
        readers = try files.map { file -> TMXReader in
            var reader = try TMXReader(path: file)
            reader.refusesEmptySegments = !skipEmpty
            return reader
        }
    }

    /// Imports the files in order into `workspace`'s memory, reporting megabytes read.
    public func run(into workspace: Workspace, progress: any ProgressReporter = CollectingProgress()) throws -> [FileReport] {
        var reports: [FileReport] = []
        for (file, reader) in zip(files, readers) {
            let name = URL(fileURLWithPath: file).lastPathComponent
            let pipeline = UnitPipeline()
            let skipped = Counter()
            let skipEmpty = self.skipEmpty
            pipeline.start { put in
                var batch: [PipelineUnit] = []
                var count = 0
                var share = WorkShare()
                _ = try reader.read(progress: { done, total in
                    progress.update(Int(done >> 20), of: Int(max(total, 1) >> 20), "MB of \(name), \(count) units")
                }, unit: { unit in
                    count += 1
                    var unit = unit
                    if skipEmpty {
                        let before = unit.variants.count
                        unit.variants.removeAll { $0.content.codes.isEmpty && $0.content.plainText.allSatisfy(\.isWhitespace) }
                        skipped.add(before - unit.variants.count)
                    }
                    // The text work goes to whichever thread has room for it.
                    batch.append(share.readerPrepares(count) ? .prepared(try PreparedMemoryUnit(unit)) : .raw(unit))
                    if batch.count == 2048 {
                        share.adjust(backlog: pipeline.backlog)
                        try put(batch)
                        batch.removeAll(keepingCapacity: true)
                    }
                })
                if !batch.isEmpty { try put(batch) }
            }
            let summary = try workspace.importMemory(name: name, origin: name) { add in
                try pipeline.drain { batch in
                    for unit in batch { try add(try unit.prepare()) }
                }
            }
            progress.finish()
            reports.append(FileReport(file: file, units: summary.units, duplicates: summary.duplicates,
                                      variants: summary.variants, foreignVariants: summary.foreignVariants,
                                      emptyVariantsSkipped: skipped.value))
        }
        return reports
    }
}
