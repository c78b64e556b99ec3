/// Recognising what starts a block: list markers, headings, fences, HTML blocks.
extension MarkdownBlockParser {

    /// Whether the line at offset `i` starts a block other than paragraph text.
    func startsLeafBlock(_ cur: MarkdownLineCursor, at i: Int, indent: Int, interruptingParagraph: Bool) -> Bool {
        let s = cur.s
        if indent >= 4 { return false }
        if i < s.count, s[i] == ">" { return true }
        if cur.isThematicBreak(from: i) { return true }
        if let m = listMarker(s, at: i) {
            if !cur.isBlank(from: m.end) && (!m.ordered || m.number == 1) { return true }
        }
        if i < s.count, s[i] == "#", atxLevel(s, at: i) != nil { return true }
        if fenceOpening(s, at: i) != nil { return true }
        if htmlBlockStart(s, at: i, interruptingParagraph: interruptingParagraph) != nil { return true }
        return false
    }

    func isSetextUnderline(_ rest: ArraySlice<Unicode.Scalar>) -> Bool {
        guard let c = rest.first, c == "=" || c == "-" else { return false }
        var k = rest.startIndex
        while k < rest.endIndex, rest[k] == c { k += 1 }
        return rest[k...].allSatisfy { $0 == " " || $0 == "\t" }
    }

    struct ListMarker { var end: Int; var ordered: Bool; var number: Int }

    /// A list marker at `i` followed by a space, a tab or the end of the line.
    func listMarker(_ s: [Unicode.Scalar], at i: Int) -> ListMarker? {
        guard i < s.count else { return nil }
        var end: Int
        var ordered = false
        var number = 0
        if s[i] == "-" || s[i] == "+" || s[i] == "*" {
            end = i + 1
        } else {
            var k = i
            while k < s.count, k - i < 9, HTMLSyntax.isASCIIDigit(s[k]) {
                number = number * 10 + Int(s[k].value - 48)
                k += 1
            }
            guard k > i, k < s.count, s[k] == "." || s[k] == ")" else { return nil }
            end = k + 1
            ordered = true
        }
        guard end == s.count || s[end] == " " || s[end] == "\t" else { return nil }
        return ListMarker(end: end, ordered: ordered, number: number)
    }

    func atxLevel(_ s: [Unicode.Scalar], at i: Int) -> Int? {
        var k = i
        while k < s.count, s[k] == "#" { k += 1 }
        let level = k - i
        guard (1...6).contains(level), k == s.count || s[k] == " " || s[k] == "\t" else { return nil }
        return level
    }

    func atxHeading(_ line: SourceLine, _ s: [Unicode.Scalar], at i: Int) -> LeafLine? {
        guard i < s.count, s[i] == "#", let level = atxLevel(s, at: i) else { return nil }
        var start = i + level
        while start < s.count, s[start] == " " || s[start] == "\t" { start += 1 }
        var end = s.count
        while end > start, s[end - 1] == " " || s[end - 1] == "\t" { end -= 1 }
        // Optional closing sequence: #s preceded by a space (or filling the whole content).
        var k = end
        while k > start, s[k - 1] == "#" { k -= 1 }
        if k < end, k == start || s[k - 1] == " " || s[k - 1] == "\t" {
            end = k
            while end > start, s[end - 1] == " " || s[end - 1] == "\t" { end -= 1 }
        }
        if end < start { end = start }
        let a = index(line, start), b = index(line, end)
        return LeafLine(prefix: line.text[line.text.startIndex..<a], content: line.text[a..<b],
                        suffix: line.text[b...], ending: line.ending, number: line.number)
    }

    func fenceRun(_ s: [Unicode.Scalar], at i: Int, char: Unicode.Scalar) -> Int {
        var k = i
        while k < s.count, s[k] == char { k += 1 }
        return k - i
    }

    func fenceOpening(_ s: [Unicode.Scalar], at i: Int) -> (Unicode.Scalar, Int)? {
        guard i < s.count, s[i] == "`" || s[i] == "~" else { return nil }
        let c = s[i]
        let n = fenceRun(s, at: i, char: c)
        guard n >= 3 else { return nil }
        if c == "`", s[(i + n)...].contains("`") { return nil }
        return (c, n)
    }

    func htmlBlockStart(_ s: [Unicode.Scalar], at i: Int, interruptingParagraph: Bool) -> HTMLEnd? {
        guard i < s.count, s[i] == "<" else { return nil }
        let text = String(String.UnicodeScalarView(s[i...])).lowercased()
        for tag in ["script", "pre", "style", "textarea"] {
            if text.hasPrefix("<" + tag) {
                let after = text.dropFirst(tag.count + 1).first
                if after == nil || after == " " || after == "\t" || after == ">" { return .contains("</\(tag)>") }
            }
        }
        if text.hasPrefix("<!--") { return .contains("-->") }
        if text.hasPrefix("<?") { return .contains("?>") }
        if text.hasPrefix("<![cdata[") { return .contains("]]>") }
        if text.hasPrefix("<!"), s.count > i + 2, HTMLSyntax.isASCIILetter(s[i + 2]) { return .contains(">") }
        var k = i + 1
        if k < s.count, s[k] == "/" { k += 1 }
        let nameStart = k
        while k < s.count, HTMLSyntax.isASCIILetter(s[k]) || HTMLSyntax.isASCIIDigit(s[k]) { k += 1 }
        let name = String(String.UnicodeScalarView(s[nameStart..<k])).lowercased()
        if HTMLSyntax.blockTags.contains(name),
           k == s.count || s[k] == " " || s[k] == "\t" || s[k] == ">" || (s[k] == "/" && k + 1 < s.count && s[k + 1] == ">") {
            return .blankLine
        }
        if !interruptingParagraph, let (end, tag) = HTMLSyntax.scan(s, at: i), tag != .other,
           s[end...].allSatisfy({ $0 == " " || $0 == "\t" }) {
            return .blankLine
        }
        return nil
    }

}
