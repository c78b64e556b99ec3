import HexaglotCore

/// The key under which segments are matched in translation memory: two segments that
/// differ only in the ways below get the same key.
///
/// | Step | What                           | Folded                                                                                   | Into |
/// |------|--------------------------------|------------------------------------------------------------------------------------------|------|
/// | 1    | Apostrophes                    | ’ U+2019, ‘ U+2018, ʼ U+02BC, ʻ U+02BB, \` U+0060, ´ U+00B4, ′ U+2032, ＇ U+FF07           | `'`  |
/// | 1    | Quotation marks                | « » U+00AB/BB, “ ” U+201C/D, „ U+201E, ‟ U+201F, ‹ › U+2039/3A, 「 」 『 』 U+300C–F, ″ U+2033, ＂ U+FF02 | `"`  |
/// | 1    | Dashes, hyphens, minus         | ‐ U+2010, ‑ U+2011, ‒ U+2012, – U+2013, — U+2014, ― U+2015, − U+2212, ﹘ U+FE58, ﹣ U+FE63, － U+FF0D | `-`  |
/// | 2    | Unicode NFKC_Casefold (ICU)    | compatibility forms (full-width ＡＢＣ, ligatures ﬁ, Arabic presentation forms, ² ½), case (`Straße` → `strasse`), and removal of default-ignorable characters (ZWSP U+200B, ZWNJ/ZWJ U+200C/D, soft hyphen U+00AD, word joiner U+2060, BOM U+FEFF, bidi controls) | |
/// | 3    | Arabic marks                   | harakat U+064B–U+065F, superscript alef U+0670, Quranic marks U+06D6–U+06ED, tatweel U+0640 | removed |
/// | 4    | Step 1 again                   | the same characters, when NFKC produced them (﹘ → — → `-`)                              | as 1 |
/// | 5    | Whitespace                     | every White_Space character: all Zs (space, NBSP U+00A0, NNBSP U+202F, U+2000–U+200A, ideographic space U+3000…), tab, LF, CR, VT, FF, NEL U+0085, U+2028, U+2029 | one ASCII space per run; leading and trailing removed |
///
/// Nothing else is folded: digits stay as they are (`٣` and `3` differ), punctuation other
/// than the above stays, and Latin diacritics stay (`côte` ≠ `cote`).
public enum MatchingKey {
    /// The matching key of `text`.
    public static func make(_ text: String) -> String {
        let premapped = map(text)
        let folded = Normalizer.normalize(premapped, .nfkcCasefold)
        var out = String.UnicodeScalarView()
        var pendingSpace = false
        for scalar in folded.unicodeScalars {
            if isArabicMark(scalar) { continue }
            if scalar.properties.isWhitespace {
                pendingSpace = !out.isEmpty
                continue
            }
            if pendingSpace {
                out.append(" ")
                pendingSpace = false
            }
            out.append(fold(scalar))
        }
        return String(out)
    }

    /// The matching key of a segment's plain text (placeholders stand for what they mean).
    public static func make(_ content: Content) -> String {
        make(content.plainText)
    }

    private static func map(_ text: String) -> String {
        guard text.unicodeScalars.contains(where: { $0.value >= 0x60 }) else { return text }
        var out = String.UnicodeScalarView()
        for s in text.unicodeScalars { out.append(fold(s)) }
        return String(out)
    }

    private static func fold(_ s: Unicode.Scalar) -> Unicode.Scalar {
        switch s.value {
        case 0x2019, 0x2018, 0x02BC, 0x02BB, 0x0060, 0x00B4, 0x2032, 0xFF07:
            return "'"
        case 0x00AB, 0x00BB, 0x201C, 0x201D, 0x201E, 0x201F, 0x2039, 0x203A, 0x300C, 0x300D, 0x300E, 0x300F, 0x2033, 0xFF02:
            return "\""
        case 0x2010, 0x2011, 0x2012, 0x2013, 0x2014, 0x2015, 0x2212, 0xFE58, 0xFE63, 0xFF0D:
            return "-"
        default:
            return s
        }
    }

    private static func isArabicMark(_ s: Unicode.Scalar) -> Bool {
        switch s.value {
        case 0x064B...0x065F, 0x0670, 0x06D6...0x06ED, 0x0640: return true
        default: return false
        }
    }
}
