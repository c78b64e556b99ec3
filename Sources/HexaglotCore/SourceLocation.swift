/// A place in an input file, for error messages that name the file and the line.
public struct SourceLocation: Hashable, Codable, Sendable, CustomStringConvertible {
    /// The file's path as the user gave it, or nil for text that came from elsewhere.
    public var file: String?
    /// 1-based line number.
    public var line: Int
    /// 1-based column in characters, when known.
    public var column: Int?

    public init(file: String? = nil, line: Int, column: Int? = nil) {
        self.file = file
        self.line = line
        self.column = column
    }

    /// `path:line:column`, the form editors and compilers use.
    public var description: String {
        var s = file ?? "<input>"
        s += ":\(line)"
        if let column { s += ":\(column)" }
        return s
    }
}
