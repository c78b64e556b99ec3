import Foundation
import HexaglotCore
import Testing
@testable import HexaglotText

/// One segmentation case: the text and the exact sentences expected.
struct SegmentationCase: CustomTestStringConvertible, Sendable {
    let language: Language
    let text: String
    let expected: [String]
    init(_ language: Language, _ text: String, _ expected: [String]) {
        self.language = language
        self.text = text
        self.expected = expected
    }
    var testDescription: String { "\(language.rawValue): \(text.prefix(40))" }
}

/// The sentences the built-in rules give for a case, shared by every case list.
func segment(_ c: SegmentationCase) throws -> [String] {
    try SentenceSegmenter(language: c.language).sentences(in: c.text).map(String.init)
}

@Suite struct SentenceSegmenterTests {
    static let french: [SegmentationCase] = [
        .init(.fr, "Le Programme Connect 2030 définit une vision mondiale commune pour le développement du secteur des télécommunications/TIC (voir la Résolution 200 (Rév. Dubaï, 2018) de la Conférence de plénipotentiaires). Alors qu'il ne nous reste plus que dix ans, l'édition 2020 représentera une occasion unique.",
              ["Le Programme Connect 2030 définit une vision mondiale commune pour le développement du secteur des télécommunications/TIC (voir la Résolution 200 (Rév. Dubaï, 2018) de la Conférence de plénipotentiaires).",
               "Alors qu'il ne nous reste plus que dix ans, l'édition 2020 représentera une occasion unique."]),
        .init(.fr, "Réf.: CL-17/24\nContact: M. Paul Conneally\nCourriel: paul.conneally@itu.int",
              ["Réf.: CL-17/24", "Contact: M. Paul Conneally", "Courriel: paul.conneally@itu.int"]),
        .init(.fr, "Comme nous l'avions annoncé, les contenus se sont diversifiés depuis le lancement de la campagne. En effet, les contenus du microsite de l'UIT consacré aux ODD (http://itu.int/ICT4SDG) sont régulièrement mis à jour. Les membres et les partenaires peuvent ainsi s'investir directement dans la production de ces documents.",
              ["Comme nous l'avions annoncé, les contenus se sont diversifiés depuis le lancement de la campagne.",
               "En effet, les contenus du microsite de l'UIT consacré aux ODD (http://itu.int/ICT4SDG) sont régulièrement mis à jour.",
               "Les membres et les partenaires peuvent ainsi s'investir directement dans la production de ces documents."]),
        .init(.fr, "M. Zhao a signé la lettre. MM. Durand et Martin, ainsi que Mme Dupont, y ont répondu. Voir l'art. 5 de la Constitution et les pp. 12-14 du rapport. Les TIC, les réseaux, etc. sont concernés. On y trouve p. ex. UIT-T. Et c'est tout, etc. La séance est levée.",
              ["M. Zhao a signé la lettre.", "MM. Durand et Martin, ainsi que Mme Dupont, y ont répondu.",
               "Voir l'art. 5 de la Constitution et les pp. 12-14 du rapport.", "Les TIC, les réseaux, etc. sont concernés.",
               "On y trouve p. ex. UIT-T.", "Et c'est tout, etc.", "La séance est levée."]),
        .init(.fr, "Le budget s'élève à 1 000,50 CHF (soit 3,5 % de plus). La réunion commence à 10.30 h au point 5.2.1 de l'ordre du jour. Voir la Rés. 71 et le document N° 5.",
              ["Le budget s'élève à 1 000,50 CHF (soit 3,5 % de plus).", "La réunion commence à 10.30 h au point 5.2.1 de l'ordre du jour.",
               "Voir la Rés. 71 et le document N° 5."]),
        .init(.fr, "Il a déclaré: « La séance est ouverte. » Puis il a donné la parole au Secrétaire général. Écrivez à strategy@itu.int. Merci.",
              ["Il a déclaré: « La séance est ouverte. »", "Puis il a donné la parole au Secrétaire général.", "Écrivez à strategy@itu.int.", "Merci."]),
        .init(.fr, "Les États Membres sont invités:\n1. à continuer de tirer parti des TIC;\n2. à fournir des données.\nIV. Dispositions finales\na) premier point; b) second point.",
              ["Les États Membres sont invités:", "1. à continuer de tirer parti des TIC;", "2. à fournir des données.", "IV. Dispositions finales", "a) premier point; b) second point."]),
        .init(.fr, "Il attendait… puis il est parti. Il attendait… Le lendemain, il est revenu. Voir l'Annexe A. Les membres sont invités. Le discours de J.-C. Juncker et de A. Dupont.",
              ["Il attendait… puis il est parti.", "Il attendait…", "Le lendemain, il est revenu.", "Voir l'Annexe A.", "Les membres sont invités.", "Le discours de J.-C. Juncker et de A. Dupont."]),
    ]

    static let english: [SegmentationCase] = [
        .init(.en, "ITU will celebrate WTISD on 17 May 2020. The theme is \"Connect 2030: ICTs for the Sustainable Development Goals (SDGs)\". See Resolution 200 (Rev. Dubai, 2018) of the Plenipotentiary Conference.",
              ["ITU will celebrate WTISD on 17 May 2020.", "The theme is \"Connect 2030: ICTs for the Sustainable Development Goals (SDGs)\".",
               "See Resolution 200 (Rev. Dubai, 2018) of the Plenipotentiary Conference."]),
        .init(.en, "Dr. Smith and Mr. Zhao met ITU staff, e.g. Ms. Bogdan-Martin. See Res. 71 and Art. 5 of the Constitution, i.e. The Basic Texts. Resolution No. 5 (Rev. Dubai, 2018) applies. Fig. 3 and vol. 2, pp. 10-12 give approx. 1,000.50 USD.",
              ["Dr. Smith and Mr. Zhao met ITU staff, e.g. Ms. Bogdan-Martin.", "See Res. 71 and Art. 5 of the Constitution, i.e. The Basic Texts.",
               "Resolution No. 5 (Rev. Dubai, 2018) applies.", "Fig. 3 and vol. 2, pp. 10-12 give approx. 1,000.50 USD."]),
        .init(.en, "The U.S. Government and the U.N. Secretariat agreed. Apple Inc. The company signed. Routers, switches, etc. The list is long. The answer is no. The meeting ended.",
              ["The U.S. Government and the U.N. Secretariat agreed.", "Apple Inc.", "The company signed.", "Routers, switches, etc.", "The list is long.", "The answer is no.", "The meeting ended."]),
        .init(.en, "Is the deadline 14 February 2020? Yes! The meeting starts at 10.30 in room 5.2. Version 2.1.3 is out... The rest follows... and so on. See Annex A. The annex lists CL-19/73.",
              ["Is the deadline 14 February 2020?", "Yes!", "The meeting starts at 10.30 in room 5.2.", "Version 2.1.3 is out...", "The rest follows... and so on.", "See Annex A.", "The annex lists CL-19/73."]),
    ]

    static let spanish: [SegmentationCase] = [
        .init(.es, "El Programa Connect 2030 se basa en la Resolución 200 (Rev. Dubái, 2018) de la Conferencia de Plenipotenciarios. ¿Qué es la CMSI? ¡Es la Cumbre Mundial sobre la Sociedad de la Información! Véase la pág. 5, núm. 3 y el art. 7.",
              ["El Programa Connect 2030 se basa en la Resolución 200 (Rev. Dubái, 2018) de la Conferencia de Plenipotenciarios.", "¿Qué es la CMSI?",
               "¡Es la Cumbre Mundial sobre la Sociedad de la Información!", "Véase la pág. 5, núm. 3 y el art. 7."]),
        .init(.es, "El Sr. Zhao y la Sra. Pérez asistieron. Los países, p. ej. México, etc. participaron. Se invitó a Estados, organizaciones, etc. La reunión terminó. El 1.º de mayo se publicó el n.º 3.",
              ["El Sr. Zhao y la Sra. Pérez asistieron.", "Los países, p. ej. México, etc. participaron.", "Se invitó a Estados, organizaciones, etc.",
               "La reunión terminó.", "El 1.º de mayo se publicó el n.º 3."]),
        .init(.es, "El presupuesto es de 1.000,50 CHF. ¿Vendrá? preguntó el Director. Escriba a strategy@itu.int. Gracias.",
              ["El presupuesto es de 1.000,50 CHF.", "¿Vendrá? preguntó el Director.", "Escriba a strategy@itu.int.", "Gracias."]),
    ]

    static let russian: [SegmentationCase] = [
        .init(.ru, "Программа «Соединим к 2030 году» основана на Резолюции 200 (Пересм. Дубай, 2018 г.) Полномочной конференции. В 2018 г. была принята программа. Работа завершена в 2019 г. Совет утвердил план.",
              ["Программа «Соединим к 2030 году» основана на Резолюции 200 (Пересм. Дубай, 2018 г.) Полномочной конференции.", "В 2018 г. была принята программа.",
               "Работа завершена в 2019 г.", "Совет утвердил план."]),
        .init(.ru, "Доклад подготовил А. С. Попов. См. Приложение 1 и рис. 5 на стр. 12. Это т. е. МСЭ-Т. Стоимость 5 млн. долл. США. Сети, станции и т. д. Следующее предложение.",
              ["Доклад подготовил А. С. Попов.", "См. Приложение 1 и рис. 5 на стр. 12.", "Это т. е. МСЭ-Т.", "Стоимость 5 млн. долл. США.", "Сети, станции и т. д.", "Следующее предложение."]),
        .init(.ru, "Книги, журналы и т. п. Далее. Музей им. Попова находится в г. Санкт-Петербурге. Документ № 5 и ст. 12 Устава. В 2020–2023 гг. Союз работал. Приложение Б. Программа.",
              ["Книги, журналы и т. п.", "Далее.", "Музей им. Попова находится в г. Санкт-Петербурге.", "Документ № 5 и ст. 12 Устава.", "В 2020–2023 гг. Союз работал.", "Приложение Б.", "Программа."]),
        .init(.ru, "Бюджет составляет 1 000,50 шв. фр. Это 3,5 %! Что дальше? Ответ тыс. участников.",
              ["Бюджет составляет 1 000,50 шв. фр.", "Это 3,5 %!", "Что дальше?", "Ответ тыс. участников."]),
    ]

    static let arabic: [SegmentationCase] = [
        .init(.ar, "يستند برنامج التوصيل بحلول عام 2030 إلى القرار 200 (المراجَع في دبي، 2018) لمؤتمر المندوبين المفوضين. هل توافقون على ذلك؟ نعم، نوافق.",
              ["يستند برنامج التوصيل بحلول عام 2030 إلى القرار 200 (المراجَع في دبي، 2018) لمؤتمر المندوبين المفوضين.", "هل توافقون على ذلك؟", "نعم، نوافق."]),
        .init(.ar, "قال د. محمد إن النسبة ٣٫٥ في المائة من ١٬٠٠٠ مشارك۔ وانتهى الاجتماع. انظر ص. 5 من التقرير.",
              ["قال د. محمد إن النسبة ٣٫٥ في المائة من ١٬٠٠٠ مشارك۔", "وانتهى الاجتماع.", "انظر ص. 5 من التقرير."]),
    ]

    static let chinese: [SegmentationCase] = [
        .init(.zh, "国际电联将于2020年5月17日庆祝世界电信和信息社会日。主题是“连通目标2030：信通技术促进可持续发展目标”。你们同意吗？同意！",
              ["国际电联将于2020年5月17日庆祝世界电信和信息社会日。", "主题是“连通目标2030：信通技术促进可持续发展目标”。", "你们同意吗？", "同意！"]),
        .init(.zh, "会议于2018年在迪拜举行；议程已通过。他说：“会议结束了。”然后离开了。见第5.2.1段（修订版）。谢谢",
              ["会议于2018年在迪拜举行；议程已通过。", "他说：“会议结束了。”", "然后离开了。", "见第5.2.1段（修订版）。", "谢谢"]),
        .init(.zh, "这是第一句．这是第二句！「好的。」下一句？（见附件）结束。",
              ["这是第一句．", "这是第二句！", "「好的。」", "下一句？", "（见附件）结束。"]),
    ]

    @Test(arguments: french) func frenchSentences(_ c: SegmentationCase) throws { #expect(try segment(c) == c.expected) }
    @Test(arguments: english) func englishSentences(_ c: SegmentationCase) throws { #expect(try segment(c) == c.expected) }
    @Test(arguments: spanish) func spanishSentences(_ c: SegmentationCase) throws { #expect(try segment(c) == c.expected) }
    @Test(arguments: russian) func russianSentences(_ c: SegmentationCase) throws { #expect(try segment(c) == c.expected) }
    @Test(arguments: arabic) func arabicSentences(_ c: SegmentationCase) throws { #expect(try segment(c) == c.expected) }
    @Test(arguments: chinese) func chineseSentences(_ c: SegmentationCase) throws { #expect(try segment(c) == c.expected) }

    @Test func seedLetterParagraph() throws {
        let paragraph = "J'ai l'honneur de vous informer que le thème choisi pour l'édition 2020 de la Journée mondiale des télécommunications et de la société de l'information est \"Connect 2030: les TIC au service des Objectifs de développement durable (ODD)\". Le Programme Connect 2030 définit une vision mondiale commune pour le développement du secteur des télécommunications/TIC (voir la [Résolution 200](#) (Rév. Dubaï, 2018) de la Conférence de plénipotentiaires). Alors qu'il ne nous reste plus que dix ans pour mettre en œuvre le Programme de développement durable à l'horizon 2030 adopté par les Nations Unies, l'édition 2020 de la Journée mondiale des télécommunications et de la société de l'information représentera une occasion unique pour l'UIT et ses membres de célébrer la contribution passée et future des TIC au progrès de la société de l'information dans l'intérêt de tous partout dans le monde."
        let s = try SentenceSegmenter(language: .fr).sentences(in: paragraph)
        #expect(s.count == 3)
        #expect(s[1].hasPrefix("Le Programme Connect 2030"))
        #expect(s[1].hasSuffix("de la Conférence de plénipotentiaires)."))
        #expect(s[2].hasPrefix("Alors qu'il"))
    }

    @Test func seedFilesSegmentWithoutSplittingAbbreviations() throws {
        let dir = URL(fileURLWithPath: "/work/shared/seeds")
        guard let names = try? FileManager.default.contentsOfDirectory(atPath: dir.path) else { return }
        let segmenter = try SentenceSegmenter(language: .fr)
        var total = 0
        for name in names where name.hasSuffix(".fr.md") {
            let text = try String(contentsOf: dir.appendingPathComponent(name), encoding: .utf8)
            for sentence in segmenter.sentences(in: text) {
                total += 1
                for bad in ["Rév.", "M.", "Réf.:"] { #expect(!sentence.hasSuffix(bad), "\(name): \(sentence)") }
            }
        }
        #expect(total == 0 || total > 20)
    }

    @Test func breaksArePlacedAfterTheWhitespace() throws {
        let text = "Première phrase.  Deuxième phrase?\tTroisième."
        let s = try SentenceSegmenter(language: .fr)
        let offsets = s.breaks(in: text).map { text.utf16.distance(from: text.startIndex, to: $0) }
        #expect(offsets == [18, 35])
        #expect(s.breaks(in: "") == [])
        #expect(s.breaks(in: "  Une seule phrase.  ") == [])
        #expect(s.sentences(in: "   ") == [])
    }

    @Test func segmenterIsSafeAcrossThreads() async throws {
        let text = SentenceSegmenterTests.french[3].text
        let expected = SentenceSegmenterTests.french[3].expected
        let results = await withTaskGroup(of: [String].self) { group in
            for _ in 0..<16 {
                group.addTask { (try? SentenceSegmenter(language: .fr).sentences(in: text).map(String.init)) ?? [] }
            }
            return await group.reduce(into: []) { $0.append($1) }
        }
        #expect(results.count == 16)
        #expect(results.allSatisfy { $0 == expected })
    }

    @Test func customRulesReplaceTheBuiltInExceptions() throws {
        let rules = try SegmentationRules(srx: """
        <?xml version="1.0"?>
        <srx version="2.0"><header cascade="yes"/><body><languagerules>
        <languagerule languagerulename="Semicolon"><rule break="yes"><beforebreak>;</beforebreak><afterbreak>\\s</afterbreak></rule></languagerule>
        </languagerules><maprules><languagemap languagepattern="fr.*" languagerulename="Semicolon"/></maprules></body></srx>
        """)
        let s = try SentenceSegmenter(language: .fr, rules: rules)
        // ICU's own suppressions (`@ss=standard`) still keep "M. Zhao" together.
        #expect(s.sentences(in: "Voir M. Zhao; puis partir.").map(String.init) == ["Voir M. Zhao;", "puis partir."])
        // Without the built-in rules, "Rév." breaks as ICU alone breaks it.
        #expect(s.sentences(in: "Voir (Rév. Dubaï, 2018).").map(String.init) == ["Voir (Rév.", "Dubaï, 2018)."])
        let en = try SentenceSegmenter(language: .en, rules: rules)
        #expect(en.sentences(in: "One; two.").map(String.init) == ["One; two."])
    }
}
