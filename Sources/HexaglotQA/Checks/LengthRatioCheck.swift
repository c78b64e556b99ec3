import Foundation
import HexaglotCore

/// The target's length is not far from what the language pair usually gives.
///
/// Rule: for a source of at least 20 characters, the ratio target/source of their lengths in
/// characters (grapheme clusters of the plain text, ends trimmed) is compared with the expected
/// ratio, `factor(target) / factor(source)`, where a language's factor is its characters per
/// English character, measured on an aligned UN corpus: en 1.00, fr 1.20, es 1.15, ru 1.07,
/// ar 0.80, zh 0.36. It is reported (warning) when below 0.4 × or above 2.5 × the expected
/// ratio: an English source of 100 characters expects about 120 in French and is reported
/// under 48 or over 300; about 36 in Chinese, reported under 15 or over 90. Catches truncated
/// translations, a sentence translated twice, or a neighbour segment pasted in.
///
/// What a translation carries over unchanged (names, e-mail addresses, references, numbers:
/// Latin-script runs holding a capital, a digit or `@` that stand in both texts) is left out of
/// both lengths before they are compared, so "Contact: Victoria Sukenik" and
/// "联系人：Victoria Sukenik" compare "Contact:" with "联系人："; when what is left of the source
/// is under the minimum, the pair is not checked.
///
/// A letter's complimentary close is not checked: each language has its own formula, of any
/// length ("Veuillez agréer, Madame, Monsieur, l'assurance de ma considération distinguée." is
/// "Yours faithfully," or "С уважением,"). A segment is one when it begins with a formula of
/// ``closings`` for its language, on either side.
public struct LengthRatioCheck: QACheck {
    public static let id = "length"
    public static let severity = QASeverity.warning
    public static let summary = "The target's length is within 0.4–2.5 times the usual ratio for the language pair"

    /// Characters per English character, by language.
    public static let expansion: [Language: Double] = [.en: 1.0, .fr: 1.20, .es: 1.15, .ru: 1.07, .ar: 0.80, .zh: 0.36]
    /// Sources shorter than this (in characters) are not checked.
    public static let minimumSourceLength = 20
    public static let lowerBound = 0.4
    public static let upperBound = 2.5

    /// The beginnings of complimentary closes, in lower case, by language.
    public static let closings: [Language: [String]] = [
        .en: ["yours faithfully", "yours sincerely", "yours truly", "sincerely", "kind regards", "best regards", "respectfully yours"],
        .fr: ["veuillez agréer", "je vous prie d'agréer", "je vous prie d’agréer", "veuillez croire", "je vous prie de croire", "cordialement",
              "salutations distinguées", "recevez, madame, monsieur", "agréez"],
        .es: ["atentamente", "le saluda atentamente", "reciba un cordial saludo", "cordialmente", "aprovecho la ocasión", "aprovecho esta oportunidad"],
        .ru: ["с уважением", "примите уверения", "искренне ваш"],
        .ar: ["وتفضلوا بقبول", "وتفضلوا، ", "مع خالص التحيات", "مع أطيب التحيات", "وتقبلوا", "تفضلوا بقبول"],
        .zh: ["顺致", "此致", "顺颂", "谨致"],
    ]

    /// True when `text` begins with a complimentary close of `language`.
    static func isClosing(_ text: String, _ language: Language) -> Bool {
        let start = text.drop { !$0.isLetter }.lowercased()
        return closings[language]?.contains { start.hasPrefix($0) } ?? false
    }

    public init() {}

    public func check(_ pair: QAPair) -> [QAFinding] {
        let (sourceLength, targetLength) = Self.translatedLengths(pair.source.plainText, pair.target.plainText)
        guard sourceLength >= Self.minimumSourceLength, targetLength > 0,
              let fs = Self.expansion[pair.sourceLanguage], let ft = Self.expansion[pair.targetLanguage],
              !Self.isClosing(pair.source.plainText, pair.sourceLanguage), !Self.isClosing(pair.target.plainText, pair.targetLanguage) else { return [] }
        let expected = ft / fs
        let ratio = Double(targetLength) / Double(sourceLength)
        let relative = ratio / expected
        guard relative < Self.lowerBound || relative > Self.upperBound else { return [] }
        let usual = Int((Double(sourceLength) * expected).rounded())
        let how = relative < Self.lowerBound ? "short" : "long"
        return [finding(pair, "The target is unusually \(how): \(targetLength) characters for a source of \(sourceLength) (about \(usual) expected for \(pair.sourceLanguage.rawValue)→\(pair.targetLanguage.rawValue), ratio \(String(format: "%.2f", relative)) of the usual)")]
    }

    /// The lengths of `source` and `target` (ends trimmed) without the runs carried over from
    /// one to the other.
    static func translatedLengths(_ source: String, _ target: String) -> (Int, Int) {
        let sourceRuns = carriedRuns(source), targetRuns = carriedRuns(target)
        var shared: [Substring: Int] = [:]
        for run in Set(sourceRuns.map { $0.text }).intersection(targetRuns.map { $0.text }) {
            shared[run] = min(sourceRuns.filter { $0.text == run }.count, targetRuns.filter { $0.text == run }.count)
        }
        func length(_ text: String, _ runs: [(text: Substring, count: Int)]) -> Int {
            var left = shared
            var removed = 0
            for run in runs where (left[run.text] ?? 0) > 0 {
                left[run.text]! -= 1
                removed += run.count
            }
            return max(0, text.trimmingCharacters(in: .whitespacesAndNewlines).count - removed)
        }
        return (length(source, sourceRuns), length(target, targetRuns))
    }

    /// Runs of Latin letters, digits and `@ . _ - / :` that hold a capital, a digit or `@`
    /// (trailing `. : -` left out): what a translation may keep as it is.
    static func carriedRuns(_ text: String) -> [(text: Substring, count: Int)] {
        func inRun(_ c: Character) -> Bool {
            c.isASCII && (c.isLetter || c.isNumber || "@._-/:".contains(c))
        }
        var runs: [(Substring, Int)] = []
        var i = text.startIndex
        while i < text.endIndex {
            guard inRun(text[i]) else { i = text.index(after: i); continue }
            var j = i
            while j < text.endIndex, inRun(text[j]) { j = text.index(after: j) }
            var run = text[i..<j]
            while let last = run.last, ".:-/".contains(last) { run = run.dropLast() }
            if run.contains(where: { $0.isUppercase || $0.isNumber || $0 == "@" }) { runs.append((run, run.count)) }
            i = j
        }
        return runs
    }
}
