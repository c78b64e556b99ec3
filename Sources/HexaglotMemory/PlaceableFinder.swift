import HexaglotCore

/// Finds the numbers, dates, references, web and e-mail addresses in a text, reading them
/// the way the text's language writes them.
///
/// Placeables never overlap: where two readings compete the longer wins ("17 May 2019" is
/// one date, not two numbers; "Resolution 200" one reference), and at equal length a date
/// wins over a URL, an e-mail address, a reference and a number, in that order.
///
/// **Digits.** ASCII `0-9`, Arabic-Indic `٠-٩`, Extended Arabic-Indic `۰-۹` and full-width
/// `０-９`; one placeable uses one digit system. Values always use ASCII digits.
///
/// **Numbers.** An optional minus (`-` or `−` U+2212, at the start of the text or after a space,
/// an opening bracket or a quotation mark), digits, optional grouping, optional decimals, an
/// optional ordinal suffix. A `+` is not part of the number.
///
/// | Digits           | Language | Group separators (groups of three)                     | Decimal separators |
/// |------------------|----------|--------------------------------------------------------|--------------------|
/// | ASCII            | en, zh   | `,`                                                    | `.`                |
/// | ASCII            | fr, ru   | space, NBSP U+00A0, narrow NBSP U+202F, thin space U+2009 | `,`             |
/// | ASCII            | es       | `.` and the four spaces                                | `,`                |
/// | ASCII            | ar       | `,` and `٬` U+066C                                     | `.` and `٫` U+066B |
/// | Arabic-Indic     | any      | `٬`                                                    | `٫`                |
/// | full-width       | any      | `,` and `，`                                           | `.` and `．`       |
///
/// A `.` followed by digits that do not make a group is read as a decimal point in every
/// language ("versión 2.5", "section 3.5"), so "2.030" is 2030 in Spanish but 2.030 elsewhere.
/// Ordinal suffixes are part of the number: English `st nd rd th`, French `e er re è ère ème eme ᵉ ᵉʳ ʳᵉ`,
/// Spanish `º ª .º .ª`. A percentage is its number; the `%`, `٪` or `％` stays outside.
/// A year is a number. Digits touching a Latin, Greek or Cyrillic letter are part of a word
/// and not a number ("G20", "5G", "ICT4SDG", "2030s"), and so are digits after such a word and
/// a hyphen ("COVID-19", "IMT-2020"); a range "2018-2030" is two numbers.
///
/// **Dates.** Day numbers 1–31 checked against the month, years of four digits:
/// - numeric, in any language: `2019-05-17`, `2019/05/17`, `2019.05.17` (year first) and
///   `17/05/2019`, `17.05.2019`, `17-05-2019` (day first; in English, month first when the
///   day-first reading is impossible, as in `05/17/2019`);
/// - en: "17 May 2019", "17th of May, 2019", "May 17, 2019", "17 May", "May 17", "May 2019",
///   full month names (capitalised) and `Jan Feb … Sep Sept … Dec` with or without a point;
/// - fr: "17 mai 2019", "1er mai", "mai 2019", full names (with or without accents) and
///   `janv. févr. avr. juil. sept. oct. nov. déc.`;
/// - es: "17 de mayo de 2019", "1.º de mayo", "mayo de 2019" (`de` optional), `setiembre` too;
/// - ru: "17 мая 2019 г." (`г.`, `гг.`, `год`, `года`, `году` included), "17 мая" (genitive after a day),
///   "май 2019 года", "в мае 2019 г." (nominative, genitive or prepositional before a year);
/// - ar: "17 مايو 2019", "١٧ مايو ٢٠١٩", "17 أيار/مايو 2019م" — Egyptian names (يناير … ديسمبر,
///   with يونيه, يوليه, إبريل spellings), Levantine names (كانون الثاني … كانون الأول), or the UN's
///   "Levantine/Egyptian" pair; a following `م` is included;
/// - zh: "2019年5月17日", "5月17日", "2019年5月" (`号` for `日` too, spaces allowed between parts).
///
/// **References.**
/// - document symbols: an uppercase letter, more uppercase letters or digits, then segments of
///   letters and digits joined by `-`, `/` or `.`, with at least one `/` and one digit:
///   "CL-19/73", "DM-20/1000", "A/RES/70/1", "E/CN.6/2020/1", "C19/1-E";
/// - ITU Recommendations: one uppercase letter, `.`, digits, an optional revision:
///   "Y.3172", "E.164", "M.2083-0";
/// - section numbers: three or more digit groups joined by `.`: "5.2.1";
/// - resolutions and decisions: the word then the number, with an optional `No.`, `n°`, `nº`,
///   `№`, `núm.` or `رقم` between: en Resolution, Res., Decision; fr Résolution, Rés., Décision;
///   es Resolución, Res., Decisión; ru Резолюция, Решение in the singular cases; ar القرار,
///   المقرر with the prefixes ب ل و ف ك; zh 第N号决议, 第N号决定. Case does not matter. Plurals
///   ("Resolutions 71 and 200") are not references: their numbers are numbers.
///
/// **URLs**: from `http://`, `https://`, `ftp://` or `www.` (with a further `.`) up to a space,
/// a quotation mark, an angle bracket or a non-ASCII character other than a Latin, Greek or
/// Cyrillic letter (so "www.itu.int。" and "www.itu.int،" end before the punctuation); trailing `.,;:!?'"*`
/// and unbalanced `)` or `]` are left out. **E-mail addresses**: `local@domain.tld` in ASCII
/// with a top-level domain of two letters or more.
public enum PlaceableFinder {
    /// The placeables of `text`, written in `language`, in text order.
    public static func find(in text: String, language: Language) -> [Placeable] {
        PlaceableScanner(text, language: language).placeables()
    }
}

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

/// A number as written: the parts that give its value and the style it is written in.
struct NumberParts {
    var range: Range<Int>
    var minus: Unicode.Scalar?
    /// The integer digits in ASCII, leading zeros kept.
    var integer: String
    var fraction: String?
    var group: Unicode.Scalar?
    var decimal: Unicode.Scalar?
    var system: DigitSystem
    var suffix: String?

    var value: String {
        var digits = Substring(integer)
        while digits.count > 1, digits.first == "0" { digits.removeFirst() }
        var v = (minus == nil ? "" : "-") + digits
        if let fraction { v += "." + fraction }
        return v
    }
}

/// One numeric part of a date: a day, a month number or a year.
struct DateField {
    /// The digits and any ordinal suffix.
    var range: Range<Int>
    var value: Int
    var width: Int
    var system: DigitSystem
    var suffix: String?
}

/// A month written as a name.
struct MonthName {
    var range: Range<Int>
    var month: Int
    /// Index into the language's ``MonthTable/forms``.
    var form: Int
    var text: String
}

/// A date as written, with where each of its parts stands.
struct DateParts {
    var range: Range<Int>
    var year: DateField?
    var month: Int
    var monthNumber: DateField?
    var monthName: MonthName?
    var day: DateField?

    var value: String {
        let mm = month < 10 ? "0\(month)" : "\(month)"
        guard let day else { return "\(year!.value)-\(mm)" }
        let dd = day.value < 10 ? "0\(day.value)" : "\(day.value)"
        guard let year else { return "--\(mm)-\(dd)" }
        return "\(year.value)-\(mm)-\(dd)"
    }
}

/// A numbered resolution or decision as written.
struct ReferenceParts {
    var range: Range<Int>
    var numberRange: Range<Int>
    var number: Int
    var system: DigitSystem
    var isDecision: Bool

    var value: String { (isDecision ? "Decision " : "Resolution ") + String(number) }
}

/// Reads the placeables of one text; the recognisers are also used by ``PlaceableAdapter``
/// to take a placeable's text apart.
struct PlaceableScanner {
    let s: [Unicode.Scalar]
    let language: Language
    private let utf16: [Int]
    /// `s` in lower case, scalar for scalar (where lower-casing gives one scalar).
    private let lowered: [Unicode.Scalar]

    init(_ text: String, language: Language) {
        s = Array(text.unicodeScalars)
        self.language = language
        var offsets: [Int] = []
        offsets.reserveCapacity(s.count + 1)
        var o = 0
        for scalar in s {
            offsets.append(o)
            o += UTF16.width(scalar)
        }
        offsets.append(o)
        utf16 = offsets
        lowered = s.map { c in
            let m = c.properties.lowercaseMapping.unicodeScalars
            return m.count == 1 ? m.first! : c
        }
    }

    private struct Candidate {
        var kind: Placeable.Kind
        var range: Range<Int>
        var value: String

        var priority: Int {
            switch kind {
            case .date: return 0
            case .url: return 1
            case .email: return 2
            case .reference: return 3
            case .number: return 4
            }
        }
    }

    func placeables() -> [Placeable] {
        var candidates: [Candidate] = []
        for i in s.indices { candidates += self.candidates(at: i) }
        candidates.sort {
            if $0.range.count != $1.range.count { return $0.range.count > $1.range.count }
            if $0.priority != $1.priority { return $0.priority < $1.priority }
            return $0.range.lowerBound < $1.range.lowerBound
        }
        var taken = [Bool](repeating: false, count: s.count)
        var chosen: [Candidate] = []
        for c in candidates where !c.range.contains(where: { taken[$0] }) {
            for i in c.range { taken[i] = true }
            chosen.append(c)
        }
        chosen.sort { $0.range.lowerBound < $1.range.lowerBound }
        return chosen.map {
            Placeable(kind: $0.kind, text: string($0.range),
                      range: utf16[$0.range.lowerBound]..<utf16[$0.range.upperBound], value: $0.value)
        }
    }

    private func candidates(at i: Int) -> [Candidate] {
        var found: [Candidate] = []
        let c = s[i]
        if DigitSystem.digit(c) != nil || Self.minusSigns.contains(c.value) {
            if let n = number(at: i) { found.append(Candidate(kind: .number, range: n.range, value: n.value)) }
            if let d = dates(at: i).last { found.append(Candidate(kind: .date, range: d.range, value: d.value)) }
            if let r = sectionNumber(at: i) { found.append(r) }
        } else if c == "@" {
            if let e = email(at: i) { found.append(e) }
        } else if c.properties.isAlphabetic {
            if !isLetter(i - 1), let d = dates(at: i).last {
                found.append(Candidate(kind: .date, range: d.range, value: d.value))
            }
            if let r = reference(at: i) { found.append(Candidate(kind: .reference, range: r.range, value: r.value)) }
            if let r = symbol(at: i) { found.append(r) }
            if let r = recommendation(at: i) { found.append(r) }
            if let u = url(at: i) { found.append(u) }
        }
        return found
    }

    // MARK: Whole-text readings, for taking a placeable apart

    /// The number that is the whole text, if it is one.
    func wholeNumber() -> NumberParts? {
        guard let n = number(at: 0), n.range.upperBound == s.count else { return nil }
        return n
    }

    /// The date that is the whole text, if it is one.
    func wholeDate() -> DateParts? {
        dates(at: 0).last(where: { $0.range.upperBound == s.count })
    }

    /// The resolution or decision that is the whole text, if it is one.
    func wholeReference() -> ReferenceParts? {
        guard let r = reference(at: 0), r.range.upperBound == s.count else { return nil }
        return r
    }

    func string(_ range: Range<Int>) -> String {
        var v = String.UnicodeScalarView()
        v.append(contentsOf: s[range])
        return String(v)
    }

    // MARK: Characters

    static let minusSigns: Set<UInt32> = [0x2D, 0x2212]
    static let hyphens: Set<UInt32> = [0x2D, 0x2010, 0x2011]
    static let spaces: Set<UInt32> = [0x20, 0xA0, 0x202F, 0x2009]

    private func at(_ i: Int) -> Unicode.Scalar? { i >= 0 && i < s.count ? s[i] : nil }

    private func isDigit(_ i: Int) -> Bool { at(i).flatMap(DigitSystem.digit) != nil }

    private func isLetter(_ i: Int) -> Bool { at(i)?.properties.isAlphabetic ?? false }

    private func isASCIIAlnum(_ i: Int) -> Bool {
        guard let c = at(i) else { return false }
        return c.isASCII && (c.properties.isAlphabetic || (0x30...0x39).contains(c.value))
    }

    private func isASCIIUpper(_ i: Int) -> Bool {
        guard let c = at(i) else { return false }
        return (0x41...0x5A).contains(c.value)
    }

    /// A letter of a script written with spaces between words and digits kept apart from
    /// words: Latin, Greek, Cyrillic (`ª` and `º` excepted, being ordinal signs).
    static func isWordLetter(_ c: Unicode.Scalar) -> Bool {
        guard c.properties.isAlphabetic, c.value != 0xAA, c.value != 0xBA else { return false }
        switch c.value {
        case 0...0x058F, 0x1D00...0x1FFF, 0x2C60...0x2C7F, 0xA720...0xA7FF, 0xFF21...0xFF3A, 0xFF41...0xFF5A:
            return true
        default:
            return false
        }
    }

    private func isWordLetter(_ i: Int) -> Bool { at(i).map(Self.isWordLetter) ?? false }

    /// Whether a number may start at `i`: not inside a run of digits or a word.
    private func numberMayStart(at i: Int) -> Bool {
        guard let p = at(i - 1) else { return true }
        if DigitSystem.digit(p) != nil || Self.isWordLetter(p) { return false }
        if Self.hyphens.contains(p.value), isLetter(i - 2) { return false }
        return true
    }

    private func skipSpaces(_ i: Int) -> Int {
        var j = i
        while let c = at(j), c.properties.isWhitespace { j += 1 }
        return j
    }

    /// Whether the scalars at `i` spell `word` (given in lower case), ignoring case.
    private func matches(_ word: [Unicode.Scalar], at i: Int) -> Bool {
        guard i >= 0, i + word.count <= s.count else { return false }
        for (k, w) in word.enumerated() where lowered[i + k] != w { return false }
        return true
    }

    /// Where `word` ends if it stands at `i` as a whole word (not followed by a letter).
    private func word(_ w: [Unicode.Scalar], at i: Int) -> Int? {
        guard matches(w, at: i) else { return nil }
        let end = i + w.count
        if let last = w.last, last.properties.isAlphabetic, isLetter(end) { return nil }
        return end
    }

    private func digitRun(at i: Int) -> (end: Int, system: DigitSystem, ascii: String)? {
        guard let (system, first) = at(i).flatMap(DigitSystem.digit) else { return nil }
        var ascii = String(first)
        var j = i + 1
        while let (sys, d) = at(j).flatMap(DigitSystem.digit), sys == system {
            ascii += String(d)
            j += 1
        }
        return (j, system, ascii)
    }

    // MARK: Numbers

    private func groupSeparators(_ system: DigitSystem) -> Set<UInt32> {
        switch system {
        case .arabicIndic, .extendedArabicIndic: return [0x66C]
        case .fullwidth: return [0x2C, 0xFF0C]
        case .ascii:
            switch language {
            case .en, .zh: return [0x2C]
            case .fr, .ru: return Self.spaces
            case .es: return Self.spaces.union([0x2E])
            case .ar: return [0x2C, 0x66C]
            }
        }
    }

    private func decimalSeparators(_ system: DigitSystem) -> Set<UInt32> {
        switch system {
        case .arabicIndic, .extendedArabicIndic: return [0x66B, 0x2E]
        case .fullwidth: return [0x2E, 0xFF0E]
        case .ascii:
            switch language {
            case .en, .zh: return [0x2E]
            case .fr, .ru, .es: return [0x2C, 0x2E]
            case .ar: return [0x2E, 0x66B]
            }
        }
    }

    /// The end of an ordinal suffix written right after digits at `j`, if there is one.
    private func ordinalSuffix(at j: Int) -> Int? {
        guard let c = at(j) else { return nil }
        if language == .es {
            if c.value == 0xBA || c.value == 0xAA { return j + 1 }
            if c == ".", let d = at(j + 1), d.value == 0xBA || d.value == 0xAA { return j + 2 }
            return nil
        }
        let suffixes: Set<String>
        switch language {
        case .en: suffixes = ["st", "nd", "rd", "th"]
        case .fr: suffixes = ["e", "er", "re", "ère", "ème", "eme", "è", "ᵉ", "ᵉʳ", "ʳᵉ"]
        default: return nil
        }
        var k = j
        while isLetter(k) { k += 1 }
        guard k > j, suffixes.contains(string(j..<k).lowercased()) else { return nil }
        return k
    }

    func number(at i: Int) -> NumberParts? {
        guard numberMayStart(at: i) else { return nil }
        var j = i
        var minus: Unicode.Scalar?
        if Self.minusSigns.contains(s[i].value) {
            if let p = at(i - 1), !(p.properties.isWhitespace || "([{«\"“'".unicodeScalars.contains(p)) { return nil }
            minus = s[i]
            j += 1
        }
        guard let run = digitRun(at: j) else { return nil }
        var parts = NumberParts(range: i..<run.end, minus: minus, integer: run.ascii, system: run.system)
        j = run.end
        if run.ascii.count <= 3 {
            let separators = groupSeparators(run.system)
            while let sep = at(j), separators.contains(sep.value), parts.group == nil || parts.group == sep,
                  let g = digitRun(at: j + 1), g.system == run.system, g.ascii.count == 3 {
                parts.group = sep
                parts.integer += g.ascii
                j = g.end
            }
        }
        if let sep = at(j), sep != parts.group, decimalSeparators(run.system).contains(sep.value),
           let f = digitRun(at: j + 1), f.system == run.system {
            parts.decimal = sep
            parts.fraction = f.ascii
            j = f.end
        }
        if let end = ordinalSuffix(at: j) {
            parts.suffix = string(j..<end)
            j = end
        } else if isWordLetter(j) {
            return nil
        }
        parts.range = i..<j
        return parts
    }

    /// Three or more digit groups joined by points ("5.2.1"), unless they make a grouped number.
    private func sectionNumber(at i: Int) -> Candidate? {
        guard numberMayStart(at: i), at(i - 1) != ".", let first = digitRun(at: i) else { return nil }
        var groups = [first.ascii]
        var j = first.end
        while at(j) == ".", let g = digitRun(at: j + 1), g.system == first.system {
            groups.append(g.ascii)
            j = g.end
        }
        guard groups.count >= 3, !isWordLetter(j), !(at(j) == "." && isDigit(j + 1)) else { return nil }
        if groupSeparators(first.system).contains(0x2E), groups[0].count <= 3, groups.dropFirst().allSatisfy({ $0.count == 3 }) {
            return nil
        }
        return Candidate(kind: .reference, range: i..<j, value: groups.joined(separator: "."))
    }

    // MARK: Dates

    /// Every date reading starting at `i`, shortest first.
    func dates(at i: Int) -> [DateParts] {
        var found: [DateParts] = []
        if isDigit(i) {
            if let d = numericDate(at: i) { found.append(d) }
            if language == .zh, let d = chineseDate(at: i) { found.append(d) }
        }
        if let table = MonthTable.of(language) { found += namedDates(at: i, table: table) }
        return found.sorted { $0.range.count < $1.range.count }
    }

    private static func isValid(day: Int, month: Int) -> Bool {
        guard (1...12).contains(month), day >= 1 else { return false }
        let lengths = [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]
        return day <= lengths[month - 1]
    }

    private func field(_ run: (end: Int, system: DigitSystem, ascii: String), from i: Int) -> DateField {
        DateField(range: i..<run.end, value: Int(run.ascii) ?? Int.max, width: run.ascii.count, system: run.system)
    }

    private func numericDate(at i: Int) -> DateParts? {
        guard numberMayStart(at: i), let a = digitRun(at: i), let sep = at(a.end), "/.-".unicodeScalars.contains(sep),
              let b = digitRun(at: a.end + 1), b.system == a.system, at(b.end) == sep,
              let c = digitRun(at: b.end + 1), c.system == a.system else { return nil }
        if let p = at(i - 1), "/.-".unicodeScalars.contains(p), isDigit(i - 2) { return nil }
        if isLetter(c.end) || (at(c.end).map { "/.-".unicodeScalars.contains($0) } ?? false) && isDigit(c.end + 1) {
            return nil
        }
        let fa = field(a, from: i), fb = field(b, from: a.end + 1), fc = field(c, from: b.end + 1)
        let range = i..<c.end
        if fa.width == 4, (1...2).contains(fb.width), (1...2).contains(fc.width), fa.value >= 1000,
           Self.isValid(day: fc.value, month: fb.value) {
            return DateParts(range: range, year: fa, month: fb.value, monthNumber: fb, day: fc)
        }
        guard (1...2).contains(fa.width), (1...2).contains(fb.width), fc.width == 4, fc.value >= 1000 else { return nil }
        if Self.isValid(day: fa.value, month: fb.value) {
            return DateParts(range: range, year: fc, month: fb.value, monthNumber: fb, day: fa)
        }
        if language == .en, Self.isValid(day: fb.value, month: fa.value) {
            return DateParts(range: range, year: fc, month: fa.value, monthNumber: fa, day: fb)
        }
        return nil
    }

    private func chineseDate(at i: Int) -> DateParts? {
        guard numberMayStart(at: i) else { return nil }
        var year: DateField?, month: DateField?, day: DateField?
        var j = i
        var end = i
        if let y = digitRun(at: j), y.ascii.count == 4, at(skipSpaces(y.end)) == "年" {
            year = field(y, from: j)
            end = skipSpaces(y.end) + 1
            j = skipSpaces(end)
        }
        if let m = digitRun(at: j), m.ascii.count <= 2, at(skipSpaces(m.end)) == "月", (1...12).contains(Int(m.ascii)!),
           year == nil || year!.system == m.system {
            month = field(m, from: j)
            end = skipSpaces(m.end) + 1
            j = skipSpaces(end)
            if let d = digitRun(at: j), d.ascii.count <= 2, d.system == m.system,
               let mark = at(skipSpaces(d.end)), mark == "日" || mark == "号" || mark == "號",
               Self.isValid(day: Int(d.ascii)!, month: month!.value) {
                day = field(d, from: j)
                end = skipSpaces(d.end) + 1
            }
        }
        guard let month, year != nil || day != nil else { return nil }
        return DateParts(range: i..<end, year: year, month: month.value, monthNumber: month, day: day)
    }

    /// A day of the month, with its ordinal suffix.
    private func dayField(at i: Int) -> DateField? {
        guard numberMayStart(at: i), let run = digitRun(at: i), run.ascii.count <= 2 else { return nil }
        var f = field(run, from: i)
        guard (1...31).contains(f.value) else { return nil }
        if let end = ordinalSuffix(at: run.end) {
            f.suffix = string(run.end..<end)
            f.range = i..<end
        } else if isWordLetter(run.end) {
            return nil
        }
        return f
    }

    /// A four-digit year and where it ends with the words that may follow it ("г.", "م").
    private func yearField(at i: Int) -> (DateField, end: Int)? {
        guard let run = digitRun(at: i), run.ascii.count == 4, run.ascii.first != "0",
              !isWordLetter(run.end) || language == .ru else { return nil }
        let f = field(run, from: i)
        switch language {
        case .ru:
            let k = skipSpaces(run.end)
            for w in Self.russianYearWords {
                if let end = word(w, at: k) { return (f, end) }
            }
            if isWordLetter(run.end) { return nil }
        case .ar:
            let k = skipSpaces(run.end)
            if at(k) == "م", !isLetter(k + 1) { return (f, k + 1) }
        default:
            break
        }
        return (f, run.end)
    }

    private static let russianYearWords = ["гг.", "г.", "года", "году", "год"].map { Array($0.unicodeScalars) }

    private func monthName(at i: Int, table: MonthTable, afterDay: Bool) -> MonthName? {
        guard !isLetter(i - 1) else { return nil }
        for entry in table.entries where !afterDay || table.dayForms.contains(entry.form) {
            guard matches(entry.scalars, at: i) else { continue }
            let end = i + entry.scalars.count
            if entry.scalars.last!.properties.isAlphabetic, isLetter(end) { continue }
            if table.capitalized, !s[i].properties.isUppercase { continue }
            var range = i..<end
            if table.optionalPoint, at(end) == "." { range = i..<(end + 1) }
            return MonthName(range: range, month: entry.month, form: entry.form, text: string(range))
        }
        return nil
    }

    /// After at least one space at `i`, where an optional joining word (en "of", es "de") and
    /// the spaces after it end; nil when there is no space.
    private func gap(at i: Int, joiner: [Unicode.Scalar]?) -> Int? {
        let j = skipSpaces(i)
        guard j > i else { return nil }
        if let joiner, let end = word(joiner, at: j) {
            let k = skipSpaces(end)
            if k > end { return k }
        }
        return j
    }

    private func namedDates(at i: Int, table: MonthTable) -> [DateParts] {
        var found: [DateParts] = []
        let dayJoiner: [Unicode.Scalar]? = language == .en ? ["o", "f"] : language == .es ? ["d", "e"] : nil
        let yearJoiner: [Unicode.Scalar]? = language == .es ? ["d", "e"] : nil
        func year(after end: Int) -> (DateField, end: Int)? {
            var k = end
            if language == .en, at(k) == "," { k += 1 }
            guard let g = gap(at: k, joiner: yearJoiner) else { return nil }
            return yearField(at: g)
        }
        if isDigit(i) {
            guard let day = dayField(at: i), let g = gap(at: day.range.upperBound, joiner: dayJoiner),
                  let name = monthName(at: g, table: table, afterDay: true),
                  Self.isValid(day: day.value, month: name.month) else { return [] }
            found.append(DateParts(range: i..<name.range.upperBound, month: name.month, monthName: name, day: day))
            if let (y, end) = year(after: name.range.upperBound) {
                found.append(DateParts(range: i..<end, year: y, month: name.month, monthName: name, day: day))
            }
            return found
        }
        guard let name = monthName(at: i, table: table, afterDay: false),
              let g = gap(at: name.range.upperBound, joiner: yearJoiner) else { return [] }
        if let (y, end) = yearField(at: g) {
            found.append(DateParts(range: i..<end, year: y, month: name.month, monthName: name))
        }
        if language == .en, let day = dayField(at: g), Self.isValid(day: day.value, month: name.month) {
            found.append(DateParts(range: i..<day.range.upperBound, month: name.month, monthName: name, day: day))
            if let (y, end) = year(after: day.range.upperBound) {
                found.append(DateParts(range: i..<end, year: y, month: name.month, monthName: name, day: day))
            }
        }
        return found
    }

    // MARK: References

    private static let referenceWords: [Language: [(word: [Unicode.Scalar], isDecision: Bool)]] = Dictionary(
        uniqueKeysWithValues: Language.allCases.map { language in
            (language, referenceWords(language).map { (Array($0.0.unicodeScalars), $0.isDecision) })
        })

    private static func referenceWords(_ language: Language) -> [(String, isDecision: Bool)] {
        switch language {
        case .en: return [("resolution", false), ("res.", false), ("decision", true)]
        case .fr: return [("résolution", false), ("resolution", false), ("rés.", false), ("res.", false),
                          ("décision", true), ("decision", true)]
        case .es: return [("resolución", false), ("resolucion", false), ("res.", false),
                          ("decisión", true), ("decision", true)]
        case .ru: return ["резолюция", "резолюции", "резолюцию", "резолюцией"].map { ($0, false) }
            + ["решение", "решения", "решению", "решением", "решении"].map { ($0, true) }
        case .ar:
            let prefixes = ["", "ب", "ل", "و", "ف", "ك", "وب", "ول", "فب", "فل"]
            return prefixes.map { ($0 + ($0.hasSuffix("ل") ? "لقرار" : "القرار"), false) }
                + prefixes.map { ($0 + ($0.hasSuffix("ل") ? "لمقرر" : "المقرر"), true) }
        case .zh: return []
        }
    }

    private static let numberMarks = ["no.", "n.º", "n°", "nº", "núm.", "no", "№", "رقم"].map { Array($0.unicodeScalars) }

    func reference(at i: Int) -> ReferenceParts? {
        if language == .zh { return chineseReference(at: i) }
        guard !isLetter(i - 1) else { return nil }
        for (w, isDecision) in Self.referenceWords[language]! {
            guard let end = word(w, at: i) else { continue }
            var j = skipSpaces(end)
            guard j > end || w.last == "." else { continue }
            for mark in Self.numberMarks {
                if let m = word(mark, at: j) {
                    j = skipSpaces(m)
                    break
                }
            }
            guard let run = digitRun(at: j), run.ascii.count <= 6, !isWordLetter(run.end), !isDigit(run.end) else { continue }
            return ReferenceParts(range: i..<run.end, numberRange: j..<run.end, number: Int(run.ascii)!,
                                  system: run.system, isDecision: isDecision)
        }
        return nil
    }

    private func chineseReference(at i: Int) -> ReferenceParts? {
        guard at(i) == "第" else { return nil }
        let j = skipSpaces(i + 1)
        guard let run = digitRun(at: j), run.ascii.count <= 6 else { return nil }
        let k = skipSpaces(run.end)
        guard let mark = at(k), mark == "号" || mark == "號" else { return nil }
        let w = skipSpaces(k + 1)
        let isDecision: Bool
        if matches(Array("决议".unicodeScalars), at: w) || matches(Array("決議".unicodeScalars), at: w) {
            isDecision = false
        } else if matches(Array("决定".unicodeScalars), at: w) || matches(Array("決定".unicodeScalars), at: w) {
            isDecision = true
        } else {
            return nil
        }
        return ReferenceParts(range: i..<(w + 2), numberRange: j..<run.end, number: Int(run.ascii)!,
                              system: run.system, isDecision: isDecision)
    }

    private func symbol(at i: Int) -> Candidate? {
        guard isASCIIUpper(i), !isASCIIAlnum(i - 1), !(at(i - 1).map { "/.".unicodeScalars.contains($0) || Self.hyphens.contains($0.value) } ?? false)
        else { return nil }
        var j = i + 1
        while isASCIIUpper(j) || isDigit(j) && s[j].isASCII { j += 1 }
        var value = string(i..<j)
        var hasSlash = false, hasDigit = value.unicodeScalars.contains { (0x30...0x39).contains($0.value) }
        while let sep = at(j), sep == "/" || sep == "." || Self.hyphens.contains(sep.value) {
            var k = j + 1
            while isASCIIAlnum(k) { k += 1 }
            guard k > j + 1 else { break }
            let segment = string((j + 1)..<k)
            if sep == "/" { hasSlash = true }
            if segment.unicodeScalars.contains(where: { (0x30...0x39).contains($0.value) }) { hasDigit = true }
            value += (Self.hyphens.contains(sep.value) ? "-" : String(sep)) + segment
            j = k
        }
        guard hasSlash, hasDigit, !isLetter(j), !isDigit(j) else { return nil }
        return Candidate(kind: .reference, range: i..<j, value: value)
    }

    private func recommendation(at i: Int) -> Candidate? {
        guard isASCIIUpper(i), !isWordLetter(i - 1), !isDigit(i - 1), at(i - 1) != ".", at(i + 1) == ".",
              let first = digitRun(at: i + 2), first.system == .ascii else { return nil }
        var j = first.end
        while at(j) == ".", let g = digitRun(at: j + 1), g.system == .ascii { j = g.end }
        if at(j) == "-", let revision = digitRun(at: j + 1), revision.system == .ascii, !isLetter(revision.end) {
            j = revision.end
        }
        guard !isLetter(j), !isDigit(j) else { return nil }
        return Candidate(kind: .reference, range: i..<j, value: string(i..<j))
    }

    // MARK: Addresses

    private static func isURLCharacter(_ c: Unicode.Scalar) -> Bool {
        if c.isASCII { return c.value > 0x20 && c.value < 0x7F && !"<>\"`{}|\\^".unicodeScalars.contains(c) }
        return isWordLetter(c) || c.properties.generalCategory == .nonspacingMark
    }

    private func url(at i: Int) -> Candidate? {
        if let p = at(i - 1), Self.isWordLetter(p) || isDigit(i - 1) || "./-_@:".unicodeScalars.contains(p) { return nil }
        guard let prefix = ["https://", "http://", "ftp://", "www."].first(where: { matches(Array($0.unicodeScalars), at: i) })
        else { return nil }
        let start = i + prefix.unicodeScalars.count
        var j = start
        while let c = at(j), Self.isURLCharacter(c) { j += 1 }
        while j > start, let last = at(j - 1) {
            let body = s[start..<j]
            if ".,;:!?'\"*".unicodeScalars.contains(last)
                || last == ")" && body.filter({ $0 == "(" }).count < body.filter({ $0 == ")" }).count
                || last == "]" && body.filter({ $0 == "[" }).count < body.filter({ $0 == "]" }).count {
                j -= 1
            } else {
                break
            }
        }
        guard j > start else { return nil }
        let hostStart = prefix == "www." ? i : start
        var hostEnd = hostStart
        while let c = at(hostEnd), hostEnd < j, !"/?#".unicodeScalars.contains(c) { hostEnd += 1 }
        let host = string(hostStart..<hostEnd)
        if prefix == "www." {
            let labels = host.split(separator: ".", omittingEmptySubsequences: false)
            guard labels.count >= 3, labels.allSatisfy({ !$0.isEmpty }) else { return nil }
        }
        let value = string(i..<hostEnd).lowercased() + string(hostEnd..<j)
        return Candidate(kind: .url, range: i..<j, value: value)
    }

    private func email(at k: Int) -> Candidate? {
        func isLocal(_ i: Int) -> Bool { isASCIIAlnum(i) || (at(i).map { "._%+-".unicodeScalars.contains($0) } ?? false) }
        func isDomain(_ i: Int) -> Bool { isASCIIAlnum(i) || at(i) == "." || at(i) == "-" }
        var a = k
        while isLocal(a - 1) { a -= 1 }
        while a < k, at(a) == "." { a += 1 }
        var b = k + 1
        while isDomain(b) { b += 1 }
        while b > k + 1, at(b - 1) == "." || at(b - 1) == "-" { b -= 1 }
        guard a < k, b > k + 1 else { return nil }
        let domain = string((k + 1)..<b).lowercased()
        let labels = domain.split(separator: ".", omittingEmptySubsequences: false)
        guard labels.count >= 2, labels.allSatisfy({ !$0.isEmpty }), let tld = labels.last, tld.count >= 2,
              tld.allSatisfy({ $0.isLetter }) else { return nil }
        return Candidate(kind: .email, range: a..<b, value: string(a..<k) + "@" + domain)
    }
}

/// The month names of a language, as recognised and as written back.
struct MonthTable: Sendable {
    /// `forms[f][m - 1]`: each way of writing the months (full, abbreviated, a grammatical case…).
    let forms: [[String]]
    /// The forms that may follow a day number (Russian: the genitive only).
    let dayForms: Set<Int>
    /// Whether names are written with a capital (English), and must be to be recognised.
    let capitalized: Bool
    /// Whether a point may follow a name (English abbreviations).
    let optionalPoint: Bool
    /// Every spelling recognised, lower-cased, longest first.
    let entries: [(scalars: [Unicode.Scalar], month: Int, form: Int)]

    init(forms: [[String]], aliases: [(String, month: Int, form: Int)] = [], dayForms: Set<Int>? = nil,
         capitalized: Bool = false, optionalPoint: Bool = false) {
        self.forms = forms
        self.dayForms = dayForms ?? Set(forms.indices)
        self.capitalized = capitalized
        self.optionalPoint = optionalPoint
        var entries: [(scalars: [Unicode.Scalar], month: Int, form: Int)] = []
        for (f, names) in forms.enumerated() {
            for (m, name) in names.enumerated() { entries.append((Array(name.lowercased().unicodeScalars), m + 1, f)) }
        }
        for (name, month, form) in aliases { entries.append((Array(name.lowercased().unicodeScalars), month, form)) }
        self.entries = entries.enumerated()
            .sorted { $0.element.scalars.count != $1.element.scalars.count ? $0.element.scalars.count > $1.element.scalars.count : $0.offset < $1.offset }
            .map(\.element)
    }

    static func of(_ language: Language) -> MonthTable? {
        switch language {
        case .en: return en
        case .fr: return fr
        case .es: return es
        case .ru: return ru
        case .ar: return ar
        case .zh: return nil
        }
    }

    static let en = MonthTable(
        forms: [["January", "February", "March", "April", "May", "June", "July", "August", "September",
                 "October", "November", "December"],
                ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]],
        aliases: [("Sept", 9, 1)], capitalized: true, optionalPoint: true)

    static let fr = MonthTable(
        forms: [["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre",
                 "octobre", "novembre", "décembre"],
                ["janv.", "févr.", "mars", "avr.", "mai", "juin", "juil.", "août", "sept.", "oct.", "nov.", "déc."]],
        aliases: [("fevrier", 2, 0), ("aout", 8, 0), ("decembre", 12, 0), ("fevr.", 2, 1), ("dec.", 12, 1)])

    static let es = MonthTable(
        forms: [["enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre",
                 "octubre", "noviembre", "diciembre"]],
        aliases: [("setiembre", 9, 0)])

    static let ru = MonthTable(
        forms: [["января", "февраля", "марта", "апреля", "мая", "июня", "июля", "августа", "сентября",
                 "октября", "ноября", "декабря"],
                ["январь", "февраль", "март", "апрель", "май", "июнь", "июль", "август", "сентябрь",
                 "октябрь", "ноябрь", "декабрь"],
                ["январе", "феврале", "марте", "апреле", "мае", "июне", "июле", "августе", "сентябре",
                 "октябре", "ноябре", "декабре"]],
        dayForms: [0])

    private static let arabicEgyptian = ["يناير", "فبراير", "مارس", "أبريل", "مايو", "يونيو", "يوليو", "أغسطس",
                                         "سبتمبر", "أكتوبر", "نوفمبر", "ديسمبر"]
    private static let arabicLevantine = ["كانون الثاني", "شباط", "آذار", "نيسان", "أيار", "حزيران", "تموز", "آب",
                                          "أيلول", "تشرين الأول", "تشرين الثاني", "كانون الأول"]
    /// The UN's Egyptian spellings in the paired form ("حزيران/يونيه").
    private static let arabicPairedEgyptian = ["يناير", "فبراير", "مارس", "أبريل", "مايو", "يونيه", "يوليه",
                                               "أغسطس", "سبتمبر", "أكتوبر", "نوفمبر", "ديسمبر"]
    private static let arabicEgyptianVariants: [Int: [String]] = [
        4: ["إبريل", "ابريل"], 6: ["يونيه"], 7: ["يوليه"], 8: ["اغسطس"], 10: ["اكتوبر"],
    ]
    private static let arabicLevantineVariants: [Int: [String]] = [3: ["اذار"], 5: ["ايار"], 9: ["ايلول"]]

    static let ar: MonthTable = {
        var aliases: [(String, month: Int, form: Int)] = []
        for m in 1...12 {
            let egyptian = [arabicEgyptian[m - 1], arabicPairedEgyptian[m - 1]] + (arabicEgyptianVariants[m] ?? [])
            let levantine = [arabicLevantine[m - 1]] + (arabicLevantineVariants[m] ?? [])
            for e in Set(egyptian) where e != arabicEgyptian[m - 1] { aliases.append((e, m, 0)) }
            for l in levantine.dropFirst() { aliases.append((l, m, 1)) }
            for l in levantine {
                for e in Set(egyptian) where !(l == levantine[0] && e == arabicPairedEgyptian[m - 1]) {
                    aliases.append((l + "/" + e, m, 2))
                }
            }
        }
        let paired = (0..<12).map { arabicLevantine[$0] + "/" + arabicPairedEgyptian[$0] }
        return MonthTable(forms: [arabicEgyptian, arabicLevantine, paired], aliases: aliases)
    }()
}
