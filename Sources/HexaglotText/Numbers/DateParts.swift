/// One numeric part of a date: a day, a month number or a year.
public struct DateField: Sendable {
    /// Scalar indices of the digits and any ordinal suffix.
    public var range: Range<Int>
    public var value: Int
    /// How many digits are written ("05" is 2).
    public var width: Int
    public var system: DigitSystem
    public var suffix: String?

    public init(range: Range<Int>, value: Int, width: Int, system: DigitSystem, suffix: String? = nil) {
        self.range = range
        self.value = value
        self.width = width
        self.system = system
        self.suffix = suffix
    }
}

/// A date as written, with where each of its parts stands.
public struct DateParts: Sendable {
    /// Scalar indices.
    public var range: Range<Int>
    public var year: DateField?
    public var month: Int
    public var monthNumber: DateField?
    public var monthName: WrittenMonth?
    public var day: DateField?

    /// ISO 8601: `yyyy-mm-dd`, `yyyy-mm` or `--mm-dd`.
    public var value: String {
        let mm = month < 10 ? "0\(month)" : "\(month)"
        guard let day else { return "\(year!.value)-\(mm)" }
        let dd = day.value < 10 ? "0\(day.value)" : "\(day.value)"
        guard let year else { return "--\(mm)-\(dd)" }
        return "\(year.value)-\(mm)-\(dd)"
    }
}
