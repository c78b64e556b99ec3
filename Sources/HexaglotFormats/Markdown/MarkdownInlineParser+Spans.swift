import HexaglotCore

/// The backtick runs of a block by length, so that each opening run finds its closing run
/// (the next run of the same length) without rescanning: queries come in text order, so
/// each list is walked once.
struct BacktickRuns {
    private var starts: [Int: [Int]] = [:]
    private var cursors: [Int: Int] = [:]

    init(_ s: [Unicode.Scalar]) {
        var i = 0
        while i < s.count {
            guard s[i] == "`" else { i += 1; continue }
            var j = i
            while j < s.count, s[j] == "`" { j += 1 }
            starts[j - i, default: []].append(i)
            i = j
        }
    }

    /// The start of the first run of exactly `length` backticks at or after `from`.
    mutating func next(length: Int, from: Int) -> Int? {
        guard let list = starts[length] else { return nil }
        var k = cursors[length] ?? 0
        while k < list.count, list[k] < from { k += 1 }
        cursors[length] = k
        return k < list.count ? list[k] : nil
    }
}

extension MarkdownInlineParser {
    /// The code span over `range` (opening and closing runs of `length` backticks): line
    /// endings read as spaces, and one space stripped from each end when both have one.
    mutating func codeSpan(_ range: Range<Int>, length: Int) -> InlineCode {
        var inner = s[(range.lowerBound + length)..<(range.upperBound - length)].map { $0 == "\n" ? " " : $0 }
        if inner.count >= 2, inner.first == " ", inner.last == " ", !inner.allSatisfy({ $0 == " " }) {
            inner = Array(inner.dropFirst().dropLast())
        }
        return InlineCode(id: newID(), kind: .placeholder, role: .code, data: text.markup(range),
                          equiv: String(String.UnicodeScalarView(inner)))
    }

    /// `<scheme:address>` or `<user@example.org>` at `i`: the end and the address.
    func autolink(at i: Int) -> (Int, String)? {
        var j = i + 1
        let n = s.count
        // URI autolink.
        var k = j
        while k < n, k - j <= 32,
              HTMLSyntax.isASCIILetter(s[k]) || HTMLSyntax.isASCIIDigit(s[k]) || s[k] == "+" || s[k] == "." || s[k] == "-" { k += 1 }
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
}
