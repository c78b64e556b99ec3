import HexaglotCore

extension MarkdownInlineParser {
    /// Adds the delimiter run over `range` (`*`, `_` or `~~`) as a text node and, if it can
    /// open or close emphasis, on top of the delimiter stack.
    mutating func pushDelimiterRun(_ range: Range<Int>) {
        let c = s[range.lowerBound]
        let before: Unicode.Scalar? = range.lowerBound > 0 ? s[range.lowerBound - 1] : nil
        let after: Unicode.Scalar? = range.upperBound < s.count ? s[range.upperBound] : nil
        let (left, right) = Self.flanking(before: before, after: after)
        var canOpen = left, canClose = right
        if c == "_" {
            canOpen = left && (!right || Self.isPunctuation(before))
            canClose = right && (!left || Self.isPunctuation(after))
        }
        let node = append(.text(""), at: range.lowerBound)
        marks += 1
        nodes[node].runCount = range.count
        guard canOpen || canClose else { return }
        let k = delimiters.count
        delimiters.append(Delimiter(node: node, char: c, count: range.count, originalCount: range.count,
                                    canOpen: canOpen, canClose: canClose, prev: lastDelimiter, next: -1))
        if lastDelimiter >= 0 { delimiters[lastDelimiter].next = k }
        lastDelimiter = k
    }

    /// Takes delimiter `k` off the stack.
    private mutating func removeDelimiter(_ k: Int) {
        let prev = delimiters[k].prev, next = delimiters[k].next
        if prev >= 0 { delimiters[prev].next = next }
        if next >= 0 { delimiters[next].prev = prev } else { lastDelimiter = prev }
    }

    /// Which `openers_bottom` a closer uses: its character, whether it can also open, and
    /// its original length modulo 3.
    private static func bottomKey(_ d: Delimiter) -> Int {
        let char = d.char == "*" ? 0 : d.char == "_" ? 1 : 2
        return char * 6 + (d.canOpen ? 3 : 0) + d.originalCount % 3
    }

    /// CommonMark's "process emphasis" over the delimiters above `bottom` (a stack entry,
    /// or -1 for all); takes them off the stack. Openers are searched no lower than where
    /// the last failed search for the same kind of closer stopped, so the work is linear.
    mutating func processEmphasis(bottom: Int) {
        guard lastDelimiter > bottom else { return }
        var openersBottom = [Int](repeating: bottom, count: 18)
        var closer = lastDelimiter
        while delimiters[closer].prev > bottom { closer = delimiters[closer].prev }
        while closer >= 0 {
            let c = delimiters[closer]
            guard c.canClose else { closer = c.next; continue }
            let key = Self.bottomKey(c)
            var opener = c.prev
            var found = false
            while opener > bottom, opener > openersBottom[key] {
                let o = delimiters[opener]
                if o.char == c.char, o.canOpen {
                    let oddMatch = (c.canOpen || o.canClose) && (o.originalCount + c.originalCount) % 3 == 0
                        && !(o.originalCount % 3 == 0 && c.originalCount % 3 == 0)
                    let tildeOK = c.char != "~" || o.count == c.count
                    if !oddMatch && tildeOK { found = true; break }
                }
                opener = o.prev
            }
            guard found else {
                openersBottom[key] = c.prev
                if !c.canOpen { removeDelimiter(closer) }
                closer = c.next
                continue
            }
            let o = delimiters[opener]
            let use = c.char == "~" ? 2 : (c.count >= 2 && o.count >= 2 ? 2 : 1)
            let role: InlineCode.Role = c.char == "~" ? .strikethrough : (use == 2 ? .strong : .emphasis)
            let mark = String(repeating: String(c.char), count: use)
            let id = newID()
            insert(.code(InlineCode(id: id, kind: .open, role: role, data: mark)), after: o.node)
            insert(.code(InlineCode(id: id, kind: .close, role: role, data: mark)), before: c.node)
            delimiters[opener].count -= use
            delimiters[closer].count -= use
            nodes[o.node].runCount = delimiters[opener].count
            nodes[c.node].runCount = delimiters[closer].count
            // Delimiters between opener and closer can no longer match.
            delimiters[opener].next = closer
            delimiters[closer].prev = opener
            if delimiters[opener].count == 0 { removeDelimiter(opener) }
            if delimiters[closer].count == 0 {
                let next = delimiters[closer].next
                removeDelimiter(closer)
                closer = next
            }
        }
        lastDelimiter = bottom
        if bottom >= 0 { delimiters[bottom].next = -1 }
    }
}
