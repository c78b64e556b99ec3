import Foundation
import HexaglotCore
import HexaglotText

/// Numbers and dates of the source must be in the target, in any form the target language
/// writes them, and the target has no number the source does not have.
///
/// **Missing.** Every number of the source, read in the source language by HexaglotText's
/// `NumberReader` (the placeable finder's reader: digit systems, separators and ordinal
/// suffixes of the language; "5.2.1" read part by part; the sign not read), must appear in
/// the target as often as in the source, comparing **values**, not strings: English "2,030",
/// French "2 030" (with any space), Spanish "2.030" and Arabic "٢٠٣٠" are all 2030; a French
/// "2,5" is the English "2.5". The target is read in the target language, plus:
/// - Chinese numerals anywhere in the target ("二〇三〇年", "十七项");
/// - month names of `MonthNames` in the target ("mai", "janv.", "May", "мая", "к маю", "مايو",
///   "وأيار") as the month's number, so "2020年5月17日" matches "17 mai 2020" and "17/05/2020";
/// - number words of ``NumberWords`` in the target ("3 pillars" → "trois piliers", "2nd" →
///   "второй").
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
/// - a number whose run of digits (single spaces, `.`, `,`, `/`, `-` between them dropped) is a
///   run of the source digit for digit: a telephone number grouped another way ("+41 22 730
///   5111" and "+41 22 730 51 11"). The same holds for the source's numbers (French reads
///   "22 730" as one number where English reads two).
/// A source number missing while the target has an extra one is one finding, "The number 2020
/// of the source is 2021 in the target", at the target's number; the rest are reported alone.
/// A value repeated in the target more often than in the source is not extra (a Russian title
/// may repeat a year).
///
/// Limits: number words other than ``NumberWords``'s ("twenty-one") are not read; digits glued
/// to Latin, Greek or Cyrillic letters ("5G", "G20", "IMT-2020") are left to the untranslated
/// and placeholder checks.
public struct NumbersCheck: QACheck {
    public static let id = "numbers"
    public static let severity = QASeverity.error
    public static let summary = "Numbers and dates of the source are in the target (in its forms), and the target has none the source lacks"

    public init() {}

    public func check(_ pair: QAPair) -> [QAFinding] {
        let sourceText = pair.source.plainText
        let targetText = pair.target.plainText
        var source = NumberReader.values(in: sourceText, language: pair.sourceLanguage)
        if pair.sourceLanguage == .zh {
            source += ChineseNumerals.values(in: sourceText, strict: true)
        }
        var extra = extras(pair, source: source)
        var findings: [QAFinding] = []
        var available: [String: Int] = [:]
        for t in NumberReader.values(in: targetText, language: pair.targetLanguage)
            + ChineseNumerals.values(in: targetText, strict: false)
            + MonthNames.values(in: targetText, language: pair.targetLanguage) {
            available[t.value, default: 0] += 1
        }
        // "3 pillars" may be "trois piliers", "the 2nd" "le deuxième".
        for value in NumberWords.values(in: targetText, language: pair.targetLanguage) { available[value, default: 0] += 1 }
        var wanted: [String: Int] = [:]
        for s in source { wanted[s.value, default: 0] += 1 }
        // "3 p.m." may be "15 h" in the target.
        for (hour, h24) in Self.afternoonHours(sourceText, source) where available[hour] == nil {
            available[hour] = available[h24]
        }

        let sourceRuns = Self.digitRuns(sourceText)
        let targetRuns = Set(Self.digitRuns(targetText).map(\.digits))
        var reported = Set<String>()
        for s in source.sorted(by: { $0.range.lowerBound < $1.range.lowerBound }) where !reported.contains(s.value) {
            if Self.sameRun(s, in: sourceRuns, as: targetRuns) { continue }
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
    static func afternoonHours(_ text: String, _ numbers: [NumberValue]) -> [(String, String)] {
        let lower = text.lowercased()
        guard lower.contains("p.m.") || lower.range(of: #"\d\s?pm\b"#, options: .regularExpression) != nil else { return [] }
        return numbers.compactMap { n in Int(n.value).flatMap { (1...11).contains($0) ? (n.value, String($0 + 12)) : nil } }
    }

    static func written(_ n: NumberValue) -> String { n.text == n.value ? n.value : "“\(n.text)” (\(n.value))" }

    /// The target's numbers whose value the source does not have (see the type's rules).
    func extras(_ pair: QAPair, source: [NumberValue]) -> [NumberValue] {
        let sourceText = pair.source.plainText
        let targetText = pair.target.plainText
        var target = NumberReader.values(in: targetText, language: pair.targetLanguage)
        // Chinese numerals of one character ("一个", "两项") often render a word, not a number.
        if pair.targetLanguage == .zh { target += ChineseNumerals.values(in: targetText, strict: true).filter { $0.text.unicodeScalars.count >= 2 } }
        guard !target.isEmpty else { return [] }
        var known = Set(source.map(\.value))
        known.formUnion(ChineseNumerals.values(in: sourceText, strict: false).map(\.value))
        known.formUnion(MonthNames.values(in: sourceText, language: pair.sourceLanguage).map(\.value))
        known.formUnion(NumberWords.values(in: sourceText, language: pair.sourceLanguage))
        known.insert("0")
        known.formUnion(Self.afternoonHours(sourceText, source).map(\.1))
        let targetRuns = Self.digitRuns(targetText)
        let sourceRuns = Set(Self.digitRuns(sourceText).map(\.digits))
        var extras: [NumberValue] = []
        var reported = Set<String>()
        for t in target.sorted(by: { $0.range.lowerBound < $1.range.lowerBound }) where !known.contains(t.value) && !reported.contains(t.value) {
            if Self.sameRun(t, in: targetRuns, as: sourceRuns) { continue }
            reported.insert(t.value)
            extras.append(t)
        }
        return extras
    }

    /// The runs of digits of `text` with single separators between them (a space, `.`, `,`, `/`,
    /// `-`) dropped, as ASCII digits, with their UTF-16 ranges: "+41 22 730 5111" is one run
    /// "41227305111", "17.05.2019" one run "17052019".
    static func digitRuns(_ text: String) -> [(digits: String, range: Range<Int>)] {
        var runs: [(digits: String, range: Range<Int>)] = []
        var run = "", start = 0, end = 0, offset = 0
        var pending = false
        for s in text.unicodeScalars {
            if let (_, d) = DigitSystem.digit(s) {
                if run.isEmpty { start = offset }
                run.append(Character(String(d)))
                end = offset + s.utf16.count
                pending = false
            } else if !run.isEmpty, !pending, NumberSeparators.spaces.contains(s) || ".,/-".unicodeScalars.contains(s) {
                pending = true
            } else if !run.isEmpty {
                runs.append((run, start..<end))
                run = ""
                pending = false
            }
            offset += s.utf16.count
        }
        if !run.isEmpty { runs.append((run, start..<end)) }
        return runs
    }

    /// True when the digit run holding `number` in its text is, digit for digit, a run of the
    /// other text: the same telephone number or date grouped another way ("22 730 5111" read
    /// as 22730 and 5111 in French, as 22, 730 and 5111 in English).
    static func sameRun(_ number: NumberValue, in runs: [(digits: String, range: Range<Int>)], as others: Set<String>) -> Bool {
        guard let run = runs.first(where: { $0.range.lowerBound <= number.range.lowerBound && number.range.upperBound <= $0.range.upperBound }) else { return false }
        return run.digits.count > number.value.filter(\.isNumber).count && others.contains(run.digits)
    }

    private func times(_ n: Int) -> String { n == 1 ? "once" : n == 2 ? "twice" : "\(n) times" }
}
