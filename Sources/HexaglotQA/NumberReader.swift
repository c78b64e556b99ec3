import HexaglotCore

/// A number read from a text: its value with ASCII digits, and where it stands.
struct NumberToken: Hashable {
    /// The value in canonical form: ASCII digits, no grouping, no leading zeros, a `.` before
    /// decimals without trailing zeros ("2 030" → "2030", "2,50" in French → "2.5").
    var value: String
    /// The number as written.
    var text: String
    /// UTF-16 range in the text read.
    var range: Range<Int>
}

/// Reads the numbers of a text the way its language writes them (for ``NumbersCheck``).
///
/// This is a small reader for QA, deliberately independent of HexaglotMemory's placeable finder:
///
/// - **Digits**: ASCII, Arabic-Indic `٠-٩`, Extended Arabic-Indic `۰-۹` and full-width `０-９`;
///   one number uses one digit system; values use ASCII digits.
/// - **Grouping** (groups of exactly three digits after a first group of one to three):
///   en, zh `,`; fr, ru a space, NBSP, narrow NBSP U+202F or thin space U+2009; es `.` and those
///   spaces; ar `,` and `٬` U+066C; Arabic-Indic digits `٬`; full-width `,` `，`.
/// - **Decimals**: en, zh, ar `.` (ar also `٫` U+066B); fr, ru, es `,`; Arabic-Indic `٫`;
///   full-width `.` `．`. A `.` followed by digits that do not make a group is a decimal point
///   in every language ("version 2.5"), so "2.030" is 2030 in Spanish and 2.03 elsewhere.
/// - **Dotted sequences** of three or more parts ("5.2.1", "17.05.2019") are read part by part.
/// - Digits touching a Latin, Greek or Cyrillic letter, or following such a letter and a
///   hyphen, are part of a word, not a number ("G20", "5G", "2030s", "COVID-19", "IMT-2020"),
///   except ordinal suffixes: en `st nd rd th`, fr `e er re ème eme è ère ᵉ`, es `º ª o a`.
/// - Signs are not read: "-5" is 5.
/// - **Chinese numerals** (``chineseNumbers(in:strict:)``): digit-by-digit runs ("二〇三〇" = 2030)
///   and positional ones with 十 百 千 万 亿 ("十七" = 17, "一百零五" = 105).
/// - **Month names** (``monthNumbers(in:language:)``) in en (capitalised), fr, es, ru and ar
///   (Egyptian and Levantine names) read as month numbers 1–12.
enum NumberReader {
    static func numbers(in text: String, language: Language) -> [NumberToken] {
        let scalars = Array(text.unicodeScalars)
        var offsets: [Int] = []  // UTF-16 offset of each scalar, plus the end
        offsets.reserveCapacity(scalars.count + 1)
        var o = 0
        for s in scalars { offsets.append(o); o += s.utf16.count }
        offsets.append(o)

        var result: [NumberToken] = []
        var i = 0
        let n = scalars.count
        while i < n {
            guard let (_, system) = digit(scalars[i]) else { i += 1; continue }
            let start = i
            // Digits inside a word: "G20", "COVID-19".
            let glued = start > 0 && (isLGC(scalars[start - 1])
                || (start > 1 && scalars[start - 1] == "-" && isLGC(scalars[start - 2])))
            func digitRun(_ j: Int) -> Int {  // end of the run of `system` digits from j
                var k = j
                while k < n, let (_, sys) = digit(scalars[k]), sys == system { k += 1 }
                return k
            }
            var end = digitRun(i)
            var intDigits = ascii(scalars[start..<end])
            // Grouping: separator + exactly three digits.
            if intDigits.count <= 3 {
                let groups = groupSeparators(language, system)
                while end < n {
                    guard groups.contains(scalars[end]) else { break }
                    let runEnd = digitRun(end + 1)
                    guard runEnd - (end + 1) == 3 else { break }
                    intDigits += ascii(scalars[(end + 1)..<runEnd])
                    end = runEnd
                }
            }
            var parts = [intDigits]
            // Decimals, or a dotted sequence.
            var fraction: String?
            let decimals = decimalSeparators(language, system)
            if end + 1 < n, decimals.contains(scalars[end]) || scalars[end] == ".",
               digit(scalars[end + 1])?.1 == system {
                let runEnd = digitRun(end + 1)
                fraction = ascii(scalars[(end + 1)..<runEnd])
                let separator = scalars[end]
                end = runEnd
                if separator == "." {
                    while end + 1 < n, scalars[end] == ".", digit(scalars[end + 1])?.1 == system {
                        let more = digitRun(end + 1)
                        parts.append(ascii(scalars[(end + 1)..<more]))
                        end = more
                    }
                    if parts.count > 1 { parts.insert(fraction!, at: 1); fraction = nil }
                }
            }
            // Letters after the number: an ordinal suffix, or a word like "5G".
            var letterEnd = end
            while letterEnd < n, scalars[letterEnd].properties.isAlphabetic, !scalars[letterEnd].isHan,
                  !scalars[letterEnd].isArabicLetter { letterEnd += 1 }
            var wordPart = glued
            if letterEnd > end {
                let suffix = String(String.UnicodeScalarView(scalars[end..<letterEnd])).lowercased()
                if ordinalSuffixes.contains(suffix) { end = letterEnd } else { wordPart = true }
            }
            if wordPart {
                i = max(letterEnd, end)
                continue
            }
            let written = String(String.UnicodeScalarView(scalars[start..<end]))
            let range = offsets[start]..<offsets[end]
            if parts.count > 1 {
                for p in parts { result.append(NumberToken(value: canonical(p, nil), text: written, range: range)) }
            } else {
                result.append(NumberToken(value: canonical(intDigits, fraction), text: written, range: range))
            }
            i = end
        }
        return result
    }

    /// Values of Chinese numerals in `text`. When `strict`, only numerals that are clearly numbers:
    /// runs of two or more digit characters with no multiplier (a year, "二〇三〇"), and runs
    /// followed by a unit (年 月 日 号 项 个 条 次 届 名 位 岁 %) or preceded by 第; otherwise every run
    /// (so "一" in "统一" counts: use it only to accept, never to require).
    static func chineseNumbers(in text: String, strict: Bool) -> [NumberToken] {
        let scalars = Array(text.unicodeScalars)
        var result: [NumberToken] = []
        var offset = 0
        var i = 0
        var offsets: [Int] = []
        for s in scalars { offsets.append(offset); offset += s.utf16.count }
        offsets.append(offset)
        while i < scalars.count {
            guard chineseDigits[scalars[i]] != nil || chineseUnits[scalars[i]] != nil else { i += 1; continue }
            let start = i
            while i < scalars.count, chineseDigits[scalars[i]] != nil || chineseUnits[scalars[i]] != nil { i += 1 }
            let run = scalars[start..<i]
            let positional = run.contains { chineseUnits[$0] != nil }
            if strict {
                let unitAfter = i < scalars.count && "年月日号项个条次届名位岁%％".unicodeScalars.contains(scalars[i])
                let ordinal = start > 0 && scalars[start - 1] == "第"
                let year = !positional && run.count >= 2
                guard unitAfter || ordinal || year else { continue }
            }
            let value: Int
            if positional {
                var total = 0, section = 0, current = 0
                for s in run {
                    if let d = chineseDigits[s] { current = d; continue }
                    let unit = chineseUnits[s]!
                    if unit >= 10_000 {
                        total = (total + section + current) * unit
                        section = 0
                    } else {
                        section += (current == 0 ? 1 : current) * unit
                    }
                    current = 0
                }
                value = total + section + current
            } else {
                value = run.reduce(0) { $0 * 10 + chineseDigits[$1]! }
            }
            result.append(NumberToken(value: String(value), text: String(String.UnicodeScalarView(run)),
                                      range: offsets[start]..<offsets[i]))
        }
        return result
    }

    /// Month numbers (1–12) of the month names in `text`, as values "1"…"12".
    static func monthNumbers(in text: String, language: Language) -> [NumberToken] {
        var words: [(String, Range<Int>)] = []
        var current = ""
        var start = 0, offset = 0
        for s in text.unicodeScalars {
            if s.properties.isAlphabetic {
                if current.isEmpty { start = offset }
                current.unicodeScalars.append(s)
            } else if !current.isEmpty {
                words.append((current, start..<offset)); current = ""
            }
            offset += s.utf16.count
        }
        if !current.isEmpty { words.append((current, start..<offset)) }

        var result: [NumberToken] = []
        for (k, (word, range)) in words.enumerated() {
            let lower = word.lowercased()
            var month: Int?
            switch language {
            case .en:
                if word.first?.isUppercase == true { month = englishMonths[lower.hasSuffix(".") ? String(lower.dropLast()) : lower] }
            case .fr: month = frenchMonths[lower]
            case .es: month = spanishMonths[lower]
            case .ru:
                if ["май", "мая", "мае"].contains(lower) { month = 5 }
                else { month = russianStems.first { lower.hasPrefix($0.0) }?.1 }
            case .ar:
                let next = k + 1 < words.count ? words[k + 1].0 : ""
                if word.hasSuffix("كانون") { month = next == "الثاني" ? 1 : next == "الأول" ? 12 : nil }
                else if word.hasSuffix("تشرين") { month = next == "الأول" ? 10 : next == "الثاني" ? 11 : nil }
                else { month = arabicMonths.first { word == $0.0 || (word.count == $0.0.count + 1 && word.hasSuffix($0.0)) }?.1 }
            case .zh: month = nil
            }
            if let month { result.append(NumberToken(value: String(month), text: word, range: range)) }
        }
        return result
    }

    // MARK: - Tables

    /// The digit value and digit system (0 ASCII, 1 Arabic-Indic, 2 Extended Arabic-Indic, 3 full-width).
    static func digit(_ s: Unicode.Scalar) -> (Int, Int)? {
        switch s.value {
        case 0x30...0x39: return (Int(s.value - 0x30), 0)
        case 0x660...0x669: return (Int(s.value - 0x660), 1)
        case 0x6F0...0x6F9: return (Int(s.value - 0x6F0), 2)
        case 0xFF10...0xFF19: return (Int(s.value - 0xFF10), 3)
        default: return nil
        }
    }

    static func ascii(_ digits: ArraySlice<Unicode.Scalar>) -> String {
        String(digits.map { Character(String(digit($0)!.0)) })
    }

    static func canonical(_ integer: String, _ fraction: String?) -> String {
        var int = String(integer.drop { $0 == "0" })
        if int.isEmpty { int = "0" }
        guard let fraction else { return int }
        var frac = fraction
        while frac.hasSuffix("0") { frac.removeLast() }
        return frac.isEmpty ? int : int + "." + frac
    }

    static let spaces: Set<Unicode.Scalar> = [" ", "\u{A0}", "\u{202F}", "\u{2009}"]

    static func groupSeparators(_ language: Language, _ system: Int) -> Set<Unicode.Scalar> {
        switch system {
        case 1, 2: return ["\u{66C}"]
        case 3: return [",", "，"]
        default:
            switch language {
            case .en, .zh: return [","]
            case .fr, .ru: return spaces
            case .es: return spaces.union(["."])
            case .ar: return [",", "\u{66C}"]
            }
        }
    }

    static func decimalSeparators(_ language: Language, _ system: Int) -> Set<Unicode.Scalar> {
        switch system {
        case 1, 2: return ["\u{66B}"]
        case 3: return [".", "．"]
        default:
            switch language {
            case .en, .zh: return ["."]
            case .fr, .ru, .es: return [","]
            case .ar: return [".", "\u{66B}"]
            }
        }
    }

    /// Latin, Greek or Cyrillic letters: digits touching them are part of a word.
    static func isLGC(_ s: Unicode.Scalar) -> Bool {
        guard s.properties.isAlphabetic else { return false }
        switch s.value {
        case 0x41...0x5A, 0x61...0x7A, 0xC0...0x24F, 0x370...0x3FF, 0x400...0x52F, 0x1E00...0x1EFF: return true
        default: return false
        }
    }

    static let ordinalSuffixes: Set<String> = [
        "st", "nd", "rd", "th", "e", "er", "re", "ème", "eme", "è", "ère", "ᵉ", "ᵉʳ", "ʳᵉ", "º", "ª", "o", "a",
    ]

    static let chineseDigits: [Unicode.Scalar: Int] = [
        "〇": 0, "零": 0, "一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9,
    ]
    static let chineseUnits: [Unicode.Scalar: Int] = ["十": 10, "百": 100, "千": 1000, "万": 10_000, "亿": 100_000_000]

    static let englishMonths: [String: Int] = [
        "january": 1, "february": 2, "march": 3, "april": 4, "may": 5, "june": 6, "july": 7, "august": 8,
        "september": 9, "october": 10, "november": 11, "december": 12,
        "jan": 1, "feb": 2, "mar": 3, "apr": 4, "jun": 6, "jul": 7, "aug": 8, "sep": 9, "sept": 9,
        "oct": 10, "nov": 11, "dec": 12,
    ]
    static let frenchMonths: [String: Int] = [
        "janvier": 1, "février": 2, "fevrier": 2, "mars": 3, "avril": 4, "mai": 5, "juin": 6, "juillet": 7,
        "août": 8, "aout": 8, "septembre": 9, "octobre": 10, "novembre": 11, "décembre": 12, "decembre": 12,
        "janv": 1, "févr": 2, "avr": 4, "juil": 7, "sept": 9, "oct": 10, "nov": 11, "déc": 12,
    ]
    static let spanishMonths: [String: Int] = [
        "enero": 1, "febrero": 2, "marzo": 3, "abril": 4, "mayo": 5, "junio": 6, "julio": 7, "agosto": 8,
        "septiembre": 9, "setiembre": 9, "octubre": 10, "noviembre": 11, "diciembre": 12,
    ]
    static let russianStems: [(String, Int)] = [
        ("январ", 1), ("феврал", 2), ("март", 3), ("апрел", 4), ("июн", 6), ("июл", 7), ("август", 8),
        ("сентябр", 9), ("октябр", 10), ("ноябр", 11), ("декабр", 12),
    ]
    static let arabicMonths: [(String, Int)] = [
        ("يناير", 1), ("فبراير", 2), ("مارس", 3), ("أبريل", 4), ("إبريل", 4), ("ابريل", 4), ("مايو", 5),
        ("يونيو", 6), ("يونيه", 6), ("يوليو", 7), ("يوليه", 7), ("أغسطس", 8), ("سبتمبر", 9),
        ("أكتوبر", 10), ("نوفمبر", 11), ("ديسمبر", 12),
        ("شباط", 2), ("آذار", 3), ("نيسان", 4), ("أيار", 5), ("حزيران", 6), ("تموز", 7), ("آب", 8), ("أيلول", 9),
    ]
}
