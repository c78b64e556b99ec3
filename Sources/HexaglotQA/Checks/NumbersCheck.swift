import Foundation
import HexaglotCore

/// Numbers and dates of the source must be in the target, in any form the target language
/// writes them, and the target has no number the source does not have.
///
/// **Missing.** Every number of the source, read in the source language by ``NumberReader``,
/// must appear in the target as often as in the source, comparing **values**, not strings:
/// English "2,030", French "2 030" (with any space), Spanish "2.030" and Arabic "٢٠٣٠" are all
/// 2030; a French "2,5" is the English "2.5". The target is read in the target language, plus:
/// - Chinese numerals anywhere in the target ("二〇三〇年", "十七项");
/// - month names in the target ("mai", "May", "мая", "مايو", "أيار") as the month's number, so
///   "2020年5月17日" matches "17 mai 2020" and "17/05/2020".
///
/// In a Chinese source, Chinese numerals count only when clearly numbers: digit-by-digit runs of
/// two or more ("二〇三〇"), or runs followed by a unit (年 月 日 项 个 …) or preceded by 第.
/// One finding per missing value (error).
///
/// **Extra.** A number of the target (in the target language's digits, or Chinese numerals
/// read as in a Chinese source) whose value is nowhere in the source is an error, at its
/// place in the target: a fuzzy match that kept "2020" in a sentence without a year. What a
/// translation legitimately adds or rewrites is not extra:
/// - a value the source has in any form: digits in any system, month names ("17 May" → "17
///   мая", "17.05."), Chinese numerals in a Chinese source, and number words of one to twenty
///   and the first ordinals (``NumberWords``: "second" → "2e", "three" → "3");
/// - zero (minutes "15 h 00"), and an hour after noon when the source writes "p.m."/"pm"
///   ("3 p.m." → "15 h");
/// - Chinese numerals of one character in a Chinese target ("一个" for "a");
/// - digits that stand inside one number of the source once its separators are dropped (a
///   telephone number grouped differently: "22 730 5111" → "227305111").
/// A source number missing while the target has an extra one is one finding, "The number 2020
/// of the source is 2021 in the target", at the target's number; the rest are reported alone.
/// A value repeated in the target more often than in the source is not extra (a Russian title
/// may repeat a year).
///
/// Limits: numbers spelt out in words above twenty ("twenty-one", "dix-sept" is read) are not
/// read; digits glued to Latin, Greek or Cyrillic letters ("5G", "G20", "IMT-2020") are left to
/// the untranslated and placeholder checks.
public struct NumbersCheck: QACheck {
    public static let id = "numbers"
    public static let severity = QASeverity.error
    public static let summary = "Numbers and dates of the source are in the target (in its forms), and the target has none the source lacks"

    public init() {}

    public func check(_ pair: QAPair) -> [QAFinding] {
        let sourceText = pair.source.plainText
        let targetText = pair.target.plainText
        var source = NumberReader.numbers(in: sourceText, language: pair.sourceLanguage)
        if pair.sourceLanguage == .zh {
            source += NumberReader.chineseNumbers(in: sourceText, strict: true)
        }
        var extra = extras(pair, source: source)
        var findings: [QAFinding] = []
        var available: [String: Int] = [:]
        for t in NumberReader.numbers(in: targetText, language: pair.targetLanguage)
            + NumberReader.chineseNumbers(in: targetText, strict: false)
            + NumberReader.monthNumbers(in: targetText, language: pair.targetLanguage) {
            available[t.value, default: 0] += 1
        }
        var wanted: [String: Int] = [:]
        for s in source { wanted[s.value, default: 0] += 1 }
        // "3 p.m." may be "15 h" in the target.
        for (hour, h24) in Self.afternoonHours(sourceText, source) where available[hour] == nil {
            available[hour] = available[h24]
        }

        var reported = Set<String>()
        for s in source.sorted(by: { $0.range.lowerBound < $1.range.lowerBound }) where !reported.contains(s.value) {
            let need = wanted[s.value]!, have = available[s.value] ?? 0
            guard have < need else { continue }
            reported.insert(s.value)
            let written = Self.written(s)
            if have == 0, !extra.isEmpty {
                // A number changed: one finding, at the target's number.
                let t = extra.removeFirst()
                findings.append(finding(pair, "The number \(written) of the source is \(Self.written(t)) in the target", range: t.range))
            } else if have == 0 {
                findings.append(finding(pair, "The number \(written) of the source is missing from the target"))
            } else {
                findings.append(finding(pair, "The number \(written) appears \(times(need)) in the source but \(times(have)) in the target"))
            }
        }
        findings += extra.map { finding(pair, "The number \(Self.written($0)) of the target is not in the source", range: $0.range) }
        return findings
    }

    /// When the source writes "p.m." or "pm", its numbers 1–11 with the same hour on a 24-hour clock.
    static func afternoonHours(_ text: String, _ numbers: [NumberToken]) -> [(String, String)] {
        let lower = text.lowercased()
        guard lower.contains("p.m.") || lower.range(of: #"\d\s?pm\b"#, options: .regularExpression) != nil else { return [] }
        return numbers.compactMap { n in Int(n.value).flatMap { (1...11).contains($0) ? (n.value, String($0 + 12)) : nil } }
    }

    static func written(_ n: NumberToken) -> String { n.text == n.value ? n.value : "“\(n.text)” (\(n.value))" }

    /// The target's numbers whose value the source does not have (see the type's rules).
    func extras(_ pair: QAPair, source: [NumberToken]) -> [NumberToken] {
        let sourceText = pair.source.plainText
        let targetText = pair.target.plainText
        var target = NumberReader.numbers(in: targetText, language: pair.targetLanguage)
        // Chinese numerals of one character ("一个", "两项") often render a word, not a number.
        if pair.targetLanguage == .zh { target += NumberReader.chineseNumbers(in: targetText, strict: true).filter { $0.text.unicodeScalars.count >= 2 } }
        guard !target.isEmpty else { return [] }
        var known = Set(source.map(\.value))
        known.formUnion(NumberReader.chineseNumbers(in: sourceText, strict: false).map(\.value))
        known.formUnion(NumberReader.monthNumbers(in: sourceText, language: pair.sourceLanguage).map(\.value))
        known.formUnion(NumberWords.values(in: sourceText, language: pair.sourceLanguage))
        known.insert("0")
        known.formUnion(Self.afternoonHours(sourceText, source).map(\.1))
        let runs = Self.digitRuns(sourceText)
        var extras: [NumberToken] = []
        var reported = Set<String>()
        for t in target.sorted(by: { $0.range.lowerBound < $1.range.lowerBound }) where !known.contains(t.value) && !reported.contains(t.value) {
            let digits = String(t.text.unicodeScalars.compactMap { NumberReader.digit($0).map { Character(String($0.0)) } })
            if !digits.isEmpty, runs.contains(where: { $0.contains(digits) }) { continue }
            reported.insert(t.value)
            extras.append(t)
        }
        return extras
    }

    /// The runs of digits of `text` with the separators between them (spaces, `.`, `,`, `/`,
    /// `-`) dropped, as ASCII digits.
    static func digitRuns(_ text: String) -> [String] {
        var runs: [String] = []
        var run = ""
        var pending = false
        for s in text.unicodeScalars {
            if let (d, _) = NumberReader.digit(s) {
                run.append(Character(String(d)))
                pending = false
            } else if !run.isEmpty, !pending, s == " " || s == "." || s == "," || s == "/" || s == "-" || s == "\u{A0}" || s == "\u{202F}" {
                pending = true
            } else if !run.isEmpty {
                runs.append(run)
                run = ""
                pending = false
            }
        }
        if !run.isEmpty { runs.append(run) }
        return runs
    }

    private func times(_ n: Int) -> String { n == 1 ? "once" : n == 2 ? "twice" : "\(n) times" }
}
