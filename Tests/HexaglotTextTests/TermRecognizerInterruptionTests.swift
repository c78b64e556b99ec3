import HexaglotCore
import Testing
@testable import HexaglotText

/// Terms interrupted by a parenthesised acronym, Russian dependent genitives inside a term,
/// the glossary's matching flags, and Arabic and Chinese terms of the demo glossary in running text.
@Suite struct TermRecognizerInterruptionTests {
    let r = ConnectGlossary.recognizer

    func found(_ text: String, _ language: Language, with recognizer: TermRecognizer? = nil) -> [String] {
        (recognizer ?? r).find(in: text, language: language).map { "\($0.conceptID.replacingOccurrences(of: "c2030-", with: "")):\($0.matched)" }
    }

    /// "ICT for development", a concept whose full forms are often written with the acronym in parentheses.
    static let ict4d = TermRecognizer(entries: [GlossaryEntry(id: "ict4d", terms: [
        .init(language: .en, text: "information and communication technology for development"),
        .init(language: .fr, text: "technologies de l'information et de la communication pour le développement"),
        .init(language: .es, text: "tecnologías de la información y la comunicación para el desarrollo"),
        .init(language: .ru, text: "информационно-коммуникационные технологии для развития"),
        .init(language: .ar, text: "تكنولوجيا المعلومات والاتصالات من أجل التنمية"),
        .init(language: .zh, text: "信息通信技术促进发展"),
        .init(language: .en, text: "ICT for Development Index", matching: .wholePhrase),
    ])])

    @Test func aParenthesisedAcronymMayInterruptATerm() {
        #expect(found("I have the honour to provide you with an update on our ICTs for SDGs (ICT4SDG) campaign, which promotes ICTs", .en)
            .contains("030:ICTs for SDGs (ICT4SDG) campaign"))
        // The campaign's descriptive names, followed or interrupted by its name in parentheses.
        #expect(found("о нашей кампании «ИКТ для ЦУР» (ICT4SDG), которая", .ru).first == "030:кампании «ИКТ для ЦУР»")
        #expect(found("la campaña sobre las TIC para los ODS (ICT4SDG)", .es).first == "030:campaña sobre las TIC para los ODS")
        #expect(found("我们的信息通信技术促进可持续发展目标（ICT4SDG）宣传活动", .zh).first == "030:信息通信技术促进可持续发展目标（ICT4SDG）宣传活动")
        #expect(found("حملة تكنولوجيا المعلومات والاتصالات (ICT) من أجل أهداف التنمية المستدامة", .ar).first?.hasPrefix("030:") == true)
        let d = Self.ict4d
        #expect(found("the use of information and communication technologies (ICTs) for development", .en, with: d)
            == ["ict4d:information and communication technologies (ICTs) for development"])
        #expect(found("les technologies de l'information et de la communication (TIC) pour le développement", .fr, with: d)
            == ["ict4d:technologies de l'information et de la communication (TIC) pour le développement"])
        #expect(found("las tecnologías de la información y la comunicación (TIC) para el desarrollo", .es, with: d).count == 1)
        #expect(found("использование информационно-коммуникационных технологий (ИКТ) для развития", .ru, with: d)
            == ["ict4d:информационно-коммуникационных технологий (ИКТ) для развития"])
        #expect(found("استخدام تكنولوجيا المعلومات والاتصالات (ICT) من أجل التنمية", .ar, with: d).count == 1)
        #expect(found("利用信息通信技术（ICT）促进发展", .zh, with: d) == ["ict4d:信息通信技术（ICT）促进发展"])
        #expect(found("信息通信技术（ICT4SDG）促进发展", .zh, with: d).count == 1)
    }

    @Test func onlyAnAcronymInParenthesesInterrupts() {
        let d = Self.ict4d
        #expect(found("information and communication technology (see Annex) for development", .en, with: d).isEmpty)
        #expect(found("information and communication technology (2019) for development", .en, with: d).isEmpty)
        #expect(found("information and communication technology (Ict) for development", .en, with: d).isEmpty)
        #expect(found("信息通信技术（见附件）促进发展", .zh, with: d).isEmpty)
        // Not before the first word nor after the last: the term's own span.
        #expect(found("(ICT) for development", .en, with: d).isEmpty)
        // A whole-phrase term is never interrupted.
        #expect(found("the ICT for Development Index (IDI)", .en, with: d).count == 1)
        #expect(found("the ICT for (IDI) Development Index", .en, with: d).isEmpty)
    }

    @Test func russianDependentGenitivesStayInsideTheTerm() {
        #expect(found("Резолюции 200 Полномочной конференции (Пересм. Дубай, 2018 г.)", .ru).first
            == "018:Резолюции 200 Полномочной конференции (Пересм. Дубай, 2018 г.)")
        #expect(found("в соответствии с Резолюцией 71 Полномочной конференции МСЭ (Пересм. Дубай, 2018 г.)", .ru).first
            == "019:Резолюцией 71 Полномочной конференции МСЭ (Пересм. Дубай, 2018 г.)")
        #expect(found("Резолюция 200 Союза (Пересм. Дубай, 2018 г.)", .ru).first == "018:Резолюция 200 Союза (Пересм. Дубай, 2018 г.)")
        #expect(found("в рамках Повестки дня МСЭ «Соединим к 2030 году»", .ru).first == "001:Повестки дня МСЭ «Соединим к 2030 году»")
        // The inflected term alone, and the inserted words still found as their own concept.
        #expect(found("Полномочная конференция и Полномочной конференции", .ru) == ["017:Полномочная конференция", "017:Полномочной конференции"])
        // Inside the longer hit, the inserted words are still found by the concept's own recognizer.
        let pp = TermRecognizer(entries: ConnectGlossary.entries.filter { $0.id == "c2030-017" })
        #expect(found("Резолюции 200 Полномочной конференции (Пересм. Дубай, 2018 г.)", .ru, with: pp) == ["017:Полномочной конференции"])
    }

    @Test func russianMultiWordTermsInEveryCase() {
        #expect(found("подписано Генеральным секретарем", .ru) == ["024:Генеральным секретарем"])
        #expect(found("посвященных Всемирному дню электросвязи и информационного общества", .ru) == ["015:Всемирному дню электросвязи и информационного общества"])
        #expect(found("достижение стратегических целей", .ru) == ["002:стратегических целей"])
        #expect(found("в Международном союзе электросвязи", .ru) == ["031:Международном союзе электросвязи"])
        #expect(found("преодоление цифрового разрыва всеми заинтересованными сторонами", .ru) == ["033:цифрового разрыва", "032:заинтересованными сторонами"])
        #expect(found("Государствам – Членам и Членам Секторов", .ru) == ["020:Государствам – Членам", "021:Членам Секторов"])
        // Words that share a stem with a term word but are another word, or another phrase.
        #expect(found("Генеральная Ассамблея и секретариат", .ru).isEmpty)
        #expect(found("генеральный план секретаря", .ru).isEmpty)
    }

    @Test func russianGenitivesDoNotOpenTheTermToAnything() {
        let notResolution200 = [
            "Резолюции 200 и 71 (Пересм. Дубай, 2018 г.)",
            "Резолюция 200 была принята (Пересм. Дубай, 2018 г.)",
            "Резолюция 200 Полномочной конференции (Пересм. Дубай, 2014 г.)",
            "Резолюция 200 очень важная и полезная сегодня (Пересм. Дубай, 2018 г.)",
            "Конференция приняла резолюцию о 200 участниках (Дубай, 2018 г.)",
            "Резолюция 200 нашей организации для всех стран (Пересм. Дубай, 2018 г.)",
        ]
        for text in notResolution200 {
            #expect(!found(text, .ru).contains { $0.hasPrefix("018:") }, "\(text)")
        }
        // Russian genitive endings mean nothing in French: there, only a complement with "de" (below).
        #expect(!found("Résolution 200 Conférence (Rév. Dubaï, 2018)", .fr).contains { $0.hasPrefix("018:") })
        // Between two words of a term (not before a parenthesis or a quotation mark) nothing is inserted.
        #expect(!found("Генеральный МСЭ секретарь", .ru).contains { $0.hasPrefix("024:") })
        // Nor before other punctuation of the term: "электросвязь/ИКТ".
        #expect(!found("развитие электросвязи Союза/ИКТ", .ru).contains { $0.hasPrefix("013:") })
    }

    @Test func anIssuerWithOfOrDeMayStandBeforeTheRevision() {
        #expect(found("Resolution 200 of the Plenipotentiary Conference (Rev. Dubai, 2018)", .en).first
            == "018:Resolution 200 of the Plenipotentiary Conference (Rev. Dubai, 2018)")
        #expect(found("la Resolución 200 de la Conferencia de Plenipotenciarios (Rev. Dubái, 2018)", .es).first
            == "018:Resolución 200 de la Conferencia de Plenipotenciarios (Rev. Dubái, 2018)")
        #expect(found("la Résolution 71 de la Conférence de plénipotentiaires (Rév. Dubaï, 2018)", .fr).first
            == "019:Résolution 71 de la Conférence de plénipotentiaires (Rév. Dubaï, 2018)")
        #expect(found("Resolution 71 of ITU (Rev. Dubai, 2018)", .en).first == "019:Resolution 71 of ITU (Rev. Dubai, 2018)")
        for text in ["Resolution 200 of 2014 (Rev. Dubai, 2018)", "Resolution 200 and 71 (Rev. Dubai, 2018)",
                     "Resolution 200 of the conference held in the city (Rev. Dubai, 2018)",
                     "Resolution 200 of the Plenipotentiary Conference held in Dubai in the year (Rev. Dubai, 2018)"] {
            #expect(!found(text, .en).contains { $0.hasPrefix("018:") }, "\(text)")
        }
    }

    @Test func caseSensitiveTermsMatchOnlyTheirCase() {
        // c2030-037 Sector is case-sensitive in en, fr, ru, es: an ITU Sector, not any sector.
        #expect(found("each ITU Sector and its Sector Members", .en).contains("037:Sector"))
        #expect(!found("the development of the telecommunication/ICT sector", .en).contains { $0.hasPrefix("037:") })
        #expect(!found("le développement du secteur des télécommunications/TIC", .fr).contains { $0.hasPrefix("037:") })
        #expect(found("Secteurs de l'UIT", .fr).contains("037:Secteurs"))
        #expect(!found("в секторе электросвязи", .ru).contains { $0.hasPrefix("037:") })
        #expect(!found("our business associates", .en).contains { $0.hasPrefix("022:") })
        #expect(found("Sector Members, Associates and Academia", .en).contains("022:Associates"))
    }

    @Test func wholePhraseTermsDoNotInflect() {
        let d = Self.ict4d
        #expect(found("ICT for Development Indexes", .en, with: d).isEmpty)
        #expect(found("ICT for Development Index", .en, with: d).count == 1)
        // The demo's WTISD 2020 theme, a title, is whole-phrase.
        #expect(found("Connect 2030: ICTs for the Sustainable Development Goals (SDGs)", .en).first
            == "050:Connect 2030: ICTs for the Sustainable Development Goals (SDGs)")
        #expect(!found("Connect 2030: ICTs for the Sustainable Development Goal (SDGs)", .en).contains { $0.hasPrefix("050:") })
    }

    @Test func theDemoGlossaryIsFoundInArabicText() {
        #expect(found("وتكنولوجيا المعلومات والاتصالات", .ar) == ["012:وتكنولوجيا المعلومات والاتصالات"])
        #expect(found("إلى الدول الأعضاء في الاتحاد الدولي للاتصالات", .ar) == ["020:الدول الأعضاء", "031:الاتحاد الدولي للاتصالات"])
        #expect(found("وفقاً للقرار 200 (المراجَع في دبي، 2018) لمؤتمر المندوبين المفوضين", .ar).contains("018:للقرار 200 (المراجَع في دبي، 2018)"))
        #expect(found("لتحقيق أهداف التنمية المستدامة", .ar) == ["009:أهداف التنمية المستدامة"])
        #expect(found("في إطار برنامج التوصيل في 2030", .ar) == ["001:برنامج التوصيل في 2030"])
        #expect(found("بالنسبة لبرنامج التوصيل في ٢٠٣٠", .ar) == ["001:لبرنامج التوصيل في ٢٠٣٠"])
        #expect(found("حملة ICT4SDG", .ar) == ["030:حملة ICT4SDG"])
        // A relative adjective (nisba, "international") is not the noun it comes from ("the States").
        #expect(!found("المنظمات الدولية الأعضاء", .ar).contains { $0.hasPrefix("020:") })
        #expect(found("للدول الأعضاء", .ar) == ["020:للدول الأعضاء"])
        #expect(found("والتكنولوجيات الناشئة", .ar) == ["041:والتكنولوجيات الناشئة"])
    }

    @Test func theDemoGlossaryIsFoundInChineseText() {
        #expect(found("国际电联秘书长", .zh) == ["031:国际电联", "024:秘书长"])
        #expect(found("根据第200号决议（2018年，迪拜，修订版）", .zh) == ["018:第200号决议（2018年，迪拜，修订版）"])
        #expect(found("实现连通目标2030议程", .zh) == ["001:连通目标2030议程"])
        #expect(found("我们的ICT4SDG宣传活动", .zh) == ["030:ICT4SDG宣传活动"])
        #expect(found("各成员国和部门成员", .zh).contains("020:成员国"))
        #expect(found("信息通信技术（ICT）", .zh).first == "012:信息通信技术")
    }
}
