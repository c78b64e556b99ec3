/// Numbers written in Chinese numerals: digit-by-digit runs ("二〇三〇" = 2030) and positional
/// ones with 十 百 千 万 亿 ("十七" = 17, "一百零五" = 105, "三万五千" = 35000).
public enum ChineseNumerals {
    static let digits: [Unicode.Scalar: Int] = [
        "〇": 0, "零": 0, "一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9,
    ]
    static let units: [Unicode.Scalar: Int] = ["十": 10, "百": 100, "千": 1000, "万": 10_000, "亿": 100_000_000]
    /// Characters that, following a numeral, make it a number: units of counting and dates.
    static let counters = Set("年月日号项个条次届名位岁%％".unicodeScalars)

    /// The values of the Chinese numerals of `text`, in text order. When `strict`, only numerals
    /// that are clearly numbers: runs of two or more digit characters with no multiplier (a year,
    /// "二〇三〇"), and runs followed by a counter (年 月 日 号 项 个 条 次 届 名 位 岁 %) or
    /// preceded by 第; otherwise every run (so "一" in "统一" counts: use it only to accept, never
    /// to require).
    public static func values(in text: String, strict: Bool) -> [NumberValue] {
        let scalars = ScalarText(text)
        let s = scalars.scalars
        func isNumeral(_ c: Unicode.Scalar) -> Bool { digits[c] != nil || units[c] != nil }
        var result: [NumberValue] = []
        var i = 0
        while i < s.count {
            guard isNumeral(s[i]) else { i += 1; continue }
            let start = i
            while i < s.count, isNumeral(s[i]) { i += 1 }
            let run = s[start..<i]
            let positional = run.contains { units[$0] != nil }
            if strict {
                let counted = i < s.count && counters.contains(s[i])
                let ordinal = start > 0 && s[start - 1] == "第"
                let year = !positional && run.count >= 2
                guard counted || ordinal || year else { continue }
            }
            let value = positional ? positionalValue(run).map(String.init)
                : NumberParts.magnitude(String(run.map { Character(String(digits[$0]!)) }), nil)
            guard let value else { continue }  // beyond Int: not a number anyone writes
            result.append(NumberValue(value: value, text: scalars.string(start..<i), range: scalars.utf16Range(start..<i)))
        }
        return result
    }

    /// The value of a numeral with multipliers (万 and 亿 scale all that comes before them);
    /// nil when it does not fit an `Int`.
    private static func positionalValue(_ run: ArraySlice<Unicode.Scalar>) -> Int? {
        var total = 0, section = 0, current = 0
        for s in run {
            if let d = digits[s] { current = d; continue }
            let unit = units[s]!
            if unit >= 10_000 {
                let (sum, carried) = total.addingReportingOverflow(section + current)
                let (scaled, overflow) = sum.multipliedReportingOverflow(by: unit)
                guard !carried, !overflow else { return nil }
                total = scaled
                section = 0
            } else {
                section += (current == 0 ? 1 : current) * unit
            }
            current = 0
        }
        let (sum, overflow) = total.addingReportingOverflow(section + current)
        return overflow ? nil : sum
    }
}
