import HexaglotCore

/// Reads numbers the way a language writes them: the one number reader of the placeable
/// finder and the QA `numbers` check.
///
/// A number is an optional minus (`-` or `−` U+2212, after a space, an opening bracket or a
/// quotation mark), digits of one ``DigitSystem``, optional groups of three digits after a first
/// group of one to three (one separator throughout, the spaces counting as one), optional
/// decimals, an optional ordinal suffix of the language (``ordinalSuffixes``). Separators are
/// those of ``NumberSeparators``. Digits touching a Latin, Greek or Cyrillic letter are part of
/// a word and not a number ("G20", "5G", "2030s"), and so are digits after a letter and a
/// hyphen ("COVID-19", "IMT-2020"); a range "2018-2030" is two numbers.
public struct NumberReader: Sendable {
    public let text: ScalarText
    public let language: Language

    public init(_ text: ScalarText, language: Language) {
        self.text = text
        self.language = language
    }

    /// The ordinal suffixes written right after a number's digits: English `st nd rd th`, French
    /// `e er re è ère ème eme ᵉ ᵉʳ ʳᵉ`, Spanish `º ª o a` (and `.º .ª`); compared in lower case.
    public static func ordinalSuffixes(_ language: Language) -> Set<String> {
        switch language {
        case .en: return ["st", "nd", "rd", "th"]
        case .fr: return ["e", "er", "re", "è", "ère", "ème", "eme", "ᵉ", "ᵉʳ", "ʳᵉ"]
        case .es: return ["º", "ª", "o", "a"]
        case .ru, .ar, .zh: return []
        }
    }

    /// Whether a number may start at `i`: not inside a run of digits or a word.
    public func numberMayStart(at i: Int) -> Bool {
        guard let p = text.at(i - 1) else { return true }
        if DigitSystem.isDigit(p) || ScalarText.isWordLetter(p) { return false }
        if ScalarText.hyphens.contains(p.value), text.isLetter(i - 2) { return false }
        return true
    }

    /// The end of an ordinal suffix written right after digits at `j`, if there is one.
    public func ordinalSuffix(at j: Int) -> Int? {
        guard let c = text.at(j) else { return nil }
        if language == .es, c == ".", let d = text.at(j + 1), d.value == 0xBA || d.value == 0xAA { return j + 2 }
        let suffixes = Self.ordinalSuffixes(language)
        guard !suffixes.isEmpty else { return nil }
        var k = j
        while text.isLetter(k) { k += 1 }
        guard k > j, suffixes.contains(text.string(j..<k).lowercased()) else { return nil }
        return k
    }

    /// The number starting at `i` (at its minus sign or first digit), if one does.
    public func number(at i: Int) -> NumberParts? {
        guard numberMayStart(at: i), let first = text.at(i) else { return nil }
        var j = i
        var minus: Unicode.Scalar?
        if ScalarText.minusSigns.contains(first.value) {
            if let p = text.at(i - 1), !(p.properties.isWhitespace || "([{«\"“'".unicodeScalars.contains(p)) { return nil }
            minus = first
            j += 1
        }
        guard let run = text.digitRun(at: j) else { return nil }
        var parts = NumberParts(range: i..<run.end, minus: minus, integer: run.ascii, system: run.system)
        j = run.end
        if run.ascii.count <= 3 {
            let separators = NumberSeparators.group(language, run.system)
            while let sep = text.at(j), separators.contains(sep), parts.group.map({ NumberSeparators.same($0, sep) }) ?? true,
                  let g = text.digitRun(at: j + 1), g.system == run.system, g.ascii.count == 3 {
                parts.group = parts.group ?? sep
                parts.integer += g.ascii
                j = g.end
            }
        }
        if let sep = text.at(j), parts.group.map({ !NumberSeparators.same($0, sep) }) ?? true,
           NumberSeparators.decimal(language, run.system).contains(sep),
           let f = text.digitRun(at: j + 1), f.system == run.system {
            parts.decimal = sep
            parts.fraction = f.ascii
            j = f.end
        }
        if let end = ordinalSuffix(at: j) {
            parts.suffix = text.string(j..<end)
            j = end
        } else if text.isWordLetter(j) {
            return nil
        }
        parts.range = i..<j
        return parts
    }

    /// The parts of a section number starting at `i`: three or more digit groups joined by
    /// points ("5.2.1", "17.05.2019"), unless they make a grouped number ("1.000.000" in Spanish).
    public func dottedSequence(at i: Int) -> (range: Range<Int>, parts: [String])? {
        guard numberMayStart(at: i), text.at(i - 1) != ".", let first = text.digitRun(at: i) else { return nil }
        var groups = [first.ascii]
        var j = first.end
        while text.at(j) == ".", let g = text.digitRun(at: j + 1), g.system == first.system {
            groups.append(g.ascii)
            j = g.end
        }
        guard groups.count >= 3, !text.isWordLetter(j), !(text.at(j) == "." && text.isDigit(j + 1)) else { return nil }
        if NumberSeparators.group(language, first.system).contains("."), groups[0].count <= 3,
           groups.dropFirst().allSatisfy({ $0.count == 3 }) {
            return nil
        }
        return (i..<j, groups)
    }

    /// Every number of `text` as a value to compare (``NumberParts/magnitude``), in text order;
    /// a dotted sequence gives the value of each of its parts, the sign is not read.
    public static func values(in text: String, language: Language) -> [NumberValue] {
        let reader = NumberReader(ScalarText(text), language: language)
        let scalars = reader.text
        var result: [NumberValue] = []
        var i = 0
        while i < scalars.count {
            guard scalars.isDigit(i) else { i += 1; continue }
            if let (range, parts) = reader.dottedSequence(at: i) {
                let written = scalars.string(range), place = scalars.utf16Range(range)
                result += parts.map { NumberValue(value: NumberParts.magnitude($0, nil), text: written, range: place) }
                i = range.upperBound
            } else if let n = reader.number(at: i) {
                result.append(NumberValue(value: n.magnitude, text: scalars.string(n.range), range: scalars.utf16Range(n.range)))
                i = n.range.upperBound
            } else {
                i += 1
            }
        }
        return result
    }
}

/// A numeric value read from a text, and where it stands.
public struct NumberValue: Hashable, Sendable {
    /// The value in canonical form: ASCII digits, no grouping, no leading zeros, a `.` before
    /// decimals without trailing zeros ("2 030" → "2030", "2,50" in French → "2.5").
    public var value: String
    /// The number as written.
    public var text: String
    /// UTF-16 range in the text read.
    public var range: Range<Int>

    public init(value: String, text: String, range: Range<Int>) {
        self.value = value
        self.text = text
        self.range = range
    }
}
