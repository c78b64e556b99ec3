/// A position in one line of Markdown, with its column (tabs to multiples of 4).
///
/// Where the line's content ends is found once, so asking whether the rest of the line is
/// blank costs nothing however many containers ask; indentation is measured only as far as
/// the caller needs (`limit`), so matching 10^5 open containers stays linear in the line.
struct MarkdownLineCursor {
    let s: [Unicode.Scalar]
    /// Offset just after the last scalar that is not a space or a tab (0 on a blank line).
    let contentEnd: Int
    /// For `*`, `-` and `_`: the offset of the last scalar that is neither it, a space nor a
    /// tab (-1 if none), so a thematic break is recognised without rescanning the line.
    private let lastNotBreak: (star: Int, dash: Int, underscore: Int)
    var i = 0
    var column = 0

    init(_ text: Substring) {
        s = Array(text.unicodeScalars)
        var end = s.count
        while end > 0, s[end - 1] == " " || s[end - 1] == "\t" { end -= 1 }
        contentEnd = end
        var star = -1, dash = -1, underscore = -1
        for (k, c) in s.enumerated() where c != " " && c != "\t" {
            if c != "*" { star = k }
            if c != "-" { dash = k }
            if c != "_" { underscore = k }
        }
        lastNotBreak = (star, dash, underscore)
    }

    /// Whether the line from offset `k` is a thematic break: three or more `*`, `-` or `_`
    /// (the same one), with only spaces and tabs between them.
    func isThematicBreak(from k: Int) -> Bool {
        guard k < s.count else { return false }
        let c = s[k]
        switch c {
        case "*": guard lastNotBreak.star < k else { return false }
        case "-": guard lastNotBreak.dash < k else { return false }
        case "_": guard lastNotBreak.underscore < k else { return false }
        default: return false
        }
        var count = 0
        for j in k..<contentEnd where s[j] == c {
            count += 1
            if count == 3 { return true }
        }
        return false
    }

    var current: Unicode.Scalar? { i < s.count ? s[i] : nil }
    func at(_ k: Int) -> Unicode.Scalar? { k < s.count ? s[k] : nil }
    var isBlankRest: Bool { i >= contentEnd }
    /// Whether only spaces and tabs follow offset `k`.
    func isBlank(from k: Int) -> Bool { k >= contentEnd }

    /// Columns of spaces and tabs from the cursor, and the offset after them; with a
    /// `limit`, the count stops once it reaches `limit` columns (`end` is then where it stopped).
    func indent(limit: Int = .max) -> (columns: Int, end: Int) {
        var k = i, col = column
        while k < s.count, col - column < limit, s[k] == " " || s[k] == "\t" {
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
