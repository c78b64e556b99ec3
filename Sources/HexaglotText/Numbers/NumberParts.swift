/// A number as written: the parts that give its value and the style it is written in.
public struct NumberParts: Sendable {
    /// Scalar indices, from the minus sign (if any) to the ordinal suffix (if any).
    public var range: Range<Int>
    public var minus: Unicode.Scalar?
    /// The integer digits in ASCII, leading zeros kept.
    public var integer: String
    /// The decimal digits in ASCII, trailing zeros kept.
    public var fraction: String?
    public var group: Unicode.Scalar?
    public var decimal: Unicode.Scalar?
    public var system: DigitSystem
    /// An ordinal suffix ("st", "er", "º").
    public var suffix: String?

    /// The value with its sign and decimals as written, no leading zeros: "−0 025,50" → "-25.50".
    public var value: String {
        (minus == nil ? "" : "-") + NumberParts.integerValue(integer) + (fraction.map { "." + $0 } ?? "")
    }

    /// The value for comparing numbers across languages and styles: no sign, no leading
    /// zeros, no trailing decimal zeros ("2,50" in French and "2.5" in English are both "2.5").
    public var magnitude: String { Self.magnitude(integer, fraction) }

    /// `integer.fraction` without leading zeros, trailing decimal zeros or an empty fraction.
    public static func magnitude(_ integer: String, _ fraction: String?) -> String {
        let int = integerValue(integer)
        guard var frac = fraction else { return int }
        while frac.hasSuffix("0") { frac.removeLast() }
        return frac.isEmpty ? int : int + "." + frac
    }

    private static func integerValue(_ digits: String) -> String {
        let trimmed = digits.drop { $0 == "0" }
        return trimmed.isEmpty ? (digits.isEmpty ? "" : "0") : String(trimmed)
    }
}
