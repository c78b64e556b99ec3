/// What a file holds around its segments: markup, whitespace, front matter, code blocks.
///
/// Writing the literals and the segments in order rebuilds the file. For a document that
/// nobody translated, that gives back the source byte for byte.
public struct Skeleton: Hashable, Codable, Sendable {
    public enum Part: Hashable, Codable, Sendable {
        /// Bytes copied as they are.
        case literal(String)
        /// The segment with this index in the document's segment list.
        case segment(Int)
    }

    public var parts: [Part]

    public init(_ parts: [Part] = []) {
        self.parts = []
        for part in parts { append(part) }
    }

    /// Appends a part, merging adjacent literals and dropping empty ones.
    public mutating func append(_ part: Part) {
        if case .literal(let s) = part {
            if s.isEmpty { return }
            if case .literal(let previous)? = parts.last {
                parts[parts.count - 1] = .literal(previous + s)
                return
            }
        }
        parts.append(part)
    }

    /// Rebuilds the file, asking `segment` for the markup of each segment.
    public func render(_ segment: (Int) -> String) -> String {
        var out = ""
        for part in parts {
            switch part {
            case .literal(let s): out += s
            case .segment(let i): out += segment(i)
            }
        }
        return out
    }
}
