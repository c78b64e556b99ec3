import HexaglotCore
import Testing
@testable import HexaglotQA

@Suite struct NumbersCheckTests {
    @Test func datesAcrossLanguages() {
        #expect(findings(NumbersCheck.self, "le 17 mai 2020", "17 May 2020", .fr, .en).isEmpty)
        let wrong = findings(NumbersCheck.self, "le 17 mai 2020", "17 May 2021", .fr, .en)
        #expect(wrong.count == 1)
        #expect(wrong.first?.message.contains("2020") == true)
        #expect(wrong.first?.severity == .error)
        #expect(wrong.first?.segment == 3)
        #expect(wrong.first?.reference == "doc.md:7")
        #expect(findings(NumbersCheck.self, "World Telecommunication and Information Society Day, 17 May 2020",
                         "اليوم العالمي للاتصالات ومجتمع المعلومات، ١٧ مايو ٢٠٢٠", .en, .ar).isEmpty)
        #expect(findings(NumbersCheck.self, "17 May 2020", "١٨ مايو ٢٠٢٠", .en, .ar).count == 1)
        #expect(findings(NumbersCheck.self, "17 de mayo de 2020", "17 мая 2020 г.", .es, .ru).isEmpty)
    }

    @Test func chineseYearsMonthsAndNumerals() {
        #expect(findings(NumbersCheck.self, "the Connect 2030 Agenda", "2030年议程", .en, .zh).isEmpty)
        #expect(findings(NumbersCheck.self, "the Connect 2030 Agenda", "二〇三〇年议程", .en, .zh).isEmpty)
        #expect(findings(NumbersCheck.self, "the 17 SDGs", "十七项可持续发展目标", .en, .zh).isEmpty)
        #expect(findings(NumbersCheck.self, "the 17 SDGs", "十六项可持续发展目标", .en, .zh).count == 1)
        // A Chinese date's month number is read from the target's month name.
        #expect(findings(NumbersCheck.self, "2020年5月17日", "17 May 2020", .zh, .en).isEmpty)
        #expect(findings(NumbersCheck.self, "2020年5月17日", "17 June 2020", .zh, .en).count == 1)
        #expect(findings(NumbersCheck.self, "二〇三〇年议程", "Programme de 2030", .zh, .fr).isEmpty)
        // "统一" is not a number in a Chinese source.
        #expect(findings(NumbersCheck.self, "统一标准", "common standards", .zh, .en).isEmpty)
    }

    @Test func groupingAndDecimalsByLocale() {
        #expect(findings(NumbersCheck.self, "2,030 participants", "2 030 participants", .en, .fr).isEmpty)
        #expect(findings(NumbersCheck.self, "2,030 participants", "2\(nnbsp)030 participants", .en, .fr).isEmpty)
        #expect(findings(NumbersCheck.self, "2,030 participants", "2.030 participantes", .en, .es).isEmpty)
        #expect(findings(NumbersCheck.self, "2,030 participants", "٢٬٠٣٠ مشاركا", .en, .ar).isEmpty)
        // French 2,030 is two and three hundredths, not 2030.
        #expect(findings(NumbersCheck.self, "2,030 participants", "2,030 participants", .en, .fr).count == 1)
        #expect(findings(NumbersCheck.self, "growth of 2.5%", "croissance de 2,5 %", .en, .fr).isEmpty)
        #expect(findings(NumbersCheck.self, "growth of 2.5%", "croissance de 2,6 %", .en, .fr).count == 1)
        #expect(findings(NumbersCheck.self, "section 5.2.1", "sección 5.2.1", .en, .es).isEmpty)
    }

    @Test func referencesAndWordsWithDigits() {
        #expect(findings(NumbersCheck.self, "Resolution 200 (Dubai, 2018)", "Résolution 200 (Dubaï, 2018)", .en, .fr).isEmpty)
        #expect(findings(NumbersCheck.self, "Resolution 200 (Dubai, 2018)", "Резолюция 200 (Дубай, 2019)", .en, .ru).count == 1)
        // Digits inside words are not numbers: 5G, IMT-2020.
        #expect(findings(NumbersCheck.self, "5G and IMT-2020", "la 5G", .en, .fr).isEmpty)
        #expect(findings(NumbersCheck.self, "the 1st of May", "le 1er mai", .en, .fr).isEmpty)
    }

    @Test func repeatedNumbersCount() {
        let f = findings(NumbersCheck.self, "2030 and 2030", "2030", .en, .fr)
        #expect(f.count == 1)
        #expect(f.first?.message.contains("twice") == true)
    }
}
