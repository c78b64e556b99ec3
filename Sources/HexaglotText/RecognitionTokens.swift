import HexaglotCore

/// One token of a text or a term as ``TermRecognizer`` reads it, with its place in the text.
struct RecognitionToken {
    enum Kind { case word, number, punctuation }

    var kind: Kind
    /// UTF-16 offsets in the text.
    var range: Range<Int>
    /// The token as written.
    var text: String
}

/// Splits text into the tokens that term recognition compares.
///
/// A word is a run of letters, marks and digits (with format characters such as ZWNJ or a
/// soft hyphen inside it), so `ICT4SDG` is one word; each Han, Hiragana or Katakana
/// character is a word of its own. A number is a run of digits, with `.` or `,` between
/// digits. White space separates. Hyphens, dashes, quotation marks and apostrophes are
/// ignored (after elision, below), so `Secretary-General` = `Secretary General` and
/// `«Соединим»` = `"Соединим"`. Any other character is a punctuation token, which must match
/// exactly. French elision: `l'`, `d'`, `qu'`… (any apostrophe) directly before a word are
/// dropped (`l'Union` reads `Union`). English possessive: an `s` directly after a word and an
/// apostrophe is dropped (`ITU's` reads `ITU`).
enum RecognitionTokenizer {
    static let frenchElided: Set<String> = ["l", "d", "j", "m", "n", "s", "t", "c", "qu", "jusqu", "lorsqu", "puisqu", "quoiqu", "presqu"]

    static func tokens(of text: String, language: Language) -> [RecognitionToken] {
        enum Raw { case token(RecognitionToken), apostrophe(Range<Int>) }
        var raws: [Raw] = []
        var start = -1, startIndex = text.unicodeScalars.startIndex
        var isNumber = true
        var offset = 0
        let scalars = text.unicodeScalars
        var prevScalar: Unicode.Scalar? = nil

        func close(at end: Int, _ endIndex: String.UnicodeScalarView.Index) {
            guard start >= 0 else { return }
            raws.append(.token(RecognitionToken(kind: isNumber ? .number : .word, range: start..<end,
                                                text: String(scalars[startIndex..<endIndex]))))
            start = -1
        }

        var i = scalars.startIndex
        while i < scalars.endIndex {
            let s = scalars[i]
            let width = s.utf16.count
            let next = scalars.index(after: i)
            let cls = charClass(s)
            switch cls {
            case .han:
                close(at: offset, i)
                raws.append(.token(RecognitionToken(kind: .word, range: offset..<offset + width, text: String(s))))
            case .letter, .digit:
                if start < 0 { start = offset; startIndex = i; isNumber = true }
                if cls == .letter { isNumber = false }
            case .format:
                break // inside a word it stays in the word's text; elsewhere it is nothing
            case .numberSeparator where start >= 0 && prevScalar.map({ charClass($0) == .digit }) == true
                && next < scalars.endIndex && charClass(scalars[next]) == .digit:
                break
            default:
                close(at: offset, i)
                switch cls {
                case .space, .ignorable: break
                case .apostrophe: raws.append(.apostrophe(offset..<offset + width))
                default:
                    raws.append(.token(RecognitionToken(kind: .punctuation, range: offset..<offset + width, text: String(s))))
                }
            }
            prevScalar = s
            offset += width
            i = next
        }
        close(at: offset, scalars.endIndex)

        // Elision and possessives, then apostrophes go.
        var out: [RecognitionToken] = []
        out.reserveCapacity(raws.count)
        for (k, raw) in raws.enumerated() {
            guard case .token(let t) = raw else { continue }
            if language == .fr, t.kind == .word, k + 2 < raws.count,
               case .apostrophe(let a) = raws[k + 1], a.lowerBound == t.range.upperBound,
               case .token(let w) = raws[k + 2], w.kind != .punctuation, w.range.lowerBound == a.upperBound,
               frenchElided.contains(MatchingKey.make(t.text)) {
                continue
            }
            if language == .en, t.kind == .word, k >= 2, case .apostrophe(let a) = raws[k - 1],
               a.upperBound == t.range.lowerBound, case .token(let w) = raws[k - 2], w.kind != .punctuation,
               w.range.upperBound == a.lowerBound, t.text == "s" || t.text == "S" {
                continue
            }
            out.append(t)
        }
        return out
    }

    enum CharClass { case letter, digit, han, format, space, apostrophe, ignorable, numberSeparator, other }

    static func charClass(_ s: Unicode.Scalar) -> CharClass {
        let v = s.value
        if v < 0x80 {
            switch v {
            case 0x30...0x39: return .digit
            case 0x41...0x5A, 0x61...0x7A: return .letter
            case 0x20, 0x09...0x0D: return .space
            case 0x27, 0x60: return .apostrophe
            case 0x22, 0x2D: return .ignorable
            case 0x2C, 0x2E: return .numberSeparator
            default: return .other
            }
        }
        switch v {
        case 0x2019, 0x2018, 0x02BC, 0x02BB, 0x00B4, 0x2032, 0xFF07: return .apostrophe
        case 0x00AB, 0x00BB, 0x201C, 0x201D, 0x201E, 0x201F, 0x2039, 0x203A, 0x300C...0x300F, 0x2033, 0xFF02,
             0x2010...0x2015, 0x2212, 0xFE58, 0xFE63, 0xFF0D:
            return .ignorable
        case 0x2E80...0x2FDF, 0x3005...0x3007, 0x3021...0x3029, 0x3038...0x303B, 0x3040...0x30FF,
             0x3400...0x4DBF, 0x4E00...0x9FFF, 0xF900...0xFAFF, 0x20000...0x3FFFF:
            return .han
        default: break
        }
        if s.properties.isWhitespace { return .space }
        switch s.properties.generalCategory {
        case .uppercaseLetter, .lowercaseLetter, .titlecaseLetter, .modifierLetter, .otherLetter,
             .nonspacingMark, .spacingMark, .enclosingMark:
            return .letter
        case .decimalNumber: return .digit
        case .format: return .format
        default: return .other
        }
    }
}
