import HexaglotCore
import HexaglotText

/// Document symbols, ITU Recommendations, section numbers, resolutions and decisions.
extension PlaceableScanner {
    /// Three or more digit groups joined by points ("5.2.1"), unless they make a grouped number.
    func sectionNumber(at i: Int) -> Candidate? {
        guard let (range, parts) = numbers.dottedSequence(at: i) else { return nil }
        return Candidate(kind: .reference, range: range, value: parts.joined(separator: "."))
    }

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
        guard !text.isLetter(i - 1) else { return nil }
        for (w, isDecision) in Self.referenceWords[language]! {
            guard let end = text.word(w, at: i) else { continue }
            var j = text.skipSpaces(end)
            guard j > end || w.last == "." else { continue }
            for mark in Self.numberMarks {
                if let m = text.word(mark, at: j) {
                    j = text.skipSpaces(m)
                    break
                }
            }
            guard let run = text.digitRun(at: j), run.ascii.count <= 6, !text.isWordLetter(run.end), !text.isDigit(run.end) else { continue }
            return ReferenceParts(range: i..<run.end, numberRange: j..<run.end, number: Int(run.ascii)!,
                                  system: run.system, isDecision: isDecision)
        }
        return nil
    }

    private func chineseReference(at i: Int) -> ReferenceParts? {
        guard text.at(i) == "第" else { return nil }
        let j = text.skipSpaces(i + 1)
        guard let run = text.digitRun(at: j), run.ascii.count <= 6 else { return nil }
        let k = text.skipSpaces(run.end)
        guard let mark = text.at(k), mark == "号" || mark == "號" else { return nil }
        let w = text.skipSpaces(k + 1)
        let isDecision: Bool
        if text.matches(Array("决议".unicodeScalars), at: w) || text.matches(Array("決議".unicodeScalars), at: w) {
            isDecision = false
        } else if text.matches(Array("决定".unicodeScalars), at: w) || text.matches(Array("決定".unicodeScalars), at: w) {
            isDecision = true
        } else {
            return nil
        }
        return ReferenceParts(range: i..<(w + 2), numberRange: j..<run.end, number: Int(run.ascii)!,
                              system: run.system, isDecision: isDecision)
    }

    func symbol(at i: Int) -> Candidate? {
        guard text.isASCIIUpper(i), !text.isASCIIAlnum(i - 1), !(text.at(i - 1).map { "/.".unicodeScalars.contains($0) || ScalarText.hyphens.contains($0.value) } ?? false)
        else { return nil }
        var j = i + 1
        while text.isASCIIUpper(j) || text.isDigit(j) && text.scalars[j].isASCII { j += 1 }
        var value = text.string(i..<j)
        var hasSlash = false, hasDigit = value.unicodeScalars.contains { (0x30...0x39).contains($0.value) }
        while let sep = text.at(j), sep == "/" || sep == "." || ScalarText.hyphens.contains(sep.value) {
            var k = j + 1
            while text.isASCIIAlnum(k) { k += 1 }
            guard k > j + 1 else { break }
            let segment = text.string((j + 1)..<k)
            if sep == "/" { hasSlash = true }
            if segment.unicodeScalars.contains(where: { (0x30...0x39).contains($0.value) }) { hasDigit = true }
            value += (ScalarText.hyphens.contains(sep.value) ? "-" : String(sep)) + segment
            j = k
        }
        guard hasSlash, hasDigit, !text.isLetter(j), !text.isDigit(j) else { return nil }
        return Candidate(kind: .reference, range: i..<j, value: value)
    }

    func recommendation(at i: Int) -> Candidate? {
        guard text.isASCIIUpper(i), !text.isWordLetter(i - 1), !text.isDigit(i - 1), text.at(i - 1) != ".", text.at(i + 1) == ".",
              let first = text.digitRun(at: i + 2), first.system == .ascii else { return nil }
        var j = first.end
        while text.at(j) == ".", let g = text.digitRun(at: j + 1), g.system == .ascii { j = g.end }
        if text.at(j) == "-", let revision = text.digitRun(at: j + 1), revision.system == .ascii, !text.isLetter(revision.end) {
            j = revision.end
        }
        guard !text.isLetter(j), !text.isDigit(j) else { return nil }
        return Candidate(kind: .reference, range: i..<j, value: text.string(i..<j))
    }
}
