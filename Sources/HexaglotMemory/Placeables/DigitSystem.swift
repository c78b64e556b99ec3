import HexaglotCore

/// The digit systems placeables are written in.
enum DigitSystem: Equatable, Sendable {
    case ascii, arabicIndic, extendedArabicIndic, fullwidth

    private var zero: UInt32 {
        switch self {
        case .ascii: return 0x30
        case .arabicIndic: return 0x660
        case .extendedArabicIndic: return 0x6F0
        case .fullwidth: return 0xFF10
        }
    }

    /// The system and value of a digit.
    static func digit(_ s: Unicode.Scalar) -> (DigitSystem, Int)? {
        switch s.value {
        case 0x30...0x39: return (.ascii, Int(s.value - 0x30))
        case 0x660...0x669: return (.arabicIndic, Int(s.value - 0x660))
        case 0x6F0...0x6F9: return (.extendedArabicIndic, Int(s.value - 0x6F0))
        case 0xFF10...0xFF19: return (.fullwidth, Int(s.value - 0xFF10))
        default: return nil
        }
    }

    /// `ascii` with its ASCII digits written in this system.
    func render(_ ascii: String) -> String {
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
    static func first(in text: String) -> DigitSystem? {
        text.unicodeScalars.lazy.compactMap { digit($0)?.0 }.first
    }
}
