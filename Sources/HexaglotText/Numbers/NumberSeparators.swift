import HexaglotCore

/// How each language groups thousands and marks decimals, by digit system: the one table the
/// number reader reads with and the placeable adapter writes with.
///
/// | Digits           | Language | Group separators (groups of three)                        | Decimal separators |
/// |------------------|----------|-----------------------------------------------------------|--------------------|
/// | ASCII            | en, zh   | `,`                                                       | `.`                |
/// | ASCII            | fr, ru   | space, NBSP U+00A0, narrow NBSP U+202F, thin space U+2009 | `,` and `.`        |
/// | ASCII            | es       | `.` and the four spaces                                   | `,` and `.`        |
/// | ASCII            | ar       | `,` and `٬` U+066C                                        | `.` and `٫` U+066B |
/// | Arabic-Indic (both) | any   | `٬`                                                       | `٫` and `.`        |
/// | full-width       | any      | `,` and `，`                                              | `.` and `．`       |
///
/// A `.` is a decimal point in every language ("versión 2.5") when the digits after it do
/// not make a group, so "2.030" is 2030 in Spanish but 2.030 elsewhere.
public enum NumberSeparators {
    /// The spaces that group thousands: space, NBSP, narrow NBSP U+202F, thin space U+2009.
    /// They are one separator: a number may mix them.
    public static let spaces: Set<Unicode.Scalar> = [" ", "\u{A0}", "\u{202F}", "\u{2009}"]

    /// The separators between groups of three digits.
    public static func group(_ language: Language, _ system: DigitSystem) -> Set<Unicode.Scalar> {
        switch system {
        case .arabicIndic, .extendedArabicIndic: return ["\u{66C}"]
        case .fullwidth: return [",", "，"]
        case .ascii:
            switch language {
            case .en, .zh: return [","]
            case .fr, .ru: return spaces
            case .es: return spaces.union(["."])
            case .ar: return [",", "\u{66C}"]
            }
        }
    }

    /// The decimal separators.
    public static func decimal(_ language: Language, _ system: DigitSystem) -> Set<Unicode.Scalar> {
        switch system {
        case .arabicIndic, .extendedArabicIndic: return ["\u{66B}", "."]
        case .fullwidth: return [".", "．"]
        case .ascii:
            switch language {
            case .en, .zh: return ["."]
            case .fr, .ru, .es: return [",", "."]
            case .ar: return [".", "\u{66B}"]
            }
        }
    }

    /// The group separator a number is written with when nothing says otherwise.
    public static func preferredGroup(_ language: Language, _ system: DigitSystem) -> Unicode.Scalar {
        switch system {
        case .arabicIndic, .extendedArabicIndic: return "\u{66C}"
        case .fullwidth: return ","
        case .ascii: return [.fr, .ru, .es].contains(language) ? "\u{A0}" : ","
        }
    }

    /// The decimal separator a number is written with when nothing says otherwise.
    public static func preferredDecimal(_ language: Language, _ system: DigitSystem) -> Unicode.Scalar {
        switch system {
        case .arabicIndic, .extendedArabicIndic: return "\u{66B}"
        case .fullwidth: return "."
        case .ascii: return [.fr, .ru, .es].contains(language) ? "," : "."
        }
    }

    /// Whether two group separators are the same one (all the spaces are).
    static func same(_ a: Unicode.Scalar, _ b: Unicode.Scalar) -> Bool {
        a == b || (spaces.contains(a) && spaces.contains(b))
    }
}
