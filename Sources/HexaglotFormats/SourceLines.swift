/// One line of an input file: its text without the line ending, and the ending itself.
struct SourceLine {
    /// The line's text, without its line ending.
    var text: Substring
    /// `"\n"`, `"\r\n"`, `"\r"`, or `""` for a last line without one.
    var ending: Substring
    /// 1-based line number.
    var number: Int
}

extension SourceLine {
    /// Splits `text` into lines, keeping every byte: joining `text + ending` of all lines
    /// gives `text` back. A text that ends with a line ending has no empty last line.
    static func split(_ text: Substring, firstNumber: Int = 1) -> [SourceLine] {
        var lines: [SourceLine] = []
        let scalars = text.unicodeScalars
        var start = scalars.startIndex
        var i = start
        var number = firstNumber
        while i < scalars.endIndex {
            let c = scalars[i]
            if c == "\n" || c == "\r" {
                var end = scalars.index(after: i)
                if c == "\r", end < scalars.endIndex, scalars[end] == "\n" { end = scalars.index(after: end) }
                lines.append(SourceLine(text: text[start..<i], ending: text[i..<end], number: number))
                number += 1
                start = end
                i = end
            } else {
                i = scalars.index(after: i)
            }
        }
        if start < scalars.endIndex {
            lines.append(SourceLine(text: text[start...], ending: text[text.endIndex...], number: number))
        }
        return lines
    }
}

extension Substring {
    /// True when the text has only spaces and tabs (or nothing).
    var isBlankLine: Bool { unicodeScalars.allSatisfy { $0 == " " || $0 == "\t" } }
}
