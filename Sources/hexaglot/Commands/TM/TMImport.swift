import ArgumentParser
import Foundation
import HexaglotCore
import HexaglotFormats
import HexaglotStore

/// `hexaglot tm import`: TMX files into the memory.
struct TMImport: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "import",
        abstract: "Import TMX files (1.4b; UTF-8, or UTF-16 with a byte-order mark) into the memory.",
        discussion: """
            Each file is read as a stream and stored in one transaction: a file with an error leaves \
            the memory as it was, and the error names the file and the line. Languages are mapped \
            to the six (fr-FR, zh-CN, zh-Hans, es-419…); variants in other languages, properties \
            and notes are kept. A unit already in the memory (same texts in the same languages, \
            whether from a file, an alignment or a workspace segment) is skipped. An empty <seg> is an error unless --skip-empty is given.
            """)

    @OptionGroup var workspaceOptions: WorkspaceOptions
    @OptionGroup var output: JSONOption

    @Argument(help: ArgumentHelp("TMX files.", valueName: "file"))
    var files: [String]

    @Flag(name: .long, help: "Leave out empty variants (<seg/>) instead of refusing the file.")
    var skipEmpty = false

    func validate() throws {
        guard !files.isEmpty else { throw ValidationError("give at least one TMX file") }
    }

    struct FileReport: Encodable {
        var file: String
        var units: Int
        var duplicates: Int
        var variants: [String: Int]
        var foreignVariants: Int
        var emptyVariantsSkipped: Int
    }

    func run() throws {
        let readers = try files.map { file -> TMXReader in
            var reader = try TMXReader(path: file)
            reader.refusesEmptySegments = !skipEmpty
            return reader
        }
        let workspace = try workspaceOptions.open()
        let progress = Progress()
        var reports: [FileReport] = []
        for (file, reader) in zip(files, readers) {
            let name = URL(fileURLWithPath: file).lastPathComponent
            let pipeline = UnitPipeline()
            let skipped = Counter()
            pipeline.start { put in
                var batch: [PipelineUnit] = []
                var count = 0
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
                    // The store's thread prepares two units in five itself: the work is then
                    // shared about evenly between the two threads.
                    batch.append(count % 5 < 2 ? .raw(unit) : .prepared(try PreparedMemoryUnit(unit)))
                    if batch.count == 2048 {
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
        if output.json {
            try Output.json(["files": reports])
            return
        }
        for r in reports {
            let languages = Language.allCases.compactMap { l in r.variants[l.rawValue].map { "\(l.rawValue) \($0)" } }
            var line = "\(r.file): \(r.units) units" + (languages.isEmpty ? "" : " (\(languages.joined(separator: ", ")))")
            if r.duplicates > 0 { line += ", \(r.duplicates) already in the memory" }
            if r.foreignVariants > 0 { line += ", \(r.foreignVariants) variants in other languages kept" }
            if r.emptyVariantsSkipped > 0 { line += ", \(r.emptyVariantsSkipped) empty variants left out" }
            print(line)
        }
    }
}

/// A count shared between threads.
final class Counter: @unchecked Sendable {
    private let lock = NSLock()
    private var count = 0
    func add(_ n: Int) { lock.lock(); count += n; lock.unlock() }
    var value: Int { lock.lock(); defer { lock.unlock() }; return count }
}
