/// HTML character references, as Markdown (CommonMark) and HTML read them: `&oacute;`,
/// `&#8212;`, `&#x2014;`.
///
/// Named references are HTML5's whole list (``table``, generated); numeric ones follow
/// CommonMark: up to 7 decimal or 6 hexadecimal digits, and a code point that is 0, a
/// surrogate or beyond U+10FFFF reads as U+FFFD.
enum HTMLEntities {
    /// The characters of the named reference `name` (without `&` and `;`), or nil.
    static func named(_ name: String) -> String? { byName[name] }

    private static let byName: [String: String] = {
        var map: [String: String] = [:]
        map.reserveCapacity(2200)
        for line in table.split(separator: "\n") {
            let parts = line.split(separator: " ")
            guard let name = parts.first else { continue }
            var value = ""
            for hex in parts.dropFirst() {
                if let v = UInt32(hex, radix: 16), let scalar = Unicode.Scalar(v) { value.unicodeScalars.append(scalar) }
            }
            map[String(name)] = value
        }
        return map
    }()

    /// A character reference starting at `s[i] == "&"`: its end offset and the character.
    static func match(_ s: [Unicode.Scalar], at i: Int) -> (Int, String)? {
        var k = i + 1
        let n = s.count
        guard k < n else { return nil }
        if s[k] == "#" {
            k += 1
            var hex = false
            if k < n, s[k] == "x" || s[k] == "X" { hex = true; k += 1 }
            let start = k
            var value: UInt32 = 0
            while k < n, k - start < (hex ? 6 : 7), let d = digit(s[k], hex: hex) {
                value = value * (hex ? 16 : 10) + d
                k += 1
            }
            guard k > start, k < n, s[k] == ";" else { return nil }
            let scalar = Unicode.Scalar(value == 0 ? 0xFFFD : value) ?? "\u{FFFD}"
            return (k + 1, String(scalar))
        }
        let start = k
        while k < n, k - start < 40, HTMLSyntax.isASCIILetter(s[k]) || HTMLSyntax.isASCIIDigit(s[k]) { k += 1 }
        guard k > start, k < n, s[k] == ";" else { return nil }
        guard let value = named(String(String.UnicodeScalarView(s[start..<k]))) else { return nil }
        return (k + 1, value)
    }

    /// The value of a decimal (or, with `hex`, hexadecimal) digit of a numeric reference.
    static func digit(_ c: Unicode.Scalar, hex: Bool) -> UInt32? {
        switch c {
        case "0"..."9": return c.value - 48
        case "a"..."f" where hex: return c.value - 87
        case "A"..."F" where hex: return c.value - 55
        default: return nil
        }
    }
}
