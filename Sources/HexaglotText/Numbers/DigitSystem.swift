import HexaglotCore

/// The digit systems numbers are written in: the one table of digit ranges that the number,
/// date and placeable readers, the QA checks and the word counter share.
///
/// ASCII `0-9`, Arabic-Indic `٠-٩` (U+0660–0669), Extended Arabic-Indic `۰-۹`
/// (U+06F0–06F9, Persian and Urdu shapes, also met in Arabic text) and full-width `０-９`
/// (U+FF10–FF19, in Chinese text). One number uses one system; values use ASCII digits.
public enum DigitSystem: CaseIterable, Equatable, Hashable, Sendable {
    case ascii, arabicIndic, extendedArabicIndic, fullwidth

    /// The code point of this system's zero; its digits follow it in order.
    private var zero: UInt32 {
        switch self {
        case .ascii: return 0x30
        case .arabicIndic: return 0x660
        case .extendedArabicIndic: return 0x6F0
        case .fullwidth: return 0xFF10
        }
    }

    /// `allCases`, built once: this is read for every character of every text.
    private static let systems = allCases

    /// The system and value of a digit.
    public static func digit(_ s: Unicode.Scalar) -> (DigitSystem, Int)? {
        for system in systems where s.value >= system.zero && s.value <= system.zero + 9 {
            return (system, Int(s.value - system.zero))
        }
        return nil
    }

    /// Whether `s` is a digit of any system.
    public static func isDigit(_ s: Unicode.Scalar) -> Bool { digit(s) != nil }

    /// Whether the UTF-16 code unit `u` is a digit of any system (all of them are in the BMP).
    public static func isDigit(_ u: UInt16) -> Bool { Unicode.Scalar(u).map(isDigit) ?? false }

    /// The ASCII digits of `digits`, each a digit of some system ("٢٠٣٠" → "2030").
    public static func ascii<S: Sequence>(_ digits: S) -> String where S.Element == Unicode.Scalar {
        var out = ""
        for s in digits { if let (_, d) = digit(s) { out.append(Character(Unicode.Scalar(UInt8(0x30 + d)))) } }
        return out
    }

    /// `ascii` with its ASCII digits written in this system.
    public func render(_ ascii: String) -> String {
        guard self != .ascii else { return ascii }
        var out = String.UnicodeScalarView()
        for s in ascii.unicodeScalars {
            if s.value >= 0x30, s.value <= 0x39, let d = Unicode.Scalar(zero + s.value - 0x30) {
                out.append(d)
            } else {
                out.append(s)
            }
        }
        return String(out)
    }

    /// The digit system of the first digit in `text`.
    public static func first(in text: String) -> DigitSystem? {
        text.unicodeScalars.lazy.compactMap { digit($0)?.0 }.first
    }
}
