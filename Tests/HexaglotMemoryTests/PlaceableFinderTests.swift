import HexaglotCore
import Testing
@testable import HexaglotMemory

/// Each placeable as "kind text = value".
private func found(_ text: String, _ language: Language) -> [String] {
    PlaceableFinder.find(in: text, language: language).map { "\($0.kind.rawValue) \($0.text) = \($0.value)" }
}

/// The (kind, value) pairs, sorted, for comparing languages.
private func values(_ text: String, _ language: Language) -> [String] {
    PlaceableFinder.find(in: text, language: language).map { "\($0.kind.rawValue) \($0.value)" }.sorted()
}

@Suite struct PlaceableFinderTests {
    @Test func frenchResolutionSentence() {
        #expect(found("La Résolution 200 (Dubaï, 2018) fixe 4 buts pour 2030.", .fr) == [
            "reference Résolution 200 = Resolution 200",
            "number 2018 = 2018",
            "number 4 = 4",
            "number 2030 = 2030",
        ])
    }

    @Test func theSameSentenceInSixLanguagesHasTheSameValues() {
        let sentences: [Language: String] = [
            .en: "The Plenipotentiary Conference (Dubai, 2018) adopted the Connect 2030 Agenda in Resolution 200.",
            .fr: "La Conférence de plénipotentiaires (Dubaï, 2018) a adopté le Programme Connect 2030 dans la Résolution 200.",
            .es: "La Conferencia de Plenipotenciarios (Dubái, 2018) adoptó la Agenda Conectar 2030 en la Resolución 200.",
            .ru: "Полномочная конференция (Дубай, 2018 г.) приняла Повестку дня \"Соединим к 2030 году\" в Резолюции 200.",
            .ar: "اعتمد مؤتمر المندوبين المفوضين (دبي، 2018) برنامج التوصيل 2030 في القرار 200.",
            .zh: "全权代表大会（2018年，迪拜）在第200号决议中通过了“连通目标2030”议程。",
        ]
        let expected = ["number 2018", "number 2030", "reference Resolution 200"]
        for (language, sentence) in sentences {
            #expect(values(sentence, language) == expected, "\(language)")
        }
    }

    @Test func worldTelecommunicationDayInSixLanguages() {
        let sentences: [Language: String] = [
            .en: "World Telecommunication and Information Society Day is celebrated every year on 17 May.",
            .fr: "La Journée mondiale des télécommunications et de la société de l'information est célébrée chaque année le 17 mai.",
            .es: "El Día Mundial de las Telecomunicaciones y la Sociedad de la Información se celebra cada año el 17 de mayo.",
            .ru: "Всемирный день электросвязи и информационного общества отмечается ежегодно 17 мая.",
            .ar: "يُحتفل باليوم العالمي للاتصالات ومجتمع المعلومات في 17 مايو من كل عام.",
            .zh: "世界电信和信息社会日于每年5月17日举行。",
        ]
        for (language, sentence) in sentences {
            #expect(values(sentence, language) == ["date --05-17"], "\(language)")
        }
    }

    @Test func groupedAndDecimalNumbersPerLanguage() {
        #expect(found("Plus de 2 030 participants, soit 3,5 % de plus.", .fr) ==
                ["number 2 030 = 2030", "number 3,5 = 3.5"])
        #expect(found("2\u{00A0}030 et 2\u{202F}030 et 1\u{00A0}000\u{00A0}000", .fr) ==
                ["number 2\u{00A0}030 = 2030", "number 2\u{202F}030 = 2030", "number 1\u{00A0}000\u{00A0}000 = 1000000"])
        #expect(found("Более 2\u{00A0}030 участников, то есть на 3,5 % больше.", .ru) ==
                ["number 2\u{00A0}030 = 2030", "number 3,5 = 3.5"])
        #expect(found("More than 2,030 participants, 3.5% more; 1,234,567.89 in all.", .en) ==
                ["number 2,030 = 2030", "number 3.5 = 3.5", "number 1,234,567.89 = 1234567.89"])
        #expect(found("超过2,030名与会者，增加3.5%。", .zh) == ["number 2,030 = 2030", "number 3.5 = 3.5"])
        #expect(found("Más de 2.030 participantes y 2 030 invitados, un 3,5 % más; 2.030,75 en total.", .es) ==
                ["number 2.030 = 2030", "number 2 030 = 2030", "number 3,5 = 3.5", "number 2.030,75 = 2030.75"])
        #expect(found("A ratio of 2.030 and version 2.5", .en) == ["number 2.030 = 2.030", "number 2.5 = 2.5"])
        #expect(found("la versión 2.5", .es) == ["number 2.5 = 2.5"])
    }

    @Test func arabicAndFullWidthDigits() {
        #expect(found("أكثر من ٢٬٠٣٠ مشاركاً، بزيادة ٣٫٥٪.", .ar) == ["number ٢٬٠٣٠ = 2030", "number ٣٫٥ = 3.5"])
        #expect(found("أكثر من 2,030 مشاركاً، بزيادة 3.5٪.", .ar) == ["number 2,030 = 2030", "number 3.5 = 3.5"])
        #expect(found("برنامج التوصيل ۲۰۳۰", .ar) == ["number ۲۰۳۰ = 2030"])
        #expect(found("“连通目标２０３０”议程，约１２，０３０人", .zh) == ["number ２０３０ = 2030", "number １２，０３０ = 12030"])
    }

    @Test func signsPercentagesAndOrdinals() {
        #expect(found("from -5 to −3.5 and +2", .en) == ["number -5 = -5", "number −3.5 = -3.5", "number 2 = 2"])
        #expect(found("the 17th and 21st sessions, 50% of them", .en) ==
                ["number 17th = 17", "number 21st = 21", "number 50 = 50"])
        #expect(found("la 17e session et la 1re réunion, 50 % d'entre eux", .fr) ==
                ["number 17e = 17", "number 1re = 1", "number 50 = 50"])
        #expect(found("la 17.ª sesión", .es) == ["number 17.ª = 17"])
        #expect(found("Resolution 007 and 0.5", .en) == ["reference Resolution 007 = Resolution 7", "number 0.5 = 0.5"])
    }

    @Test func wordsWithDigitsAreNotNumbers() {
        #expect(found("COVID-19, G20, 5G, ICT4SDG, IMT-2020, ITU-T, the 2030s, A4 paper", .en) == [])
        #expect(found("кампания ICT4SDG и сети 5G", .ru) == [])
        #expect(found("la période 2018-2030 et 2020–2023", .fr) ==
                ["number 2018 = 2018", "number 2030 = 2030", "number 2020 = 2020", "number 2023 = 2023"])
    }

    @Test func datesWithMonthNames() {
        #expect(found("on 17 May 2019, 17th of May, 2019, May 17, 2019, 17 May, May 17 and May 2019", .en) == [
            "date 17 May 2019 = 2019-05-17", "date 17th of May, 2019 = 2019-05-17", "date May 17, 2019 = 2019-05-17",
            "date 17 May = --05-17", "date May 17 = --05-17", "date May 2019 = 2019-05",
        ])
        #expect(found("Sept. 2019 and 3 Jan 2020; you may 2 things", .en) ==
                ["date Sept. 2019 = 2019-09", "date 3 Jan 2020 = 2020-01-03", "number 2 = 2"])
        #expect(found("le 17 mai 2019, le 1er mai, en mai 2019, le 3 févr. 2020", .fr) == [
            "date 17 mai 2019 = 2019-05-17", "date 1er mai = --05-01", "date mai 2019 = 2019-05",
            "date 3 févr. 2020 = 2020-02-03",
        ])
        #expect(found("el 17 de mayo de 2019, el 1.º de mayo, en mayo de 2019", .es) == [
            "date 17 de mayo de 2019 = 2019-05-17", "date 1.º de mayo = --05-01", "date mayo de 2019 = 2019-05",
        ])
        #expect(found("17 мая 2019 г., 17 мая, в мае 2019 года, май 2019", .ru) == [
            "date 17 мая 2019 г. = 2019-05-17", "date 17 мая = --05-17", "date мае 2019 года = 2019-05",
            "date май 2019 = 2019-05",
        ])
        #expect(found("في ١٧ مايو ٢٠١٩ وفي 17 أيار/مايو 2019م وفي حزيران/يونيه 2020", .ar) == [
            "date ١٧ مايو ٢٠١٩ = 2019-05-17", "date 17 أيار/مايو 2019م = 2019-05-17", "date حزيران/يونيه 2020 = 2020-06",
        ])
        #expect(found("2019年5月17日、5月17日、2019年5月和２０１９年５月１７日", .zh) == [
            "date 2019年5月17日 = 2019-05-17", "date 5月17日 = --05-17", "date 2019年5月 = 2019-05",
            "date ２０１９年５月１７日 = 2019-05-17",
        ])
    }

    @Test func numericDates() {
        #expect(found("17/05/2019, 2019-05-17, 17.05.2019 and 05/17/2019", .en) == [
            "date 17/05/2019 = 2019-05-17", "date 2019-05-17 = 2019-05-17", "date 17.05.2019 = 2019-05-17",
            "date 05/17/2019 = 2019-05-17",
        ])
        #expect(found("от 17.05.2019", .ru) == ["date 17.05.2019 = 2019-05-17"])
        #expect(found("31/02/2019", .fr) == ["number 31 = 31", "number 02 = 2", "number 2019 = 2019"])
    }

    @Test func documentReferences() {
        #expect(found("See circular letters CL-19/73 and CL-17/24, DM-20/1000 and A/RES/70/1.", .en) == [
            "reference CL-19/73 = CL-19/73", "reference CL-17/24 = CL-17/24", "reference DM-20/1000 = DM-20/1000",
            "reference A/RES/70/1 = A/RES/70/1",
        ])
        #expect(found("Recommandation UIT-T Y.3172, section 5.2.1, UIT-R M.2083-0, Document C19/1-E", .fr) ==
                ["reference Y.3172 = Y.3172", "reference 5.2.1 = 5.2.1", "reference M.2083-0 = M.2083-0",
                 "reference C19/1-E = C19/1-E"])
        #expect(found("la lettre circulaire CL\u{2011}19/73", .fr) == ["reference CL\u{2011}19/73 = CL-19/73"])
    }

    @Test func resolutionsAndDecisionsInSixLanguages() {
        #expect(values("Resolution 71 (Rev. Busan, 2014) and Decision 5", .en) ==
                ["number 2014", "reference Decision 5", "reference Resolution 71"])
        #expect(values("Résolution 71 (Rév. Busan, 2014) et Décision 5", .fr) ==
                ["number 2014", "reference Decision 5", "reference Resolution 71"])
        #expect(values("Resolución 71 (Rev. Busán, 2014) y Decisión 5", .es) ==
                ["number 2014", "reference Decision 5", "reference Resolution 71"])
        #expect(values("в Резолюции 71 (Пересм. Пусан, 2014 г.) и Решении 5", .ru) ==
                ["number 2014", "reference Decision 5", "reference Resolution 71"])
        #expect(values("بالقرار 71 (المراجَع في بوسان، 2014) والمقرر 5", .ar) ==
                ["number 2014", "reference Decision 5", "reference Resolution 71"])
        #expect(values("第71号决议（2014年，釜山，修订版）和第5号决定", .zh) ==
                ["number 2014", "reference Decision 5", "reference Resolution 71"])
        #expect(found("Resolution No. 200, résolution nº 71", .fr) ==
                ["reference Resolution No. 200 = Resolution 200", "reference résolution nº 71 = Resolution 71"])
    }

    @Test func addresses() {
        #expect(found("Visit www.itu.int/wtisd or write to wtisd@itu.int.", .en) ==
                ["url www.itu.int/wtisd = www.itu.int/wtisd", "email wtisd@itu.int = wtisd@itu.int"])
        #expect(found("(see https://WWW.ITU.int/en/ITU-D/Pages/2019.aspx)", .en) ==
                ["url https://WWW.ITU.int/en/ITU-D/Pages/2019.aspx = https://www.itu.int/en/ITU-D/Pages/2019.aspx"])
        #expect(found("详见www.itu.int/wtisd。联系：WTISD@ITU.INT", .zh) ==
                ["url www.itu.int/wtisd = www.itu.int/wtisd", "email WTISD@ITU.INT = WTISD@itu.int"])
        #expect(found("راجع www.itu.int/ar، أو اكتب إلى ict4sdg@itu.int.", .ar) ==
                ["url www.itu.int/ar = www.itu.int/ar", "email ict4sdg@itu.int = ict4sdg@itu.int"])
        #expect(found("www.itu and user@localhost", .en) == [])
    }

    @Test func rangesAreUTF16OffsetsAndDoNotOverlap() {
        let text = "📡 La Résolution 200 du 17 mai 2019, CL-19/73 et wtisd@itu.int."
        let placeables = PlaceableFinder.find(in: text, language: .fr)
        #expect(placeables.count == 4)
        for p in placeables {
            let u = Array(text.utf16)
            #expect(String(decoding: u[p.range], as: UTF16.self) == p.text)
        }
        for (a, b) in zip(placeables, placeables.dropFirst()) { #expect(a.range.upperBound <= b.range.lowerBound) }
        #expect(placeables.first?.range.lowerBound == 6)
    }

    @Test func emptyAndPlainTexts() {
        #expect(found("", .en) == [])
        #expect(found("Connect the unconnected.", .en) == [])
    }
}
