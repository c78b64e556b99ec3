/// HTML character references in Markdown text: `&amp;`, `&#8212;`, `&#x2014;`.
enum Entities {
    /// The named references Hexaglot recognises: those that occur in letters and posts.
    /// An unknown name stays text.
    static let named: [String: String] = [
        "amp": "&", "lt": "<", "gt": ">", "quot": "\"", "apos": "'", "nbsp": "\u{A0}", "thinsp": "\u{2009}",
        "ensp": "\u{2002}", "emsp": "\u{2003}", "shy": "\u{AD}", "zwj": "\u{200D}", "zwnj": "\u{200C}",
        "mdash": "—", "ndash": "–", "hellip": "…", "laquo": "«", "raquo": "»", "lsquo": "‘", "rsquo": "’",
        "ldquo": "“", "rdquo": "”", "sbquo": "‚", "bdquo": "„", "copy": "©", "reg": "®", "trade": "™",
        "euro": "€", "pound": "£", "yen": "¥", "cent": "¢", "deg": "°", "times": "×", "divide": "÷",
        "middot": "·", "bull": "•", "para": "¶", "sect": "§", "plusmn": "±", "micro": "µ", "frac12": "½",
        "frac14": "¼", "frac34": "¾", "sup2": "²", "sup3": "³", "iexcl": "¡", "iquest": "¿", "ordf": "ª",
        "ordm": "º", "agrave": "à", "aacute": "á", "acirc": "â", "auml": "ä", "ccedil": "ç", "egrave": "è",
        "eacute": "é", "ecirc": "ê", "euml": "ë", "icirc": "î", "iuml": "ï", "ntilde": "ñ", "ocirc": "ô",
        "ouml": "ö", "oelig": "œ", "ugrave": "ù", "uacute": "ú", "ucirc": "û", "uuml": "ü", "Agrave": "À",
        "Eacute": "É", "Egrave": "È", "Ccedil": "Ç", "OElig": "Œ", "szlig": "ß", "larr": "←", "rarr": "→",
    ]

    /// A character reference starting at `s[i] == "&"`: its end offset and the character.
    static func match(_ s: [Unicode.Scalar], at i: Int) -> (Int, String)? {
        var k = i + 1
        let n = s.count
        guard k < n else { return nil }
        if s[k] == "#" {
            k += 1
            var hex = false
            if k < n, s[k] == "x" || s[k] == "X" { hex = true; k += 1 }
            let start = k
            var value: UInt32 = 0
            while k < n, k - start < (hex ? 6 : 7), let d = digit(s[k], hex: hex) {
                value = value * (hex ? 16 : 10) + d
                k += 1
            }
            guard k > start, k < n, s[k] == ";" else { return nil }
            let scalar = Unicode.Scalar(value == 0 ? 0xFFFD : value) ?? "\u{FFFD}"
            return (k + 1, String(scalar))
        }
        let start = k
        while k < n, k - start < 32, HTMLSyntax.isASCIILetter(s[k]) || HTMLSyntax.isASCIIDigit(s[k]) { k += 1 }
        guard k > start, k < n, s[k] == ";" else { return nil }
        guard let value = named[String(String.UnicodeScalarView(s[start..<k]))] else { return nil }
        return (k + 1, value)
    }

    private static func digit(_ c: Unicode.Scalar, hex: Bool) -> UInt32? {
        switch c {
        case "0"..."9": return c.value - 48
        case "a"..."f" where hex: return c.value - 87
        case "A"..."F" where hex: return c.value - 55
        default: return nil
        }
    }
}
