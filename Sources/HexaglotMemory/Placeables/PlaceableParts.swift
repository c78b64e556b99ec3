import HexaglotCore

/// A number as written: the parts that give its value and the style it is written in.
struct NumberParts {
    var range: Range<Int>
    var minus: Unicode.Scalar?
    /// The integer digits in ASCII, leading zeros kept.
    var integer: String
    var fraction: String?
    var group: Unicode.Scalar?
    var decimal: Unicode.Scalar?
    var system: DigitSystem
    var suffix: String?

    var value: String {
        var digits = Substring(integer)
        while digits.count > 1, digits.first == "0" { digits.removeFirst() }
        var v = (minus == nil ? "" : "-") + digits
        if let fraction { v += "." + fraction }
        return v
    }
}

/// One numeric part of a date: a day, a month number or a year.
struct DateField {
    /// The digits and any ordinal suffix.
    var range: Range<Int>
    var value: Int
    var width: Int
    var system: DigitSystem
    var suffix: String?
}

/// A month written as a name.
struct MonthName {
    var range: Range<Int>
    var month: Int
    /// Index into the language's ``MonthTable/forms``.
    var form: Int
    var text: String
}

/// A date as written, with where each of its parts stands.
struct DateParts {
    var range: Range<Int>
    var year: DateField?
    var month: Int
    var monthNumber: DateField?
    var monthName: MonthName?
    var day: DateField?

    var value: String {
        let mm = month < 10 ? "0\(month)" : "\(month)"
        guard let day else { return "\(year!.value)-\(mm)" }
        let dd = day.value < 10 ? "0\(day.value)" : "\(day.value)"
        guard let year else { return "--\(mm)-\(dd)" }
        return "\(year.value)-\(mm)-\(dd)"
    }
}

/// A numbered resolution or decision as written.
struct ReferenceParts {
    var range: Range<Int>
    var numberRange: Range<Int>
    var number: Int
    var system: DigitSystem
    var isDecision: Bool

    var value: String { (isDecision ? "Decision " : "Resolution ") + String(number) }
}
