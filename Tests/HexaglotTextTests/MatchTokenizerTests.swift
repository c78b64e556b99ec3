import Testing
@testable import HexaglotText

@Suite struct MatchTokenizerTests {
    private func words(_ text: String) -> [String] {
        MatchTokenizer.tokens(of: text).map { ($0.kind == .word ? "" : $0.kind == .number ? "#" : "!") + $0.text }
    }

    @Test func spacedLanguagesGiveWordsNumbersAndPunctuation() {
        #expect(words("L'Agenda Connect 2030 de l'UIT.") == ["l", "!'", "agenda", "connect", "#2030", "de", "l", "!'", "uit", "!."])
        #expect(words("Resolution 200 (Dubai, 2018)") == ["resolution", "#200", "!(", "dubai", "!,", "#2018", "!)"])
        #expect(words("Повестка дня «Соединим к 2030 году»") == ["повестка", "дня", "!\"", "соединим", "к", "#2030", "году", "!\""])
        #expect(words("La Agenda Conectar 2030 de la UIT, ¿verdad?") == ["la", "agenda", "conectar", "#2030", "de", "la", "uit", "!,", "!¿", "verdad", "!?"])
        #expect(words("برنامج التوصيل لعام 2030") == ["برنامج", "التوصيل", "لعام", "#2030"])
    }

    @Test func numbersKeepInnerSeparators() {
        #expect(words("2,030 units, 3.5%") == ["#2,030", "units", "!,", "#3.5", "!%"])
        #expect(words("version 7.4.") == ["version", "#7.4", "!."])
        #expect(words("G20 h2o") == ["g20", "h2o"])
    }

    @Test func chineseIsCharacterByCharacter() {
        #expect(words("国际电联的连通目标2030议程。") == ["国", "际", "电", "联", "的", "连", "通", "目", "标", "#2030", "议", "程", "!。"])
        #expect(words("第 %ROWNUMBER 行") == ["第", "!%", "rownumber", "行"])
    }

    @Test func arabicDiacriticsAndTatweelAreFolded() {
        #expect(words("الصّفّ") == words("الصف"))
        #expect(words("العـــمود") == words("العمود"))
    }

    @Test func cKeyMatchesTheDocumentedSteps() {
        let samples = [
            "L’Agenda « Connect 2030 » de l’UIT — adopté à Dubaï", "ＦＵＬＬ　ＷＩＤＴＨ ﬁle",
            "Straße  und\tTabs\n", "Повестка дня «Соединим к 2030 году» — ЦУР", "أشّر على الصّفّ ـ التّأشير",
            "取消选中「连通2030」议程", "soft\u{00AD}hyphen zero\u{200B}width", "  leading and trailing  ",
            "¿Qué es la Agenda Conectar 2030?", "`quoted´ ′prime″", "𝐁𝐨𝐥𝐝 math 𝟐𝟎𝟑𝟎", "٢٠٣٠ ۲۰۳۰",
            "ogham\u{1680}space em\u{2003}space", "мир\u{3000}世界", "«Соединим» ‹к› 2030—ЦУР",
        ]
        for s in samples {
            #expect(MatchingKey.make(s) == ReferenceKey.make(s), "\(s)")
        }
    }
}

/// The Swift implementation the C key replaced, kept as the reference it must agree with.
enum ReferenceKey {
    /// The matching key of `text`.
    static func make(_ text: String) -> String {
        let premapped = map(text)
        let folded = Normalizer.normalize(premapped, .nfkcCasefold)
        var out = String.UnicodeScalarView()
        var pendingSpace = false
        for scalar in folded.unicodeScalars {
            if isArabicMark(scalar) { continue }
            if scalar.properties.isWhitespace {
                pendingSpace = !out.isEmpty
                continue
            }
            if pendingSpace {
                out.append(" ")
                pendingSpace = false
            }
            out.append(fold(scalar))
        }
        return String(out)
    }

    private static func map(_ text: String) -> String {
        guard text.unicodeScalars.contains(where: { $0.value >= 0x60 }) else { return text }
        var out = String.UnicodeScalarView()
        for s in text.unicodeScalars { out.append(fold(s)) }
        return String(out)
    }

    private static func fold(_ s: Unicode.Scalar) -> Unicode.Scalar {
        switch s.value {
        case 0x2019, 0x2018, 0x02BC, 0x02BB, 0x0060, 0x00B4, 0x2032, 0xFF07:
            return "'"
        case 0x00AB, 0x00BB, 0x201C, 0x201D, 0x201E, 0x201F, 0x2039, 0x203A, 0x300C, 0x300D, 0x300E, 0x300F, 0x2033, 0xFF02:
            return "\""
        case 0x2010, 0x2011, 0x2012, 0x2013, 0x2014, 0x2015, 0x2212, 0xFE58, 0xFE63, 0xFF0D:
            return "-"
        default:
            return s
        }
    }

    private static func isArabicMark(_ s: Unicode.Scalar) -> Bool {
        switch s.value {
        case 0x064B...0x065F, 0x0670, 0x06D6...0x06ED, 0x0640: return true
        default: return false
        }
    }
}
