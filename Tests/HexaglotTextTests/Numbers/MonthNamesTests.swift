import HexaglotCore
import Testing
@testable import HexaglotText

@Suite struct MonthNamesTests {
    private func months(_ text: String, _ language: Language) -> [String] {
        MonthNames.values(in: text, language: language).map(\.value)
    }

    @Test func monthNamesInEachLanguage() {
        #expect(months("From 17 May to Sept. 3 and Dec 1", .en) == ["5", "9", "12"])
        #expect(months("du 17 mai au 3 sept. et en fevrier, août", .fr) == ["5", "9", "2", "8"])
        #expect(months("del 17 de mayo al 3 de setiembre", .es) == ["5", "9"])
        #expect(months("с 17 мая по май, в мае, к маю, перед маем, декабрём", .ru) == ["5", "5", "5", "5", "5", "12"])
        #expect(months("١٧ مايو و أيار/مايو وكانون الثاني ويونيه", .ar) == ["5", "5", "1", "6"])
        #expect(months("2020年5月17日", .zh).isEmpty)
    }

    @Test func abbreviationsWithOrWithoutTheirPoint() {
        #expect(months("le 3 janv 2020, le 4 déc. et en févr", .fr) == ["1", "12", "2"])
        #expect(months("Jan 3 and Feb. 4", .en) == ["1", "2"])
    }

    @Test func englishNamesAreCapitalisedAndWholeWords() {
        #expect(months("you may march in june", .en).isEmpty)
        #expect(months("Mayor Marchetti", .en).isEmpty)
    }

    @Test func everyLanguageWritesTwelveMonthsInEachForm() {
        for language in Language.allCases {
            guard let names = MonthNames.of(language) else { #expect(language == .zh); continue }
            for form in names.forms { #expect(form.count == 12, "\(language)") }
        }
        #expect(MonthNames.of(.ru)?.forms.map { $0[4] } == ["мая", "май", "мае", "маю", "маем"])
    }
}

@Suite struct DateReaderTests {
    private func date(_ text: String, _ language: Language) -> String? {
        let reader = DateReader(ScalarText(text), language: language)
        return reader.dates(at: 0).last(where: { $0.range.upperBound == reader.numbers.text.count })?.value
    }

    @Test func datesInEachLanguage() {
        #expect(date("17th of May, 2019", .en) == "2019-05-17")
        #expect(date("May 17, 2019", .en) == "2019-05-17")
        #expect(date("05/17/2019", .en) == "2019-05-17")
        #expect(date("1er mai 2019", .fr) == "2019-05-01")
        #expect(date("17.05.2019", .fr) == "2019-05-17")
        #expect(date("3 janv 2020", .fr) == "2020-01-03")
        #expect(date("17 de mayo de 2019", .es) == "2019-05-17")
        #expect(date("17 мая 2019 г.", .ru) == "2019-05-17")
        #expect(date("к маю 2019 года", .ru) == nil)
        #expect(date("маю 2019 года", .ru) == "2019-05")
        #expect(date("١٧ أيار/مايو ٢٠١٩م", .ar) == "2019-05-17")
        #expect(date("۱۷ مايو ۲۰۱۹", .ar) == "2019-05-17")
        #expect(date("2019年5月17日", .zh) == "2019-05-17")
        #expect(date("５月１７日", .zh) == "--05-17")
    }

    @Test func impossibleDaysAreNotDates() {
        #expect(date("31 April 2019", .en) == nil)
        #expect(date("30.02.2019", .fr) == nil)
        #expect(date("32 мая", .ru) == nil)
        // After a day, Russian writes the genitive only.
        #expect(date("17 май", .ru) == nil)
    }
}

@Suite struct DigitSystemTests {
    @Test func oneTableOfDigits() {
        #expect(DigitSystem.digit("7")! == (.ascii, 7))
        #expect(DigitSystem.digit("٧")! == (.arabicIndic, 7))
        #expect(DigitSystem.digit("۷")! == (.extendedArabicIndic, 7))
        #expect(DigitSystem.digit("７")! == (.fullwidth, 7))
        #expect(DigitSystem.digit("a") == nil)
        #expect(DigitSystem.digit("\u{66B}") == nil)
        #expect(DigitSystem.ascii("٢٠۳٠".unicodeScalars) == "2030")
        #expect(DigitSystem.extendedArabicIndic.render("2,030") == "۲,۰۳۰")
        #expect(DigitSystem.first(in: "في ١٧ و 5") == .arabicIndic)
        #expect(DigitSystem.isDigit(UInt16(0x06F5)))
        #expect(!DigitSystem.isDigit(UInt16(0xD83D)))
    }
}
