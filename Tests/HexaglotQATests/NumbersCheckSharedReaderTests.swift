import HexaglotCore
import Testing
@testable import HexaglotQA

/// The numbers check reads through HexaglotText's one number, month and digit reader
/// (issue 10, item 5): what the placeable finder reads, the check reads alike.
@Suite struct NumbersCheckSharedReaderTests {
    private func check(_ source: String, _ target: String, _ sl: Language, _ tl: Language) -> [String] {
        findings(NumbersCheck.self, source, target, sl, tl).map(\.message)
    }

    @Test func extendedArabicIndicDigitsInEveryDirection() {
        #expect(check("Connect 2030", "ربط ۲۰۳۰", .en, .ar).isEmpty)
        #expect(check("ربط ۲۰۳۰ و١٬٥٠٠ مشارك", "Connect 2030, 1 500 participants", .ar, .fr).isEmpty)
        #expect(check("ربط ۲۰۳۰", "Соединим к 2031 году", .ar, .ru) == ["The number “۲۰۳۰” (2030) of the source is 2031 in the target"])
        #expect(check("2030年议程", "Agenda ۲۰۳۰", .zh, .es).isEmpty)
    }

    @Test func monthsInEveryCaseAndAbbreviation() {
        #expect(check("le rapport du 3 janv 2020", "the report of 3 January 2020", .fr, .en).isEmpty)
        #expect(check("by May 2021", "к маю 2021 года", .en, .ru).isEmpty)
        #expect(check("by 5/2021", "к маю 2021 года", .en, .ru).isEmpty)
        #expect(check("in 5/2021", "en mayo de 2021", .en, .es).isEmpty)
        #expect(check("in 5/2021", "في أيار/مايو 2021", .en, .ar).isEmpty)
        #expect(check("in 5/2021", "2021年5月", .en, .zh).isEmpty)
    }

    @Test func digitsAfterAWordAndAHyphenAreAWordInEveryScript() {
        // "كوفيد-19" is the word COVID-19, as "COVID-19" is: neither side has the number 19.
        #expect(check("جائحة كوفيد-19", "the COVID-19 pandemic", .ar, .en).isEmpty)
        #expect(check("пандемия COVID-19", "la pandemia de COVID-19", .ru, .es).isEmpty)
    }

    @Test func ordinalSuffixesAreTheTargetLanguages() {
        #expect(check("the 2nd meeting", "la 2e réunion", .en, .fr).isEmpty)
        #expect(check("the 2nd meeting", "la 2.ª reunión", .en, .es).isEmpty)
        #expect(check("the 2nd meeting", "la 2a reunión", .en, .es).isEmpty)
        #expect(check("la 1re réunion", "the 1st meeting", .fr, .en).isEmpty)
    }

    @Test func groupsMayMixTheSpaces() {
        #expect(check("1,000,000 people", "1\u{A0}000 000 personnes", .en, .fr).isEmpty)
        #expect(check("1,000,000 people", "1 000\u{202F}000 человек", .en, .ru).isEmpty)
    }
}
