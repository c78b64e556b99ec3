import HexaglotCore

/// Walks an HTML file's tokens and hands its translatable text to a ``SegmentBuilder``.
///
/// Text between the tags of non-inline elements (``HTMLElements/inline``) is a block: its
/// inline tags become codes (paired when they nest, placeholders for `br`, `img` and tags
/// left open or closed out of turn), its character references escape placeholders that
/// stand for their characters, a whitespace run with a line break a soft line break. An
/// inline `<code>` element, or one with `translate="no"`, closed within the block is one
/// placeholder standing for its text. Tags outside running text (block tags, and inline
/// tags before a block's first or after its last word) are skeleton; their translatable
/// attributes (``HTMLElements/translatableAttributes``, a `<meta>`'s content) become
/// segments of their own. An attribute on an inline tag in the middle of a sentence stays
/// inside its code, untranslated: a segment cannot hold another.
///
/// Unclosed elements follow HTML's implied end tags where they matter (`<p>`, `<li>`,
/// `<td>` …); an element never closed just holds the rest of the file. An untranslated
/// element (``HTMLElements/untranslated``, `translate="no"`) never closed keeps the rest of
/// the file untranslated.
struct HTMLReader {
    private let s: [Unicode.Scalar]
    private let tokens: [HTMLToken]
    private var builder: SegmentBuilder
    private let lineStarts: [Int]
    private(set) var metadata: [String: String] = [:]
    private(set) var metadataLines: [String: Int] = [:]

    private var blockStack: [String] = []
    private var openCount: [String: Int] = [:]
    /// The untranslated element being skipped and how deep its own name nests.
    private var exclusion: (name: String, depth: Int)?
    private var items: [Item] = []
    private var nextBoundary: [Int] = []
    private var nextEnd: [Int: Int] = [:]

    private enum Item {
        case text(Range<Int>)
        case code(Code)
    }

    private struct Code {
        var kind: InlineCode.Kind
        var role: InlineCode.Role
        var name: String
        var range: Range<Int>
        var equiv: String? = nil
        var attributes: [String: String] = [:]
        var tag: HTMLTag? = nil
    }

    init(_ text: String, builder: SegmentBuilder) {
        s = Array(text.unicodeScalars)
        tokens = HTMLTokenizer.tokenize(s)
        self.builder = builder
        var starts = [0]
        for (k, c) in s.enumerated() where c == "\n" { starts.append(k + 1) }
        lineStarts = starts
        index()
    }

    /// Reads the file; the skeleton and segments are then in ``result``.
    mutating func read() {
        var t = 0
        while t < tokens.count {
            t = step(t)
        }
        flush()
    }

    var result: SegmentBuilder { builder }

    // MARK: - Tokens

    /// Handles token `t`; the index of the next token to handle.
    private mutating func step(_ t: Int) -> Int {
        let token = tokens[t]
        if var ex = exclusion {
            builder.literal(markup(token.range))
            if case .startTag(let tag) = token.kind, tag.name == ex.name, !HTMLSyntax.voidElements.contains(tag.name) { ex.depth += 1 }
            if case .endTag(let name) = token.kind, name == ex.name { ex.depth -= 1 }
            exclusion = ex.depth > 0 ? ex : nil
            return t + 1
        }
        switch token.kind {
        case .text, .rcdata:
            items.append(.text(token.range))
        case .comment:
            items.append(.code(Code(kind: .placeholder, role: .html, name: "!--", range: token.range)))
        case .rawText, .doctype, .unterminated:
            flush()
            builder.literal(markup(token.range))
        case .startTag(let tag):
            return startTag(tag, at: t)
        case .endTag(let name):
            if HTMLElements.inline.contains(name) {
                items.append(.code(Code(kind: .close, role: HTMLElements.role(name), name: name, range: token.range)))
            } else {
                flush()
                close(name)
                builder.literal(markup(token.range))
            }
        }
        return t + 1
    }

    private mutating func startTag(_ tag: HTMLTag, at t: Int) -> Int {
        let range = tokens[t].range
        let isVoid = HTMLSyntax.voidElements.contains(tag.name)
        let keep = tag.attribute("translate").map { value($0).trimmingASCIISpaces.lowercased() == "no" } ?? false
        if HTMLElements.inline.contains(tag.name) {
            if (keep || tag.name == "code"), let end = nextEnd[t], end < nextBoundary[t] {
                // The whole element is one placeholder standing for its text.
                let whole = range.lowerBound..<tokens[end].range.upperBound
                let inner = (t + 1..<end).map { k -> String in
                    if case .text = tokens[k].kind { return decoded(tokens[k].range, inAttribute: false) }
                    return ""
                }.joined()
                items.append(.code(Code(kind: .placeholder, role: keep ? .html : .code, name: tag.name, range: whole, equiv: inner)))
                return end + 1
            }
            var code = Code(kind: isVoid ? .placeholder : .open, role: HTMLElements.role(tag.name), name: tag.name, range: range, tag: tag)
            if tag.name == "br" { code.equiv = " " }  // a space to the sentence segmenter, which would break at "\n"
            for name in ["href", "title", "src", "alt"] {
                if let a = tag.attribute(name), a.valueRange != nil { code.attributes[name] = value(a) }
            }
            items.append(.code(code))
            return t + 1
        }
        flush()
        if !isVoid && (keep || HTMLElements.untranslated.contains(tag.name)) {
            builder.literal(markup(range))
            exclusion = (tag.name, 1)
            return t + 1
        }
        readMetadata(tag, at: range.lowerBound)
        if let top = blockStack.last, top == "p" || HTMLElements.closesSibling[tag.name]?.contains(top) == true {
            close(top)
        }
        if !isVoid {
            blockStack.append(tag.name)
            openCount[tag.name, default: 0] += 1
        }
        emitTag(tag, range: range)
        return t + 1
    }

    /// Pops the block stack down to the element `name`, if it is open.
    private mutating func close(_ name: String) {
        guard openCount[name, default: 0] > 0 else { return }
        while let top = blockStack.popLast() {
            openCount[top, default: 0] -= 1
            if top == name { break }
        }
    }

    // MARK: - Blocks

    /// Writes the pending block: edge tags to the skeleton, the rest through the builder.
    private mutating func flush() {
        defer { items = [] }
        guard !items.isEmpty else { return }
        let words = items.indices.filter { if case .text(let r) = items[$0] { return hasWords(r) } else { return false } }
        guard let first = words.first, let last = words.last else {
            for item in items { skeleton(item) }
            return
        }
        let lead = (0..<first).last(where: { hasAttributeSegments(items[$0]) }).map { $0 + 1 } ?? 0
        let trail = ((last + 1)..<items.count).first(where: { hasAttributeSegments(items[$0]) }) ?? items.count
        for item in items[0..<lead] { skeleton(item) }
        let kind = HTMLElements.blockKind(blockStack.suffix(8).last { HTMLElements.blockKind($0) != .paragraph || $0 == "p" })
        builder.add(kind: kind, tokens: inlineTokens(Array(items[lead..<trail])), separatingLines: false)
        for item in items[trail...] { skeleton(item) }
    }

    private mutating func skeleton(_ item: Item) {
        switch item {
        case .text(let r): builder.literal(markup(r))
        case .code(let c):
            if let tag = c.tag { emitTag(tag, range: c.range) } else { builder.literal(markup(c.range)) }
        }
    }

    private func hasAttributeSegments(_ item: Item) -> Bool {
        guard case .code(let c) = item, let tag = c.tag else { return false }
        return !translatableValues(tag).isEmpty
    }

    /// The block's items as inline tokens, pairs repaired so they nest: a tag closed out
    /// of turn or never closed becomes a placeholder.
    private func inlineTokens(_ items: [Item]) -> [InlineToken] {
        var codes: [Int: Code] = [:]
        for (k, item) in items.enumerated() { if case .code(let c) = item { codes[k] = c } }
        var stack: [(k: Int, name: String)] = []
        var open: [String: Int] = [:]
        var partner: [Int: Int] = [:]  // close item -> open item
        for k in codes.keys.sorted() {
            let c = codes[k]!
            switch c.kind {
            case .open:
                stack.append((k, c.name))
                open[c.name, default: 0] += 1
            case .close:
                guard open[c.name, default: 0] > 0 else { codes[k]!.kind = .placeholder; continue }
                while let top = stack.popLast() {
                    open[top.name, default: 0] -= 1
                    if top.name == c.name { partner[k] = top.k; break }
                    codes[top.k]!.kind = .placeholder
                }
            case .placeholder:
                break
            }
        }
        for top in stack { codes[top.k]!.kind = .placeholder }

        var result: [InlineToken] = []
        var ids: [Int: Int] = [:]
        var nextID = 1
        for (k, item) in items.enumerated() {
            switch item {
            case .text(let r):
                result += textTokens(r, inAttribute: false)
            case .code:
                let c = codes[k]!
                let id: Int
                if c.kind == .close, let o = partner[k], let openID = ids[o] { id = openID } else { id = nextID; nextID += 1; ids[k] = id }
                let data = markup(c.range)
                result.append(InlineToken(piece: .code(InlineCode(id: id, kind: c.kind, role: c.role, data: data, equiv: c.equiv,
                                                                  attributes: c.attributes)),
                                          line: line(c.range.lowerBound)))
            }
        }
        return result
    }

    /// Text as tokens: character references as escape placeholders, whitespace runs with a
    /// line break as soft line breaks, the rest as text.
    private func textTokens(_ r: Range<Int>, inAttribute: Bool) -> [InlineToken] {
        var result: [InlineToken] = []
        var pending = String.UnicodeScalarView()
        var pendingStart = r.lowerBound
        func flushText() {
            if !pending.isEmpty { result.append(InlineToken(piece: .text(String(pending)), line: line(pendingStart))) }
            pending = String.UnicodeScalarView()
        }
        var i = r.lowerBound
        while i < r.upperBound {
            let c = s[i]
            if pending.isEmpty { pendingStart = i }
            // A reference never runs past the range: what ends it (`<`, a quote, a space, `>`) is no part of one.
            if c == "&", let (end, value) = HTMLCharacterReference.match(s, at: i, inAttribute: inAttribute), end <= r.upperBound {
                flushText()
                let code = InlineCode(id: 0, kind: .placeholder, role: .escape, data: markup(i..<end), equiv: value, canDelete: true)
                result.append(InlineToken(piece: .code(code), line: line(i)))
                i = end
                continue
            }
            if HTMLSyntax.isSpace(c) {
                var j = i
                var breaks = false
                while j < r.upperBound, HTMLSyntax.isSpace(s[j]) { if s[j] == "\n" || s[j] == "\r" { breaks = true }; j += 1 }
                if breaks {
                    flushText()
                    let code = InlineCode(id: 0, kind: .placeholder, role: .lineBreak, data: markup(i..<j), equiv: " ", canDelete: true)
                    result.append(InlineToken(piece: .code(code), line: line(i)))
                } else {
                    pending.append(contentsOf: s[i..<j])
                }
                i = j
                continue
            }
            pending.append(c)
            i += 1
        }
        flushText()
        return result
    }

    // MARK: - Attributes and metadata

    /// Writes a tag to the skeleton with each translatable attribute value as a segment.
    private mutating func emitTag(_ tag: HTMLTag, range: Range<Int>) {
        var cursor = range.lowerBound
        for attribute in translatableValues(tag) {
            guard let r = attribute.valueRange else { continue }
            builder.literal(markup(cursor..<r.lowerBound))
            builder.add(kind: .other, tokens: textTokens(r, inAttribute: true), separatingLines: false)
            cursor = r.upperBound
        }
        builder.literal(markup(cursor..<range.upperBound))
    }

    /// The tag's attributes whose values are translated, in file order.
    private func translatableValues(_ tag: HTMLTag) -> [HTMLAttribute] {
        var names = HTMLElements.translatableAttributes
        if tag.name == "meta" {
            let key = (tag.attribute("name") ?? tag.attribute("property")).map { value($0).trimmingASCIISpaces.lowercased() }
            if let key, HTMLElements.translatableMeta.contains(key) { names.insert("content") }
        }
        var seen: Set<String> = []
        return tag.attributes.filter { a in
            guard names.contains(a.name), seen.insert(a.name).inserted, let r = a.valueRange else { return false }
            return hasWords(r)
        }
    }

    /// `<html lang>` and `<meta name="hexaglot:KEY" content>` as the document's front matter keys.
    private mutating func readMetadata(_ tag: HTMLTag, at offset: Int) {
        if tag.name == "html", let lang = tag.attribute("lang"), lang.valueRange != nil, metadata["language"] == nil {
            metadata["language"] = value(lang)
            metadataLines["language"] = line(offset)
        }
        if tag.name == "meta", let name = tag.attribute("name").map({ value($0).trimmingASCIISpaces.lowercased() }),
           name.hasPrefix(Self.metadataPrefix), let content = tag.attribute("content"), content.valueRange != nil {
            let key = String(name.dropFirst(Self.metadataPrefix.count))
            metadata[key] = value(content)
            metadataLines[key] = line(offset)
        }
    }

    static let metadataPrefix = "hexaglot:"

    // MARK: - Helpers

    private func markup(_ r: Range<Int>) -> String { String(String.UnicodeScalarView(s[r])) }

    /// An attribute's value with character references decoded.
    private func value(_ a: HTMLAttribute) -> String {
        a.valueRange.map { decoded($0, inAttribute: true) } ?? ""
    }

    private func decoded(_ r: Range<Int>, inAttribute: Bool) -> String {
        textTokens(r, inAttribute: inAttribute).map { token -> String in
            switch token.piece {
            case .text(let t): return t
            case .code(let c): return c.role == .escape ? (c.equiv ?? "") : c.data
            case .hardBreak(let d): return d
            }
        }.joined()
    }

    private func hasWords(_ r: Range<Int>) -> Bool { s[r].contains { !HTMLSyntax.isSpace($0) } }

    private func line(_ offset: Int) -> Int {
        var lo = 0, hi = lineStarts.count - 1
        while lo < hi {
            let mid = (lo + hi + 1) / 2
            if lineStarts[mid] <= offset { lo = mid } else { hi = mid - 1 }
        }
        return lo + 1
    }

    /// For each token, the next one that ends a block; for start tags, the next end tag of the same name.
    private mutating func index() {
        nextBoundary = Array(repeating: tokens.count, count: tokens.count)
        var boundary = tokens.count
        var ends: [String: Int] = [:]
        for t in tokens.indices.reversed() {
            nextBoundary[t] = boundary
            switch tokens[t].kind {
            case .startTag(let tag):
                if let e = ends[tag.name] { nextEnd[t] = e }
                if !HTMLElements.inline.contains(tag.name) { boundary = t }
            case .endTag(let name):
                ends[name] = t
                if !HTMLElements.inline.contains(name) { boundary = t }
            case .rawText, .doctype, .unterminated:
                boundary = t
            case .text, .rcdata, .comment:
                break
            }
        }
    }
}
