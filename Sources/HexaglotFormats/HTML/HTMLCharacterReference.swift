/// Character references as an HTML5 browser reads them in text and attribute values, which
/// is more lenient than CommonMark (``HTMLEntities/match(_:at:)``).
///
/// - Named: any of the 2,231 names of ``HTMLEntities/table``; the 106 legacy names
///   (``HTMLEntities/legacyWithoutSemicolon``: `&eacute`, `&amp`, `&copy` …) also without
///   their semicolon, the longest that fits (`&notin` is `∉`, `&notit` is `¬` then `it`),
///   except in an attribute value when the next character is `=` or a letter or digit
///   (`?a=1&copy=2` stays as written).
/// - Numeric: decimal or hexadecimal, any number of digits, semicolon optional; 0, a
///   surrogate or a value past U+10FFFF reads as U+FFFD, and 0x80–0x9F as the Windows-1252
///   character of that byte (`&#150;` is `–`), as browsers do.
enum HTMLCharacterReference {
    /// The reference starting at `s[i] == "&"`: its end offset and the characters it stands for.
    static func match(_ s: [Unicode.Scalar], at i: Int, inAttribute: Bool) -> (end: Int, value: String)? {
        let n = s.count
        var k = i + 1
        guard k < n else { return nil }
        if s[k] == "#" {
            k += 1
            var hex = false
            if k < n, s[k] == "x" || s[k] == "X" { hex = true; k += 1 }
            let start = k
            var value: UInt32 = 0
            while k < n, let d = HTMLEntities.digit(s[k], hex: hex) {
                value = min(value * (hex ? 16 : 10) + d, 0x110000)
                k += 1
            }
            guard k > start else { return nil }
            if k < n, s[k] == ";" { k += 1 }
            return (k, String(scalar(value)))
        }
        if let (end, value) = HTMLEntities.match(s, at: i) { return (end, value) }
        // A legacy name without its semicolon: the longest that fits (at most 6 letters: `frac12`).
        var longest: (Int, String)?
        var name = ""
        var j = k
        while j < n, j - k < 6, HTMLSyntax.isASCIILetter(s[j]) || HTMLSyntax.isASCIIDigit(s[j]) {
            name.unicodeScalars.append(s[j])
            j += 1
            if HTMLEntities.legacyWithoutSemicolon.contains(name), let value = HTMLEntities.named(name) {
                longest = (j, value)
            }
        }
        guard let (end, value) = longest else { return nil }
        if inAttribute, end < n, s[end] == "=" || HTMLSyntax.isASCIILetter(s[end]) || HTMLSyntax.isASCIIDigit(s[end]) {
            return nil
        }
        return (end, value)
    }

    private static func scalar(_ value: UInt32) -> Unicode.Scalar {
        if value == 0 || value > 0x10FFFF { return "\u{FFFD}" }
        if (0x80...0x9F).contains(value) { return HTMLEncoding.windows1252(UInt8(value)) }
        return Unicode.Scalar(value) ?? "\u{FFFD}"
    }
}
