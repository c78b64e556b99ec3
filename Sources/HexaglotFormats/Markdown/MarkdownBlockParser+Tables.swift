/// GFM pipe tables: rows split into cells, each non-empty cell a leaf block of its own.
extension MarkdownBlockParser {

    /// Emits a table row: each non-empty cell a leaf block, pipes and padding literal.
    mutating func emitRow(_ row: LeafLine) {
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
    func tableCells(_ row: Substring) -> [(before: Range<Substring.Index>, content: Range<Substring.Index>, after: Range<Substring.Index>)] {
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
    func delimiterRowColumns(_ rest: ArraySlice<Unicode.Scalar>) -> Int? {
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

}
