import HexaglotCore

/// Which soft line breaks of a paragraph end a segment, for letter headers and signatures
/// typed one item a line without Markdown's two trailing spaces.
///
/// A soft break (a single newline) between line A and line B of one paragraph ends the
/// segment, as a hard break would, when B does not start with a lower-case letter, A does
/// not end with a hyphen, a slash or an opening bracket or quote, and one of these holds:
/// 1. B is a label line;
/// 2. A is a short label line;
/// 3. A is the paragraph's first line, short, and ends with a comma (a salutation:
///    `Dear Sir/Madam,`, `Madame, Monsieur,`);
/// 4. no line after the first starts with a lower-case letter (label lines aside), A is short,
///    and B is short too or every line but the last is (a name and a title under the closing,
///    an address, a list of lines).
///
/// A *label line* starts with a label and a colon: one to four words of letters (no digits),
/// at most 32 characters (10 in Chinese, Japanese or Korean), then `:` followed by a space or
/// the line end (after a Chinese, Japanese or Korean label, anything), or a full-width `：` (`Réf.: CL-19/73`, `Réf. : CL-19/73`, `Correo-e: x@itu.int`,
/// `Осн.: CL-19/73`, `文号：CL-19/73`, `المرجع: CL-19/73`, `e-mail: x@itu.int`). A label line may
/// start with a lower-case letter. A *short* line is at most 50 columns wide (a Chinese, Japanese
/// or Korean character is two). Markup does not count: `**Réf.:** CL-19/73` is a label line.
///
/// So a prose paragraph hard-wrapped at 60 columns or more stays one text split into
/// sentences (only its last line is short), and so does a paragraph wrapped narrower whose
/// lines continue in lower case.
enum LineBreakRule {
    static let shortLine = 50
    static let longestLabel = 32
    static let longestCJKLabel = 10

    /// For each soft break between consecutive lines (`lines.count - 1` of them): whether it ends the segment.
    static func separations(_ lines: [String]) -> [Bool] {
        guard lines.count > 1 else { return [] }
        let short = lines.map { width($0) <= shortLine }
        let allShort = !short.dropLast().contains(false)
        let continuesInLowercase = lines.dropFirst().contains { startsLowercase($0) && !isLabelLine($0) }
        return (0..<(lines.count - 1)).map { k in
            let a = lines[k], b = lines[k + 1]
            if continues(a) { return false }
            let bIsLabel = isLabelLine(b)
            if startsLowercase(b) && !bIsLabel { return false }
            if bIsLabel { return true }
            if isLabelLine(a) && short[k] { return true }
            if k == 0 && short[k] && a.last(where: { !$0.isWhitespace }).map({ ",，، ".contains($0) }) == true { return true }
            return !continuesInLowercase && short[k] && (short[k + 1] || allShort)
        }
    }

    /// Whether the line starts with a label and a colon (see the type's description).
    static func isLabelLine(_ line: String) -> Bool {
        let text = line.drop { $0.isWhitespace }
        guard let colon = text.firstIndex(where: { $0 == ":" || $0 == "：" }) else { return false }
        let after = text[text.index(after: colon)...]
        var label = text[..<colon]
        while let last = label.last, last.isWhitespace { label.removeLast() }
        guard let first = label.first, first.isLetter else { return false }
        let cjk = label.contains { Exporter.isCJK($0) }
        // `10:00`, `https://`: an ASCII colon ends a label before a space (after Chinese, anything).
        if text[colon] == ":", !cjk, let next = after.first, !next.isWhitespace { return false }
        guard label.count <= (cjk ? longestCJKLabel : longestLabel) else { return false }
        guard label.split(whereSeparator: \.isWhitespace).count <= 4 else { return false }
        return label.allSatisfy { c in
            (c.isLetter || c.isWhitespace || ".-'’/()&°º№".contains(c)
                || c.unicodeScalars.allSatisfy { $0.properties.generalCategory == .nonspacingMark }) && !c.isNumber
        }
    }

    /// Whether the line's first letter (after quotes, brackets and such) is lower case.
    static func startsLowercase(_ line: String) -> Bool {
        guard let first = line.first(where: { !$0.isWhitespace && !$0.isPunctuation && !$0.isSymbol }) else { return false }
        return first.isLowercase
    }

    /// Whether the line ends in the middle of something: a hyphenated word, a path, an open bracket or quote.
    static func continues(_ line: String) -> Bool {
        guard let last = line.last(where: { !$0.isWhitespace }) else { return true }
        return "-‐\u{AD}/([{«“„‘‹〈《「『（".contains(last)
    }

    /// Display columns: two for a Chinese, Japanese or Korean character, one for others.
    static func width(_ line: String) -> Int {
        line.reduce(0) { $0 + (Exporter.isCJK($1) ? 2 : 1) }
    }
}
