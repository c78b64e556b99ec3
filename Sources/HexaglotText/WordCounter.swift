import Synchronization
import Foundation
import HexaglotCore

/// Word counts as translation vendors bill them, the same way in all six languages.
///
/// The convention, applied in this order:
///
/// 1. **Tokens** are ICU word-break segments (locale of the language; dictionary-based for
///    Chinese) whose rule status is number (100–199), letter (200–299), kana (300–399) or
///    ideographic (400–499). Spaces, punctuation and symbols are not words. ICU keeps
///    decimals and grouped numbers in one token ("3.5", "1,000.50", "1.000,50", "٣٫٥",
///    "١٬٠٠٠"), and words with an inner apostrophe or full stop ("ITU's", "itu.int").
/// 2. **URLs and e-mail addresses** (`http://…`, `https://…`, `www.…`,
///    `name@domain.tld`) are one token each, whatever their punctuation.
/// 3. **Hyphens join**: tokens separated by exactly one hyphen (U+002D, U+2010, U+2011)
///    with no space form one token: "socio-économiques", "ITU-T", "CL-19", "2020-2023"
///    and "Wi-Fi" are one word each. Other dashes (– —) and slashes separate:
///    "télécommunications/TIC" and "CL-19/73" are two words.
/// 4. **Grouped thousands with spaces** (French, Russian, Spanish style): a number token,
///    then one space (U+0020, U+00A0, U+2009 or U+202F), then a token of exactly three digits
///    (optionally followed by a decimal part) is one number: "1 000,50" and "15 000" are one
///    word; "2018 100" is two (the first group has more than three digits).
/// 5. **French elision**: in French text, a token starting with an elided word and an
///    apostrophe (' or ’) — c d j l m n s t qu jusqu lorsqu puisqu quoiqu presqu quelqu —
///    is two tokens: "l'UIT" and "d'une" are two words each, "aujourd'hui" one
///    (as Trados and most French vendors count). Other languages keep apostrophes inside
///    words ("ITU's" is one word).
/// 6. **Counting**: each Han, Hiragana, Katakana and Hangul character counts as one word
///    (Chinese is billed by character), in any language's text; the rest of a token counts
///    as one word if it contains a letter or digit. So "国际电联" is 4, "5G网络" is 1 + 2,
///    "2030" is 1.
public enum WordCounter {
    /// The word and number tokens of `text`, in order (rules 1–5 above; CJK tokens whole).
    public static func tokens(in text: String, language: Language) -> [Substring] {
        guard !text.isEmpty else { return [] }
        let utf16 = Array(text.utf16)
        let links = linkRanges(in: text)
        var spans: [(start: Int, end: Int)] = []
        var linkIndex = 0
        for (start, end, status) in icuTokens(utf16, language: language) {
            while linkIndex < links.count, links[linkIndex].upperBound <= start { linkIndex += 1 }
            if linkIndex < links.count, links[linkIndex].lowerBound < end {
                let link = links[linkIndex]
                if spans.last.map({ $0.start == link.lowerBound }) != true {
                    spans.append((link.lowerBound, link.upperBound))
                }
                continue
            }
            guard (100..<500).contains(status) else { continue }
            if let last = spans.last, joins(utf16, last, start, end) {
                spans[spans.count - 1].end = end
            } else {
                spans.append((start, end))
            }
        }
        if language == .fr { spans = spans.flatMap { splitElision(utf16, $0) } }
        return spans.map { span in
            let lo = text.utf16.index(text.startIndex, offsetBy: span.start)
            let hi = text.utf16.index(text.startIndex, offsetBy: span.end)
            return text[lo..<hi]
        }
    }

    /// The number of words in `text` (rule 6 applied to ``tokens(in:language:)``).
    public static func count(_ text: String, language: Language) -> Int {
        tokens(in: text, language: language).reduce(0) { $0 + weight($1) }
    }

    /// Words in one token: one per CJK character, plus one for the rest if it has a letter or digit.
    static func weight(_ token: Substring) -> Int {
        var cjk = 0
        var other = false
        for scalar in token.unicodeScalars {
            if isCountedByCharacter(scalar) {
                cjk += 1
            } else if scalar.properties.isAlphabetic || scalar.properties.numericType != nil {
                other = true
            }
        }
        return cjk + (other ? 1 : 0)
    }

    static func isCountedByCharacter(_ s: Unicode.Scalar) -> Bool {
        switch s.value {
        case 0x3040...0x309F, 0x30A0...0x30FF, 0x31F0...0x31FF, 0xFF66...0xFF9F: return true  // kana
        case 0x1100...0x11FF, 0x3130...0x318F, 0xAC00...0xD7AF: return true  // Hangul
        case 0x3005, 0x3007, 0x3021...0x3029: return true  // 々 〇 Hangzhou numerals
        default:
            return s.properties.isIdeographic && s.properties.isAlphabetic
        }
    }

    /// ICU's word and number tokens alone, without rules 2–5.
    static func wordBreakTokens(in text: String, language: Language) -> [Substring] {
        let utf16 = Array(text.utf16)
        return icuTokens(utf16, language: language).filter { (100..<500).contains($0.2) }.map { t in
            let lo = text.utf16.index(text.startIndex, offsetBy: t.0)
            let hi = text.utf16.index(text.startIndex, offsetBy: t.1)
            return text[lo..<hi]
        }
    }

    private static func icuTokens(_ utf16: [UInt16], language: Language) -> [(Int, Int, Int32)] {
        guard let pool = try? pool(language) else { return [] }
        let b = pool.boundaries(utf16)
        guard b.count > 1 else { return [] }
        return (1..<b.count).map { (b[$0 - 1].offset, b[$0].offset, b[$0].status) }
    }

    private static let pools = Mutex<[Language: BreakerPool]>([:])

    static func pool(_ language: Language) throws -> BreakerPool {
        try pools.withLock { pools in
            if let p = pools[language] { return p }
            let p = try BreakerPool(kind: .word, locale: language.icuLocale)
            pools[language] = p
            return p
        }
    }

    private static func isSpace(_ c: UInt16) -> Bool { c == 0x20 || c == 0xA0 || c == 0x2009 || c == 0x202F }
    private static func isHyphen(_ c: UInt16) -> Bool { c == 0x2D || c == 0x2010 || c == 0x2011 }
    private static func isDigit(_ c: UInt16) -> Bool { DigitSystem.isDigit(c) }

    /// Whether the token at `start..<end` continues the previous one (rules 3 and 4).
    private static func joins(_ u: [UInt16], _ last: (start: Int, end: Int), _ start: Int, _ end: Int) -> Bool {
        guard start == last.end + 1 else { return false }
        let between = u[last.end]
        if isHyphen(between) { return true }
        guard isSpace(between) else { return false }
        // Thousands group: previous is a number ending in a group of 1–3 digits, next is
        // exactly three digits, optionally followed by a decimal part.
        let prev = u[last.start..<last.end]
        guard prev.allSatisfy({ isDigit($0) || isSpace($0) }) else { return false }
        let lastGroup = prev.reversed().prefix(while: isDigit).count
        guard (1...3).contains(lastGroup) else { return false }
        let next = u[start..<end]
        let intPart = next.prefix(while: isDigit)
        guard intPart.count == 3 else { return false }
        let rest = next.dropFirst(3)
        if rest.isEmpty { return true }
        guard rest.first == 0x2C || rest.first == 0x2E else { return false }
        return rest.count > 1 && rest.dropFirst().allSatisfy(isDigit)
    }

    private static let elided: Set<String> = [
        "c", "d", "j", "l", "m", "n", "s", "t", "qu", "jusqu", "lorsqu", "puisqu", "quoiqu", "presqu", "quelqu",
    ]

    private static func splitElision(_ u: [UInt16], _ span: (start: Int, end: Int)) -> [(start: Int, end: Int)] {
        guard let apostrophe = (span.start..<span.end).first(where: { u[$0] == 0x27 || u[$0] == 0x2019 }),
              apostrophe + 1 < span.end else { return [span] }
        let head = String(decoding: u[span.start..<apostrophe], as: UTF16.self).lowercased()
        guard elided.contains(head) else { return [span] }
        return [(span.start, apostrophe + 1)] + splitElision(u, (apostrophe + 1, span.end))
    }

    private static let linkPattern = try! NSRegularExpression(
        pattern: #"(?:https?://|ftp://|www\.)[^\s<>"«»“”()\[\]]+[^\s<>"«»“”()\[\].,;:!?'’]|[\p{L}\p{N}._%+-]+@[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)+"#)

    /// UTF-16 ranges of URLs and e-mail addresses.
    private static func linkRanges(in text: String) -> [Range<Int>] {
        guard text.contains("@") || text.contains("www.") || text.contains("://") else { return [] }
        let range = NSRange(location: 0, length: text.utf16.count)
        return linkPattern.matches(in: text, range: range).map { $0.range.location..<($0.range.location + $0.range.length) }
    }
}
