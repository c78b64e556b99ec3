/// XML escaping for everything Hexaglot writes (TMX, XLIFF, TBX, SRX): element content and
/// double-quoted attribute values.
///
/// Content escapes `&`, `<` and `>`, and writes CR as `&#13;` so that it survives line-end
/// normalisation; attribute values also escape `"` and write tab, LF and CR as references.
/// Characters XML 1.0 does not allow (control characters other than tab, LF and CR,
/// U+FFFE, U+FFFF) cannot be written: the byte writers throw ``Forbidden``.
public enum XMLEscaping {
    /// A character XML 1.0 cannot hold.
    public struct Forbidden: Error {
        public var scalar: UInt32

        public var name: String {
            let hex = String(scalar, radix: 16, uppercase: true)
            return "U+" + String(repeating: "0", count: max(0, 4 - hex.count)) + hex
        }
    }

    public static func appendText(_ s: String, to out: inout [UInt8]) throws {
        try append(s, to: &out, attribute: false)
    }

    public static func appendAttribute(_ s: String, to out: inout [UInt8]) throws {
        try append(s, to: &out, attribute: true)
    }

    /// Appends `s` escaped as content to a string (for text already known to be allowed).
    public static func appendText(_ s: String, to out: inout String) {
        var bytes: [UInt8] = []
        try? append(s, to: &bytes, attribute: false)
        out += String(decoding: bytes, as: UTF8.self)
    }

    public static func appendAttribute(_ s: String, to out: inout String) {
        var bytes: [UInt8] = []
        try? append(s, to: &bytes, attribute: true)
        out += String(decoding: bytes, as: UTF8.self)
    }

    private static func append(_ s: String, to out: inout [UInt8], attribute: Bool) throws {
        var s = s
        try s.withUTF8 { p in
            var run = 0
            var i = 0
            let n = p.count
            func flush() {
                if i > run { out.append(contentsOf: UnsafeBufferPointer(rebasing: p[run..<i])) }
            }
            while i < n {
                let b = p[i]
                let replacement: StaticString?
                switch b {
                case 0x26: replacement = "&amp;"
                case 0x3C: replacement = "&lt;"
                case 0x3E: replacement = "&gt;"
                case 0x0D: replacement = "&#13;"
                case 0x22 where attribute: replacement = "&quot;"
                case 0x09 where attribute: replacement = "&#9;"
                case 0x0A where attribute: replacement = "&#10;"
                case 0x09, 0x0A: replacement = nil
                case 0..<0x20: throw Forbidden(scalar: UInt32(b))
                case 0xEF where i + 2 < n && p[i + 1] == 0xBF && p[i + 2] >= 0xBE:
                    throw Forbidden(scalar: p[i + 2] == 0xBE ? 0xFFFE : 0xFFFF)
                default: replacement = nil
                }
                if let replacement {
                    flush()
                    replacement.withUTF8Buffer { out.append(contentsOf: $0) }
                    run = i + 1
                }
                i += 1
            }
            flush()
        }
    }
}
