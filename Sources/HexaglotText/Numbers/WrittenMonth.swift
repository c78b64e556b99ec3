import HexaglotCore

/// A month written as a name in a text.
public struct WrittenMonth: Sendable {
    /// Scalar indices, with a following abbreviation point where the language allows one.
    public var range: Range<Int>
    public var month: Int
    /// Index into the language's ``MonthNames/forms``.
    public var form: Int
    public var text: String
}

extension MonthNames {
    /// The month name standing at `i` in `text` as a whole word, longest spelling first;
    /// `afterDay` keeps to the forms that may follow a day number.
    public func name(at i: Int, in text: ScalarText, afterDay: Bool = false) -> WrittenMonth? {
        guard !text.isLetter(i - 1) else { return nil }
        return spelling(at: i, in: text, afterDay: afterDay)
    }

    /// The month name spelled at `i`, whatever stands before it.
    private func spelling(at i: Int, in text: ScalarText, afterDay: Bool) -> WrittenMonth? {
        for entry in entries where !afterDay || dayForms.contains(entry.form) {
            guard text.matches(entry.scalars, at: i) else { continue }
            let end = i + entry.scalars.count
            if entry.scalars.last!.properties.isAlphabetic, text.isLetter(end) { continue }
            if capitalized, !text.scalars[i].properties.isUppercase { continue }
            var range = i..<end
            if optionalPoint, text.at(end) == "." { range = i..<(end + 1) }
            return WrittenMonth(range: range, month: entry.month, form: entry.form, text: text.string(range))
        }
        return nil
    }

    /// Arabic proclitics a month name may be written after, in one word ("ومايو", "بمارس").
    static let arabicProclitics: Set<Unicode.Scalar> = ["و", "ف", "ب", "ل", "ك"]

    /// The month names of `text` (in `language`) as month numbers "1"…"12", in text order;
    /// in Arabic a name may follow a proclitic (``arabicProclitics``).
    public static func values(in text: String, language: Language) -> [NumberValue] {
        guard let names = of(language) else { return [] }
        let scalars = ScalarText(text)
        var result: [NumberValue] = []
        var i = 0
        while i < scalars.count {
            guard scalars.isLetter(i), !scalars.isLetter(i - 1) else { i += 1; continue }
            var found = names.name(at: i, in: scalars)
            if found == nil, language == .ar, Self.arabicProclitics.contains(scalars.scalars[i]) {
                found = names.spelling(at: i + 1, in: scalars, afterDay: false)
            }
            guard let month = found else { i += 1; continue }
            result.append(NumberValue(value: String(month.month), text: month.text, range: scalars.utf16Range(month.range)))
            i = month.range.upperBound
        }
        return result
    }
}
