import HexaglotCore

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
