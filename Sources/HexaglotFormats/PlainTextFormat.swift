import HexaglotCore

/// Plain text: paragraphs separated by blank lines, each split into sentences.
///
/// A line that starts with a list marker (`1.`, `2)`, `a)`, `(b)`, `iv.`, `-`, `•`, `–`)
/// starts a paragraph of its own, so a list typed one item a line gives one segment an item.
/// No markup is interpreted: `*`, `[` and `<` are text. Inside a paragraph a single
/// newline is a soft line break (a line-break code that may be dropped), except after
/// two or more trailing spaces, which end the segment as in Markdown. Leading
/// indentation of each line is skeleton. The input round-trips byte for byte (an input
/// that is not NFC gets NFC segment text, as for ``MarkdownFormat``).
public struct PlainTextFormat: DocumentFormat {
    public init() {}

    public var name: String { "text" }
    public var fileExtensions: [String] { ["txt", "text"] }

    public func parse(_ text: String, file: String?, language: Language) throws -> ParsedFile {
        var builder = try SegmentBuilder(language: language, file: file, normalize: !text.isNFC)
        var rest = Substring(text)
        if rest.unicodeScalars.first == "\u{FEFF}" {
            builder.literal("\u{FEFF}")
            rest = rest.dropFirst()
        }
        var paragraph: [LeafLine] = []
        func flush(_ builder: inout SegmentBuilder) {
            guard !paragraph.isEmpty else { return }
            let leaf = LeafBlock(kind: .paragraph, lines: paragraph)
            builder.add(leaf, tokens: Self.tokens(leaf))
            paragraph = []
        }
        for line in SourceLine.split(rest) {
            if line.text.isBlankLine {
                flush(&builder)
                builder.literal(line.text)
                builder.literal(line.ending)
                continue
            }
            let start = line.text.firstIndex { $0 != " " && $0 != "\t" } ?? line.text.endIndex
            if Self.startsWithListMarker(line.text[start...]) { flush(&builder) }
            paragraph.append(LeafLine(prefix: line.text[..<start], content: line.text[start...],
                                      suffix: line.text[line.text.endIndex...], ending: line.ending, number: line.number))
        }
        flush(&builder)
        return ParsedFile(skeleton: builder.skeleton, segments: builder.segments, format: name)
    }

    /// Whether a line opens a list item: a bullet, or a number, letter or roman numeral
    /// (optionally in brackets) followed by `.` or `)` and a space.
    static func startsWithListMarker(_ line: Substring) -> Bool {
        guard let first = line.first else { return false }
        if "-•–—*‣◦▪".contains(first) {
            return line.dropFirst().first.map { $0 == " " || $0 == "\t" } ?? false
        }
        var rest = line
        if rest.first == "(" { rest = rest.dropFirst() }
        let label = rest.prefix { $0.isLetter || $0.isNumber || $0 == "." }
        guard !label.isEmpty, label.count <= 8 else { return false }
        var body = label
        while body.last == "." { body = body.dropLast() }
        let isNumber = !body.isEmpty && body.allSatisfy { $0.isNumber || $0 == "." }
        let isLetter = body.count == 1 && body.first!.isLetter
        let isRoman = !body.isEmpty && body.count <= 6 && body.lowercased().allSatisfy { "ivxlc".contains($0) }
        guard isNumber || isLetter || isRoman else { return false }
        let after = rest.dropFirst(body.count)
        guard let mark = after.first, mark == "." || mark == ")" else { return false }
        return after.dropFirst().first.map { $0 == " " || $0 == "\t" } ?? false
    }

    /// The paragraph as text runs and line breaks, with no markup.
    static func tokens(_ leaf: LeafBlock) -> [InlineToken] {
        let text = LeafText(leaf)
        let s = text.scalars
        var tokens: [InlineToken] = []
        var start = 0
        var i = 0
        while i < s.count {
            guard s[i] == "\n" else { i += 1; continue }
            var ws = i
            while ws > start, s[ws - 1] == " " || s[ws - 1] == "\t" { ws -= 1 }
            if ws > start { tokens.append(InlineToken(piece: .text(text.text(start..<ws)), line: text.line(at: start))) }
            let spaces = s[ws..<i].reversed().prefix(while: { $0 == " " }).count
            let piece: InlineToken.Piece = spaces >= 2 ? .hardBreak(text.markup(ws..<(i + 1))) : .code(text.softBreak(ws..<(i + 1)))
            tokens.append(InlineToken(piece: piece, line: text.line(at: ws)))
            i += 1
            start = i
        }
        if start < s.count { tokens.append(InlineToken(piece: .text(text.text(start..<s.count)), line: text.line(at: start))) }
        return tokens
    }
}
