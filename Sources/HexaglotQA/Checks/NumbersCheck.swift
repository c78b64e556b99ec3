import HexaglotCore

/// Numbers and dates of the source must be in the target, in any form the target language writes them.
///
/// Rule: every number of the source, read in the source language by ``NumberReader``, must
/// appear in the target as often as in the source, comparing **values**, not strings: English
/// "2,030", French "2 030" (with any space), Spanish "2.030" and Arabic "٢٠٣٠" are all 2030; a
/// French "2,5" is the English "2.5". The target is read in the target language, plus:
/// - Chinese numerals anywhere in the target ("二〇三〇年", "十七项");
/// - month names in the target ("mai", "May", "мая", "مايو", "أيار") as the month's number, so
///   "2020年5月17日" matches "17 mai 2020" and "17/05/2020".
///
/// In a Chinese source, Chinese numerals count only when clearly numbers: digit-by-digit runs of
/// two or more ("二〇三〇"), or runs followed by a unit (年 月 日 项 个 …) or preceded by 第.
///
/// One finding per missing value (error). Numbers only in the target are not reported (a
/// Chinese date adds its month number; a wrong number shows as the source's one missing).
/// Limits: numbers spelt out in words ("seventeen", "dix-sept") are not read; digits glued to
/// Latin, Greek or Cyrillic letters ("5G", "G20", "IMT-2020") are left to the untranslated and
/// placeholder checks.
public struct NumbersCheck: QACheck {
    public static let id = "numbers"
    public static let severity = QASeverity.error
    public static let summary = "Numbers and dates of the source are in the target, in the target language's forms"

    public init() {}

    public func check(_ pair: QAPair) -> [QAFinding] {
        let sourceText = pair.source.plainText
        let targetText = pair.target.plainText
        var source = NumberReader.numbers(in: sourceText, language: pair.sourceLanguage)
        if pair.sourceLanguage == .zh {
            source += NumberReader.chineseNumbers(in: sourceText, strict: true)
        }
        guard !source.isEmpty else { return [] }
        var available: [String: Int] = [:]
        for t in NumberReader.numbers(in: targetText, language: pair.targetLanguage)
            + NumberReader.chineseNumbers(in: targetText, strict: false)
            + NumberReader.monthNumbers(in: targetText, language: pair.targetLanguage) {
            available[t.value, default: 0] += 1
        }
        var wanted: [String: Int] = [:]
        for s in source { wanted[s.value, default: 0] += 1 }

        var findings: [QAFinding] = []
        var reported = Set<String>()
        for s in source.sorted(by: { $0.range.lowerBound < $1.range.lowerBound }) where !reported.contains(s.value) {
            let need = wanted[s.value]!, have = available[s.value] ?? 0
            guard have < need else { continue }
            reported.insert(s.value)
            let written = s.text == s.value ? s.value : "“\(s.text)” (\(s.value))"
            if have == 0 {
                findings.append(finding(pair, "The number \(written) of the source is missing from the target"))
            } else {
                findings.append(finding(pair, "The number \(written) appears \(times(need)) in the source but \(times(have)) in the target"))
            }
        }
        return findings
    }

    private func times(_ n: Int) -> String { n == 1 ? "once" : n == 2 ? "twice" : "\(n) times" }
}
