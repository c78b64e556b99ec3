import HexaglotCore
import Testing
@testable import HexaglotMemory

private func adapt(_ translation: Content, into target: Language, match: String, query: String,
                   from source: Language) -> Adaptation {
    PlaceableAdapter.adapt(translation: translation, targetLanguage: target, matchSource: match,
                           sourceLanguage: source, query: query)
}

private func change(_ kind: Placeable.Kind, _ from: String, _ to: String) -> Adaptation.Change {
    Adaptation.Change(kind: kind, from: from, to: to)
}

@Suite struct PlaceableAdapterTests {
    @Test func frenchToEnglishResolutionAndYears() {
        let a = adapt("Resolution 71 (Busan, 2014) sets 4 goals for 2020.", into: .en,
                      match: "La Résolution 71 (Busan, 2014) fixe 4 buts pour 2020.",
                      query: "La Résolution 200 (Dubaï, 2018) fixe 4 buts pour 2030.", from: .fr)
        #expect(a.content == "Resolution 200 (Busan, 2018) sets 4 goals for 2030.")
        #expect(a.changes == [
            change(.reference, "Resolution 71", "Resolution 200"),
            change(.number, "2014", "2018"),
            change(.number, "2020", "2030"),
        ])
        #expect(a.unadapted.isEmpty)
    }

    @Test func numbersTakeTheTranslationsStyle() {
        let toFrench = adapt("Plus de 2\u{202F}020 délégués, soit 2,5 % de plus.", into: .fr,
                             match: "More than 2,020 delegates, 2.5% more.",
                             query: "More than 2,030 delegates, 3.5% more.", from: .en)
        #expect(toFrench.content == "Plus de 2\u{202F}030 délégués, soit 3,5 % de plus.")

        let grouped = adapt("More than 200 delegates for 2020.", into: .en,
                            match: "Plus de 200 délégués pour 2020.",
                            query: "Plus de 2 030 délégués pour 2030.", from: .fr)
        #expect(grouped.content == "More than 2,030 delegates for 2030.")
        #expect(grouped.changes == [change(.number, "200", "2,030"), change(.number, "2020", "2030")])

        let spanish = adapt("Más de 1.500 participantes.", into: .es,
                            match: "More than 1,500 participants.", query: "More than 12,030 participants.", from: .en)
        #expect(spanish.content == "Más de 12.030 participantes.")
    }

    @Test func englishToRussianDateAndCircularLetter() {
        let a = adapt("Всемирный день электросвязи и информационного общества 17 мая 2019 г.: см. циркулярное письмо CL-19/73.",
                      into: .ru,
                      match: "World Telecommunication and Information Society Day on 17 May 2019: see circular letter CL-19/73.",
                      query: "World Telecommunication and Information Society Day on 17 June 2020: see circular letter CL-20/12.",
                      from: .en)
        #expect(a.content == "Всемирный день электросвязи и информационного общества 17 июня 2020 г.: см. циркулярное письмо CL-20/12.")
        #expect(a.changes == [change(.date, "17 мая 2019 г.", "17 июня 2020 г."), change(.reference, "CL-19/73", "CL-20/12")])

        let prepositional = adapt("в мае 2019 года", into: .ru, match: "in May 2019", query: "in March 2021", from: .en)
        #expect(prepositional.content == "в марте 2021 года")
    }

    @Test func spanishToChinese() {
        let a = adapt("第71号决议（2014年，釜山）自2015年1月1日起适用。", into: .zh,
                      match: "La Resolución 71 (Busan, 2014) se aplica desde el 1 de enero de 2015.",
                      query: "La Resolución 200 (Dubái, 2018) se aplica desde el 1 de enero de 2019.", from: .es)
        #expect(a.content == "第200号决议（2018年，釜山）自2019年1月1日起适用。")
        #expect(a.changes == [
            change(.reference, "第71号决议", "第200号决议"),
            change(.number, "2014", "2018"),
            change(.date, "2015年1月1日", "2019年1月1日"),
        ])
    }

    @Test func englishToArabicKeepsArabicIndicDigits() {
        let a = adapt("يحدد القرار ٧١ (بوسان، ٢٠١٤) أربعة أهداف لعام ٢٠٢٠ بمشاركة ١٬٥٠٠ شخص.", into: .ar,
                      match: "Resolution 71 (Busan, 2014) sets four goals for 2020 with 1,500 people.",
                      query: "Resolution 200 (Dubai, 2018) sets four goals for 2030 with 12,030 people.", from: .en)
        #expect(a.content == "يحدد القرار ٢٠٠ (بوسان، ٢٠١٨) أربعة أهداف لعام ٢٠٣٠ بمشاركة ١٢٬٠٣٠ شخص.")
        #expect(a.changes.count == 4)

        let date = adapt("يُحتفل به في ١٧ مايو ٢٠١٩ و17 أيار/مايو 2019.", into: .ar,
                         match: "It is celebrated on 17 May 2019 and 17 May 2019.",
                         query: "It is celebrated on 17 June 2020 and 18 June 2020.", from: .en)
        #expect(date.content == "يُحتفل به في ١٧ يونيو ٢٠٢٠ و18 حزيران/يونيه 2020.")
    }

    @Test func chineseToFrench() {
        let a = adapt("La Résolution 71 a été adoptée le 7 novembre 2014 (voir www.itu.int/pp14).", into: .fr,
                      match: "第71号决议于2014年11月7日通过，详见www.itu.int/pp14。",
                      query: "第200号决议于2018年11月16日通过，详见www.itu.int/pp18。", from: .zh)
        #expect(a.content == "La Résolution 200 a été adoptée le 16 novembre 2018 (voir www.itu.int/pp18).")
        #expect(a.changes == [
            change(.reference, "Résolution 71", "Résolution 200"),
            change(.date, "7 novembre 2014", "16 novembre 2018"),
            change(.url, "www.itu.int/pp14", "www.itu.int/pp18"),
        ])
    }

    @Test func ordinalsAndFirstDays() {
        let toEnglish = adapt("the 17th session, on 17 May 2019", into: .en,
                              match: "la 17e session, le 17 mai 2019", query: "la 21e session, le 1er juin 2020", from: .fr)
        #expect(toEnglish.content == "the 21st session, on 1 June 2020")
        let toFrench = adapt("le 21e congrès, le 17 mai 2020, le 05/06/2020", into: .fr,
                             match: "the 21st congress, on 17 May 2020, on 05/06/2020",
                             query: "the 1st congress, on 1 May 2020, on 07/06/2020", from: .en)
        #expect(toFrench.content == "le 1er congrès, le 1er mai 2020, le 07/06/2020")
    }

    @Test func aDateOfAnotherShapeIsWrittenAnew() {
        let a = adapt("el 17 de mayo de 2019", into: .es, match: "on 17 May 2019", query: "in June 2020", from: .en)
        #expect(a.content == "el junio de 2020")
        let zh = adapt("于2019年5月17日", into: .zh, match: "le 17 mai 2019", query: "le 17 juin", from: .fr)
        #expect(zh.content == "于6月17日")
    }

    @Test func placeablesMissingFromTheTranslationAreReported() {
        let a = adapt("Resolution 200 sets four goals for the next decade.", into: .en,
                      match: "La Résolution 200 fixe 4 buts pour 2020.",
                      query: "La Résolution 200 fixe 4 buts pour 2030.", from: .fr)
        #expect(a.content == "Resolution 200 sets four goals for the next decade.")
        #expect(a.changes.isEmpty)
        #expect(a.unadapted.map(\.text) == ["2030"])

        let extra = adapt("Contactez-nous avant le 17 mai.", into: .fr,
                          match: "Contact us by 17 May.", query: "Contact wtisd@itu.int by 17 May.", from: .en)
        #expect(extra.content == "Contactez-nous avant le 17 mai.")
        #expect(extra.unadapted.map(\.kind) == [.email])
    }

    @Test func inlineCodesStayInPlace() {
        let strong = InlineCode(id: 1, kind: .open, role: .strong, data: "**")
        let strongEnd = InlineCode(id: 1, kind: .close, role: .strong, data: "**")
        let link = InlineCode(id: 2, kind: .placeholder, role: .autolink, data: "<https://www.itu.int/pp14>",
                              equiv: "https://www.itu.int/pp14")
        let translation = Content([.text("See "), .code(strong), .text("Resolution 71"), .code(strongEnd),
                                   .text(" and "), .code(link), .text(" for 2020.")])
        let a = adapt(translation, into: .en,
                      match: "Voir la Résolution 71 et https://www.itu.int/pp14 pour 2020.",
                      query: "Voir la Résolution 200 et https://www.itu.int/pp18 pour 2030.", from: .fr)
        #expect(a.content == Content([.text("See "), .code(strong), .text("Resolution 200"), .code(strongEnd),
                                      .text(" and "), .code(link), .text(" for 2030.")]))
        #expect(a.changes == [change(.reference, "Resolution 71", "Resolution 200"), change(.number, "2020", "2030")])
        #expect(a.unadapted.map(\.value) == ["https://www.itu.int/pp18"])

        let split = Content([.text("for "), .code(strong), .text("20"), .code(strongEnd), .text("20")])
        let b = adapt(split, into: .en, match: "pour 2020", query: "pour 2030", from: .fr)
        #expect(b.content == Content([.text("for "), .code(strong), .text("20"), .code(strongEnd), .text("30")]))

        let bold = Content([.text("for "), .code(strong), .text("200"), .code(strongEnd), .text(" people")])
        let longer = adapt(bold, into: .en, match: "pour 200 personnes", query: "pour 1 200 personnes", from: .fr)
        #expect(longer.content == Content([.text("for "), .code(strong), .text("1,200"), .code(strongEnd), .text(" people")]))
        let appended = adapt(bold, into: .en, match: "pour 200 personnes", query: "pour 2000 personnes", from: .fr)
        #expect(appended.content == Content([.text("for "), .code(strong), .text("2000"), .code(strongEnd), .text(" people")]))
    }

    @Test func nothingDiffersNothingChanges() {
        let translation = Content([.text("Visit "), .code(InlineCode(id: 1, kind: .placeholder, role: .image, data: "![](x.png)")),
                                   .text(" www.itu.int on 17 May.")])
        let a = adapt(translation, into: .en, match: "Visitez www.itu.int le 17 mai.",
                      query: "Consultez www.itu.int le 17 mai.", from: .fr)
        #expect(a == Adaptation(content: translation))
    }

    @Test func repeatedValuesPairInOrder() {
        let a = adapt("en 2020 et en 2020", into: .fr, match: "in 2020 and in 2020", query: "in 2020 and in 2030", from: .en)
        #expect(a.content == "en 2020 et en 2030")
        let pairs = PlaceableAdapter.align(PlaceableFinder.find(in: "4 goals, 2018, 2030", language: .en),
                                           PlaceableFinder.find(in: "4 goals, 2014, 2020", language: .en))
        #expect(pairs.pairs.map { [$0.0, $0.1] } == [[1, 1], [2, 2]])
        #expect(pairs.unpaired.isEmpty)
    }

    @Test func emailsAndURLsAreReplacedAsWritten() {
        let a = adapt("Écrire à wtisd@itu.int ou voir https://www.itu.int/fr/wtisd/2019.", into: .fr,
                      match: "Write to wtisd@itu.int or see https://www.itu.int/en/wtisd/2019.",
                      query: "Write to ict4sdg@itu.int or see https://www.itu.int/en/wtisd/2020.", from: .en)
        #expect(a.content == "Écrire à ict4sdg@itu.int ou voir https://www.itu.int/fr/wtisd/2019.")
        #expect(a.unadapted.map(\.text) == ["https://www.itu.int/en/wtisd/2020"])
    }

    @Test func numbersAreNeverPadded() {
        #expect(adapt("Code 008080", into: .fr, match: "Code 008080", query: "Code 12345", from: .en).content == "Code 12345")
        #expect(adapt("Fichier 0042", into: .fr, match: "File 0042", query: "File 7", from: .en).content == "Fichier 7")
        // The query's own leading zeros are kept.
        #expect(adapt("Fichier 0042", into: .fr, match: "File 0042", query: "File 0007", from: .en).content == "Fichier 0007")
    }

    /// Month names come from HexaglotText's one table: French abbreviations with or without
    /// their point, Russian months in the dative and instrumental.
    @Test func monthNamesOfTheSharedTable() {
        let french = adapt("Réunion du 3 janv 2020.", into: .fr, match: "Meeting of 3 January 2020.",
                           query: "Meeting of 5 February 2020.", from: .en)
        #expect(french.content == "Réunion du 5 févr 2020.")
        let pointed = adapt("Réunion du 3 janv. 2020.", into: .fr, match: "Meeting of 3 January 2020.",
                            query: "Meeting of 5 February 2020.", from: .en)
        #expect(pointed.content == "Réunion du 5 févr. 2020.")
        let russian = adapt("Доклад к маю 2020 года.", into: .ru, match: "Report by May 2020.",
                            query: "Report by June 2021.", from: .en)
        #expect(russian.content == "Доклад к июню 2021 года.")
    }
}
