import HexaglotCore
import HexaglotText

/// No word of the target mixes scripts, like a Latin “c” inside a Russian word.
///
/// Rule: the words ``Script/mixedScriptWords(in:language:)`` returns for the target (ICU's
/// script data and UTS #39 restriction levels: Latin with Cyrillic or Greek, or any two scripts
/// other than the usual CJK combinations) are errors, unless the same word is in the source
/// (a name copied as it stands). The message names the word and its letters in the minority
/// script, with their code points: in "Соединим" with a Latin c, the “c” (U+0063, Latin).
/// Such words look right but break search, spell checking and sorting.
public struct MixedScriptCheck: QACheck {
    public static let id = "mixed-script"
    public static let severity = QASeverity.error
    public static let summary = "No target word mixes scripts (a Latin c in a Russian word, a Cyrillic а in a Latin one)"

    public init() {}

    public func check(_ pair: QAPair) -> [QAFinding] {
        let text = pair.target.plainText
        let words = Script.mixedScriptWords(in: text, language: pair.targetLanguage)
        guard !words.isEmpty else { return [] }
        let source = pair.source.plainText
        return words.compactMap { word -> QAFinding? in
            if source.contains(String(word)) { return nil }
            // Letters by script; the minority script's letters are the odd ones out.
            var byScript: [String: [Unicode.Scalar]] = [:]
            var order: [String] = []
            for s in word.unicodeScalars where s.properties.isAlphabetic {
                guard let script = Script.scripts(of: String(s)).first else { continue }
                if byScript[script] == nil { order.append(script) }
                byScript[script, default: []].append(s)
            }
            let main = order.max { byScript[$0]!.count < byScript[$1]!.count } ?? ""
            let odd = order.filter { $0 != main }.flatMap { script in
                byScript[script]!.map { "“\($0)” (\($0.codePoint), \(Self.scriptName(script)))" }
            }
            let names = order.map(Self.scriptName).joined(separator: " and ")
            return finding(pair, "The word “\(word)” mixes \(names) letters: \(odd.joined(separator: ", "))",
                           range: text.utf16Range(of: word))
        }
    }

    static func scriptName(_ code: String) -> String {
        ["Latn": "Latin", "Cyrl": "Cyrillic", "Grek": "Greek", "Arab": "Arabic", "Hani": "Han",
         "Hira": "Hiragana", "Kana": "Katakana", "Hang": "Hangul", "Armn": "Armenian", "Hebr": "Hebrew"][code] ?? code
    }
}
