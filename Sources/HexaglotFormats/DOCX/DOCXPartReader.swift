import HexaglotCore
import HexaglotText

/// Segments one XML part of a Word package into a ``SegmentBuilder``: every paragraph
/// (`w:p`, in the body, table cells, headers, footers, notes and text boxes) becomes a block,
/// everything else is skeleton as written.
///
/// A paragraph's runs are flattened into ``DOCXParagraphItem``s and written again in a
/// normal form: adjacent runs that look the same are one run, revision ids and spell-check
/// marks are gone. Inside a segment, a change of format is a pair of codes whose markup ends
/// the run (and hyperlink) and opens the next, so any well-nested order of codes in a
/// translation is well-formed XML; tabs and line breaks are placeholders inside the run;
/// footnote references, images, bookmarks and comment marks are placeholders holding their
/// whole markup; a complex field's instruction is an opening code and its end mark the
/// closing one (the result between is translated, as in Okapi and OmegaT); a simple field's
/// result is translated inside its container. The paragraph's base format (the one with least
/// formatting) and any pair wrapping a whole segment stay in the skeleton. Hidden text
/// (`w:vanish`), field instructions and content controls are never translated.
struct DOCXPartReader {
    let tree: DOCXXMLTree
    let file: String
    let part: String
    let acceptRevisions: Bool
    /// Paragraphs read so far in the document (shown as the segments' line).
    var paragraphNumber: Int

    // MARK: - Revisions

    /// The first tracked change in the part, if any: its element name and line:column.
    func firstRevision() -> (name: String, line: Int, column: Int)? {
        func search(_ nodes: [DOCXXMLTree.Node]) -> DOCXXMLTree.Node? {
            for node in nodes where node.kind == .element {
                if DOCXNames.isW(node.namespace) && DOCXNames.revisionElements.contains(node.localName) { return node }
                if let found = search(node.children) { return found }
            }
            return nil
        }
        guard let node = search(tree.nodes) else { return nil }
        var line = 1, column = 1
        var k = 0
        let bytes = tree.bytes
        while k < node.start.lowerBound {
            if bytes[k] == 0x0A { line += 1; column = 1 } else if bytes[k] & 0xC0 != 0x80 { column += 1 }
            k += 1
        }
        return ("w:" + node.localName, line, column)
    }

    /// The node as written, or, when it holds revision marks (being accepted), rebuilt with
    /// insertions kept and deletions, moved-from text and property changes dropped.
    func raw(_ node: DOCXXMLTree.Node) -> String {
        guard node.kind == .element, acceptRevisions, Self.hasRevision(node) else { return tree.string(node.range) }
        if node.isW("ins") || node.isW("moveTo") { return node.children.map(raw).joined() }
        if DOCXNames.isW(node.namespace) && DOCXNames.revisionElements.contains(node.localName) { return "" }
        return tree.string(node.start) + node.children.map(raw).joined() + (node.end.map(tree.string) ?? "")
    }

    static func hasRevision(_ node: DOCXXMLTree.Node) -> Bool {
        if node.kind != .element { return false }
        if DOCXNames.isW(node.namespace) && DOCXNames.revisionElements.contains(node.localName) { return true }
        return node.children.contains(where: hasRevision)
    }

    // MARK: - Walk

    /// Writes the node: paragraphs segmented, the rest as written.
    mutating func walk(_ node: DOCXXMLTree.Node, into builder: inout SegmentBuilder, inCell: Bool = false) {
        guard node.kind == .element else { builder.literal(tree.string(node.range)); return }
        if node.isW("p") { paragraph(node, into: &builder, inCell: inCell); return }
        if acceptRevisions && Self.hasRevision(node) && (DOCXNames.revisionElements.contains(node.localName) && DOCXNames.isW(node.namespace)) {
            if node.isW("ins") || node.isW("moveTo") {
                for child in node.children { walk(child, into: &builder, inCell: inCell) }
            }
            return
        }
        guard Self.hasParagraph(node) else { builder.literal(raw(node)); return }
        builder.literal(tree.string(node.start))
        for child in node.children { walk(child, into: &builder, inCell: inCell || node.isW("tc")) }
        if let end = node.end { builder.literal(tree.string(end)) }
    }

    static func hasParagraph(_ node: DOCXXMLTree.Node) -> Bool {
        node.kind == .element && (node.isW("p") || node.children.contains(where: hasParagraph))
    }

    static func hasTextBox(_ node: DOCXXMLTree.Node) -> Bool {
        node.kind == .element && (node.isW("txbxContent") || node.children.contains(where: hasTextBox))
    }

    /// One paragraph: its start tag and properties, its content in chunks (split at text boxes), its end tag.
    mutating func paragraph(_ p: DOCXXMLTree.Node, into builder: inout SegmentBuilder, inCell: Bool) {
        paragraphNumber += 1
        let line = paragraphNumber
        builder.literal(tree.string(p.start))
        var children = p.children[...]
        if let first = children.first, first.isW("pPr") {
            builder.literal(raw(first))
            children = children.dropFirst()
        }
        var kind: BlockKind = inCell ? .tableCell : .paragraph
        if let style = p.firstChild(w: "pPr")?.firstChild(w: "pStyle")?.wAttribute("val")?.lowercased(),
           style.hasPrefix("heading") || style.hasPrefix("title") || style.hasPrefix("titre") || style.hasPrefix("subtitle") {
            kind = .heading
        }
        var items: [DOCXParagraphItem] = []
        collect(Array(children), containers: [], into: &items)
        items = DOCXParagraphItem.pairFields(items)
        var chunk: [DOCXParagraphItem] = []
        for item in items {
            if case .embedded(let run, let properties) = item.kind {
                emit(chunk, kind: kind, line: line, into: &builder)
                chunk = []
                builder.literal("<w:r>" + properties)
                for child in run.children where !child.isW("rPr") { walk(child, into: &builder) }
                builder.literal("</w:r>")
            } else {
                chunk.append(item)
            }
        }
        emit(chunk, kind: kind, line: line, into: &builder)
        if let end = p.end { builder.literal(tree.string(end)) }
    }

    /// Flattens paragraph content into items.
    func collect(_ nodes: [DOCXXMLTree.Node], containers: [DOCXRunFormat.Container], into items: inout [DOCXParagraphItem]) {
        let outer = DOCXRunFormat(rPr: nil, in: tree, containers: containers, raw: "")
        for node in nodes {
            guard node.kind == .element else {
                // White space between elements means nothing in a paragraph (pretty-printed XML).
                if node.kind == .text && node.text.allSatisfy(\.isWhitespace) { continue }
                items.append(DOCXParagraphItem(kind: .raw(tree.string(node.range)), format: outer))
                continue
            }
            let isW = DOCXNames.isW(node.namespace)
            if isW && node.localName == "r" {
                run(node, containers: containers, into: &items)
            } else if isW && ["hyperlink", "fldSimple", "smartTag", "customXml", "dir", "bdo"].contains(node.localName), let end = node.end {
                var open = tree.string(node.start)
                var content = node.children
                if let props = content.first, props.kind == .element, props.localName.hasSuffix("Pr") {
                    open += raw(props)
                    content.removeFirst()
                }
                collect(content, containers: containers + [.init(open: open, close: tree.string(end))], into: &items)
            } else if isW && node.localName == "proofErr" {
                continue
            } else if isW && DOCXNames.revisionElements.contains(node.localName) {
                // Only reached when revisions are accepted: keep insertions, drop the rest.
                if DOCXNames.acceptedContent.contains(node.localName) { collect(node.children, containers: containers, into: &items) }
            } else {
                items.append(DOCXParagraphItem(kind: .raw(raw(node)), format: outer))
            }
        }
    }

    /// Flattens one run into items of its format.
    func run(_ r: DOCXXMLTree.Node, containers: [DOCXRunFormat.Container], into items: inout [DOCXParagraphItem]) {
        let rPr = r.firstChild(w: "rPr")
        let format = DOCXRunFormat(rPr: rPr, in: tree, containers: containers, raw: rPr.map(raw) ?? "")
        let properties = format.properties
        if DOCXRunFormat.isHidden(rPr) {
            items.append(DOCXParagraphItem(kind: .raw(raw(r)), format: format))
            return
        }
        func wrapped(_ node: DOCXXMLTree.Node) -> String { "<w:r>" + properties + raw(node) + "</w:r>" }
        for child in r.children where child.kind == .element {
            let w = DOCXNames.isW(child.namespace)
            switch (w, child.localName) {
            case (true, "rPr"), (true, "lastRenderedPageBreak"), (true, "delText"), (true, "delInstrText"):
                continue
            case (true, "t"):
                items.append(DOCXParagraphItem(kind: .text(child.children.map(\.text).joined()), format: format))
            case (true, "noBreakHyphen"):
                items.append(DOCXParagraphItem(kind: .text("\u{2011}"), format: format))
            case (true, "softHyphen"):
                items.append(DOCXParagraphItem(kind: .text("\u{00AD}"), format: format))
            case (true, "tab"):
                items.append(DOCXParagraphItem(kind: .tab(raw(child)), format: format))
            case (true, "br"), (true, "cr"):
                let type = child.wAttribute("type") ?? "textWrapping"
                items.append(DOCXParagraphItem(kind: type == "textWrapping" ? .lineBreak(raw(child)) : .raw(wrapped(child)), format: format))
            case (true, "fldChar"):
                items.append(DOCXParagraphItem(kind: .fieldMark(wrapped(child), type: child.wAttribute("fldCharType") ?? ""), format: format))
            case (true, "instrText"):
                items.append(DOCXParagraphItem(kind: .fieldMark(wrapped(child), type: "instruction"), format: format))
            default:
                if Self.hasTextBox(child) {
                    items.append(DOCXParagraphItem(kind: .embedded(DOCXXMLTree.Node(kind: .element, start: r.start, end: r.end,
                                                                                    children: [child]), properties: properties),
                                                   format: format))
                } else {
                    items.append(DOCXParagraphItem(kind: .raw(wrapped(child)), format: format))
                }
            }
        }
    }

    // MARK: - Segments

    /// Writes a chunk of a paragraph: items before the first text and after the last in the
    /// skeleton, the text between as tokens for the builder.
    func emit(_ items: [DOCXParagraphItem], kind: BlockKind, line: Int, into builder: inout SegmentBuilder) {
        guard var first = items.firstIndex(where: \.hasText), var last = items.lastIndex(where: \.hasText) else {
            builder.literal(items.map(\.markup).joined())
            return
        }
        // Keep complex fields whole: widen the text to take in both marks of a field it cuts.
        var changed = true
        while changed {
            changed = false
            var open: [Int] = []
            for k in items.indices {
                if case .fieldOpen = items[k].kind { open.append(k) }
                if case .fieldClose = items[k].kind, let o = open.popLast() {
                    let inside = (first...last)
                    if inside.contains(o) != inside.contains(k) { first = min(first, o); last = max(last, k); changed = true }
                }
            }
        }
        let base = Self.base(items[first...last])
        builder.literal(items[..<first].map(\.markup).joined())
        builder.literal(base.openAll)
        var tokens: [InlineToken] = []
        var current = base
        var pair: Int? = nil
        var nextID = 1
        var fields: [Int] = []
        func code(_ kind: InlineCode.Kind, _ role: InlineCode.Role, _ data: String, id: Int, equiv: String? = nil) {
            tokens.append(InlineToken(piece: .code(InlineCode(id: id, kind: kind, role: role, data: data, equiv: equiv)), line: line))
        }
        func switchTo(_ format: DOCXRunFormat) {
            guard format != current else { return }
            if let open = pair { code(.close, .other, current.transition(to: base), id: open) ; pair = nil }
            if format != base {
                pair = nextID
                nextID += 1
                code(.open, format.role(over: base), base.transition(to: format), id: pair!)
            }
            current = format
        }
        func around(_ markup: String) -> String { DOCXRunFormat.closeRun + markup + current.openRun }
        for item in items[first...last] {
            switch item.kind {
            case .text(let t):
                switchTo(item.format)
                tokens.append(InlineToken(piece: .text(t), line: line))
            case .tab(let raw):
                // Tabs and breaks go in the run at hand: their own run's format does not show.
                code(.placeholder, .other, "</w:t>" + raw + DOCXRunFormat.openText, id: nextID, equiv: "\t")
                nextID += 1
            case .lineBreak(let raw):
                // A line break ends a format span first, so that it can end a sentence.
                switchTo(base)
                code(.placeholder, .lineBreak, "</w:t>" + raw + DOCXRunFormat.openText, id: nextID, equiv: "\n")
                nextID += 1
            case .raw(let raw):
                code(.placeholder, .other, around(raw), id: nextID)
                nextID += 1
            case .fieldOpen(let raw):
                fields.append(nextID)
                code(.open, raw.contains("HYPERLINK") ? .link : .other, around(raw), id: nextID)
                nextID += 1
            case .fieldClose(let raw):
                if let id = fields.popLast() { code(.close, .other, around(raw), id: id) } else {
                    code(.placeholder, .other, around(raw), id: nextID)
                    nextID += 1
                }
            case .fieldMark(let raw, _):
                code(.placeholder, .other, around(raw), id: nextID)
                nextID += 1
            case .embedded:
                break
            }
        }
        switchTo(base)
        builder.add(tokens: tokens, kind: kind)
        builder.literal(base.closeAll)
        builder.literal(items[(last + 1)...].map(\.markup).joined())
    }

    /// The format a paragraph's text is written in outside codes: the one with the least
    /// formatting among those of its text.
    static func base(_ items: ArraySlice<DOCXParagraphItem>) -> DOCXRunFormat {
        var best: DOCXRunFormat? = nil
        for item in items where item.hasText {
            if best == nil || item.format.weight < best!.weight { best = item.format }
        }
        return best ?? DOCXRunFormat()
    }
}
