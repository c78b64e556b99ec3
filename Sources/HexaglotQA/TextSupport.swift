/// Small helpers the checks share: UTF-16 offsets and character classes.
extension String {
    /// The UTF-16 range of `sub`, a slice of this string.
    func utf16Range(of sub: Substring) -> Range<Int> {
        let lo = utf16.distance(from: startIndex, to: sub.startIndex)
        return lo..<(lo + sub.utf16.count)
    }

    /// The UTF-16 offset of `index`.
    func utf16Offset(_ index: String.Index) -> Int { utf16.distance(from: startIndex, to: index) }
}

extension Unicode.Scalar {
    /// A code point written as `U+202F`.
    var codePoint: String {
        let hex = String(value, radix: 16, uppercase: true)
        return "U+" + String(repeating: "0", count: max(0, 4 - hex.count)) + hex
    }

    /// Han ideographs (CJK Unified, Extension A, Compatibility) and 〇.
    var isHan: Bool {
        switch value {
        case 0x3007, 0x3400...0x4DBF, 0x4E00...0x9FFF, 0xF900...0xFAFF, 0x20000...0x3134F: return true
        default: return false
        }
    }

    /// Arabic letters (the Arabic block and its supplements).
    var isArabicLetter: Bool {
        switch value {
        case 0x0620...0x064A, 0x066E...0x06D3, 0x06FA...0x06FF, 0x0750...0x077F, 0x08A0...0x08FF,
             0xFB50...0xFDFF, 0xFE70...0xFEFF: return true
        default: return false
        }
    }

    /// Space characters within a line: space, tab, no-break and the typographic spaces.
    var isInlineSpace: Bool {
        switch value {
        case 0x20, 0x09, 0xA0, 0x1680, 0x2000...0x200A, 0x202F, 0x205F, 0x3000: return true
        default: return false
        }
    }
}

/// How a character reads in a message: `“:”` or, for invisible ones, its code point.
func describe(_ scalar: Unicode.Scalar) -> String {
    switch scalar.value {
    case 0x20: return "a space"
    case 0xA0: return "a no-break space (U+00A0)"
    case 0x202F: return "a narrow no-break space (U+202F)"
    case 0x09: return "a tab"
    default:
        return scalar.properties.isWhitespace ? scalar.codePoint : "“\(scalar)” (\(scalar.codePoint))"
    }
}

/// `text` in typographic quotes for a message: `“…”`, or `‘…’` when the text itself holds a
/// double quotation mark (`“` `”` `"`), so quotes never nest ambiguously.
func quoted(_ text: String) -> String {
    text.contains(where: { $0 == "“" || $0 == "”" || $0 == "\"" }) ? "‘\(text)’" : "“\(text)”"
}
