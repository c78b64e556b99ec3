/// UTF-8 encoding of single scalars, for entity references and transcoding.
enum UTF8Bytes {
    /// Writes `scalar` (a valid Unicode scalar value) at `out`; returns the byte count.
    @inline(__always)
    static func encode(_ scalar: UInt32, into out: UnsafeMutablePointer<UInt8>) -> Int {
        switch scalar {
        case 0..<0x80:
            out[0] = UInt8(scalar)
            return 1
        case 0x80..<0x800:
            out[0] = UInt8(0xC0 | scalar >> 6)
            out[1] = UInt8(0x80 | scalar & 0x3F)
            return 2
        case 0x800..<0x10000:
            out[0] = UInt8(0xE0 | scalar >> 12)
            out[1] = UInt8(0x80 | scalar >> 6 & 0x3F)
            out[2] = UInt8(0x80 | scalar & 0x3F)
            return 3
        default:
            out[0] = UInt8(0xF0 | scalar >> 18)
            out[1] = UInt8(0x80 | scalar >> 12 & 0x3F)
            out[2] = UInt8(0x80 | scalar >> 6 & 0x3F)
            out[3] = UInt8(0x80 | scalar & 0x3F)
            return 4
        }
    }

    static func append(_ scalar: UInt32, to bytes: inout [UInt8]) {
        var tmp: (UInt8, UInt8, UInt8, UInt8) = (0, 0, 0, 0)
        let n = withUnsafeMutableBytes(of: &tmp) { encode(scalar, into: $0.baseAddress!.assumingMemoryBound(to: UInt8.self)) }
        withUnsafeBytes(of: &tmp) { bytes.append(contentsOf: $0[0..<n]) }
    }
}

/// Which characters XML 1.0 allows, and the byte classes the scanner needs.
enum XMLCharacters {
    /// XML 1.0 `Char`: tab, line feed, carriage return, and U+0020 up, minus surrogates, U+FFFE and U+FFFF.
    static func isAllowed(_ v: UInt32) -> Bool {
        switch v {
        case 0x9, 0xA, 0xD, 0x20...0xD7FF, 0xE000...0xFFFD, 0x10000...0x10FFFF: return true
        default: return false
        }
    }

    @inline(__always) static func isSpace(_ b: UInt8) -> Bool { b == 0x20 || b == 0x0A || b == 0x09 || b == 0x0D }

    /// A byte that may start a name: ASCII letter, `_`, `:`, or any non-ASCII byte
    /// (names are "valid enough": non-ASCII letters are not told from other characters).
    @inline(__always) static func isNameStart(_ b: UInt8) -> Bool {
        (b | 0x20) >= 0x61 && (b | 0x20) <= 0x7A || b == 0x5F || b == 0x3A || b >= 0x80
    }

    @inline(__always) static func isNameChar(_ b: UInt8) -> Bool {
        isNameStart(b) || (b >= 0x30 && b <= 0x39) || b == 0x2D || b == 0x2E
    }

    /// Whether `name` is an XML name as the scanner accepts it (for the writer's attribute names).
    static func isName(_ name: String) -> Bool {
        guard let first = name.utf8.first, isNameStart(first) else { return false }
        return name.utf8.allSatisfy(isNameChar)
    }

    /// A byte sequence the scanner refuses, found by ``check(_:from:to:)``.
    struct Problem {
        enum Kind { case invalidUTF8, nul, forbidden }
        var kind: Kind
        var index: Int
        /// The offending byte (invalid UTF-8) or scalar (NUL, control character, U+FFFE/U+FFFF).
        var value: UInt32
    }

    /// Checks `p[from..<to]` for well-formed UTF-8 of characters XML allows.
    ///
    /// Returns where checking stopped: `to`, or the start of an incomplete sequence at the
    /// end (its remaining bytes are still to come), or a problem's index with the problem.
    static func check(_ p: UnsafePointer<UInt8>, from: Int, to: Int) -> (end: Int, problem: Problem?) {
        var i = from
        while i < to {
            if i + 8 <= to {
                let w = UnsafeRawPointer(p + i).loadUnaligned(as: UInt64.self)
                if w & 0x8080_8080_8080_8080 == 0 {
                    // Any byte below 0x20? (exact for ASCII words)
                    if (w &- 0x2020_2020_2020_2020) & ~w & 0x8080_8080_8080_8080 != 0 {
                        for k in i..<(i + 8) {
                            let b = p[k]
                            if b < 0x20, b != 0x09, b != 0x0A, b != 0x0D {
                                return (k, Problem(kind: b == 0 ? .nul : .forbidden, index: k, value: UInt32(b)))
                            }
                        }
                    }
                    i += 8
                    continue
                }
            }
            let c = p[i]
            if c < 0x80 {
                if c < 0x20, c != 0x09, c != 0x0A, c != 0x0D {
                    return (i, Problem(kind: c == 0 ? .nul : .forbidden, index: i, value: UInt32(c)))
                }
                i += 1
                continue
            }
            guard let sequence = UTF8Sequence(lead: c) else {
                return (i, Problem(kind: .invalidUTF8, index: i, value: UInt32(c)))
            }
            let length = sequence.length
            for k in 1..<length {
                guard i + k < to else { return (i, nil) }
                if !sequence.accepts(p[i + k], at: k) {
                    return (i, Problem(kind: .invalidUTF8, index: i, value: UInt32(c)))
                }
            }
            if c == 0xEF, p[i + 1] == 0xBF, p[i + 2] >= 0xBE {
                return (i, Problem(kind: .forbidden, index: i, value: p[i + 2] == 0xBE ? 0xFFFE : 0xFFFF))
            }
            i += length
        }
        return (to, nil)
    }
}
