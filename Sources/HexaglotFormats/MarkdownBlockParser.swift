import HexaglotCore

/// One line of a leaf block: skeleton around it, and the inline content in between.
struct LeafLine {
    /// Container markers and indentation before the content (`> `, `- `, `## `, spaces).
    var prefix: Substring
    /// The inline content, trailing spaces included (they may make a hard line break).
    var content: Substring
    /// Markup after the content on this line (a heading's closing `#`s).
    var suffix: Substring
    /// The line ending (`""` inside a table row or on a last line without one).
    var ending: Substring
    var number: Int
}

/// A block whose inline content is translated: a paragraph, heading, list item paragraph,
/// quoted paragraph or table cell.
struct LeafBlock {
    var kind: BlockKind
    var lines: [LeafLine]
}

/// What the block parser produces, in file order: skeleton text and leaf blocks.
enum BlockEvent {
    case literal(Substring)
    case leaf(LeafBlock)
}

/// Splits Markdown into blocks, CommonMark-style (with GFM pipe tables).
///
/// Containers (block quotes, list items) are tracked by the columns their content starts
/// at; their markers go into each line's prefix, so a leaf block's lines carry everything
/// needed to rebuild the file. Fenced and indented code, HTML blocks, thematic breaks,
/// link reference definitions, table delimiter rows and blank lines are literal
/// (skeleton). Tabs count to the next multiple of four columns; a tab that is only partly
/// needed for an indentation is consumed whole (files keep their bytes either way).
struct MarkdownBlockParser {
    private enum Container {
        case quote
        case item(contentColumn: Int)
        var kind: BlockKind {
            switch self {
            case .quote: return .quote
            case .item: return .listItem
            }
        }
    }

    private enum HTMLEnd { case contains(String), blankLine }

    private enum OpenLeaf {
        case none
        case paragraph(kind: BlockKind, lines: [LeafLine])
        case fenced(char: Unicode.Scalar, length: Int)
        case indentedCode
        case html(HTMLEnd)
        case table(columns: Int)
    }

    private var containers: [Container] = []
    private var leaf: OpenLeaf = .none
    private(set) var events: [BlockEvent] = []
    /// Link reference labels (normalised: case-folded, inner whitespace collapsed).
    private(set) var referenceDefinitions: [String: (href: String, title: String?)] = [:]

    /// Parses `lines`, appending events.
    mutating func parse(_ lines: [SourceLine]) {
        for line in lines { process(line) }
        closeLeaf()
    }

    /// A label as CommonMark matches it: case-folded, whitespace runs as one space.
    static func normalizeLabel<S: StringProtocol>(_ label: S) -> String {
        label.lowercased().split(whereSeparator: { $0.isWhitespace }).joined(separator: " ")
    }

    // MARK: - Line cursor

    /// A position in a line, with its column (tabs to multiples of 4).
    private struct Cursor {
        let s: [Unicode.Scalar]
        var i = 0
        var column = 0
        init(_ text: Substring) { s = Array(text.unicodeScalars) }

        var current: Unicode.Scalar? { i < s.count ? s[i] : nil }
        func at(_ k: Int) -> Unicode.Scalar? { k < s.count ? s[k] : nil }
        var isBlankRest: Bool { s[i...].allSatisfy { $0 == " " || $0 == "\t" } }

        /// Columns of spaces and tabs from the cursor, and the offset after them.
        func indent() -> (columns: Int, end: Int) {
            var k = i, col = column
            while k < s.count, s[k] == " " || s[k] == "\t" {
                col = s[k] == "\t" ? (col / 4 + 1) * 4 : col + 1
                k += 1
            }
            return (col - column, k)
        }

        mutating func advance() {
            guard i < s.count else { return }
            column = s[i] == "\t" ? (column / 4 + 1) * 4 : column + 1
            i += 1
        }

        /// Consumes whitespace until `targetColumn` is reached (a tab may overshoot).
        mutating func skipSpaces(toColumn targetColumn: Int) {
            while column < targetColumn, let c = current, c == " " || c == "\t" { advance() }
        }

        mutating func skipAllSpaces() {
            while let c = current, c == " " || c == "\t" { advance() }
        }
    }

    private func index(_ line: SourceLine, _ offset: Int) -> Substring.Index {
        line.text.unicodeScalars.index(line.text.startIndex, offsetBy: offset)
    }

    private func whole(_ line: SourceLine) -> Substring {
        line.text.base[line.text.startIndex..<line.ending.endIndex]
    }

    // MARK: - Per line

    private mutating func process(_ line: SourceLine) {
        var cur = Cursor(line.text)
        // 1. Match open containers.
        var matched = 0
        for container in containers {
            let (ind, end) = cur.indent()
            switch container {
            case .quote:
                guard ind <= 3, cur.at(end) == ">" else { break }
                cur.skipAllSpaces()
                cur.advance()
                if let c = cur.current, c == " " || c == "\t" { cur.advance() }
                matched += 1
                continue
            case .item(let contentColumn):
                if cur.isBlankRest {
                    matched += 1
                    continue
                }
                guard cur.column + ind >= contentColumn else { break }
                cur.skipSpaces(toColumn: contentColumn)
                matched += 1
                continue
            }
            break
        }
        let allMatched = matched == containers.count

        // 2. Leaves that take lines as they are.
        if allMatched {
            switch leaf {
            case .fenced(let char, let length):
                events.append(.literal(whole(line)))
                let (ind, end) = cur.indent()
                if ind <= 3, fenceRun(cur.s, at: end, char: char) >= length,
                   cur.s[(end + fenceRun(cur.s, at: end, char: char))...].allSatisfy({ $0 == " " || $0 == "\t" }) {
                    leaf = .none
                }
                return
            case .html(let endCondition):
                switch endCondition {
                case .blankLine where cur.isBlankRest:
                    leaf = .none  // the blank line is handled below as a blank line
                case .blankLine:
                    events.append(.literal(whole(line)))
                    return
                case .contains(let marker):
                    events.append(.literal(whole(line)))
                    if String(String.UnicodeScalarView(cur.s[cur.i...])).lowercased().contains(marker) { leaf = .none }
                    return
                }
            case .indentedCode:
                if cur.isBlankRest || cur.indent().columns >= 4 {
                    events.append(.literal(whole(line)))
                    return
                }
                leaf = .none
            default:
                break
            }
        }

        // 3. New containers.
        var paragraphContinues: Bool = {
            if case .paragraph = leaf { return allMatched }
            return false
        }()
        var opened = false
        while true {
            let (ind, end) = cur.indent()
            if ind >= 4 { break }
            if cur.at(end) == ">" {
                openContainer(.quote, keeping: matched, opened: &opened)
                matched = containers.count
                cur.skipAllSpaces()
                cur.advance()
                if let c = cur.current, c == " " || c == "\t" { cur.advance() }
                paragraphContinues = false
                continue
            }
            if !isThematicBreak(cur.s, from: end), let marker = listMarker(cur.s, at: end) {
                let restBlank = cur.s[marker.end...].allSatisfy { $0 == " " || $0 == "\t" }
                if paragraphContinues && (restBlank || (marker.ordered && marker.number != 1)) { break }
                // Column of the content: marker end plus 1–4 spaces (5+ means indented code: 1).
                var probe = cur
                probe.skipAllSpaces()
                while probe.i < marker.end { probe.advance() }
                let markerColumn = probe.column
                let afterSpaces = probe.indent()
                let contentColumn: Int
                if restBlank || afterSpaces.columns > 4 {
                    contentColumn = markerColumn + 1
                } else {
                    contentColumn = markerColumn + afterSpaces.columns
                }
                openContainer(.item(contentColumn: contentColumn), keeping: matched, opened: &opened)
                matched = containers.count
                cur = probe
                if restBlank { cur.skipAllSpaces() } else { cur.skipSpaces(toColumn: contentColumn) }
                paragraphContinues = false
                continue
            }
            break
        }

        // 4. The leaf content of the line.
        let (ind, end) = cur.indent()
        let rest = cur.s[end...]
        let blank = rest.isEmpty

        // Lazy paragraph continuation: containers unmatched, but the text continues a paragraph.
        if !opened, !allMatched, case .paragraph(let kind, var lines) = leaf, !blank,
           !startsLeafBlock(cur.s, at: end, indent: ind, interruptingParagraph: true) {
            lines.append(paragraphLine(line, contentOffset: end))
            leaf = .paragraph(kind: kind, lines: lines)
            return
        }
        if !opened, !allMatched {
            closeLeaf()
            containers.removeLast(containers.count - matched)
        }

        if blank {
            closeLeaf()
            events.append(.literal(whole(line)))
            return
        }
        if ind >= 4 && !paragraphContinues {
            closeLeaf()
            events.append(.literal(whole(line)))
            leaf = .indentedCode
            return
        }
        if paragraphContinues, case .paragraph(let kind, var lines) = leaf {
            // Setext underline.
            if isSetextUnderline(rest) {
                leaf = .paragraph(kind: .heading, lines: lines)
                closeLeaf()
                events.append(.literal(whole(line)))
                return
            }
            // Table: the paragraph's last line is the header row, this line the delimiter row.
            if let header = lines.last, let columns = delimiterRowColumns(rest),
               header.content.contains("|"), tableCells(header.content).count == columns {
                lines.removeLast()
                leaf = lines.isEmpty ? .none : .paragraph(kind: kind, lines: lines)
                closeLeaf()
                emitRow(header)
                events.append(.literal(whole(line)))
                leaf = .table(columns: columns)
                return
            }
        }
        if case .table = leaf, allMatched, !opened,
           !startsLeafBlock(cur.s, at: end, indent: ind, interruptingParagraph: true) {
            emitRow(paragraphLine(line, contentOffset: end))
            return
        }
        if let heading = atxHeading(line, cur.s, at: end) {
            closeLeaf()
            events.append(.leaf(LeafBlock(kind: .heading, lines: [heading])))
            return
        }
        if let (char, length) = fenceOpening(cur.s, at: end) {
            closeLeaf()
            events.append(.literal(whole(line)))
            leaf = .fenced(char: char, length: length)
            return
        }
        if isThematicBreak(cur.s, from: end) {
            closeLeaf()
            events.append(.literal(whole(line)))
            return
        }
        if let htmlEnd = htmlBlockStart(cur.s, at: end, interruptingParagraph: paragraphContinues) {
            closeLeaf()
            events.append(.literal(whole(line)))
            if case .contains(let marker) = htmlEnd,
               String(String.UnicodeScalarView(rest)).lowercased().contains(marker) {
                leaf = .none
            } else {
                leaf = .html(htmlEnd)
            }
            return
        }
        if !paragraphContinues, let (label, href, title) = referenceDefinition(rest) {
            closeLeaf()
            let key = Self.normalizeLabel(label)
            if referenceDefinitions[key] == nil { referenceDefinitions[key] = (href, title) }
            events.append(.literal(whole(line)))
            return
        }
        // Paragraph text.
        if paragraphContinues, case .paragraph(let kind, var lines) = leaf {
            lines.append(paragraphLine(line, contentOffset: end))
            leaf = .paragraph(kind: kind, lines: lines)
        } else {
            closeLeaf()
            leaf = .paragraph(kind: containers.last?.kind ?? .paragraph,
                              lines: [paragraphLine(line, contentOffset: end)])
        }
    }

    private mutating func openContainer(_ container: Container, keeping matched: Int, opened: inout Bool) {
        if !opened {
            closeLeaf()
            containers.removeLast(containers.count - matched)
            opened = true
        }
        containers.append(container)
    }

    private mutating func closeLeaf() {
        if case .paragraph(let kind, let lines) = leaf {
            events.append(.leaf(LeafBlock(kind: kind, lines: lines)))
        }
        leaf = .none
    }

    private func paragraphLine(_ line: SourceLine, contentOffset: Int) -> LeafLine {
        let start = index(line, contentOffset)
        return LeafLine(prefix: line.text[line.text.startIndex..<start], content: line.text[start...],
                        suffix: line.text[line.text.endIndex...], ending: line.ending, number: line.number)
    }

    // MARK: - Tables

    /// Emits a table row: each non-empty cell a leaf block, pipes and padding literal.
    private mutating func emitRow(_ row: LeafLine) {
        events.append(.literal(row.prefix))
        for cell in tableCells(row.content) {
            events.append(.literal(row.content[cell.before]))
            if !cell.content.isEmpty {
                let c = row.content[cell.content]
                events.append(.leaf(LeafBlock(kind: .tableCell, lines: [
                    LeafLine(prefix: c[c.startIndex..<c.startIndex], content: c, suffix: c[c.endIndex...],
                             ending: c[c.endIndex...], number: row.number),
                ])))
            }
            events.append(.literal(row.content[cell.after]))
        }
        events.append(.literal(row.suffix))
        events.append(.literal(row.ending))
    }

    /// The cells of a row: for each, the pipe and padding before it, its content, and the
    /// padding (and final pipe) after it; together they cover the row exactly.
    private func tableCells(_ row: Substring) -> [(before: Range<Substring.Index>, content: Range<Substring.Index>, after: Range<Substring.Index>)] {
        // Split positions: unescaped pipes.
        var pipes: [Substring.Index] = []
        var i = row.startIndex
        let scalars = row.unicodeScalars
        while i < row.endIndex {
            let c = scalars[i]
            if c == "\\" {
                i = scalars.index(after: i)
                if i < row.endIndex { i = scalars.index(after: i) }
                continue
            }
            if c == "|" { pipes.append(i) }
            i = scalars.index(after: i)
        }
        // Pieces between pipes; a leading pipe (only whitespace before it) and a trailing
        // pipe (only whitespace after it) do not make cells.
        var bounds: [(Substring.Index, Substring.Index)] = []
        var start = row.startIndex
        for p in pipes {
            bounds.append((start, p))
            start = scalars.index(after: p)
        }
        bounds.append((start, row.endIndex))
        var pieces = bounds
        let isBlank: ((Substring.Index, Substring.Index)) -> Bool = { row[$0.0..<$0.1].isBlankLine }
        if pieces.count > 1, isBlank(pieces[0]) { pieces.removeFirst() }
        var hasTrailingPipe = false
        if pieces.count > 1, isBlank(pieces[pieces.count - 1]) { hasTrailingPipe = true; pieces.removeLast() }
        var cells: [(Range<Substring.Index>, Range<Substring.Index>, Range<Substring.Index>)] = []
        for (k, piece) in pieces.enumerated() {
            var lo = piece.0, hi = piece.1
            while lo < hi, scalars[lo] == " " || scalars[lo] == "\t" { lo = scalars.index(after: lo) }
            while hi > lo, scalars[scalars.index(before: hi)] == " " || scalars[scalars.index(before: hi)] == "\t" {
                hi = scalars.index(before: hi)
            }
            let beforeStart = k == 0 ? row.startIndex : piece.0
            // The pipe that ends this piece belongs to the "after" part (or, for the last
            // piece with a trailing pipe, the trailing pipe and anything after it).
            var afterEnd = piece.1
            if k < pieces.count - 1 {
                afterEnd = scalars.index(after: piece.1)
            } else if hasTrailingPipe {
                afterEnd = row.endIndex
            }
            cells.append((beforeStart..<lo, lo..<hi, hi..<afterEnd))
        }
        return cells
    }

    /// The number of columns of a delimiter row (`| --- | :-: |`), or nil if it is not one.
    private func delimiterRowColumns(_ rest: ArraySlice<Unicode.Scalar>) -> Int? {
        let text = Substring(String(String.UnicodeScalarView(rest)))
        guard text.contains("|") else { return nil }
        let cells = tableCells(text)
        guard !cells.isEmpty else { return nil }
        for cell in cells {
            let c = text[cell.content]
            var body = Substring(c)
            if body.first == ":" { body.removeFirst() }
            if body.last == ":" { body.removeLast() }
            guard !body.isEmpty, body.allSatisfy({ $0 == "-" }) else { return nil }
        }
        return cells.count
    }

    // MARK: - Block starts

    /// Whether the text at `i` starts a block other than paragraph text.
    private func startsLeafBlock(_ s: [Unicode.Scalar], at i: Int, indent: Int, interruptingParagraph: Bool) -> Bool {
        if indent >= 4 { return false }
        if i < s.count, s[i] == ">" { return true }
        if isThematicBreak(s, from: i) { return true }
        if let m = listMarker(s, at: i) {
            let restBlank = s[m.end...].allSatisfy { $0 == " " || $0 == "\t" }
            if !restBlank && (!m.ordered || m.number == 1) { return true }
        }
        if i < s.count, s[i] == "#", atxLevel(s, at: i) != nil { return true }
        if fenceOpening(s, at: i) != nil { return true }
        if htmlBlockStart(s, at: i, interruptingParagraph: interruptingParagraph) != nil { return true }
        return false
    }

    private func isThematicBreak(_ s: [Unicode.Scalar], from i: Int) -> Bool {
        guard i < s.count, s[i] == "*" || s[i] == "-" || s[i] == "_" else { return false }
        let c = s[i]
        var count = 0
        for k in i..<s.count {
            if s[k] == c { count += 1 } else if s[k] != " " && s[k] != "\t" { return false }
        }
        return count >= 3
    }

    private func isSetextUnderline(_ rest: ArraySlice<Unicode.Scalar>) -> Bool {
        guard let c = rest.first, c == "=" || c == "-" else { return false }
        var k = rest.startIndex
        while k < rest.endIndex, rest[k] == c { k += 1 }
        return rest[k...].allSatisfy { $0 == " " || $0 == "\t" }
    }

    private struct ListMarker { var end: Int; var ordered: Bool; var number: Int }

    /// A list marker at `i` followed by a space, a tab or the end of the line.
    private func listMarker(_ s: [Unicode.Scalar], at i: Int) -> ListMarker? {
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

    private func atxLevel(_ s: [Unicode.Scalar], at i: Int) -> Int? {
        var k = i
        while k < s.count, s[k] == "#" { k += 1 }
        let level = k - i
        guard (1...6).contains(level), k == s.count || s[k] == " " || s[k] == "\t" else { return nil }
        return level
    }

    private func atxHeading(_ line: SourceLine, _ s: [Unicode.Scalar], at i: Int) -> LeafLine? {
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

    private func fenceRun(_ s: [Unicode.Scalar], at i: Int, char: Unicode.Scalar) -> Int {
        var k = i
        while k < s.count, s[k] == char { k += 1 }
        return k - i
    }

    private func fenceOpening(_ s: [Unicode.Scalar], at i: Int) -> (Unicode.Scalar, Int)? {
        guard i < s.count, s[i] == "`" || s[i] == "~" else { return nil }
        let c = s[i]
        let n = fenceRun(s, at: i, char: c)
        guard n >= 3 else { return nil }
        if c == "`", s[(i + n)...].contains("`") { return nil }
        return (c, n)
    }

    private func htmlBlockStart(_ s: [Unicode.Scalar], at i: Int, interruptingParagraph: Bool) -> HTMLEnd? {
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

    /// `[label]: destination "optional title"` on one line.
    private func referenceDefinition(_ rest: ArraySlice<Unicode.Scalar>) -> (String, String, String?)? {
        let s = Array(rest)
        guard s.first == "[" else { return nil }
        var k = 1
        while k < s.count, s[k] != "]" {
            if s[k] == "[" { return nil }
            if s[k] == "\\" { k += 1 }
            k += 1
        }
        guard k < s.count, k > 1, k + 1 < s.count, s[k + 1] == ":" else { return nil }
        let label = String(String.UnicodeScalarView(s[1..<k]))
        guard !label.allSatisfy({ $0.isWhitespace }) else { return nil }
        k += 2
        while k < s.count, s[k] == " " || s[k] == "\t" { k += 1 }
        guard k < s.count else { return nil }
        var href: String
        if s[k] == "<" {
            let start = k + 1
            while k < s.count, s[k] != ">" { k += 1 }
            guard k < s.count else { return nil }
            href = String(String.UnicodeScalarView(s[start..<k]))
            k += 1
        } else {
            let start = k
            while k < s.count, s[k] != " ", s[k] != "\t" { k += 1 }
            href = String(String.UnicodeScalarView(s[start..<k]))
        }
        let afterHref = k
        while k < s.count, s[k] == " " || s[k] == "\t" { k += 1 }
        var title: String? = nil
        if k < s.count {
            guard k > afterHref else { return nil }
            let open = s[k]
            let close: Unicode.Scalar = open == "(" ? ")" : open
            guard open == "\"" || open == "'" || open == "(" else { return nil }
            let start = k + 1
            k = start
            while k < s.count, s[k] != close { k += 1 }
            guard k < s.count else { return nil }
            title = String(String.UnicodeScalarView(s[start..<k]))
            k += 1
            guard s[k...].allSatisfy({ $0 == " " || $0 == "\t" }) else { return nil }
        }
        if href.isEmpty { href = "" }
        return (label, href, title)
    }
}
