import HexaglotCore

/// Splits Markdown into blocks, CommonMark-style (with GFM pipe tables).
///
/// Containers (block quotes, list items) are tracked by the columns their content starts
/// at; their markers go into each line's prefix, so a leaf block's lines carry everything
/// needed to rebuild the file. Fenced and indented code, HTML blocks, thematic breaks,
/// link reference definitions, table delimiter rows and blank lines are literal
/// (skeleton). Tabs count to the next multiple of four columns; a tab that is only partly
/// needed for an indentation is consumed whole (files keep their bytes either way).
///
/// Link reference definitions are taken off the start of a paragraph when it closes
/// (``MarkdownReferenceDefinition``). Each line costs time linear in its length plus the
/// number of open containers, so a document is read in linear time whatever its nesting.
struct MarkdownBlockParser {
    enum Container {
        case quote
        /// A list item whose content sits `indent` columns right of its parent's content.
        case item(indent: Int)
        var kind: BlockKind {
            switch self {
            case .quote: return .quote
            case .item: return .listItem
            }
        }
    }

    enum HTMLEnd { case contains(String), blankLine }

    enum OpenLeaf {
        case none
        /// A paragraph, its lines in ``paragraphLines``.
        case paragraph(kind: BlockKind)
        case fenced(char: Unicode.Scalar, length: Int)
        case indentedCode
        case html(HTMLEnd)
        case table(columns: Int)
    }

    var containers: [Container] = []
    var leaf: OpenLeaf = .none
    /// The open paragraph's lines (apart from `leaf`, so that adding a line copies nothing).
    var paragraphLines: [LeafLine] = []
    var events: [BlockEvent] = []
    /// Link reference definitions by normalised label; the first definition of a label wins.
    private(set) var referenceDefinitions: MarkdownReferences = [:]

    /// Parses `lines`, appending events.
    mutating func parse(_ lines: [SourceLine]) {
        for line in lines { process(line) }
        closeLeaf()
    }

    func index(_ line: SourceLine, _ offset: Int) -> Substring.Index {
        line.text.unicodeScalars.index(line.text.startIndex, offsetBy: offset)
    }

    func whole(_ line: SourceLine) -> Substring {
        line.text.base[line.text.startIndex..<line.ending.endIndex]
    }

    // MARK: - Per line

    private mutating func process(_ line: SourceLine) {
        var cur = MarkdownLineCursor(line.text)
        // 1. Match open containers.
        var matched = 0
        for container in containers {
            switch container {
            case .quote:
                let (ind, end) = cur.indent(limit: 4)
                guard ind <= 3, cur.at(end) == ">" else { break }
                cur.skipAllSpaces()
                cur.advance()
                if let c = cur.current, c == " " || c == "\t" { cur.advance() }
                matched += 1
                continue
            case .item(let indent):
                if cur.isBlankRest {
                    matched += 1
                    continue
                }
                guard cur.indent(limit: indent).columns >= indent else { break }
                cur.skipSpaces(toColumn: cur.column + indent)
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
                let run = fenceRun(cur.s, at: end, char: char)
                if ind <= 3, run >= length, cur.isBlank(from: end + run) { leaf = .none }
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
                if cur.isBlankRest || cur.indent(limit: 4).columns >= 4 {
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
            let (ind, end) = cur.indent(limit: 4)
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
            if !cur.isThematicBreak(from: end), let marker = listMarker(cur.s, at: end) {
                let restBlank = cur.isBlank(from: marker.end)
                if paragraphContinues && (restBlank || (marker.ordered && marker.number != 1)) { break }
                // Column of the content: marker end plus 1–4 spaces (5+ means indented code: 1).
                let parentColumn = cur.column
                var probe = cur
                probe.skipAllSpaces()
                while probe.i < marker.end { probe.advance() }
                let markerColumn = probe.column
                let afterSpaces = probe.indent(limit: 5)
                let contentColumn: Int
                if restBlank || afterSpaces.columns > 4 {
                    contentColumn = markerColumn + 1
                } else {
                    contentColumn = markerColumn + afterSpaces.columns
                }
                openContainer(.item(indent: contentColumn - parentColumn), keeping: matched, opened: &opened)
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
        let blank = cur.isBlank(from: end)

        // Lazy paragraph continuation: containers unmatched, but the text continues a paragraph.
        if !opened, !allMatched, case .paragraph = leaf, !blank,
           !startsLeafBlock(cur, at: end, indent: ind, interruptingParagraph: true) {
            paragraphLines.append(paragraphLine(line, contentOffset: end))
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
        if ind >= 4 {
            // An indented line continues a paragraph (never a heading, an underline or a break).
            if paragraphContinues, case .paragraph = leaf {
                paragraphLines.append(paragraphLine(line, contentOffset: end))
                return
            }
            closeLeaf()
            events.append(.literal(whole(line)))
            leaf = .indentedCode
            return
        }
        if paragraphContinues, case .paragraph = leaf {
            // Setext underline (unless the paragraph was only link reference definitions).
            if isSetextUnderline(rest) {
                takeDefinitions()
                if !paragraphLines.isEmpty {
                    leaf = .paragraph(kind: .heading)
                    closeLeaf()
                    events.append(.literal(whole(line)))
                    return
                }
                leaf = .none
            } else if let header = paragraphLines.last, header.content.contains("|"),
                      let columns = delimiterRowColumns(rest), tableCells(header.content).count == columns {
                // Table: the paragraph's last line is the header row, this line the delimiter row.
                paragraphLines.removeLast()
                closeLeaf()
                emitRow(header)
                events.append(.literal(whole(line)))
                leaf = .table(columns: columns)
                return
            }
        }
        if case .table = leaf, allMatched, !opened,
           !startsLeafBlock(cur, at: end, indent: ind, interruptingParagraph: true) {
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
        if cur.isThematicBreak(from: end) {
            closeLeaf()
            events.append(.literal(whole(line)))
            return
        }
        let interrupting: Bool = { if case .paragraph = leaf { return paragraphContinues }; return false }()
        if let htmlEnd = htmlBlockStart(cur.s, at: end, interruptingParagraph: interrupting) {
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
        // Paragraph text.
        if paragraphContinues, case .paragraph = leaf {
            paragraphLines.append(paragraphLine(line, contentOffset: end))
        } else {
            closeLeaf()
            leaf = .paragraph(kind: containers.last?.kind ?? .paragraph)
            paragraphLines = [paragraphLine(line, contentOffset: end)]
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

    mutating func closeLeaf() {
        if case .paragraph(let kind) = leaf {
            takeDefinitions()
            if !paragraphLines.isEmpty { events.append(.leaf(LeafBlock(kind: kind, lines: paragraphLines))) }
            paragraphLines = []
        }
        leaf = .none
    }

    /// Takes the link reference definitions off the start of the open paragraph: they are
    /// recorded, and their lines become literal.
    private mutating func takeDefinitions() {
        let definitions = MarkdownReferenceDefinition.parse(paragraphLines)
        guard !definitions.isEmpty else { return }
        var taken = 0
        for definition in definitions {
            if referenceDefinitions[definition.label] == nil {
                referenceDefinitions[definition.label] = (definition.destination, definition.title)
            }
            taken += definition.lineCount
        }
        for line in paragraphLines[..<taken] {
            for part in [line.prefix, line.content, line.suffix, line.ending] where !part.isEmpty {
                events.append(.literal(part))
            }
        }
        paragraphLines.removeFirst(taken)
    }

    private func paragraphLine(_ line: SourceLine, contentOffset: Int) -> LeafLine {
        let start = index(line, contentOffset)
        return LeafLine(prefix: line.text[line.text.startIndex..<start], content: line.text[start...],
                        suffix: line.text[line.text.endIndex...], ending: line.ending, number: line.number)
    }
}
