import HexaglotCore
import HexaglotText

/// XML escaping for the XLIFF writer: `<cp hex>` for characters XML cannot hold in inline
/// content, a ``FormatError/Code/encoding`` error for them elsewhere; the rest through ``XMLEscaping``.
enum XLIFFEscaping {
    /// Content of `source`, `target` and `data`: characters XML cannot hold become `<cp hex="…"/>`.
    static func appendInline(_ s: String, to out: inout String) {
        var run = ""
        for scalar in s.unicodeScalars {
            if isForbidden(scalar) {
                XMLEscaping.appendText(run, to: &out)
                run = ""
                out += "<cp hex=\"\(hex(scalar))\"/>"
            } else {
                run.unicodeScalars.append(scalar)
            }
        }
        XMLEscaping.appendText(run, to: &out)
    }

    /// Content with no room for `cp` (notes): throws for a character XML cannot hold.
    static func appendText(_ s: String, to out: inout String, what: @autoclosure () -> String) throws {
        try check(s, what: what())
        XMLEscaping.appendText(s, to: &out)
    }

    static func appendAttribute(_ s: String, to out: inout String, what: @autoclosure () -> String) throws {
        try check(s, what: what())
        XMLEscaping.appendAttribute(s, to: &out)
    }

    private static func check(_ s: String, what: String) throws {
        if let bad = s.unicodeScalars.first(where: isForbidden) {
            throw FormatError(.encoding, "\(what) holds the character U+\(hex(bad)), which XML 1.0 cannot hold")
        }
    }

    static func isForbidden(_ c: Unicode.Scalar) -> Bool { !XMLCharacters.isAllowed(c.value) }

    static func hex(_ c: Unicode.Scalar) -> String {
        let h = String(c.value, radix: 16, uppercase: true)
        return String(repeating: "0", count: max(0, 4 - h.count)) + h
    }
}
