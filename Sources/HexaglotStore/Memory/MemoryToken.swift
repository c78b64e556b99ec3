import HexaglotCore
import HexaglotText

/// How the memory holds a token: its kind in the top two bits of a UInt32, an id below.
///
/// Words, numbers and punctuation get their id from the `tm_token` dictionary; an inline code
/// is a hash of its kind and role (codes are compared by what they are, not by their markup).
/// A variant's tokens come words and numbers first in text order, then punctuation in text
/// order, then codes in content order; on disk each is a ``Varint`` of `id << 2 | kind`.
public enum MemoryToken {
    public static let word: UInt32 = 0
    public static let number: UInt32 = 1
    public static let punctuation: UInt32 = 2
    public static let code: UInt32 = 3
    static let idMask: UInt32 = 0x3FFF_FFFF

    @inline(__always) public static func kind(_ token: UInt32) -> UInt32 { token >> 30 }

    @inline(__always) public static func make(kind: UInt32, id: UInt32) -> UInt32 { kind << 30 | (id & idMask) }

    /// Words and numbers: the tokens the edit distance runs over.
    @inline(__always) public static func isScored(_ token: UInt32) -> Bool { token >> 30 <= number }

    /// The stored form of a token list.
    public static func encode(_ tokens: [UInt32]) -> [UInt8] {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(tokens.count * 3)
        for t in tokens { Varint.append(UInt64(t & idMask) << 2 | UInt64(t >> 30), to: &bytes) }
        return bytes
    }

    /// The token list of a stored form.
    public static func decode(_ bytes: UnsafeRawBufferPointer) -> [UInt32] {
        var tokens: [UInt32] = []
        tokens.reserveCapacity(bytes.count / 2)
        var offset = 0
        while let v = Varint.read(bytes, &offset) {
            tokens.append(UInt32(truncatingIfNeeded: v & 3) << 30 | UInt32(truncatingIfNeeded: v >> 2) & idMask)
        }
        return tokens
    }

    /// The token standing for an inline code.
    public static func code(_ code: InlineCode) -> UInt32 {
        var h = StableHash()
        h.add(code.kind.rawValue)
        h.add(code.role.rawValue)
        return make(kind: Self.code, id: UInt32(truncatingIfNeeded: h.value))
    }

    static func kind(_ kind: MatchToken.Kind) -> UInt32 {
        switch kind {
        case .word: return word
        case .number: return number
        case .punctuation: return punctuation
        }
    }

}

extension Language {
    /// The language's number in a memory variant id (unit id × 8 + this).
    public var memoryIndex: Int {
        switch self {
        case .ar: return 0
        case .zh: return 1
        case .en: return 2
        case .fr: return 3
        case .ru: return 4
        case .es: return 5
        }
    }

    public init?(memoryIndex: Int) {
        switch memoryIndex {
        case 0: self = .ar
        case 1: self = .zh
        case 2: self = .en
        case 3: self = .fr
        case 4: self = .ru
        case 5: self = .es
        default: return nil
        }
    }
}
