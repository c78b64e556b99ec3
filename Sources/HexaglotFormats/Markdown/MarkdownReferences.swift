import HexaglotText

/// The link reference definitions of a Markdown document, by normalised label.
typealias MarkdownReferences = [String: (href: String, title: String?)]

/// A link reference definition (CommonMark 4.7): `[label]: destination "optional title"`,
/// over one or more lines at the start of a paragraph.
///
/// Definitions are taken off the start of a paragraph when it closes (or when a setext
/// underline or a table's delimiter row comes), as the CommonMark reference parsers do: the
/// label may span lines, the destination may sit on the next line, the title may span
/// lines; a title that does not end its line leaves the definition without it when the
/// destination ended its own line, and makes no definition otherwise.
struct MarkdownReferenceDefinition {
    /// The label, normalised (``normalizeLabel(_:)``).
    var label: String
    var destination: String
    var title: String?
    /// How many lines of the paragraph the definition takes.
    var lineCount: Int

    /// The longest label CommonMark allows, in characters between the brackets.
    static let maxLabelLength = 999

    /// A label as CommonMark matches it: Unicode case folding (`ẞ` and `SS` match), runs of
    /// spaces, tabs and line endings as one space, none at the ends.
    static func normalizeLabel<S: StringProtocol>(_ label: S) -> String {
        Normalizer.foldCase(String(label))
            .split(whereSeparator: { $0 == " " || $0 == "\t" || $0 == "\n" || $0 == "\r" || $0 == "\r\n" })
            .joined(separator: " ")
    }

    /// The definitions at the start of `lines` (a paragraph's), in order.
    static func parse(_ lines: [LeafLine]) -> [MarkdownReferenceDefinition] {
        guard lines.first?.content.unicodeScalars.first == "[" else { return [] }
        // The paragraph's content joined with "\n", and where each line starts.
        var s: [Unicode.Scalar] = []
        var lineStarts: [Int] = []
        for line in lines {
            if !s.isEmpty { s.append("\n") }
            lineStarts.append(s.count)
            s.append(contentsOf: line.content.unicodeScalars)
        }
        var result: [MarkdownReferenceDefinition] = []
        var line = 0
        while line < lines.count, let (definition, end) = parse(s, at: lineStarts[line]) {
            var next = line + 1
            while next < lines.count, lineStarts[next] <= end { next += 1 }
            result.append(MarkdownReferenceDefinition(label: definition.label, destination: definition.destination,
                                                      title: definition.title, lineCount: next - line))
            line = next
        }
        return result
    }

    /// A definition starting at `p`, and the offset of the line end after it.
    private static func parse(_ s: [Unicode.Scalar], at p: Int) -> (MarkdownReferenceDefinition, Int)? {
        let n = s.count
        guard p < n, s[p] == "[" else { return nil }
        // Label: no unescaped brackets, at most 999 characters, not blank.
        var k = p + 1
        while k < n, s[k] != "]" {
            if s[k] == "[" || k - p > maxLabelLength { return nil }
            k += s[k] == "\\" && k + 1 < n ? 2 : 1
        }
        guard k < n, k + 1 < n, s[k + 1] == ":" else { return nil }
        let label = s[(p + 1)..<k]
        guard label.contains(where: { $0 != " " && $0 != "\t" && $0 != "\n" }) else { return nil }
        k += 2
        skipSpace(s, &k)
        // Destination.
        var destination: String
        if k < n, s[k] == "<" {
            let start = k + 1
            k += 1
            while k < n, s[k] != ">" {
                if s[k] == "\n" || s[k] == "<" { return nil }
                k += s[k] == "\\" && k + 1 < n ? 2 : 1
            }
            guard k < n else { return nil }
            destination = unescape(s[start..<k])
            k += 1
        } else {
            let start = k
            var depth = 0
            while k < n, s[k].value > 0x20, s[k] != "\u{7F}" {
                if s[k] == "\\", k + 1 < n, MarkdownInlineParser.isASCIIPunctuation(s[k + 1]) { k += 2; continue }
                if s[k] == "(" { depth += 1; if depth > 32 { return nil } }
                if s[k] == ")" { if depth == 0 { break }; depth -= 1 }
                k += 1
            }
            guard k > start, depth == 0 else { return nil }
            destination = unescape(s[start..<k])
        }
        let key = normalizeLabel(String(String.UnicodeScalarView(label)))
        // Without a title, the definition ends at the end of the destination's line.
        let afterDestination = k
        var endWithoutTitle: Int? = nil
        var e = k
        while e < n, s[e] == " " || s[e] == "\t" { e += 1 }
        if e == n || s[e] == "\n" { endWithoutTitle = e }
        // Title: after white space, in quotes or parentheses, then only spaces to the line end.
        skipSpace(s, &k)
        if k > afterDestination, k < n, s[k] == "\"" || s[k] == "'" || s[k] == "(" {
            let close: Unicode.Scalar = s[k] == "(" ? ")" : s[k]
            let start = k + 1
            var j = start
            var closed = false
            while j < n {
                if s[j] == close { closed = true; break }
                if close == ")", s[j] == "(" { break }
                j += s[j] == "\\" && j + 1 < n ? 2 : 1
            }
            if closed {
                var m = j + 1
                while m < n, s[m] == " " || s[m] == "\t" { m += 1 }
                if m == n || s[m] == "\n" {
                    return (MarkdownReferenceDefinition(label: key, destination: destination,
                                                        title: unescape(s[start..<j]), lineCount: 0), m)
                }
            }
        }
        guard let endWithoutTitle else { return nil }
        return (MarkdownReferenceDefinition(label: key, destination: destination, title: nil, lineCount: 0), endWithoutTitle)
    }

    /// Skips spaces and tabs with at most one line ending among them.
    private static func skipSpace(_ s: [Unicode.Scalar], _ k: inout Int) {
        var newline = false
        while k < s.count, s[k] == " " || s[k] == "\t" || (s[k] == "\n" && !newline) {
            if s[k] == "\n" { newline = true }
            k += 1
        }
    }

    /// Backslash escapes and character references resolved.
    static func unescape(_ s: ArraySlice<Unicode.Scalar>) -> String {
        var out = String.UnicodeScalarView()
        let a = Array(s)
        var k = 0
        while k < a.count {
            if a[k] == "\\", k + 1 < a.count, MarkdownInlineParser.isASCIIPunctuation(a[k + 1]) {
                out.append(a[k + 1])
                k += 2
            } else if a[k] == "&", let (end, value) = HTMLEntities.match(a, at: k) {
                out.append(contentsOf: value.unicodeScalars)
                k = end
            } else {
                out.append(a[k])
                k += 1
            }
        }
        return String(out)
    }
}
