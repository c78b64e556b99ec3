/// What a file holds, as its extension tells: a document in a registered format, a glossary,
/// a bilingual file from another tool, or a translation memory.
public enum FileKind: Hashable, Sendable {
    case document(String)
    case glossary
    case bilingual
    case memory
}

/// A format Hexaglot exchanges with other tools (not a document with a skeleton).
public struct InterchangeFormat: Sendable {
    public let name: String
    public let kind: FileKind
    /// Lower-case extensions without the dot.
    public let fileExtensions: [String]
    /// Whether importing a folder picks these files up. A CSV file may hold anything, so it is
    /// read as a glossary only when it is named (`glossary import terms.csv`, `import terms.csv`).
    public let foundInFolders: Bool

    init(name: String, kind: FileKind, fileExtensions: [String], foundInFolders: Bool = true) {
        self.name = name
        self.kind = kind
        self.fileExtensions = fileExtensions
        self.foundInFolders = foundInFolders
    }
}

/// The file formats Hexaglot knows, found by name or by file extension.
public enum FormatRegistry {
    /// Every registered document format. Adding a format is one line here.
    public static let all: [any DocumentFormat] = [
        MarkdownFormat(),
        PlainTextFormat(),
        HTMLFormat(),
        DOCXFormat(),
    ]

    /// Every interchange format, one line each.
    public static let interchange: [InterchangeFormat] = [
        InterchangeFormat(name: "tbx", kind: .glossary, fileExtensions: ["tbx"]),
        InterchangeFormat(name: "csv", kind: .glossary, fileExtensions: ["csv"], foundInFolders: false),
        InterchangeFormat(name: "xliff", kind: .bilingual, fileExtensions: ["xlf", "xliff"]),
        InterchangeFormat(name: "tmx", kind: .memory, fileExtensions: ["tmx"]),
    ]

    /// What the file at `path` holds, by its extension (ignoring case); nil for an unknown one.
    public static func kind(forPath path: String) -> FileKind? {
        guard let ext = fileExtension(path) else { return nil }
        if let format = all.first(where: { $0.fileExtensions.contains(ext) }) { return .document(format.name) }
        return interchange.first { $0.fileExtensions.contains(ext) }?.kind
    }

    /// The extensions of the files of these kinds (documents: every registered format), in
    /// registry order; `inFolders`: only those a folder import picks up.
    public static func fileExtensions(documents: Bool, _ kinds: Set<FileKind>, inFolders: Bool = false) -> [String] {
        (documents ? all.flatMap(\.fileExtensions) : [])
            + interchange.filter { kinds.contains($0.kind) && (!inFolders || $0.foundInFolders) }.flatMap(\.fileExtensions)
    }

    /// The interchange format for a path, by its extension (`terms.CSV` → `csv`), ignoring case.
    public static func interchangeFormat(forPath path: String) -> InterchangeFormat? {
        guard let ext = fileExtension(path) else { return nil }
        return interchange.first { $0.fileExtensions.contains(ext) }
    }

    /// The format called `name` (`markdown`, `text`), ignoring case.
    public static func format(named name: String) -> (any DocumentFormat)? {
        let wanted = name.lowercased()
        return all.first { $0.name == wanted }
    }

    /// The format for a path, by its extension (`letter.fr.md` → Markdown), ignoring case.
    public static func format(forPath path: String) -> (any DocumentFormat)? {
        guard let ext = fileExtension(path) else { return nil }
        return all.first { $0.fileExtensions.contains(ext) }
    }

    /// `md` in `letters/CL-19-73.fr.MD`; nil without one (or for a dot file).
    private static func fileExtension(_ path: String) -> String? {
        let file = path.split(separator: "/", omittingEmptySubsequences: false).last.map(String.init) ?? path
        guard let dot = file.lastIndex(of: "."), dot != file.startIndex else { return nil }
        return file[file.index(after: dot)...].lowercased()
    }
}
