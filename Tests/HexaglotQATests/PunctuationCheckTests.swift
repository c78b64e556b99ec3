import HexaglotCore
import Testing
@testable import HexaglotQA

@Suite struct PunctuationCheckTests {
    let en = "Connect 2030: ICTs for the SDGs"

    @Test func frenchSpaces() {
        let plain = findings(PunctuationCheck.self, en, "Connect 2030 : les TIC au service des ODD", .en, .fr)
        #expect(plain.count == 1)
        #expect(plain.first?.severity == .warning)
        #expect(plain.first?.range == 12..<13)
        #expect(findings(PunctuationCheck.self, en, "Connect 2030\(nnbsp): les TIC au service des ODD", .en, .fr).isEmpty)
        #expect(findings(PunctuationCheck.self, en, "Connect 2030\(nbsp): les TIC au service des ODD", .en, .fr).isEmpty)
        #expect(findings(PunctuationCheck.self, en, "Connect 2030: les TIC au service des ODD", .en, .fr).count == 1)
        #expect(findings(PunctuationCheck.self, "the “Connect 2030 Agenda”",
                         "le «\(nnbsp)Programme Connect 2030\(nnbsp)»", .en, .fr).isEmpty)
        #expect(findings(PunctuationCheck.self, "the “Connect 2030 Agenda”",
                         "le « Programme Connect 2030 »", .en, .fr).count == 2)
        // URLs, times and "?!" are left alone.
        #expect(findings(PunctuationCheck.self, "", "Voir https://www.itu.int/fr?lang=fr à 14:30\(nnbsp)?!", .en, .fr).isEmpty)
    }

    @Test func chineseFullWidth() {
        #expect(findings(PunctuationCheck.self, en, "连通2030：信通技术助力可持续发展目标。", .en, .zh).isEmpty)
        let f = findings(PunctuationCheck.self, en, "连通2030议程,信通技术助力可持续发展目标.", .en, .zh)
        #expect(f.count == 2)
        #expect(f.first?.message.contains("，") == true)
        // Half-width after Latin or digits is fine: "ITU-T Y.3172".
        #expect(findings(PunctuationCheck.self, en, "见 ITU-T Y.3172, 2030。", .en, .zh).isEmpty)
    }

    @Test func arabicCommaAndQuestionMark() {
        #expect(findings(PunctuationCheck.self, "What is the Connect 2030 Agenda?", "ما هو برنامج التوصيل 2030؟", .en, .ar).isEmpty)
        let f = findings(PunctuationCheck.self, "What is the Connect 2030 Agenda?", "ما هو برنامج التوصيل, الاتصالات ?", .en, .ar)
        #expect(f.count == 2)
        #expect(f.last?.message.contains("؟") == true)
    }

    @Test func spanishOpeningMarks() {
        let f = findings(PunctuationCheck.self, "What is the Connect 2030 Agenda?", "Que es la Agenda Conectar 2030?", .en, .es)
        #expect(f.count == 1)
        #expect(f.first?.message.contains("¿") == true)
        #expect(findings(PunctuationCheck.self, "What is the Connect 2030 Agenda?", "¿Qué es la Agenda Conectar 2030?", .en, .es).isEmpty)
        #expect(findings(PunctuationCheck.self, "", "La Agenda se adoptó en 2018. ¡Conectemos el mundo! ¿Y después?", .en, .es).isEmpty)
        #expect(findings(PunctuationCheck.self, "", "La Agenda se adoptó en 2018. Conectemos el mundo!", .en, .es).count == 1)
    }

    @Test func englishAndRussianUnchecked() {
        #expect(findings(PunctuationCheck.self, "", "Connect 2030 : ICTs ?", .fr, .en).isEmpty)
        #expect(findings(PunctuationCheck.self, "", "Что такое «Соединим к 2030 году»?", .en, .ru).isEmpty)
    }
}

@Suite struct PunctuationAfterDigitsTests {
    @Test func halfWidthAfterDigitsInChineseAndArabicText() {
        #expect(findings(PunctuationCheck.self, "", "连通2030,信通技术", .en, .zh).count == 1)
        #expect(findings(PunctuationCheck.self, "", "التوصيل 2030, الاتصالات", .en, .ar).count == 1)
        #expect(findings(PunctuationCheck.self, "", "شارك 1,000 شخص في دبي 2018، والتوصيل 2030؟", .en, .ar).isEmpty)
    }
}
