/// Which characters XML 1.0 allows, and which names the writers may write.
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

    /// Whether `name` is an XML name (for the writers' attribute names).
    static func isName(_ name: String) -> Bool {
        guard let first = name.utf8.first, isNameStart(first) else { return false }
        return name.utf8.allSatisfy(isNameChar)
    }
}
