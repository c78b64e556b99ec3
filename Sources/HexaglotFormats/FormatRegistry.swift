/// The file formats Hexaglot knows, found by name or by file extension.
public enum FormatRegistry {
    /// Every registered format. Adding a format is one line here.
    public static let all: [any DocumentFormat] = [
        MarkdownFormat(),
        PlainTextFormat(),
    ]

    /// The format called `name` (`markdown`, `text`), ignoring case.
    public static func format(named name: String) -> (any DocumentFormat)? {
        let wanted = name.lowercased()
        return all.first { $0.name == wanted }
    }

    /// The format for a path, by its extension (`letter.fr.md` → Markdown), ignoring case.
    public static func format(forPath path: String) -> (any DocumentFormat)? {
        let file = path.split(separator: "/", omittingEmptySubsequences: false).last.map(String.init) ?? path
        guard let dot = file.lastIndex(of: "."), dot != file.startIndex else { return nil }
        let ext = file[file.index(after: dot)...].lowercased()
        return all.first { $0.fileExtensions.contains(ext) }
    }
}
