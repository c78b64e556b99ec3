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
///
/// Time is linear in the block, as in the CommonMark reference parsers: delimiters form a
/// linked stack searched no lower than `openers_bottom`, link brackets are deactivated by
/// a stack height rather than one by one, a backtick run finds its closer in a table of
/// runs by length, and a failed search for the end of an HTML comment, processing
/// instruction, CDATA section or declaration is not repeated (``HTMLSyntax/ScanMemo``).
struct MarkdownInlineParser {
    struct Node {
        var piece: InlineToken.Piece
        var offset: Int
        var prev: Int
        var next: Int
        /// For a delimiter run: how many of its characters are still text (-1 otherwise).
        var runCount = -1
    }

    struct Delimiter {
        var node: Int
        var char: Unicode.Scalar
        var count: Int
        var originalCount: Int
        var canOpen: Bool
        var canClose: Bool
        /// Neighbours on the delimiter stack (-1: none).
        var prev: Int
        var next: Int
    }

    struct Bracket {
        var node: Int
        var image: Bool
        /// Offset just after `[` (where the link text starts).
        var contentStart: Int
        /// The top of the delimiter stack when the bracket opened (-1: empty).
        var delimiterBottom: Int
    }

    let text: LeafText
    let references: MarkdownReferences
    var s: [Unicode.Scalar] { text.scalars }
    var nodes: [Node] = []
    /// The last node of the list (not of the array: `insert` adds nodes in the middle).
    var tail = -1
    /// Every delimiter run in text order; those on the stack are linked by `prev`/`next`.
    var delimiters: [Delimiter] = []
    /// The top of the delimiter stack (-1: empty).
    var lastDelimiter = -1
    var brackets: [Bracket] = []
    /// Brackets below this stack height (links, not images) can no longer open a link:
    /// a link may not contain a link.
    var inactiveBelow = 0
    var backticks: BacktickRuns? = nil
    var htmlMemo = HTMLSyntax.ScanMemo()
    var nextID = 1
    /// Inline marks so far (nodes other than text and line breaks), and the most allowed.
    var marks = 0
    var markLimit = MarkdownFormat.maxInlineMarks
    /// Where the block went over ``MarkdownFormat/maxInlineMarks``, if it did.
    var overflow: Int? = nil
    /// Tag names of HTML codes, by node, for pairing after parsing.
    var htmlTags: [Int: HTMLSyntax.Tag] = [:]

    init(_ text: LeafText, references: MarkdownReferences) {
        self.text = text
        self.references = references
    }

    /// Parses the block's inline content; refuses a block with more than `markLimit` marks
    /// (`file` names it in the error).
    static func parse(_ leaf: LeafBlock, references: MarkdownReferences,
                      markLimit: Int = MarkdownFormat.maxInlineMarks, file: String? = nil) throws -> [InlineToken] {
        var parser = MarkdownInlineParser(LeafText(leaf), references: references)
        parser.markLimit = markLimit
        let tokens = parser.run()
        guard let overflow = parser.overflow else { return tokens }
        throw FormatError(.tooLarge, "a block with more than \(Self.grouped(markLimit)) inline marks "
                            + "(emphasis delimiters, brackets, code spans, HTML tags, escapes) is more than Hexaglot reads; "
                            + "split it into paragraphs",
                          at: SourceLocation(file: file, line: parser.text.line(at: overflow)))
    }

    /// `n` with its thousands grouped by commas: 100,000.
    static func grouped(_ n: Int) -> String {
        let digits = Array(String(n))
        return String(digits.enumerated().flatMap { k, d in (k > 0 && (digits.count - k) % 3 == 0) ? [",", d] : [d] })
    }

    // MARK: - Node list

    @discardableResult
    mutating func append(_ piece: InlineToken.Piece, at offset: Int) -> Int {
        let k = nodes.count
        nodes.append(Node(piece: piece, offset: offset, prev: tail, next: -1))
        if tail >= 0 { nodes[tail].next = k }
        tail = k
        if case .code(let c) = piece, c.role != .lineBreak { marks += 1 }
        return k
    }

    /// Inserts a node after `after`, returning its index.
    @discardableResult
    mutating func insert(_ piece: InlineToken.Piece, after: Int) -> Int {
        let k = nodes.count
        let next = nodes[after].next
        nodes.append(Node(piece: piece, offset: nodes[after].offset, prev: after, next: next))
        nodes[after].next = k
        if next >= 0 { nodes[next].prev = k } else { tail = k }
        return k
    }

    @discardableResult
    mutating func insert(_ piece: InlineToken.Piece, before: Int) -> Int {
        let prev = nodes[before].prev
        let k = nodes.count
        nodes.append(Node(piece: piece, offset: nodes[before].offset, prev: prev, next: before))
        nodes[before].prev = k
        if prev >= 0 { nodes[prev].next = k }
        return k
    }

    mutating func newID() -> Int {
        defer { nextID += 1 }
        return nextID
    }

    // MARK: - Scanning

    private mutating func run() -> [InlineToken] {
        var i = 0
        // Text not yet in a node: s[pendingStart..<i] (-1: none yet). Text is one range of
        // the block, so it is taken at once, never appended scalar by scalar.
        var pendingStart = -1
        let n = s.count
        func flush(_ parser: inout MarkdownInlineParser) {
            if pendingStart >= 0, pendingStart < i { parser.append(.text(parser.text.text(pendingStart..<i)), at: pendingStart) }
            pendingStart = -1
        }
        while i < n {
            if marks > markLimit {
                overflow = i
                return []
            }
            let c = s[i]
            if pendingStart < 0 { pendingStart = i }
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
                if backticks == nil { backticks = BacktickRuns(s) }
                if let close = backticks?.next(length: length, from: j) {
                    flush(&self)
                    append(.code(codeSpan(i..<(close + length), length: length)), at: i)
                    i = close + length
                } else {
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
                if let (end, tag) = HTMLSyntax.scan(s, at: i, memo: &htmlMemo) {
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
                    i = j
                    continue
                }
                flush(&self)
                pushDelimiterRun(i..<j)
                i = j
                continue
            case "!" where i + 1 < n && s[i + 1] == "[":
                flush(&self)
                let k = append(.text("!["), at: i)
                marks += 1
                brackets.append(Bracket(node: k, image: true, contentStart: i + 2, delimiterBottom: lastDelimiter))
                i += 2
                continue
            case "[":
                flush(&self)
                let k = append(.text("["), at: i)
                marks += 1
                brackets.append(Bracket(node: k, image: false, contentStart: i + 1, delimiterBottom: lastDelimiter))
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
                i = j
                continue
            default:
                break
            }
            i += 1
        }
        flush(&self)
        processEmphasis(bottom: -1)
        return tokens()
    }
}
