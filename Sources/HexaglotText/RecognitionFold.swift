import HexaglotCore

/// The folds term recognition adds to the matching key, and the Arabic clitic analysis.
enum RecognitionFold {
    /// `token`'s matching key with, in addition: combining marks on Latin letters removed
    /// (`dubaï` → `dubai`, `résolución` → `resolucion`; Cyrillic `й` and Arabic letters are
    /// left alone), `œ æ ø ł đ` → `oe ae o l d`, Russian `ё` → `е`, digits of every
    /// ``DigitSystem`` → ASCII digits, and Arabic letter variants unified (`أ إ آ ٱ`
    /// → `ا`, `ى ی` → `ي`, `ة` → `ه`, `ک` → `ك`).
    static func fold(key: String) -> String {
        if key.utf8.allSatisfy({ $0 < 0x80 }) { return key }
        var scalars = key.unicodeScalars
        if scalars.contains(where: { isDecomposableLatin($0.value) }) {
            let nfd = Normalizer.normalize(key, .nfd).unicodeScalars
            var kept = String.UnicodeScalarView()
            var baseIsLatin = false
            for s in nfd {
                let v = s.value
                if (0x300...0x36F).contains(v) || (0x1AB0...0x1AFF).contains(v) || (0x1DC0...0x1DFF).contains(v) {
                    if baseIsLatin { continue }
                } else {
                    baseIsLatin = isLatin(v)
                }
                kept.append(s)
            }
            scalars = Normalizer.normalize(String(kept), .nfc).unicodeScalars
        }
        var out = String.UnicodeScalarView()
        for s in scalars {
            if let (system, d) = DigitSystem.digit(s), system != .ascii {
                out.append(Unicode.Scalar(UInt8(0x30 + d)))
                continue
            }
            switch s.value {
            case 0x0153: out.append("o"); out.append("e")
            case 0x00E6: out.append("a"); out.append("e")
            case 0x00F8: out.append("o")
            case 0x0142: out.append("l")
            case 0x0111: out.append("d")
            case 0x0451: out.append("\u{0435}")
            case 0x0623, 0x0625, 0x0622, 0x0671: out.append("\u{0627}")
            case 0x0649, 0x06CC: out.append("\u{064A}")
            case 0x0629: out.append("\u{0647}")
            case 0x06A9: out.append("\u{0643}")
            default: out.append(s)
            }
        }
        return String(out)
    }

    private static func isLatin(_ v: UInt32) -> Bool {
        (0x41...0x5A).contains(v) || (0x61...0x7A).contains(v) || (0xC0...0x24F).contains(v) || (0x1E00...0x1EFF).contains(v)
    }

    private static func isDecomposableLatin(_ v: UInt32) -> Bool {
        (0xC0...0x24F).contains(v) || (0x1E00...0x1EFF).contains(v) || (0x300...0x36F).contains(v)
    }

    // Arabic letters used by the clitic analysis (after `fold`).
    private static let waw: Unicode.Scalar = "\u{0648}", fa: Unicode.Scalar = "\u{0641}"
    private static let ba: Unicode.Scalar = "\u{0628}", kaf: Unicode.Scalar = "\u{0643}", lam: Unicode.Scalar = "\u{0644}"
    private static let alef: Unicode.Scalar = "\u{0627}"
    private static let ta: Unicode.Scalar = "\u{062A}", ha: Unicode.Scalar = "\u{0647}"

    /// The readings of a folded Arabic word with its leading clitics taken off: the word
    /// itself; without a conjunction `و`/`ف`; without a preposition `ب`/`ك`/`ل` (after the
    /// conjunction or not); without the article `ال` (after any of those), and `لل` (`ل` + `ال`)
    /// read as the article's form after `ل`; a sound feminine plural also as its singular.
    /// A clitic comes off only when 3 letters remain,
    /// the article only when 2 remain. Several readings because a word's first letter may
    /// be a clitic or part of the word (`برنامج`): a term word and a text word match when
    /// any of their readings match.
    static func arabicReadings(_ word: String) -> [String] {
        let w = Array(word.unicodeScalars)
        var readings: [[Unicode.Scalar]] = [w]
        func add(_ r: [Unicode.Scalar]) { if !readings.contains(r) { readings.append(r) } }
        if let f = w.first, f == waw || f == fa, w.count - 1 >= 3 { add(Array(w.dropFirst())) }
        for r in readings {
            if let f = r.first, f == ba || f == kaf || f == lam, r.count - 1 >= 3 { add(Array(r.dropFirst())) }
            if r.count >= 4, r[0] == lam, r[1] == lam { add(Array(r.dropFirst(2))) }
        }
        for r in readings where r.count - 2 >= 2 && r[0] == alef && r[1] == lam {
            add(Array(r.dropFirst(2)))
        }
        // A sound feminine plural (`ات`) read as its singular, with `ة` (folded `ه`) or without
        // (`الغايات` ~ `الغاية`, `اجتماعات` ~ `اجتماع`), when 3 letters remain.
        for r in readings where r.count - 2 >= 3 && r[r.count - 2] == alef && r[r.count - 1] == ta {
            add(Array(r.dropLast(2)) + [ha])
            add(Array(r.dropLast(2)))
        }
        return readings.map { var s = String.UnicodeScalarView(); s.append(contentsOf: $0); return String(s) }
    }

    /// True when two folded words whose stems are equal differ only by an inflection-sized
    /// ending, so that Snowball's derivational conflations do not count (`sustainable` and
    /// `sustainability` share the stem `sustain`; `association` and `associates` share
    /// `associ`). After their common beginning, each word's rest must be: English, one of
    /// `s es ies y` (noun number only: `associated` is not `Associates`); French and Spanish, at most 2 letters (`s x e es ux`…); Russian
    /// and Arabic, at most 3 (`ами ого ями`, `ات ين ها`…), but in Arabic not a relative
    /// adjective's `ي ية يا يين يون يات` against a word without it (`الدولية` is not `الدول`).
    static func isInflection(_ a: String, _ b: String, language: Language) -> Bool {
        if a == b { return true }
        let x = Array(a.unicodeScalars), y = Array(b.unicodeScalars)
        var p = 0
        while p < x.count, p < y.count, x[p] == y[p] { p += 1 }
        let ra = x.count - p, rb = y.count - p
        switch language {
        case .en:
            let endings: Set<String> = ["", "s", "es", "ies", "y"]
            func rest(_ s: [Unicode.Scalar]) -> String { var v = String.UnicodeScalarView(); v.append(contentsOf: s[p...]); return String(v) }
            return endings.contains(rest(x)) && endings.contains(rest(y))
        case .fr, .es: return ra <= 2 && rb <= 2
        case .ru: return ra <= 3 && rb <= 3
        case .ar:
            // A relative adjective (nisba: دولي، دولية "international") is derived from the
            // noun (دول "States"), not one of its forms.
            func rest(_ s: [Unicode.Scalar]) -> String { var v = String.UnicodeScalarView(); v.append(contentsOf: s[p...]); return String(v) }
            let nisba: Set<String> = ["\u{064A}", "\u{064A}\u{0647}", "\u{064A}\u{0627}", "\u{064A}\u{064A}\u{0646}", "\u{064A}\u{0648}\u{0646}", "\u{064A}\u{0627}\u{062A}"]
            let x1 = rest(x), y1 = rest(y)
            if nisba.contains(x1) && !y1.hasPrefix("\u{064A}") || nisba.contains(y1) && !x1.hasPrefix("\u{064A}") { return false }
            return ra <= 3 && rb <= 3
        case .zh: return false
        }
    }

    /// True when each word begins with its stem and both stems lie within the words' common
    /// beginning: the words are one stem with different endings even where Snowball cut one of
    /// them shorter (`разрыв` → `разр`, `разрыва` → `разрыв`).
    static func stemsWithin(_ a: String, _ sa: String, _ b: String, _ sb: String) -> Bool {
        let x = Array(a.unicodeScalars), y = Array(b.unicodeScalars)
        var p = 0
        while p < x.count, p < y.count, x[p] == y[p] { p += 1 }
        return !sa.isEmpty && !sb.isEmpty && sa.unicodeScalars.count <= p && sb.unicodeScalars.count <= p && a.hasPrefix(sa) && b.hasPrefix(sb)
    }

    /// True when two Russian words differ by a fleeting vowel: one word's stem with the
    /// `о` or `е` before its last letter taken out begins the other word, which goes on for
    /// at most 3 more letters (`день`/`дня`: stem `ден` → `дн`; `рынок`/`рынка`).
    static func isFleetingVowel(_ a: String, _ sa: String, _ b: String, _ sb: String) -> Bool {
        func check(_ stem: String, _ other: String) -> Bool {
            var x = Array(stem.unicodeScalars)
            guard x.count >= 3, x[x.count - 2] == "\u{043E}" || x[x.count - 2] == "\u{0435}" else { return false }
            x.remove(at: x.count - 2)
            let y = Array(other.unicodeScalars)
            return y.count >= x.count && y.count - x.count <= 3 && Array(y[..<x.count]) == x
        }
        return check(sa, b) || check(sb, a)
    }
}
