import HexaglotCore

/// Reads dates the way a language writes them: day numbers 1–31 checked against the month,
/// years of four digits.
///
/// - numeric, in any language: `2019-05-17`, `2019/05/17`, `2019.05.17` (year first) and
///   `17/05/2019`, `17.05.2019`, `17-05-2019` (day first; in English, month first when the
///   day-first reading is impossible, as in `05/17/2019`);
/// - with a month name of ``MonthNames``: en "17 May 2019", "17th of May, 2019", "May 17, 2019",
///   "17 May", "May 17", "May 2019"; fr "17 mai 2019", "1er mai", "mai 2019"; es "17 de mayo de
///   2019", "1.º de mayo", "mayo de 2019" (`de` optional); ru "17 мая 2019 г." (`г.`, `гг.`, `год`,
///   `года`, `году` included), "17 мая" (genitive after a day), "май 2019 года", "в мае 2019 г."
///   (any other case before a year); ar "17 مايو 2019", "١٧ مايو ٢٠١٩", "17 أيار/مايو 2019م" (a
///   following `م` included);
/// - zh: "2019年5月17日", "5月17日", "2019年5月" (`号` for `日` too, spaces allowed between parts).
public struct DateReader: Sendable {
    public let numbers: NumberReader
    private var text: ScalarText { numbers.text }
    private var language: Language { numbers.language }

    public init(_ text: ScalarText, language: Language) {
        numbers = NumberReader(text, language: language)
    }

    /// Every date reading starting at `i`, shortest first.
    public func dates(at i: Int) -> [DateParts] {
        var found: [DateParts] = []
        if text.isDigit(i) {
            if let d = numericDate(at: i) { found.append(d) }
            if language == .zh, let d = chineseDate(at: i) { found.append(d) }
        }
        if let names = MonthNames.of(language) { found += namedDates(at: i, names: names) }
        return found.sorted { $0.range.count < $1.range.count }
    }

    /// Whether `day` is a day of `month` (in some year).
    public static func isValid(day: Int, month: Int) -> Bool {
        guard (1...12).contains(month), day >= 1 else { return false }
        let lengths = [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]
        return day <= lengths[month - 1]
    }

    private func field(_ run: DigitRun, from i: Int) -> DateField {
        DateField(range: i..<run.end, value: Int(run.ascii) ?? Int.max, width: run.ascii.count, system: run.system)
    }

    // MARK: Numeric dates

    private func numericDate(at i: Int) -> DateParts? {
        guard numbers.numberMayStart(at: i), let a = text.digitRun(at: i), let sep = text.at(a.end),
              "/.-".unicodeScalars.contains(sep), let b = text.digitRun(at: a.end + 1), b.system == a.system,
              text.at(b.end) == sep, let c = text.digitRun(at: b.end + 1), c.system == a.system else { return nil }
        if let p = text.at(i - 1), "/.-".unicodeScalars.contains(p), text.isDigit(i - 2) { return nil }
        if text.isLetter(c.end) || (text.at(c.end).map { "/.-".unicodeScalars.contains($0) } ?? false) && text.isDigit(c.end + 1) {
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
        guard numbers.numberMayStart(at: i) else { return nil }
        var year: DateField?, month: DateField?, day: DateField?
        var j = i
        var end = i
        if let y = text.digitRun(at: j), y.ascii.count == 4, text.at(text.skipSpaces(y.end)) == "年" {
            year = field(y, from: j)
            end = text.skipSpaces(y.end) + 1
            j = text.skipSpaces(end)
        }
        if let m = text.digitRun(at: j), m.ascii.count <= 2, text.at(text.skipSpaces(m.end)) == "月",
           (1...12).contains(Int(m.ascii)!), year == nil || year!.system == m.system {
            month = field(m, from: j)
            end = text.skipSpaces(m.end) + 1
            j = text.skipSpaces(end)
            if let d = text.digitRun(at: j), d.ascii.count <= 2, d.system == m.system,
               let mark = text.at(text.skipSpaces(d.end)), mark == "日" || mark == "号" || mark == "號",
               Self.isValid(day: Int(d.ascii)!, month: month!.value) {
                day = field(d, from: j)
                end = text.skipSpaces(d.end) + 1
            }
        }
        guard let month, year != nil || day != nil else { return nil }
        return DateParts(range: i..<end, year: year, month: month.value, monthNumber: month, day: day)
    }

    // MARK: Dates with a month name

    /// A day of the month, with its ordinal suffix.
    private func dayField(at i: Int) -> DateField? {
        guard numbers.numberMayStart(at: i), let run = text.digitRun(at: i), run.ascii.count <= 2 else { return nil }
        var f = field(run, from: i)
        guard (1...31).contains(f.value) else { return nil }
        if let end = numbers.ordinalSuffix(at: run.end) {
            f.suffix = text.string(run.end..<end)
            f.range = i..<end
        } else if text.isWordLetter(run.end) {
            return nil
        }
        return f
    }

    /// A four-digit year and where it ends with the words that may follow it ("г.", "م").
    private func yearField(at i: Int) -> (DateField, end: Int)? {
        guard let run = text.digitRun(at: i), run.ascii.count == 4, run.ascii.first != "0",
              !text.isWordLetter(run.end) || language == .ru else { return nil }
        let f = field(run, from: i)
        switch language {
        case .ru:
            let k = text.skipSpaces(run.end)
            for w in Self.russianYearWords {
                if let end = text.word(w, at: k) { return (f, end) }
            }
            if text.isWordLetter(run.end) { return nil }
        case .ar:
            let k = text.skipSpaces(run.end)
            if text.at(k) == "م", !text.isLetter(k + 1) { return (f, k + 1) }
        default:
            break
        }
        return (f, run.end)
    }

    private static let russianYearWords = ["гг.", "г.", "года", "году", "год"].map { Array($0.unicodeScalars) }

    /// After at least one space at `i`, where an optional joining word (en "of", es "de") and
    /// the spaces after it end; nil when there is no space.
    private func gap(at i: Int, joiner: [Unicode.Scalar]?) -> Int? {
        let j = text.skipSpaces(i)
        guard j > i else { return nil }
        if let joiner, let end = text.word(joiner, at: j) {
            let k = text.skipSpaces(end)
            if k > end { return k }
        }
        return j
    }

    private func namedDates(at i: Int, names: MonthNames) -> [DateParts] {
        var found: [DateParts] = []
        let dayJoiner: [Unicode.Scalar]? = language == .en ? ["o", "f"] : language == .es ? ["d", "e"] : nil
        let yearJoiner: [Unicode.Scalar]? = language == .es ? ["d", "e"] : nil
        func year(after end: Int) -> (DateField, end: Int)? {
            var k = end
            if language == .en, text.at(k) == "," { k += 1 }
            guard let g = gap(at: k, joiner: yearJoiner) else { return nil }
            return yearField(at: g)
        }
        if text.isDigit(i) {
            guard let day = dayField(at: i), let g = gap(at: day.range.upperBound, joiner: dayJoiner),
                  let name = names.name(at: g, in: text, afterDay: true),
                  Self.isValid(day: day.value, month: name.month) else { return [] }
            found.append(DateParts(range: i..<name.range.upperBound, month: name.month, monthName: name, day: day))
            if let (y, end) = year(after: name.range.upperBound) {
                found.append(DateParts(range: i..<end, year: y, month: name.month, monthName: name, day: day))
            }
            return found
        }
        guard let name = names.name(at: i, in: text),
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
}
