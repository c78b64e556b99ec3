import HexaglotCore

/// Parses a leaf block's inline Markdown into text and typed inline codes.
///
/// CommonMark-like: backslash escapes and entities become escape placeholders; code
/// spans, autolinks and inline HTML are scanned left to right; `*`, `_` and `~~`
/// delimiter runs follow the flanking rules and the "process emphasis" algorithm, so
/// unmatched delimiters stay text; inline links, reference links (full, collapsed,
/// shortcut) and images become open/close pairs. HTML tags pair up by name when they nest
/// properly with the other pairs; otherwise they stay placeholders. A newline is a soft
/// break code (taking the trailing whitespace before it), or a hard break token after two
/// or more spaces or a backslash.
struct MarkdownInlineParser {
    typealias References = [String: (href: String, title: String?)]

    private struct Node {
        var piece: InlineToken.Piece
        var offset: Int
        var prev: Int
        var next: Int
    }

    private struct Delimiter {
        var node: Int
        var char: Unicode.Scalar
        var count: Int
        var originalCount: Int
        var canOpen: Bool
        var canClose: Bool
    }

    private struct Bracket {
        var node: Int
        var image: Bool
        /// Offset just after `[` (where the link text starts).
        var contentStart: Int
        var active: Bool
        /// How many delimiters were on the stack when the bracket opened.
        var delimiterBottom: Int
    }

    private let text: LeafText
    private let references: References
    private var s: [Unicode.Scalar] { text.scalars }
    private var nodes: [Node] = []
    /// The last node of the list (not of the array: `insert` adds nodes in the middle).
    private var tail = -1
    private var delimiters: [Delimiter] = []
    private var brackets: [Bracket] = []
    private var nextID = 1
    /// Tag names of HTML codes, by node, for pairing after parsing.
    private var htmlTags: [Int: HTMLSyntax.Tag] = [:]

    init(_ text: LeafText, references: References) {
        self.text = text
        self.references = references
    }

    /// Parses the block's inline content.
    static func parse(_ leaf: LeafBlock, references: References) -> [InlineToken] {
        var parser = MarkdownInlineParser(LeafText(leaf), references: references)
        return parser.run()
    }

    // MARK: - Node list

    @discardableResult
    private mutating func append(_ piece: InlineToken.Piece, at offset: Int) -> Int {
        let k = nodes.count
        nodes.append(Node(piece: piece, offset: offset, prev: tail, next: -1))
        if tail >= 0 { nodes[tail].next = k }
        tail = k
        return k
    }

    /// Inserts a node after `after`, returning its index.
    private mutating func insert(_ piece: InlineToken.Piece, after: Int) -> Int {
        let k = nodes.count
        let next = nodes[after].next
        nodes.append(Node(piece: piece, offset: nodes[after].offset, prev: after, next: next))
        nodes[after].next = k
        if next >= 0 { nodes[next].prev = k } else { tail = k }
        return k
    }

    private mutating func insert(_ piece: InlineToken.Piece, before: Int) -> Int {
        let prev = nodes[before].prev
        let k = nodes.count
        nodes.append(Node(piece: piece, offset: nodes[before].offset, prev: prev, next: before))
        nodes[before].prev = k
        if prev >= 0 { nodes[prev].next = k }
        return k
    }

    private mutating func newID() -> Int {
        defer { nextID += 1 }
        return nextID
    }

    // MARK: - Scanning

    private mutating func run() -> [InlineToken] {
        var i = 0
        var pending = String.UnicodeScalarView()
        var pendingStart = 0
        let n = s.count
        func flush(_ parser: inout MarkdownInlineParser) {
            if !pending.isEmpty {
                parser.append(.text(String(pending)), at: pendingStart)
                pending = String.UnicodeScalarView()
            }
        }
        while i < n {
            let c = s[i]
            if pending.isEmpty { pendingStart = i }
            switch c {
            case "\\":
                if i + 1 < n, s[i + 1] == "\n" {
                    flush(&self)
                    append(.hardBreak(text.markup(i..<(i + 2))), at: i)
                    i += 2
                    continue
                }
                if i + 1 < n, s[i + 1].isASCII, Self.isASCIIPunctuation(s[i + 1]) {
                    flush(&self)
                    append(.code(InlineCode(id: newID(), kind: .placeholder, role: .escape,
                                            data: text.text(i..<(i + 2)), equiv: String(s[i + 1]))), at: i)
                    i += 2
                    continue
                }
            case "&":
                if let (end, value) = HTMLEntities.match(s, at: i) {
                    flush(&self)
                    append(.code(InlineCode(id: newID(), kind: .placeholder, role: .escape,
                                            data: text.text(i..<end), equiv: value)), at: i)
                    i = end
                    continue
                }
            case "`":
                var j = i
                while j < n, s[j] == "`" { j += 1 }
                let length = j - i
                if let close = closingBackticks(from: j, length: length) {
                    flush(&self)
                    var inner = s[j..<close].map { $0 == "\n" ? " " : $0 }
                    if inner.count >= 2, inner.first == " ", inner.last == " ", !inner.allSatisfy({ $0 == " " }) {
                        inner = Array(inner.dropFirst().dropLast())
                    }
                    append(.code(InlineCode(id: newID(), kind: .placeholder, role: .code,
                                            data: text.markup(i..<(close + length)),
                                            equiv: String(String.UnicodeScalarView(inner)))), at: i)
                    i = close + length
                } else {
                    pending.append(contentsOf: s[i..<j])
                    i = j
                }
                continue
            case "<":
                if let (end, address) = autolink(at: i) {
                    flush(&self)
                    let href = address.contains(":") ? address : "mailto:" + address
                    append(.code(InlineCode(id: newID(), kind: .placeholder, role: .autolink,
                                            data: text.markup(i..<end), equiv: address, attributes: ["href": href])), at: i)
                    i = end
                    continue
                }
                if let (end, tag) = HTMLSyntax.scan(s, at: i) {
                    flush(&self)
                    let k = append(.code(InlineCode(id: newID(), kind: .placeholder, role: .html,
                                                    data: text.markup(i..<end))), at: i)
                    htmlTags[k] = tag
                    i = end
                    continue
                }
            case "*", "_", "~":
                var j = i
                while j < n, s[j] == c { j += 1 }
                let count = j - i
                if c == "~" && count != 2 {
                    pending.append(contentsOf: s[i..<j])
                    i = j
                    continue
                }
                flush(&self)
                let before: Unicode.Scalar? = i > 0 ? s[i - 1] : nil
                let after: Unicode.Scalar? = j < n ? s[j] : nil
                let (left, right) = Self.flanking(before: before, after: after)
                var canOpen = left, canClose = right
                if c == "_" {
                    canOpen = left && (!right || Self.isPunctuation(before))
                    canClose = right && (!left || Self.isPunctuation(after))
                }
                let k = append(.text(text.text(i..<j)), at: i)
                if canOpen || canClose {
                    delimiters.append(Delimiter(node: k, char: c, count: count, originalCount: count,
                                                canOpen: canOpen, canClose: canClose))
                }
                i = j
                continue
            case "!" where i + 1 < n && s[i + 1] == "[":
                flush(&self)
                let k = append(.text("!["), at: i)
                brackets.append(Bracket(node: k, image: true, contentStart: i + 2, active: true,
                                        delimiterBottom: delimiters.count))
                i += 2
                continue
            case "[":
                flush(&self)
                let k = append(.text("["), at: i)
                brackets.append(Bracket(node: k, image: false, contentStart: i + 1, active: true,
                                        delimiterBottom: delimiters.count))
                i += 1
                continue
            case "]":
                flush(&self)
                if let end = closeBracket(at: i) {
                    i = end
                } else {
                    append(.text("]"), at: i)
                    i += 1
                }
                continue
            case " ", "\t", "\n":
                // A run of spaces and tabs before a newline belongs to the line break.
                var j = i
                while j < n, s[j] == " " || s[j] == "\t" { j += 1 }
                if j < n, s[j] == "\n" {
                    flush(&self)
                    let spaces = s[i..<j].reversed().prefix(while: { $0 == " " }).count
                    if spaces >= 2 {
                        append(.hardBreak(text.markup(i..<(j + 1))), at: i)
                    } else {
                        append(.code(text.softBreak(i..<(j + 1))), at: i)
                    }
                    i = j + 1
                    continue
                }
                pending.append(contentsOf: s[i..<j])
                i = j
                continue
            default:
                break
            }
            pending.append(c)
            i += 1
        }
        flush(&self)
        processEmphasis(bottom: 0)
        return tokens()
    }

    private func closingBackticks(from start: Int, length: Int) -> Int? {
        var j = start
        while j < s.count {
            if s[j] == "`" {
                var k = j
                while k < s.count, s[k] == "`" { k += 1 }
                if k - j == length { return j }
                j = k
            } else {
                j += 1
            }
        }
        return nil
    }

    /// `<scheme:address>` or `<user@example.org>` at `i`: the end and the address.
    private func autolink(at i: Int) -> (Int, String)? {
        var j = i + 1
        let n = s.count
        // URI autolink.
        var k = j
        while k < n, HTMLSyntax.isASCIILetter(s[k]) || HTMLSyntax.isASCIIDigit(s[k]) || s[k] == "+" || s[k] == "." || s[k] == "-" { k += 1 }
        if k - j >= 2, k - j <= 32, HTMLSyntax.isASCIILetter(s[j]), k < n, s[k] == ":" {
            var m = k + 1
            while m < n, s[m] != ">", s[m] != "<", s[m].value > 0x20 { m += 1 }
            if m < n, s[m] == ">" { return (m + 1, text.text((i + 1)..<m)) }
        }
        // E-mail autolink.
        j = i + 1
        while j < n, HTMLSyntax.isASCIILetter(s[j]) || HTMLSyntax.isASCIIDigit(s[j]) || ".!#$%&'*+/=?^_`{|}~-".unicodeScalars.contains(s[j]) { j += 1 }
        guard j > i + 1, j < n, s[j] == "@" else { return nil }
        var m = j + 1
        while m < n, HTMLSyntax.isASCIILetter(s[m]) || HTMLSyntax.isASCIIDigit(s[m]) || s[m] == "-" || s[m] == "." { m += 1 }
        guard m > j + 1, m < n, s[m] == ">", s[m - 1] != ".", s[j + 1] != "." else { return nil }
        return (m + 1, text.text((i + 1)..<m))
    }

    // MARK: - Links

    /// Handles `]` at `i`: makes a link or image if an opener and a destination match.
    /// Returns the offset after the link's closing markup, or nil (the `]` is text).
    private mutating func closeBracket(at i: Int) -> Int? {
        guard let opener = brackets.last else { return nil }
        guard opener.active else {
            brackets.removeLast()
            return nil
        }
        var href: String?
        var title: String?
        var end = i + 1
        if let inline = inlineLinkTail(from: i + 1) {
            (end, href, title) = inline
        } else {
            // Reference: [text][label], [text][] or [text].
            var label = text.text(opener.contentStart..<i)
            if i + 1 < s.count, s[i + 1] == "[" {
                var k = i + 2
                while k < s.count, s[k] != "]", s[k] != "[" { k += 1 }
                if k < s.count, s[k] == "]" {
                    if k > i + 2 { label = text.text((i + 2)..<k) }
                    end = k + 1
                }
            }
            if let def = references[MarkdownBlockParser.normalizeLabel(label)] {
                href = def.href
                title = def.title
            } else {
                end = i + 1
            }
        }
        guard let href else {
            brackets.removeLast()
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
        brackets.removeLast()
        if !opener.image {
            for k in brackets.indices where !brackets[k].image { brackets[k].active = false }
        }
        return end
    }

    /// `(destination "title")` starting at `i`: end offset, destination, title.
    private func inlineLinkTail(from i: Int) -> (Int, String?, String?)? {
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
                if s[k] == "(" { depth += 1 }
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
            while k < n, s[k] != close { if s[k] == "\\" { k += 1 }; k += 1 }
            guard k < n else { return nil }
            title = text.text(start..<k).replacingNewlines()
            k += 1
            skipSpace()
        }
        guard k < n, s[k] == ")" else { return nil }
        return (k + 1, dest, title)
    }

    // MARK: - Emphasis

    /// CommonMark's "process emphasis" over delimiters from `bottom` up; removes them.
    private mutating func processEmphasis(bottom: Int) {
        var openersBottom: [String: Int] = [:]
        var closerIndex = bottom
        while closerIndex < delimiters.count {
            let closer = delimiters[closerIndex]
            guard closer.canClose else { closerIndex += 1; continue }
            let key = "\(closer.char)\(closer.canOpen)\(closer.originalCount % 3)"
            var found: Int? = nil
            var k = closerIndex - 1
            let floor = max(bottom, openersBottom[key] ?? bottom)
            while k >= floor {
                let o = delimiters[k]
                if o.char == closer.char, o.canOpen {
                    let oddMatch = (closer.canOpen || o.canClose) && (o.originalCount + closer.originalCount) % 3 == 0
                        && !(o.originalCount % 3 == 0 && closer.originalCount % 3 == 0)
                    let tildeOK = closer.char != "~" || o.count == closer.count
                    if !oddMatch && tildeOK { found = k; break }
                }
                k -= 1
            }
            guard let openerIndex = found else {
                openersBottom[key] = closerIndex
                if !closer.canOpen { delimiters.remove(at: closerIndex) } else { closerIndex += 1 }
                continue
            }
            let opener = delimiters[openerIndex]
            let use = closer.char == "~" ? 2 : (closer.count >= 2 && opener.count >= 2 ? 2 : 1)
            let role: InlineCode.Role = closer.char == "~" ? .strikethrough : (use == 2 ? .strong : .emphasis)
            let mark = String(repeating: String(closer.char), count: use)
            let id = newID()
            _ = insert(.code(InlineCode(id: id, kind: .open, role: role, data: mark)), after: opener.node)
            _ = insert(.code(InlineCode(id: id, kind: .close, role: role, data: mark)), before: closer.node)
            delimiters[openerIndex].count -= use
            delimiters[closerIndex].count -= use
            nodes[opener.node].piece = .text(String(repeating: String(opener.char), count: opener.count - use))
            nodes[closer.node].piece = .text(String(repeating: String(closer.char), count: closer.count - use))
            // Delimiters between opener and closer can no longer match.
            delimiters.removeSubrange((openerIndex + 1)..<closerIndex)
            closerIndex = openerIndex + 1
            if delimiters[openerIndex].count == 0 {
                delimiters.remove(at: openerIndex)
                closerIndex -= 1
            }
            if delimiters[closerIndex].count == 0 { delimiters.remove(at: closerIndex) }
        }
        delimiters.removeSubrange(min(bottom, delimiters.count)...)
    }

    // MARK: - Output

    private func tokens() -> [InlineToken] {
        var result: [InlineToken] = []
        var tags: [HTMLSyntax.Tag?] = []
        guard !nodes.isEmpty else { return [] }
        var k = 0
        while k >= 0 {
            let node = nodes[k]
            if case .text(let t) = node.piece, t.isEmpty {
                k = node.next
                continue
            }
            result.append(InlineToken(piece: node.piece, line: text.line(at: node.offset)))
            tags.append(htmlTags[k])
            k = node.next
        }
        Self.pairHTML(&result, tags: tags)
        return result
    }

    /// Pairs HTML open and close tags by name, keeping only pairs that nest properly
    /// with every other pair; other tags stay placeholders.
    static func pairHTML(_ tokens: inout [InlineToken], tags: [HTMLSyntax.Tag?]) {
        var open: [(index: Int, name: String)] = []
        var pairs: [(Int, Int)] = []
        for (i, tag) in tags.enumerated() {
            switch tag {
            case .open(let name, let selfClosing)? where !selfClosing:
                open.append((i, name))
            case .close(let name)?:
                if let k = open.lastIndex(where: { $0.name == name }) {
                    pairs.append((open[k].index, i))
                    open.remove(at: k)
                }
            default:
                break
            }
        }
        func setKind(_ i: Int, _ kind: InlineCode.Kind, id: Int? = nil) {
            if case .code(var c) = tokens[i].piece {
                c.kind = kind
                if let id { c.id = id }
                tokens[i].piece = .code(c)
            }
        }
        var candidate = pairs
        while true {
            // Apply the candidate pairs, then check that every pair nests.
            for (o, c) in pairs { setKind(o, .placeholder); setKind(c, .placeholder) }
            for (o, c) in candidate {
                if case .code(let code) = tokens[o].piece {
                    setKind(o, .open)
                    setKind(c, .close, id: code.id)
                }
            }
            guard let bad = firstMisnested(tokens) else { return }
            guard let drop = candidate.firstIndex(where: { $0.0 == bad || $0.1 == bad }) else { return }
            candidate.remove(at: drop)
        }
    }

    /// The index of a code whose pair does not nest properly, preferring HTML codes.
    static func firstMisnested(_ tokens: [InlineToken]) -> Int? {
        var stack: [(id: Int, index: Int, role: InlineCode.Role)] = []
        for (i, token) in tokens.enumerated() {
            guard case .code(let c) = token.piece else { continue }
            if c.kind == .open { stack.append((c.id, i, c.role)) }
            if c.kind == .close {
                if let top = stack.last, top.id == c.id {
                    stack.removeLast()
                } else {
                    if c.role == .html { return i }
                    if let top = stack.last, top.role == .html { return top.index }
                    return i
                }
            }
        }
        return stack.first(where: { $0.role == .html })?.index
    }

    // MARK: - Character classes

    static func isASCIIPunctuation(_ c: Unicode.Scalar) -> Bool {
        let v = c.value
        return (0x21...0x2F).contains(v) || (0x3A...0x40).contains(v) || (0x5B...0x60).contains(v) || (0x7B...0x7E).contains(v)
    }

    static func isPunctuation(_ c: Unicode.Scalar?) -> Bool {
        guard let c else { return false }
        if c.isASCII { return isASCIIPunctuation(c) }
        switch c.properties.generalCategory {
        case .connectorPunctuation, .dashPunctuation, .openPunctuation, .closePunctuation,
             .initialPunctuation, .finalPunctuation, .otherPunctuation,
             .mathSymbol, .currencySymbol, .modifierSymbol, .otherSymbol:
            return true
        default:
            return false
        }
    }

    static func isWhitespace(_ c: Unicode.Scalar?) -> Bool {
        guard let c else { return true }
        return c.properties.isWhitespace
    }

    static func flanking(before: Unicode.Scalar?, after: Unicode.Scalar?) -> (left: Bool, right: Bool) {
        let left = !isWhitespace(after) && (!isPunctuation(after) || isWhitespace(before) || isPunctuation(before))
        let right = !isWhitespace(before) && (!isPunctuation(before) || isWhitespace(after) || isPunctuation(after))
        return (left, right)
    }
}

extension String {
    func replacingNewlines() -> String {
        String(String.UnicodeScalarView(unicodeScalars.map { $0 == "\n" ? " " : $0 }))
    }
}
