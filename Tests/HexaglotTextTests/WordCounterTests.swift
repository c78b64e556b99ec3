import HexaglotCore
import Testing
@testable import HexaglotText

@Suite struct WordCounterTests {
    @Test func frenchElisionHyphensAndSlashes() {
        let text = "L'UIT et l’ONUDI organiseront aujourd'hui la séance CL-19/73 pour 2020-2023, socio-économiques."
        #expect(WordCounter.tokens(in: text, language: .fr).map(String.init) == [
            "L'", "UIT", "et", "l’", "ONUDI", "organiseront", "aujourd'hui", "la", "séance", "CL-19", "73",
            "pour", "2020-2023", "socio-économiques",
        ])
        #expect(WordCounter.count(text, language: .fr) == 14)
        // Elision splits only in French.
        #expect(WordCounter.count("L'UIT", language: .en) == 1)
    }

    @Test func numbersInEachLanguagesStyle() {
        #expect(WordCounter.tokens(in: "Le montant: 1 000,50 CHF et 15 000 participants en 2018 100 fois; 3,5 %.", language: .fr).map(String.init)
            == ["Le", "montant", "1 000,50", "CHF", "et", "15 000", "participants", "en", "2018", "100", "fois", "3,5"])
        #expect(WordCounter.count("USD 1,000.50 and 3.5 or 1.000,50 at 10.30", language: .en) == 8)
        #expect(WordCounter.count("Бюджет 1\u{00A0}000\u{00A0}000 руб.", language: .ru) == 3)
        #expect(WordCounter.count("اعتمد المؤتمر ٣٫٥ و١٬٠٠٠ مشارك.", language: .ar) == 5)
    }

    @Test func urlsAndEmailsAreOneWord() {
        let text = "ITU's e-mail: strategy@itu.int, see https://itu.int/ICT4SDG or www.itu.int/fr."
        #expect(WordCounter.tokens(in: text, language: .en).map(String.init)
            == ["ITU's", "e-mail", "strategy@itu.int", "see", "https://itu.int/ICT4SDG", "or", "www.itu.int/fr"])
        #expect(WordCounter.count(text, language: .en) == 7)
    }

    @Test func chineseCountsByCharacter() {
        let text = "国际电信联盟（国际电联）于2020年5月17日庆祝世界电信和信息社会日。"
        // 6 + 4 + 1 + "2020" + 年 + "5" + 月 + "17" + 日 + 12 = 29
        #expect(WordCounter.count(text, language: .zh) == 29)
        let tokens = WordCounter.tokens(in: text, language: .zh)
        #expect(tokens.contains("2020"))
        #expect(!tokens.contains { $0.contains("（") || $0.contains("。") })
        #expect(WordCounter.count("5G网络和ICT4SDG。", language: .zh) == 5)
        // Han counts by character in any language's text.
        #expect(WordCounter.count("The ITU (国际电联) met.", language: .en) == 7)
        #expect(WordCounter.count("ひらがなカタカナ한국", language: .zh) == 10)
    }

    @Test func russianSpanishAndArabicSentences() {
        #expect(WordCounter.count("Программа «Connect 2030», т. е. 1 000 участников.", language: .ru) == 7)
        #expect(WordCounter.count("¿Qué es la CMSI? ¡Es la Cumbre!", language: .es) == 7)
        #expect(WordCounter.count("يستند برنامج التوصيل إلى القرار 200 (المراجَع في دبي، 2018).", language: .ar) == 10)
    }

    @Test func emptyAndPunctuationOnly() {
        #expect(WordCounter.count("", language: .fr) == 0)
        #expect(WordCounter.count(" … — « » ; ! ", language: .fr) == 0)
        #expect(WordCounter.tokens(in: "  ", language: .zh).isEmpty)
    }

    /// Regression: the counter's digit table lacked Extended Arabic-Indic U+06F0–06F9.
    @Test func everyDigitSystemCountsLikeASCII() {
        for year in ["2030", "٢٠٣٠", "۲۰۳۰"] {
            #expect(WordCounter.count(year, language: .ar) == 1, "\(year)")
            #expect(WordCounter.tokens(in: "عام \(year).", language: .ar).map(String.init) == ["عام", year])
        }
        // Grouped with a space, as in French or Russian text: one number in each system.
        for grouped in ["15 000", "١٥ ٠٠٠", "۱۵ ۰۰۰"] {
            #expect(WordCounter.count("Budget : \(grouped) CHF", language: .fr) == 3, "\(grouped)")
        }
        #expect(WordCounter.count("В 2030 и ۲۰۳۰ году", language: .ru) == 5)
        #expect(WordCounter.count("En 2030 y ۲۰۳۰", language: .es) == 4)
        #expect(WordCounter.count("In 2030 and ۲۰۳۰", language: .en) == 4)
        #expect(WordCounter.count("2030年和۲۰۳۰年", language: .zh) == 5)
    }
}
