import CICU
import HexaglotCore

/// Which writing systems a text uses, from ICU's script data.
///
/// Scripts are ISO 15924 codes as ICU names them: "Latn", "Cyrl", "Arab", "Hani",
/// "Grek", "Hira"… Characters of the Common script (digits, punctuation, spaces) and the
/// Inherited script (combining marks) belong to no script and are ignored.
public enum Script {
    /// The scripts used in `text`, in order of first appearance.
    public static func scripts(of text: String) -> [String] {
        var seen: [Int32] = []
        for scalar in text.unicodeScalars {
            let s = code(of: scalar)
            if s > 1, !seen.contains(s) { seen.append(s) }
        }
        return seen.compactMap(name)
    }

    /// The script with the most characters in `text` (the first seen on a tie); nil when
    /// the text has only Common and Inherited characters.
    public static func dominant(in text: String) -> String? {
        var counts: [Int32: Int] = [:]
        var order: [Int32] = []
        for scalar in text.unicodeScalars {
            let s = code(of: scalar)
            guard s > 1 else { continue }
            if counts[s] == nil { order.append(s) }
            counts[s, default: 0] += 1
        }
        guard let best = order.max(by: { counts[$0]! < counts[$1]! || (counts[$0]! == counts[$1]! && order.firstIndex(of: $0)! > order.firstIndex(of: $1)!) })
        else { return nil }
        return name(best)
    }

    /// Words of `text` that mix scripts in a way no language writes: a Latin "c" in a
    /// Russian word ("сеть" typed with a Latin c), a Cyrillic "а" in an English one.
    ///
    /// A word is mixed when ICU's spoof checker rates it less restrictive than *highly
    /// restrictive* (UTS #39): Latin with Cyrillic or Greek, or any two scripts other than
    /// the usual CJK combinations (Han with kana or Hangul, plus Latin). A word wholly in
    /// another script is never mixed: "Connect" in a Russian text is a proper name.
    /// Words are ICU word-break tokens in `language`'s locale, so "ITU-T" and "5G-сети"
    /// are checked part by part.
    public static func mixedScriptWords(in text: String, language: Language) -> [Substring] {
        WordCounter.wordBreakTokens(in: text, language: language).filter { word in
            var letterScripts = Set<Int32>()
            for scalar in word.unicodeScalars where scalar.properties.isAlphabetic {
                let s = code(of: scalar)
                if s > 1 { letterScripts.insert(s) }
            }
            guard letterScripts.count > 1 else { return false }
            return restrictionLevel(String(word)) > Int32(HX_RESTRICTION_HIGHLY_RESTRICTIVE)
        }
    }

    /// The confusable skeleton of `text` (UTS #39): look-alike strings ("раураl" with
    /// Cyrillic letters and "paypal") get equal skeletons.
    public static func skeleton(_ text: String) -> String {
        (try? ICU.utf16Result(text) { hx_confusable_skeleton($0, $1, $2, $3, $4) }) ?? text
    }

    static func code(of scalar: Unicode.Scalar) -> Int32 { hx_script_of(scalar.value) }

    static func name(_ code: Int32) -> String? {
        var buffer = [CChar](repeating: 0, count: 16)
        guard hx_script_short_name(code, &buffer, 16) > 0 else { return nil }
        let n = String(cString: buffer)
        return n == "Zyyy" || n == "Zinh" || n == "Zzzz" ? nil : n
    }

    private static func restrictionLevel(_ word: String) -> Int32 {
        let u = Array(word.utf16)
        var status: Int32 = 0
        let level = u.withUnsafeBufferPointer { hx_restriction_level($0.baseAddress ?? ICU.emptyUTF16, Int32($0.count), &status) }
        return hx_failed(status) != 0 ? Int32(HX_RESTRICTION_UNRESTRICTIVE) : level
    }
}
