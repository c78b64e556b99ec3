import HexaglotCore
import HexaglotText

/// Reads the placeables of one text; the recognisers are also used by ``PlaceableAdapter``
/// to take a placeable's text apart. Numbers and dates are read by HexaglotText's
/// `NumberReader` and `DateReader`; references and addresses by the recognisers in
/// PlaceableScanner+References.swift and PlaceableScanner+Addresses.swift.
struct PlaceableScanner {
    let text: ScalarText
    let language: Language
    let numbers: NumberReader
    let dates: DateReader

    init(_ text: String, language: Language) {
        self.text = ScalarText(text)
        self.language = language
        dates = DateReader(self.text, language: language)
        numbers = dates.numbers
    }

    struct Candidate {
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
        for i in 0..<text.count { candidates += self.candidates(at: i) }
        candidates.sort {
            if $0.range.count != $1.range.count { return $0.range.count > $1.range.count }
            if $0.priority != $1.priority { return $0.priority < $1.priority }
            return $0.range.lowerBound < $1.range.lowerBound
        }
        var taken = [Bool](repeating: false, count: text.count)
        var chosen: [Candidate] = []
        for c in candidates where !c.range.contains(where: { taken[$0] }) {
            for i in c.range { taken[i] = true }
            chosen.append(c)
        }
        chosen.sort { $0.range.lowerBound < $1.range.lowerBound }
        return chosen.map {
            Placeable(kind: $0.kind, text: text.string($0.range), range: text.utf16Range($0.range), value: $0.value)
        }
    }

    private func candidates(at i: Int) -> [Candidate] {
        var found: [Candidate] = []
        let c = text.scalars[i]
        if DigitSystem.isDigit(c) || ScalarText.minusSigns.contains(c.value) {
            if let n = numbers.number(at: i) { found.append(Candidate(kind: .number, range: n.range, value: n.value)) }
            if let d = dates.dates(at: i).last { found.append(Candidate(kind: .date, range: d.range, value: d.value)) }
            if let r = sectionNumber(at: i) { found.append(r) }
        } else if c == "@" {
            if let e = email(at: i) { found.append(e) }
        } else if c.properties.isAlphabetic {
            if !text.isLetter(i - 1), let d = dates.dates(at: i).last {
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
        guard let n = numbers.number(at: 0), n.range.upperBound == text.count else { return nil }
        return n
    }

    /// The date that is the whole text, if it is one.
    func wholeDate() -> DateParts? {
        dates.dates(at: 0).last(where: { $0.range.upperBound == text.count })
    }

    /// The resolution or decision that is the whole text, if it is one.
    func wholeReference() -> ReferenceParts? {
        guard let r = reference(at: 0), r.range.upperBound == text.count else { return nil }
        return r
    }
}
