import HexaglotCore

extension MarkdownInlineParser {
    /// Handles `]` at `i`: makes a link or image if an opener and a destination match.
    /// Returns the offset after the link's closing markup, or nil (the `]` is text).
    mutating func closeBracket(at i: Int) -> Int? {
        guard let opener = brackets.last else { return nil }
        guard opener.image || brackets.count - 1 >= inactiveBelow else {
            popBracket()
            return nil
        }
        var href: String?
        var title: String?
        var end = i + 1
        if let inline = inlineLinkTail(from: i + 1) {
            (end, href, title) = inline
        } else if !references.isEmpty {
            // Reference: [text][label], [text][] or [text].
            var label: Range<Int>? = opener.contentStart..<i
            if let (labelRange, labelEnd) = linkLabel(from: i + 1) {
                if !labelRange.isEmpty { label = labelRange }
                end = labelEnd
            }
            if let label, label.count <= MarkdownReferenceDefinition.maxLabelLength,
               let definition = references[MarkdownReferenceDefinition.normalizeLabel(text.text(label))] {
                href = definition.href
                title = definition.title
            } else {
                end = i + 1
            }
        }
        guard let href else {
            popBracket()
            return nil
        }
        let id = newID()
        var attributes = ["href": href]
        if let title { attributes["title"] = title }
        let role: InlineCode.Role = opener.image ? .image : .link
        nodes[opener.node].piece = .code(InlineCode(id: id, kind: .open, role: role,
                                                    data: opener.image ? "![" : "[", attributes: attributes))
        append(.code(InlineCode(id: id, kind: .close, role: role, data: text.markup(i..<end),
                                attributes: attributes)), at: i)
        processEmphasis(bottom: opener.delimiterBottom)
        popBracket()
        // No link inside a link: every link opener below is now inactive.
        if !opener.image { inactiveBelow = brackets.count }
        return end
    }

    private mutating func popBracket() {
        brackets.removeLast()
        inactiveBelow = min(inactiveBelow, brackets.count)
    }

    /// A link label `[...]` starting at `i` (no unescaped brackets inside, at most 999
    /// characters): the label's range (empty for `[]`) and the offset after it.
    func linkLabel(from i: Int) -> (Range<Int>, Int)? {
        let n = s.count
        guard i < n, s[i] == "[" else { return nil }
        var k = i + 1
        while k < n, s[k] != "]" {
            if s[k] == "[" || k - i > MarkdownReferenceDefinition.maxLabelLength { return nil }
            k += s[k] == "\\" && k + 1 < n ? 2 : 1
        }
        guard k < n else { return nil }
        return ((i + 1)..<k, k + 1)
    }

    /// `(destination "title")` starting at `i`: end offset, destination, title.
    func inlineLinkTail(from i: Int) -> (Int, String?, String?)? {
        let n = s.count
        guard i < n, s[i] == "(" else { return nil }
        var k = i + 1
        func skipSpace() {
            var newlines = 0
            while k < n, s[k] == " " || s[k] == "\t" || s[k] == "\n" {
                if s[k] == "\n" { newlines += 1; if newlines > 1 { return } }
                k += 1
            }
        }
        skipSpace()
        var dest = ""
        if k < n, s[k] == "<" {
            let start = k + 1
            k += 1
            while k < n, s[k] != ">", s[k] != "\n", s[k] != "<" { if s[k] == "\\" { k += 1 }; k += 1 }
            guard k < n, s[k] == ">" else { return nil }
            dest = text.text(start..<k)
            k += 1
        } else {
            let start = k
            var depth = 0
            while k < n, s[k].value > 0x20 {
                if s[k] == "\\", k + 1 < n { k += 2; continue }
                if s[k] == "(" {
                    depth += 1
                    if depth > 32 { return nil }  // as cmark: bounds the scan
                }
                if s[k] == ")" { if depth == 0 { break }; depth -= 1 }
                k += 1
            }
            guard depth == 0 else { return nil }
            dest = text.text(start..<k)
        }
        let afterDest = k
        skipSpace()
        var title: String?
        if k < n, k > afterDest, s[k] == "\"" || s[k] == "'" || s[k] == "(" {
            let close: Unicode.Scalar = s[k] == "(" ? ")" : s[k]
            let start = k + 1
            k += 1
            while k < n, s[k] != close {
                if close == ")", s[k] == "(" { return nil }
                if s[k] == "\\" { k += 1 }
                k += 1
            }
            guard k < n else { return nil }
            title = text.text(start..<k).replacingNewlines()
            k += 1
            skipSpace()
        }
        guard k < n, s[k] == ")" else { return nil }
        return (k + 1, dest, title)
    }
}

extension String {
    func replacingNewlines() -> String {
        String(String.UnicodeScalarView(unicodeScalars.map { $0 == "\n" ? " " : $0 }))
    }
}
