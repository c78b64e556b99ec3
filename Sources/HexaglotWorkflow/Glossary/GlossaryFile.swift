import Foundation
import HexaglotCore
import HexaglotFormats

/// A glossary file in one of the glossary formats of the ``FormatRegistry`` (TBX-Basic, CSV),
/// told apart by its extension: read whole, or written from the workspace's entries.
public enum GlossaryFile {
    /// A glossary file read, not yet stored.
    public struct Read: Sendable {
        /// The glossary's name: the file's name without its extension (`connect2030`).
        public var name: String
        public var entries: [GlossaryEntry]
        /// Concepts with no approved term in one of the six languages, and the like.
        public var warnings: [FormatWarning]
        /// The file as read, kept with the glossary.
        public var text: String
    }

    /// The glossary format of `path`, or an error naming the formats known ("expected a .tbx or .csv file").
    public static func format(of path: String) throws -> InterchangeFormat {
        guard let format = FormatRegistry.interchangeFormat(forPath: path), format.kind == .glossary else {
            throw WorkflowError(.badInput, "\(path): expected a \(knownExtensions) file")
        }
        return format
    }

    /// `.tbx or .csv`: the glossary extensions of the registry.
    public static var knownExtensions: String {
        let all = FormatRegistry.fileExtensions(documents: false, [.glossary]).map { "." + $0 }
        return all.count < 2 ? all.joined() : all.dropLast().joined(separator: ", ") + " or " + all.last!
    }

    /// Reads a glossary file (TBX unless the registry says CSV).
    public static func read(_ path: String) throws -> Read {
        guard let data = FileManager.default.contents(atPath: path) else {
            throw WorkflowError(.notFound, "\(path): no such file, or not readable")
        }
        let (entries, warnings): ([GlossaryEntry], [FormatWarning])
        if FormatRegistry.interchangeFormat(forPath: path)?.name == "csv" {
            (entries, warnings) = try GlossaryCSV.read(try SourceFile.read(path), file: path)
        } else {
            (entries, warnings) = try TBXReader.readWithWarnings(data, file: path)
        }
        let name = ((path as NSString).lastPathComponent as NSString).deletingPathExtension
        return Read(name: name, entries: entries, warnings: warnings, text: String(decoding: data, as: UTF8.self))
    }

    /// The text of a glossary file in the format `path` names (TBX-Basic or CSV).
    public static func text(_ entries: [GlossaryEntry], for path: String) throws -> String {
        switch try format(of: path).name {
        case "csv": return GlossaryCSV.write(entries)
        default: return TBXWriter.string(entries, title: "Hexaglot glossary")
        }
    }
}
