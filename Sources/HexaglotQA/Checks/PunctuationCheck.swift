import HexaglotCore
import HexaglotText

/// Punctuation follows the target language's typographic conventions.
///
/// Rules, by target language (only the target is read):
/// - **fr**: `;` `:` `!` `?` take a no-break space before them and `«` `»` one inside. The
///   narrow no-break space U+202F is preferred; the no-break space U+00A0 is accepted too (the
///   Imprimerie nationale's rule for `:` and what many word processors insert). A plain space
///   there, or no space at all, is reported. Not checked: the second mark of a run (`?!`, `!!`),
///   a mark at the very start, `:` between digits (`14:30`) or before `//` or a digit after a
///   letter-less run (URLs, times), and `?` `!` right after a closing bracket or quotation mark.
/// - **zh**: half-width `,` `;` `:` `!` `?` `.` whose nearest letter before them (digits, spaces and
///   punctuation skipped) is a Han character should be full-width `，` `；` `：` `！` `？` `。`
///   ("连通2030," is reported; "ITU-T Y.3172, 2030" is not).
/// - **ar**: likewise `,` `;` `?` after Arabic text should be the Arabic `،` U+060C, `؛` U+061B
///   and `؟` U+061F.
/// - zh and ar: a `.` `:` `,` with a digit or Latin letter on both sides is part of a number,
///   version, address or time ("1,000", "Y.3172", "14:30") and left alone.
/// - **es**: a sentence ending with `?` or `!` must open with `¿` or `¡` (either opener is
///   accepted for either closer, as in "¿Qué dices!"); the sentence starts after the previous
///   `.` `!` `?` `…` `:` `;` or line break, or at the start of the segment.
/// - **en, ru**: nothing.
///
/// Each finding names the character and its offset; all are warnings.
public struct PunctuationCheck: QACheck {
    public static let id = "punctuation"
    public static let severity = QASeverity.warning
    public static let summary = "Punctuation follows the target language: French spaces, Chinese full-width, Arabic ، ؟, Spanish ¿ ¡"

    public init() {}

    public func check(_ pair: QAPair) -> [QAFinding] {
        let text = pair.target.plainText
        let scalars = Array(text.unicodeScalars)
        var offsets: [Int] = []
        var o = 0
        for s in scalars { offsets.append(o); o += s.utf16.count }
        offsets.append(o)
        func at(_ i: Int) -> Range<Int> { offsets[i]..<offsets[i + 1] }
        switch pair.targetLanguage {
        case .fr: return french(pair, scalars, at)
        case .zh: return chinese(pair, scalars, at)
        case .ar: return arabic(pair, scalars, at)
        case .es: return spanish(pair, scalars, at)
        case .en, .ru: return []
        }
    }

    private static let noBreak: Set<Unicode.Scalar> = ["\u{202F}", "\u{A0}"]

    private func french(_ pair: QAPair, _ s: [Unicode.Scalar], _ at: (Int) -> Range<Int>) -> [QAFinding] {
        var findings: [QAFinding] = []
        let n = s.count
        for i in 0..<n {
            let c = s[i]
            switch c {
            case ";", ":", "!", "?":
                guard i > 0 else { continue }
                let prev = s[i - 1]
                if ";:!?".unicodeScalars.contains(prev) { continue }
                if c == ":" {
                    if i + 1 < n, s[i + 1] == "/" { continue }  // https://
                    if DigitSystem.isDigit(prev), i + 1 < n, DigitSystem.isDigit(s[i + 1]) { continue }
                }
                if (c == "?" || c == "!" || c == ";") && (prev == ")" || prev == "]") { continue }
                // A "?" inside a URL or query string: no space after and a letter before.
                if c == "?", i + 1 < n, !s[i + 1].properties.isWhitespace, s[i + 1] != "»", !";:!?\"”’)".unicodeScalars.contains(s[i + 1]) { continue }
                if Self.noBreak.contains(prev) { continue }
                if prev == " " || prev == "\t" {
                    findings.append(finding(pair, "A plain space before “\(c)”: French uses a narrow no-break space (U+202F)", range: at(i - 1)))
                } else if prev.properties.isWhitespace {
                    continue
                } else {
                    findings.append(finding(pair, "No space before “\(c)”: French puts a narrow no-break space (U+202F) before it", range: at(i)))
                }
            case "«":
                guard i + 1 < n else { continue }
                let next = s[i + 1]
                if Self.noBreak.contains(next) { continue }
                if next == " " {
                    findings.append(finding(pair, "A plain space after “«”: French uses a narrow no-break space (U+202F)", range: at(i + 1)))
                } else {
                    findings.append(finding(pair, "No space after “«”: French puts a narrow no-break space (U+202F) inside guillemets", range: at(i)))
                }
            case "»":
                guard i > 0 else { continue }
                let prev = s[i - 1]
                if Self.noBreak.contains(prev) { continue }
                if prev == " " {
                    findings.append(finding(pair, "A plain space before “»”: French uses a narrow no-break space (U+202F)", range: at(i - 1)))
                } else {
                    findings.append(finding(pair, "No space before “»”: French puts a narrow no-break space (U+202F) inside guillemets", range: at(i)))
                }
            default: continue
            }
        }
        return findings
    }

    private static let fullWidth: [Unicode.Scalar: Unicode.Scalar] = [",": "，", ";": "；", ":": "：", "!": "！", "?": "？", ".": "。"]

    private func chinese(_ pair: QAPair, _ s: [Unicode.Scalar], _ at: (Int) -> Range<Int>) -> [QAFinding] {
        var findings: [QAFinding] = []
        for i in s.indices {
            guard let wide = Self.fullWidth[s[i]], Self.previousLetter(s, before: i)?.isHan == true else { continue }
            if Self.insideNumberOrWord(s, i) { continue }
            findings.append(finding(pair, "Half-width “\(s[i])” in Chinese text: use the full-width “\(wide)”", range: at(i)))
        }
        return findings
    }

    /// The nearest letter before `i`, skipping digits, spaces and other punctuation.
    static func previousLetter(_ s: [Unicode.Scalar], before i: Int) -> Unicode.Scalar? {
        var j = i - 1
        while j >= 0 {
            if s[j].properties.isAlphabetic { return s[j] }
            j -= 1
        }
        return nil
    }

    /// A `.` `:` `,` inside a number, a version, an address or a time ("1,000", "Y.3172", "14:30").
    static func insideNumberOrWord(_ s: [Unicode.Scalar], _ i: Int) -> Bool {
        guard ".:,".unicodeScalars.contains(s[i]), i > 0, i + 1 < s.count else { return false }
        let before = s[i - 1], after = s[i + 1]
        let isASCIIish: (Unicode.Scalar) -> Bool = { DigitSystem.isDigit($0) || ScalarText.isWordLetter($0) }
        return isASCIIish(before) && isASCIIish(after)
    }

    private static let arabicForm: [Unicode.Scalar: Unicode.Scalar] = [",": "\u{060C}", ";": "\u{061B}", "?": "\u{061F}"]

    private func arabic(_ pair: QAPair, _ s: [Unicode.Scalar], _ at: (Int) -> Range<Int>) -> [QAFinding] {
        var findings: [QAFinding] = []
        for i in s.indices {
            guard let arabic = Self.arabicForm[s[i]], Self.previousLetter(s, before: i)?.isArabicLetter == true,
                  !Self.insideNumberOrWord(s, i) else { continue }
            findings.append(finding(pair, "Latin “\(s[i])” in Arabic text: use the Arabic “\(arabic)” (\(arabic.codePoint))", range: at(i)))
        }
        return findings
    }

    private func spanish(_ pair: QAPair, _ s: [Unicode.Scalar], _ at: (Int) -> Range<Int>) -> [QAFinding] {
        var findings: [QAFinding] = []
        var opened = false
        for i in s.indices {
            let c = s[i]
            switch c {
            case "¿", "¡": opened = true
            case "?", "!":
                if i > 0, s[i - 1] == "?" || s[i - 1] == "!" { continue }
                if !opened {
                    let opener = c == "?" ? "¿" : "¡"
                    let kind = c == "?" ? "question" : "exclamation"
                    findings.append(finding(pair, "A \(kind) ending with “\(c)” has no opening “\(opener)”", range: at(i)))
                }
                opened = false
            case ".", "…", ":", ";", "\n", "\u{2029}":
                if c == ".", i + 1 < s.count, DigitSystem.isDigit(s[i + 1]) { continue }
                opened = false
            default: continue
            }
        }
        return findings
    }
}
