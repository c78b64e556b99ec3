import HexaglotCore

/// How an HTML file's bytes become text: UTF-8, or the Windows-1252 its `<meta>` declares.
///
/// A UTF-8 byte-order mark means UTF-8 (kept as the first character, as for Markdown).
/// Otherwise the first 1,024 bytes are searched for a declaration, as browsers do:
/// `<meta charset="…">` or `<meta http-equiv="Content-Type" content="text/html; charset=…">`.
/// - `utf-8` (or none): read as UTF-8; invalid UTF-8 is one error naming file, line and column.
/// - `windows-1252`, `iso-8859-1`, `latin1`, `us-ascii` and the other WHATWG labels of
///   Windows-1252 (browsers read ISO-8859-1 and ASCII as Windows-1252 too): each byte is
///   decoded through ``windows1252(_:)``, and the declaration's value in the text becomes
///   `utf-8`, so the stored document and every export are UTF-8 files that say so.
/// - any other encoding (Shift_JIS, KOI8-R, windows-1256 …): one error naming the file,
///   the declaration's line and the encoding, with the `iconv` command that converts it.
enum HTMLEncoding {
    static let windows1252Labels: Set<String> = [
        "windows-1252", "cp1252", "x-cp1252", "iso-8859-1", "iso8859-1", "iso88591", "iso_8859-1", "iso_8859-1:1987",
        "iso-ir-100", "l1", "latin1", "csisolatin1", "ibm819", "cp819", "us-ascii", "ascii", "ansi_x3.4-1968",
    ]
    static let utf8Labels: Set<String> = ["utf-8", "utf8", "unicode-1-1-utf-8", "unicode11utf8", "unicode20utf8", "x-unicode20utf8",
                                         "utf-16", "utf-16le", "utf-16be"]  // a UTF-16 label in a byte file means UTF-8 (HTML5)

    /// Windows-1252's characters for bytes 0x80–0x9F (the rest of the bytes are their own code points);
    /// the five unassigned bytes map to the C1 control of the same value, as WHATWG does.
    private static let high: [UInt32] = [
        0x20AC, 0x81, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0x8D, 0x017D, 0x8F,
        0x90, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014, 0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0x9D, 0x017E, 0x0178,
    ]

    /// The character of byte `b` in Windows-1252.
    static func windows1252(_ b: UInt8) -> Unicode.Scalar {
        (0x80...0x9F).contains(b) ? Unicode.Scalar(high[Int(b) - 0x80])! : Unicode.Scalar(b)
    }

    /// A charset declaration found in a file's first bytes.
    struct Declaration {
        /// The label as written, lower case.
        var label: String
        /// Where the label's characters are, as byte offsets (the prefix is read byte for byte).
        var range: Range<Int>
    }

    /// The text of an HTML file's bytes; `file` names it in errors.
    static func decode(_ bytes: [UInt8], file: String?) throws -> String {
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { return try SourceFile.decode(bytes, file: file) }
        guard let declaration = declaration(in: bytes) else { return try SourceFile.decode(bytes, file: file) }
        if utf8Labels.contains(declaration.label) { return try SourceFile.decode(bytes, file: file) }
        let (line, column) = position(of: declaration.range.lowerBound, in: bytes)
        let place = SourceLocation(file: file, line: line, column: column)
        guard windows1252Labels.contains(declaration.label) else {
            throw FormatError(.encoding,
                              "the page declares charset \"\(declaration.label)\"; Hexaglot reads HTML in UTF-8 or Windows-1252 (ISO-8859-1): convert it with `iconv -f \(declaration.label.uppercased()) -t UTF-8` and declare <meta charset=\"utf-8\">",
                              at: place)
        }
        if let nul = bytes.firstIndex(of: 0) {
            let (l, c) = position(of: nul, in: bytes)
            throw FormatError(.encoding, "NUL byte at byte offset \(nul): \(file ?? "<input>") looks like a binary file, not HTML",
                              at: SourceLocation(file: file, line: l, column: c))
        }
        var scalars = String.UnicodeScalarView()
        for (k, b) in bytes.enumerated() {
            if k == declaration.range.lowerBound { scalars.append(contentsOf: "utf-8".unicodeScalars) }
            if declaration.range.contains(k) { continue }
            scalars.append(windows1252(b))
        }
        return String(scalars)
    }

    /// The first `<meta>` charset declaration in the first 1,024 bytes, if any.
    static func declaration(in bytes: [UInt8]) -> Declaration? {
        let head = bytes.prefix(1024).map { Unicode.Scalar($0) }
        for token in HTMLTokenizer.tokenize(head) {
            guard case .startTag(let tag) = token.kind, tag.name == "meta" else { continue }
            func value(_ a: HTMLAttribute) -> String {
                a.valueRange.map { String(String.UnicodeScalarView(head[$0])).lowercased() } ?? ""
            }
            if let charset = tag.attribute("charset"), let range = charset.valueRange {
                let label = value(charset).trimmingASCIISpaces
                let lead = head[range].prefix { HTMLSyntax.isSpace($0) }.count
                return Declaration(label: label, range: (range.lowerBound + lead)..<(range.lowerBound + lead + label.unicodeScalars.count))
            }
            if let equiv = tag.attribute("http-equiv"), value(equiv).trimmingASCIISpaces == "content-type",
               let content = tag.attribute("content"), let range = content.valueRange {
                let text = value(content)
                guard let at = text.range(of: "charset") else { continue }
                var k = text.unicodeScalars.distance(from: text.unicodeScalars.startIndex, to: at.upperBound)
                let scalars = Array(text.unicodeScalars)
                while k < scalars.count, HTMLSyntax.isSpace(scalars[k]) { k += 1 }
                guard k < scalars.count, scalars[k] == "=" else { continue }
                k += 1
                while k < scalars.count, HTMLSyntax.isSpace(scalars[k]) || scalars[k] == "\"" || scalars[k] == "'" { k += 1 }
                let start = k
                while k < scalars.count, !HTMLSyntax.isSpace(scalars[k]), scalars[k] != ";", scalars[k] != "\"", scalars[k] != "'" { k += 1 }
                guard k > start else { continue }
                return Declaration(label: String(String.UnicodeScalarView(scalars[start..<k])),
                                   range: (range.lowerBound + start)..<(range.lowerBound + k))
            }
        }
        return nil
    }

    /// The 1-based line and column of byte `offset` (a byte a character: the prefix is ASCII).
    private static func position(of offset: Int, in bytes: [UInt8]) -> (Int, Int) {
        var line = 1
        var start = 0
        for k in 0..<offset where bytes[k] == 0x0A { line += 1; start = k + 1 }
        return (line, offset - start + 1)
    }
}

extension String {
    var trimmingASCIISpaces: String {
        let scalars = Array(unicodeScalars)
        guard let first = scalars.firstIndex(where: { !HTMLSyntax.isSpace($0) }),
              let last = scalars.lastIndex(where: { !HTMLSyntax.isSpace($0) }) else { return "" }
        return String(String.UnicodeScalarView(scalars[first...last]))
    }
}
