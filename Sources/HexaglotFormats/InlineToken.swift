import HexaglotCore

/// A piece of a leaf block's inline content, as the inline parsers produce it.
///
/// Concatenating the tokens' markup (text, each code's `data`, each hard break's data)
/// gives back the block's content exactly, line prefixes of continuation lines included.
struct InlineToken {
    enum Piece {
        case text(String)
        /// An inline code. Pair ids are unique within the block; ``SegmentBuilder``
        /// renumbers them from 1 in each segment.
        case code(InlineCode)
        /// A hard line break: its markup (trailing spaces or `\`, line ending, next prefix).
        case hardBreak(String)
    }

    var piece: Piece
    /// 1-based line where the token starts.
    var line: Int

    var markup: String {
        switch piece {
        case .text(let t): return t
        case .code(let c): return c.data
        case .hardBreak(let d): return d
        }
    }
}

/// The inline content of a leaf block joined into one scalar array (lines joined with
/// `"\n"`), with what each of those newlines stands for in the file.
struct LeafText {
    var scalars: [Unicode.Scalar] = []
    /// For each offset holding a joining `"\n"`: the file's bytes there (the line's suffix
    /// and ending, then the next line's prefix).
    var joiners: [Int: String] = [:]
    /// Offset where each line starts, and its number.
    var lineStarts: [(offset: Int, number: Int)] = []

    init(_ leaf: LeafBlock) {
        for (k, line) in leaf.lines.enumerated() {
            if k > 0 {
                let previous = leaf.lines[k - 1]
                joiners[scalars.count] = String(previous.suffix) + String(previous.ending) + String(line.prefix)
                scalars.append("\n")
            }
            lineStarts.append((scalars.count, line.number))
            scalars.append(contentsOf: line.content.unicodeScalars)
        }
    }

    /// The file's bytes for `range`: joining newlines replaced by what they stand for.
    func markup(_ range: Range<Int>) -> String {
        var out = String.UnicodeScalarView()
        for k in range {
            if let j = joiners[k] { out.append(contentsOf: j.unicodeScalars) } else { out.append(scalars[k]) }
        }
        return String(out)
    }

    func text(_ range: Range<Int>) -> String { String(String.UnicodeScalarView(scalars[range])) }

    /// The line number of offset `k` (a binary search over the line starts).
    func line(at k: Int) -> Int {
        var lo = 0, hi = lineStarts.count
        while lo < hi {
            let mid = (lo + hi) / 2
            if lineStarts[mid].offset <= k { lo = mid + 1 } else { hi = mid }
        }
        return lo == 0 ? (lineStarts.first?.number ?? 1) : lineStarts[lo - 1].number
    }

    /// A soft line break code for the newline at `newline`, with the whitespace before it.
    func softBreak(_ range: Range<Int>) -> InlineCode {
        InlineCode(id: 0, kind: .placeholder, role: .lineBreak, data: markup(range), equiv: " ", canDelete: true)
    }
}
