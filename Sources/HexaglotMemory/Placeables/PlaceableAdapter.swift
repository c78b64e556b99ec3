import HexaglotCore
import HexaglotText

/// Puts the numbers, dates, references and addresses of a segment into the translation of a
/// similar segment found in translation memory.
///
/// The placeables of the query and of the match's source (one language) are aligned: first
/// the longest common subsequence of equal (kind, value) pairs, which need nothing; between
/// those, the rest pair up by kind in order. For each pair that differs, the translation's
/// placeable of the same kind and value as the match's (the first one for the first
/// occurrence, and so on) is rewritten with the query's value, the way the translation
/// writes it:
/// - a number keeps the translation's digits (Arabic-Indic stay Arabic-Indic), group and
///   decimal separators, minus sign and ordinal suffix (leading zeros are the query's own) (English `st nd rd th`
///   recomputed, French `er`/`e` for 1 and the rest); with no grouping evidence in a short
///   number, it is grouped in the target's way if the query's number was grouped;
/// - a date keeps its form and only its changed parts are rewritten (a month name in the same
///   form, case and abbreviation; numbers in the same digits and padding); when the parts
///   differ ("May 2019" for "17 May 2019") it is written anew in the target's usual form;
/// - a resolution or decision keeps its words and gets the new number (one of the other type
///   is written with the target language's word: "Décision 71", "第71号决定");
/// - any other reference, a URL or an e-mail address becomes the query's text, as written
///   (a section number's digits are written in the translation's digit system).
///
/// Only text runs change: each replacement is narrowed to the characters that differ, and if
/// those fall on an inline code's own text (an autolink, an escape), the placeable is reported
/// in ``Adaptation/unadapted`` instead, as are query placeables with no partner in the match
/// and those whose counterpart the translation lacks. When nothing differs the translation
/// comes back as it is.
public enum PlaceableAdapter {
    /// `translation` (in `targetLanguage`) of the memory segment `matchSource`, adapted to `query`;
    /// `matchSource` and `query` are plain texts in `sourceLanguage`.
    public static func adapt(translation: Content, targetLanguage: Language, matchSource: String,
                             sourceLanguage: Language, query: String) -> Adaptation {
        let queryPlaceables = PlaceableFinder.find(in: query, language: sourceLanguage)
        let matchPlaceables = PlaceableFinder.find(in: matchSource, language: sourceLanguage)
        let (pairs, unpaired) = align(queryPlaceables, matchPlaceables)
        var unadapted = unpaired
        guard !pairs.isEmpty else {
            return Adaptation(content: translation, unadapted: unadapted.map { queryPlaceables[$0] })
        }

        let targetPlaceables = PlaceableFinder.find(in: translation.plainText, language: targetLanguage)
        let counterparts = counterparts(of: matchPlaceables, in: targetPlaceables)
        var edits: [(target: Placeable, text: String, query: Int)] = []
        for (q, m) in pairs {
            guard let t = counterparts[m],
                  let text = render(queryPlaceables[q], from: sourceLanguage, over: targetPlaceables[t], in: targetLanguage)
            else {
                unadapted.append(q)
                continue
            }
            if text != targetPlaceables[t].text { edits.append((targetPlaceables[t], text, q)) }
        }

        var runs = translation.runs
        var changes: [(at: Int, change: Adaptation.Change)] = []
        for edit in edits.sorted(by: { $0.target.range.lowerBound > $1.target.range.lowerBound }) {
            guard let edited = replace(edit.target, with: edit.text, in: runs) else {
                unadapted.append(edit.query)
                continue
            }
            runs = edited
            changes.append((edit.target.range.lowerBound, .init(kind: edit.target.kind, from: edit.target.text, to: edit.text)))
        }
        return Adaptation(content: Content(runs),
                          changes: changes.sorted { $0.at < $1.at }.map(\.change),
                          unadapted: unadapted.sorted().map { queryPlaceables[$0] })
    }

    // MARK: Alignment

    private static func same(_ a: Placeable, _ b: Placeable) -> Bool { a.kind == b.kind && a.value == b.value }

    /// The differing (query, match) index pairs, and the query placeables left without a partner.
    static func align(_ query: [Placeable], _ match: [Placeable]) -> (pairs: [(Int, Int)], unpaired: [Int]) {
        let n = query.count, k = match.count
        var lcs = [[Int]](repeating: [Int](repeating: 0, count: k + 1), count: n + 1)
        for i in stride(from: n - 1, through: 0, by: -1) {
            for j in stride(from: k - 1, through: 0, by: -1) {
                lcs[i][j] = same(query[i], match[j]) ? lcs[i + 1][j + 1] + 1 : max(lcs[i + 1][j], lcs[i][j + 1])
            }
        }
        var pairs: [(Int, Int)] = [], unpaired: [Int] = []
        var gapQuery: [Int] = [], gapMatch: [Int] = []
        func closeGap() {
            for kind in Placeable.Kind.allCases {
                let qs = gapQuery.filter { query[$0].kind == kind }
                let ms = gapMatch.filter { match[$0].kind == kind }
                for (q, m) in zip(qs, ms) where !same(query[q], match[m]) { pairs.append((q, m)) }
                unpaired += qs.dropFirst(ms.count)
            }
            gapQuery = []
            gapMatch = []
        }
        var i = 0, j = 0
        while i < n || j < k {
            if i < n, j < k, same(query[i], match[j]), lcs[i][j] == lcs[i + 1][j + 1] + 1 {
                closeGap()
                i += 1
                j += 1
            } else if j == k || (i < n && lcs[i + 1][j] >= lcs[i][j + 1]) {
                gapQuery.append(i)
                i += 1
            } else {
                gapMatch.append(j)
                j += 1
            }
        }
        closeGap()
        return (pairs, unpaired)
    }

    /// For each match placeable, the translation placeable with the same kind and value, the
    /// n-th occurrence for the n-th.
    private static func counterparts(of match: [Placeable], in target: [Placeable]) -> [Int: Int] {
        var available: [String: [Int]] = [:]
        for (t, p) in target.enumerated() { available[p.kind.rawValue + " " + p.value, default: []].append(t) }
        var result: [Int: Int] = [:]
        for (m, p) in match.enumerated() {
            let key = p.kind.rawValue + " " + p.value
            if let t = available[key]?.first {
                result[m] = t
                available[key]!.removeFirst()
            }
        }
        return result
    }

    // MARK: Rendering

    /// The query's placeable `q` written over the translation's placeable `t`.
    static func render(_ q: Placeable, from source: Language, over t: Placeable, in target: Language) -> String? {
        switch q.kind {
        case .number:
            let written = PlaceableScanner(q.text, language: source).wholeNumber()
            return formatNumber(q.value, like: PlaceableScanner(t.text, language: target).wholeNumber(),
                                in: target, grouped: written?.group != nil, integer: written?.integer)
        case .date:
            return renderDate(q.value, over: t.text, in: target)
        case .reference:
            return renderReference(q, over: t.text, in: target)
        case .url, .email:
            return q.text
        }
    }

    private static func insertGroups(_ digits: String, _ separator: String) -> String {
        var out = ""
        for (k, d) in digits.enumerated() {
            if k > 0, (digits.count - k) % 3 == 0 { out += separator }
            out.append(d)
        }
        return out
    }

    /// `value` (a normalised number) written in the style of `like`. Leading zeros are the
    /// query's own (`integer`, its integer digits as written), never the translation's: "12345"
    /// over "008080" is "12345".
    static func formatNumber(_ value: String, like style: NumberParts?, in language: Language, grouped: Bool,
                             integer written: String? = nil) -> String {
        var v = Substring(value)
        let negative = v.first == "-"
        if negative { v.removeFirst() }
        let pieces = v.split(separator: ".", maxSplits: 1, omittingEmptySubsequences: false)
        var integer = String(pieces[0])
        let fraction = pieces.count > 1 ? String(pieces[1]) : nil
        let system = style?.system ?? .ascii
        if let written, written.first == "0", written.count > integer.count, written.allSatisfy(\.isASCII) {
            integer = written
        }
        let separator: String?
        if let group = style?.group {
            separator = String(group)
        } else if (style?.integer.count ?? 0) < 4, grouped {
            separator = String(NumberSeparators.preferredGroup(language, system))
        } else {
            separator = nil
        }
        var out = negative ? String(style?.minus ?? "-") : ""
        out += system.render(separator.map { insertGroups(integer, $0) } ?? integer)
        if let fraction {
            out += style?.decimal.map(String.init) ?? String(NumberSeparators.preferredDecimal(language, system))
            out += system.render(fraction)
        }
        if let suffix = style?.suffix {
            out += ordinalSuffix(for: fraction == nil ? Int(integer) : nil, was: suffix, in: language)
        }
        return out
    }

    /// The ordinal suffix for `n`, in the style of the suffix `was` it replaces.
    private static func ordinalSuffix(for n: Int?, was: String, in language: Language) -> String {
        guard let n else { return was }
        switch language {
        case .en:
            let suffix: String
            if (11...13).contains(n % 100) {
                suffix = "th"
            } else {
                suffix = [1: "st", 2: "nd", 3: "rd"][n % 10] ?? "th"
            }
            return was.first?.isUppercase == true ? suffix.uppercased() : suffix
        case .fr:
            let superscript = was.unicodeScalars.first.map { $0.value > 0x7F && $0.value != 0xE8 } ?? false
            let first = ["er", "re", "ère", "ᵉʳ", "ʳᵉ"].contains(was)
            if n == 1 { return first ? was : (superscript ? "ᵉʳ" : "er") }
            return first ? (superscript ? "ᵉ" : "e") : was
        default:
            return was
        }
    }

    private static func renderReference(_ q: Placeable, over text: String, in target: Language) -> String {
        let targetSystem = DigitSystem.first(in: text) ?? .ascii
        for (prefix, isDecision) in [("Resolution ", false), ("Decision ", true)] where q.value.hasPrefix(prefix) {
            let number = targetSystem.render(String(q.value.dropFirst(prefix.count)))
            let scanner = PlaceableScanner(text, language: target)
            if let parts = scanner.wholeReference(), parts.isDecision == isDecision {
                return scanner.text.string(0..<parts.numberRange.lowerBound) + number
                    + scanner.text.string(parts.numberRange.upperBound..<scanner.text.count)
            }
            return referencePhrase(number, isDecision: isDecision, in: target)
        }
        if q.value.unicodeScalars.allSatisfy({ $0 == "." || (0x30...0x39).contains($0.value) }) {
            return targetSystem.render(q.value)
        }
        return q.text
    }

    private static func referencePhrase(_ number: String, isDecision: Bool, in language: Language) -> String {
        switch language {
        case .en: return (isDecision ? "Decision " : "Resolution ") + number
        case .fr: return (isDecision ? "Décision " : "Résolution ") + number
        case .es: return (isDecision ? "Decisión " : "Resolución ") + number
        case .ru: return (isDecision ? "Решение " : "Резолюция ") + number
        case .ar: return (isDecision ? "المقرر " : "القرار ") + number
        case .zh: return "第" + number + (isDecision ? "号决定" : "号决议")
        }
    }

    // MARK: Dates

    /// A date value's parts: `yyyy-mm-dd`, `yyyy-mm` or `--mm-dd`.
    private static func dateParts(_ value: String) -> (year: Int?, month: Int, day: Int?)? {
        let parts = value.split(separator: "-", omittingEmptySubsequences: false).map { Int($0) }
        switch parts.count {
        case 3: return parts[0].flatMap { y in parts[1].map { (y, $0, parts[2]) } }
        case 2: return parts[0].flatMap { y in parts[1].map { (y, $0, nil) } }
        case 4: return parts[2].map { (nil, $0, parts[3]) }
        default: return nil
        }
    }

    private static func renderDate(_ value: String, over text: String, in target: Language) -> String? {
        guard let new = dateParts(value) else { return nil }
        let scanner = PlaceableScanner(text, language: target)
        let old = scanner.wholeDate()
        guard let old, (old.year != nil) == (new.year != nil), (old.day != nil) == (new.day != nil) else {
            let system = old?.day?.system ?? old?.year?.system ?? old?.monthNumber?.system ?? DigitSystem.first(in: text) ?? .ascii
            return writeDate(new, in: target, system: system, form: old?.monthName?.form)
        }
        var replacements: [(Range<Int>, String)] = []
        if let year = old.year, let y = new.year, y != year.value {
            replacements.append((year.range, year.system.render(padded(y, like: year))))
        }
        if new.month != old.month {
            if let number = old.monthNumber {
                replacements.append((number.range, number.system.render(padded(new.month, like: number))))
            } else if let name = old.monthName, let table = MonthNames.of(target) {
                replacements.append((name.range, monthName(new.month, like: name, table: table)))
            }
        }
        if let day = old.day, let d = new.day, d != day.value {
            replacements.append((day.range, dayText(d, like: day, in: target)))
        }
        var out = ""
        var position = 0
        for (range, replacement) in replacements.sorted(by: { $0.0.lowerBound < $1.0.lowerBound }) {
            out += scanner.text.string(position..<range.lowerBound) + replacement
            position = range.upperBound
        }
        return out + scanner.text.string(position..<scanner.text.count)
    }

    /// `n` with as many leading zeros as `old` had ("05" → "06", "5" → "6").
    private static func padded(_ n: Int, like old: DateField?) -> String {
        let digits = String(n)
        guard let old, old.width > String(old.value).count, digits.count < old.width else { return digits }
        return String(repeating: "0", count: old.width - digits.count) + digits
    }

    /// A day number in the style of `old`: same digits and padding; an ordinal suffix as
    /// the language writes it on days (en "2nd", fr only "1er", es only "1.º").
    private static func dayText(_ day: Int, like old: DateField?, in language: Language) -> String {
        let system = old?.system ?? .ascii
        var text = system.render(padded(day, like: old))
        switch (language, old?.suffix) {
        case (.en, let suffix?): text += ordinalSuffix(for: day, was: suffix, in: .en)
        case (.fr, let suffix?): if day == 1 { text += ordinalSuffix(for: 1, was: suffix, in: .fr) }
        case (.fr, nil): if day == 1 { text += "er" }
        case (_, let suffix?): if day == 1 { text += suffix }
        default: break
        }
        return text
    }

    /// Month `month` in the form, case and abbreviation of `old`.
    private static func monthName(_ month: Int, like old: WrittenMonth, table: MonthNames) -> String {
        var name = table.forms[old.form][month - 1]
        if old.text.hasSuffix("."), !name.hasSuffix("."), name != table.forms[0][month - 1] { name += "." }
        if !old.text.hasSuffix("."), name.hasSuffix(".") { name.removeLast() }
        let letters = old.text.filter(\.isLetter)
        if letters.count > 1, letters.allSatisfy(\.isUppercase) { return name.uppercased() }
        if letters.first?.isUppercase == true, let first = name.first {
            return first.uppercased() + name.dropFirst()
        }
        return name
    }

    /// A date written the target language's usual way, in `system` digits.
    private static func writeDate(_ date: (year: Int?, month: Int, day: Int?), in language: Language,
                                  system: DigitSystem, form: Int?) -> String {
        let year = date.year.map { system.render(String($0)) }
        let day = date.day.map { dayText($0, like: DateField(range: 0..<0, value: 0, width: 1, system: system), in: language) }
        guard let table = MonthNames.of(language) else {
            let month = system.render(String(date.month))
            return (year.map { $0 + "年" } ?? "") + month + "月" + (day.map { $0 + "日" } ?? "")
        }
        let defaultForm = language == .ru && day == nil ? 1 : 0
        let month = table.forms[language == .ru ? defaultForm : form ?? defaultForm][date.month - 1]
        let parts: [String?]
        switch language {
        case .es: parts = [day, day == nil ? nil : "de", month, year == nil ? nil : "de", year]
        case .ru: parts = [day, month, year, year == nil ? nil : "г."]
        default: parts = [day, month, year]
        }
        return parts.compactMap { $0 }.joined(separator: " ")
    }

    // MARK: Editing content

    /// `runs` with the plain-text range of `placeable` rewritten as `text`, touching only the
    /// characters that differ; nil when those are part of an inline code's text.
    static func replace(_ placeable: Placeable, with text: String, in runs: [Run]) -> [Run]? {
        let old = Array(placeable.text.unicodeScalars), new = Array(text.unicodeScalars)
        var prefix = 0
        while prefix < old.count, prefix < new.count, old[prefix] == new[prefix] { prefix += 1 }
        var suffix = 0
        while suffix < old.count - prefix, suffix < new.count - prefix,
              old[old.count - 1 - suffix] == new[new.count - 1 - suffix] { suffix += 1 }
        let width = { (scalars: ArraySlice<Unicode.Scalar>) in scalars.reduce(0) { $0 + UTF16.width($1) } }
        let lower = placeable.range.lowerBound + width(old[..<prefix])
        let upper = placeable.range.upperBound - width(old[(old.count - suffix)...])
        var middle = String.UnicodeScalarView()
        middle.append(contentsOf: new[prefix..<(new.count - suffix)])
        return replace(lower..<upper, with: String(middle), in: runs,
                       following: lower == placeable.range.lowerBound && upper < placeable.range.upperBound)
    }

    /// `runs` with the plain-text `range` replaced by `text`. An insertion (an empty range) at a
    /// boundary between runs goes with the run after it when `following`, else with the one before.
    private static func replace(_ range: Range<Int>, with text: String, in runs: [Run], following: Bool) -> [Run]? {
        var spans: [(run: Run, start: Int, end: Int)] = []
        var position = 0
        for run in runs {
            let width: Int
            switch run {
            case .text(let t): width = t.utf16.count
            case .code(let c): width = c.equiv?.utf16.count ?? 0
            }
            spans.append((run, position, position + width))
            position += width
        }
        func isCode(_ span: (run: Run, start: Int, end: Int)) -> Bool {
            if case .code = span.run { return true } else { return false }
        }
        func splice(_ t: String, start: Int, _ from: Int, _ to: Int, _ insert: String) -> Run {
            let a = String.Index(utf16Offset: from - start, in: t), b = String.Index(utf16Offset: to - start, in: t)
            return .text(String(t[..<a]) + insert + String(t[b...]))
        }

        let lo = range.lowerBound
        if range.isEmpty {
            if spans.contains(where: { isCode($0) && $0.start < lo && lo < $0.end }) { return nil }
            let after = spans.firstIndex { $0.start <= lo && lo < $0.end }
            let before = spans.lastIndex { $0.start < lo && lo <= $0.end }
            var out = runs
            switch (following ? after ?? before : before ?? after) {
            case let k? where k == after:
                if case .text(let t) = spans[k].run {
                    out[k] = splice(t, start: spans[k].start, lo, lo, text)
                } else {
                    out.insert(.text(text), at: k)
                }
            case let k?:
                if case .text(let t) = spans[k].run {
                    out[k] = splice(t, start: spans[k].start, lo, lo, text)
                } else {
                    out.insert(.text(text), at: k + 1)
                }
            case nil:
                guard lo == position else { return nil }
                out.append(.text(text))
            }
            return out
        }

        var out: [Run] = []
        var placed = false
        for span in spans {
            guard span.start < span.end, range.overlaps(span.start..<span.end) else {
                out.append(span.run)
                continue
            }
            guard case .text(let t) = span.run else { return nil }
            out.append(splice(t, start: span.start, max(lo, span.start), min(range.upperBound, span.end), placed ? "" : text))
            placed = true
        }
        return out
    }
}
