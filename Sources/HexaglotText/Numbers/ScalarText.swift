/// A text as an array of Unicode scalars, with the lookups the number, date and placeable
/// readers share: safe access by index, character classes, words ignoring case, digit runs
/// and UTF-16 offsets.
public struct ScalarText: Sendable {
    public let scalars: [Unicode.Scalar]
    /// `scalars` in lower case, scalar for scalar (where lower-casing gives one scalar).
    private let lowered: [Unicode.Scalar]
    /// The UTF-16 offset of each scalar, then of the end.
    private let utf16: [Int]

    public init(_ text: String) {
        scalars = Array(text.unicodeScalars)
        var offsets: [Int] = []
        offsets.reserveCapacity(scalars.count + 1)
        var o = 0
        for scalar in scalars {
            offsets.append(o)
            o += UTF16.width(scalar)
        }
        offsets.append(o)
        utf16 = offsets
        lowered = scalars.map { c in
            let m = c.properties.lowercaseMapping.unicodeScalars
            return m.count == 1 ? m.first! : c
        }
    }

    public var count: Int { scalars.count }

    /// The scalar at `i`, nil outside the text.
    public func at(_ i: Int) -> Unicode.Scalar? { i >= 0 && i < scalars.count ? scalars[i] : nil }

    /// The text of the scalars in `range`.
    public func string(_ range: Range<Int>) -> String {
        var v = String.UnicodeScalarView()
        v.append(contentsOf: scalars[range])
        return String(v)
    }

    /// The UTF-16 range of the scalars in `range`.
    public func utf16Range(_ range: Range<Int>) -> Range<Int> { utf16[range.lowerBound]..<utf16[range.upperBound] }

    // MARK: Character classes

    /// Minus signs a number may start with: `-` and `−` U+2212.
    public static let minusSigns: Set<UInt32> = [0x2D, 0x2212]
    /// Hyphens that join a word and the number after it ("COVID-19"): `-`, U+2010, U+2011.
    public static let hyphens: Set<UInt32> = [0x2D, 0x2010, 0x2011]

    /// A letter of a script written with spaces between words and digits kept apart from
    /// words: Latin, Greek, Cyrillic (`ª` and `º` excepted, being ordinal signs). Digits
    /// touching such a letter are part of a word ("G20", "5G").
    public static func isWordLetter(_ c: Unicode.Scalar) -> Bool {
        guard c.properties.isAlphabetic, c.value != 0xAA, c.value != 0xBA else { return false }
        switch c.value {
        case 0...0x058F, 0x1D00...0x1FFF, 0x2C60...0x2C7F, 0xA720...0xA7FF, 0xFF21...0xFF3A, 0xFF41...0xFF5A:
            return true
        default:
            return false
        }
    }

    public func isDigit(_ i: Int) -> Bool { at(i).map(DigitSystem.isDigit) ?? false }

    public func isLetter(_ i: Int) -> Bool { at(i)?.properties.isAlphabetic ?? false }

    public func isWordLetter(_ i: Int) -> Bool { at(i).map(Self.isWordLetter) ?? false }

    public func isASCIIAlnum(_ i: Int) -> Bool {
        guard let c = at(i) else { return false }
        return c.isASCII && (c.properties.isAlphabetic || (0x30...0x39).contains(c.value))
    }

    public func isASCIIUpper(_ i: Int) -> Bool {
        guard let c = at(i) else { return false }
        return (0x41...0x5A).contains(c.value)
    }

    /// Where the white space from `i` ends.
    public func skipSpaces(_ i: Int) -> Int {
        var j = i
        while let c = at(j), c.properties.isWhitespace { j += 1 }
        return j
    }

    // MARK: Words and digits

    /// Whether the scalars at `i` spell `word` (given in lower case), ignoring case.
    public func matches(_ word: [Unicode.Scalar], at i: Int) -> Bool {
        guard i >= 0, i + word.count <= scalars.count else { return false }
        for (k, w) in word.enumerated() where lowered[i + k] != w { return false }
        return true
    }

    /// Where `w` ends if it stands at `i` as a whole word (not followed by a letter).
    public func word(_ w: [Unicode.Scalar], at i: Int) -> Int? {
        guard matches(w, at: i) else { return nil }
        let end = i + w.count
        if let last = w.last, last.properties.isAlphabetic, isLetter(end) { return nil }
        return end
    }

    /// The run of digits of one system starting at `i`: where it ends, its system and its ASCII digits.
    public func digitRun(at i: Int) -> DigitRun? {
        guard let (system, first) = at(i).flatMap(DigitSystem.digit) else { return nil }
        var ascii = String(first)
        var j = i + 1
        while let (sys, d) = at(j).flatMap(DigitSystem.digit), sys == system {
            ascii += String(d)
            j += 1
        }
        return DigitRun(end: j, system: system, ascii: ascii)
    }
}

/// A run of digits of one system, as ``ScalarText/digitRun(at:)`` reads it.
public struct DigitRun: Sendable {
    /// The index after its last digit.
    public var end: Int
    public var system: DigitSystem
    /// Its digits in ASCII, leading zeros kept.
    public var ascii: String
}
