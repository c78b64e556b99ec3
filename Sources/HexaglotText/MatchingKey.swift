import CICU
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
        if text.isEmpty { return text }
        var text = text
        return text.withUTF8 { make(utf8: $0) }
    }

    /// The matching key of UTF-8 bytes, as a String (the steps run in C, in `hexaglot_match.c`).
    public static func make(utf8: UnsafeBufferPointer<UInt8>) -> String {
        String(decoding: bytes(utf8: utf8), as: UTF8.self)
    }

    /// The matching key of UTF-8 bytes, as UTF-8 bytes: the import's path, with no String made.
    public static func bytes(utf8: UnsafeBufferPointer<UInt8>) -> [UInt8] {
        let count = utf8.count
        if count == 0 { return [] }
        var capacity = count * 3 + 16
        for _ in 0..<2 {
            var status: Int32 = 0
            var needed: Int32 = 0
            let out = [UInt8](unsafeUninitializedCapacity: capacity) { o, initialized in
                needed = utf8.withMemoryRebound(to: CChar.self) { input in
                    o.withMemoryRebound(to: CChar.self) { o in
                        hx_matching_key_utf8(input.baseAddress, Int32(count), o.baseAddress, Int32(capacity), &status)
                    }
                }
                initialized = Int(needed) <= capacity && hx_failed(status) == 0 ? Int(needed) : 0
            }
            if hx_failed(status) != 0 { return Array(utf8) }
            if Int(needed) <= capacity { return out }
            capacity = Int(needed) + 1
        }
        return Array(utf8)
    }

    /// The matching key of a segment's plain text (placeholders stand for what they mean).
    public static func make(_ content: Content) -> String {
        make(content.plainText)
    }
}
