import HexaglotCore
import Testing
@testable import HexaglotText

@Suite struct NumberReaderTests {
    private func values(_ text: String, _ language: Language) -> [String] {
        NumberReader.values(in: text, language: language).map(\.value)
    }

    private func number(_ text: String, _ language: Language) -> NumberParts? {
        let reader = NumberReader(ScalarText(text), language: language)
        guard let n = reader.number(at: 0), n.range.upperBound == reader.text.count else { return nil }
        return n
    }

    @Test func groupingAndDecimalsInEachLanguage() {
        #expect(values("USD 1,000,000.50 in 2030", .en) == ["1000000.5", "2030"])
        #expect(values("1 000 000,50 CHF en 2030", .fr) == ["1000000.5", "2030"])
        #expect(values("1.000.000,50 francos en 2030", .es) == ["1000000.5", "2030"])
        #expect(values("1 000 000,50 рублей в 2030 году", .ru) == ["1000000.5", "2030"])
        #expect(values("١٬٠٠٠٬٠٠٠٫٥ فرنك في ٢٠٣٠ و1,000.5", .ar) == ["1000000.5", "2030", "1000.5"])
        #expect(values("１,０００．５ 和 1,000.5 美元", .zh) == ["1000.5", "1000.5"])
    }

    @Test func eachDigitSystemReadsAlike() {
        for text in ["2030", "٢٠٣٠", "۲۰۳۰", "２０３０"] {
            #expect(values(text, .ar) == ["2030"], "\(text)")
        }
        #expect(values("٢٠٣٠ و۲۰۳۰", .ar) == ["2030", "2030"])
        #expect(number("۱۲٬۵۰۰٫۷۵", .ar)?.system == .extendedArabicIndic)
        #expect(number("۱۲٬۵۰۰٫۷۵", .ar)?.magnitude == "12500.75")
        // One number uses one system: "2٣" is two numbers' digits, not 23.
        #expect(number("2٣", .ar) == nil)
    }

    @Test func aPointBeforeDigitsThatMakeNoGroupIsADecimalPoint() {
        #expect(values("2.030", .en) == ["2.03"])
        #expect(values("2.030", .es) == ["2030"])
        #expect(values("versión 2.5", .es) == ["2.5"])
        #expect(values("version 2.5", .fr) == ["2.5"])
        #expect(values("2,5 %", .fr) == ["2.5"])
        #expect(values("2,5", .en) == ["2", "5"])
    }

    @Test func theSpacesGroupAsOneSeparator() {
        let mixed = "1\u{A0}000 000\u{202F}000"
        #expect(values(mixed, .fr) == ["1000000000"])
        #expect(number(mixed, .fr)?.group == "\u{A0}")
        // A comma then a point are two separators: English "1,000.000" is 1000 and a decimal.
        #expect(number("1,000.000", .en)?.fraction == "000")
        // Groups are exactly three digits after a first group of one to three.
        #expect(values("2018 100", .fr) == ["2018", "100"])
        #expect(values("15 00", .fr) == ["15", "0"])
    }

    @Test func dottedSequencesAreReadPartByPart() {
        #expect(values("section 5.2.1", .en) == ["5", "2", "1"])
        #expect(values("le 17.05.2019", .fr) == ["17", "5", "2019"])
        #expect(values("1.000.000 de personas", .es) == ["1000000"])
        #expect(values("1.000.000", .en) == ["1", "0", "0"])
    }

    @Test func digitsInWordsAreNotNumbers() {
        #expect(values("G20, 5G, ICT4SDG, COVID-19, IMT-2020, the 2030s", .en).isEmpty)
        #expect(values("5G-сети и Г20", .ru).isEmpty)
        #expect(values("2018-2030", .en) == ["2018", "2030"])
        #expect(values("كوفيد-19", .ar).isEmpty)
        // Chinese and Arabic letters do not glue: "5月", "٥ مايو".
        #expect(values("5月17日", .zh) == ["5", "17"])
    }

    @Test func ordinalSuffixesOfEachLanguage() {
        #expect(number("21st", .en)?.suffix == "st")
        #expect(number("1er", .fr)?.suffix == "er")
        #expect(number("2ᵉ", .fr)?.suffix == "ᵉ")
        #expect(number("1.º", .es)?.suffix == ".º")
        #expect(number("3a", .es)?.suffix == "a")
        // Another language's suffix makes a word: "2e" in English is not a number.
        #expect(number("2e", .en) == nil)
        #expect(number("2nd", .fr) == nil)
        #expect(values("le 2e rapport", .fr) == ["2"])
    }

    @Test func signsAndValues() {
        let n = number("−0 025,50", .fr)
        #expect(n?.value == "-25.50")
        #expect(n?.magnitude == "25.5")
        #expect(n?.minus == "\u{2212}")
        // A hyphen after a letter is not a minus.
        #expect(NumberReader(ScalarText("a-5"), language: .en).number(at: 1) == nil)
        #expect(values("-5 °C", .en) == ["5"])
    }

    @Test func rangesAreUTF16OffsetsOfTheText() {
        let found = NumberReader.values(in: "𝐀 le 2 030", language: .fr)
        #expect(found.map(\.range) == [6..<11])
        #expect(found.map(\.text) == ["2 030"])
    }
}

@Suite struct ChineseNumeralsTests {
    @Test func digitByDigitAndPositional() {
        #expect(ChineseNumerals.values(in: "一百零五", strict: false).map(\.value) == ["105"])
        #expect(ChineseNumerals.values(in: "二十", strict: false).map(\.value) == ["20"])
        #expect(ChineseNumerals.values(in: "二〇三〇年", strict: true).map(\.value) == ["2030"])
        #expect(ChineseNumerals.values(in: "三万五千人", strict: false).map(\.value) == ["35000"])
        #expect(ChineseNumerals.values(in: "十七项目标", strict: true).map(\.value) == ["17"])
        #expect(ChineseNumerals.values(in: "第三次", strict: true).map(\.value) == ["3"])
    }

    @Test func strictKeepsToClearNumbers() {
        #expect(ChineseNumerals.values(in: "统一", strict: true).isEmpty)
        #expect(ChineseNumerals.values(in: "统一", strict: false).map(\.value) == ["1"])
    }

    @Test func hugeNumeralsAreNotNumbers() {
        // Beyond Int: no value, and no crash.
        #expect(ChineseNumerals.values(in: "九" + String(repeating: "亿", count: 5), strict: false).isEmpty)
        let digits = String(repeating: "九", count: 40)
        #expect(ChineseNumerals.values(in: digits, strict: true).map(\.value) == [String(repeating: "9", count: 40)])
    }
}
