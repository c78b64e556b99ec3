import HexaglotCore
import Testing
@testable import HexaglotQA

/// Numbers in the target that the source does not have (issue 9, section 4).
@Suite struct NumbersCheckExtraTests {
    func extra(_ source: String, _ target: String, _ sl: Language, _ tl: Language) -> [QAFinding] {
        findings(NumbersCheck.self, source, target, sl, tl)
    }

    @Test func aYearLeftByAFuzzyMatchIsReportedWhereItIs() {
        let target = "La campagne a été lancée en décembre 2020 par l'UIT."
        let f = extra("The campaign was launched in December by ITU.", target, .en, .fr)
        #expect(f.count == 1)
        #expect(f.first?.severity == .error)
        #expect(f.first?.message == "The number 2020 of the target is not in the source")
        let range = f.first?.range
        #expect(range.map { String(decoding: Array(target.utf16)[$0], as: UTF16.self) } == "2020")
        #expect(f.first?.side == .target)
    }

    @Test func extraNumbersInEveryDigitSystem() {
        #expect(extra("the Agenda for Sustainable Development", "Повестка дня на период до 2030 года", .en, .ru).count == 1)
        #expect(extra("the Agenda for Sustainable Development", "خطة التنمية المستدامة لعام ٢٠٣٠", .en, .ar).first?.message.contains("٢٠٣٠") == true)
        #expect(extra("the Agenda for Sustainable Development", "２０３０年可持续发展议程", .en, .zh).count == 1)
        #expect(extra("the Agenda for Sustainable Development", "二〇三〇年可持续发展议程", .en, .zh).count == 1)
        #expect(extra("la Agenda para el Desarrollo Sostenible", "the 2.030 Agenda", .es, .en).count == 1)
        #expect(extra("el documento", "le document 1 234", .es, .fr).first?.message.contains("1234") == true)
    }

    @Test func aChangedNumberIsOneFindingAtTheTargetNumber() {
        let target = "17 May 2021"
        let f = extra("le 17 mai 2020", target, .fr, .en)
        #expect(f.count == 1)
        #expect(f.first?.message == "The number 2020 of the source is 2021 in the target")
        #expect(f.first?.range.map { String(decoding: Array(target.utf16)[$0], as: UTF16.self) } == "2021")
    }

    @Test func whatATranslationLegitimatelyRewritesIsNotExtra() {
        // Dates with month names or month numbers, in any language.
        #expect(extra("by 17 May 2019", "до 17 мая 2019 г.", .en, .ru).isEmpty)
        #expect(extra("le 17 mai 2019", "17.05.2019", .fr, .es).isEmpty)
        #expect(extra("Geneva, 24 December 2019", "2019年12月24日，日内瓦", .en, .zh).isEmpty)
        #expect(extra("Genève, le 24 décembre 2019", "جنيف، ٢٤ ديسمبر ٢٠١٩", .fr, .ar).isEmpty)
        #expect(extra("el 17 de mayo", "17/5", .es, .en).isEmpty)
        // Numbers spelt out in the source, cardinal or ordinal.
        #expect(extra("the second edition", "la 2e édition", .en, .fr).isEmpty)
        #expect(extra("three dimensions of sustainable development", "3 измерения устойчивого развития", .en, .ru).isEmpty)
        #expect(extra("la tercera reunión", "the 3rd meeting", .es, .en).isEmpty)
        #expect(extra("во второй части", "dans la 2e partie", .ru, .fr).isEmpty)
        #expect(extra("dix-sept objectifs", "17 goals", .fr, .en).isEmpty)
        #expect(extra("الاجتماع الثاني", "the 2nd meeting", .ar, .en).isEmpty)
        #expect(extra("十七个目标", "17 goals", .zh, .en).isEmpty)
        #expect(extra("more than a thousand participants", "plus de 1000 participants", .en, .fr).isEmpty)
        #expect(extra("более тысячи участников", "more than 1,000 participants", .ru, .en).isEmpty)
        // Times, a telephone number grouped another way, a repeated year, Chinese "a".
        #expect(extra("at 3 p.m. Geneva time", "à 15 h 00, heure de Genève", .en, .fr).isEmpty)
        #expect(extra("Tel.: +41 22 730 5111", "Tél.: +41 22 730 51 11", .en, .fr).isEmpty)
        #expect(extra("Tél.: +41 22 730 5111", "Tel.: +41 22 730 5111", .fr, .en).isEmpty)
        #expect(extra("le 17.05.2019", "17/05/2019", .fr, .ru).isEmpty)
        #expect(extra("Connect 2030", "Повестка дня «Соединим к 2030 году» на период до 2030 года", .en, .ru).isEmpty)
        #expect(extra("a campaign for the Goals", "一个促进目标的宣传活动", .en, .zh).isEmpty)
    }

    /// The other way round: a number of the source spelt out in the target is not missing.
    @Test func numbersSpeltOutInTheTargetAreNotMissing() {
        #expect(extra("the 3 pillars", "les trois piliers", .en, .fr).isEmpty)
        #expect(extra("the 2nd meeting", "второе совещание", .en, .ru).isEmpty)
        #expect(extra("la 1.ª reunión", "the first meeting", .es, .en).isEmpty)
        #expect(extra("the 3 pillars", "les quatre piliers", .en, .fr).count == 1)
    }

    @Test func spelledNumbersDoNotHideOtherValues() {
        #expect(extra("the second edition", "la 3e édition", .en, .fr).count == 1)
        #expect(extra("three dimensions", "4 измерения", .en, .ru).count == 1)
        #expect(extra("at 3 p.m.", "à 16 h", .en, .fr).count == 1)
        // A telephone number with one digit changed is still wrong.
        #expect(!extra("Tel.: +41 22 730 5111", "Tél.: +41 22 730 5112", .en, .fr).isEmpty)
        // A number is not excused because its digits appear inside another one.
        #expect(extra("17 May 2020", "18 May 2017", .en, .fr).map(\.message) == ["The number 17 of the source is 18 in the target", "The number 2020 of the source is 2017 in the target"])
    }
}
