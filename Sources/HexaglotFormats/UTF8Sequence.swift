/// What a UTF-8 lead byte announces: how many bytes its sequence has, and the range its second
/// byte must fall in (overlong forms, surrogates and code points past U+10FFFF are excluded
/// there; later bytes are always 0x80–0xBF).
struct UTF8Sequence {
    let length: Int
    let secondByte: ClosedRange<UInt8>

    /// The sequence a byte of 0x80 or more starts, or nil when no well-formed sequence starts with it.
    init?(lead c: UInt8) {
        switch c {
        case 0xC2...0xDF: (length, secondByte) = (2, 0x80...0xBF)
        case 0xE0: (length, secondByte) = (3, 0xA0...0xBF)
        case 0xE1...0xEC, 0xEE...0xEF: (length, secondByte) = (3, 0x80...0xBF)
        case 0xED: (length, secondByte) = (3, 0x80...0x9F)
        case 0xF0: (length, secondByte) = (4, 0x90...0xBF)
        case 0xF1...0xF3: (length, secondByte) = (4, 0x80...0xBF)
        case 0xF4: (length, secondByte) = (4, 0x80...0x8F)
        default: return nil
        }
    }

    /// Whether `byte` may stand at position `k` (1 to length − 1) of the sequence.
    @inline(__always) func accepts(_ byte: UInt8, at k: Int) -> Bool {
        k == 1 ? secondByte.contains(byte) : (0x80...0xBF).contains(byte)
    }
}
