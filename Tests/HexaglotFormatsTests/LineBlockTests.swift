import Foundation
import Testing
import HexaglotCore
@testable import HexaglotFormats

/// Letters typed by hand: header and signature lines on consecutive lines without Markdown's
/// two trailing spaces are segments of their own; hard-wrapped prose stays one text.
@Suite struct LineBlockTests {
    private func segments(_ text: String, _ language: Language, format: any DocumentFormat = MarkdownFormat()) throws -> [String] {
        let parsed = try format.parse(text, file: "letter", language: language)
        #expect(Array(parsed.render().utf8) == Array(text.utf8), "the skeleton must give back the file byte for byte")
        return parsed.segments.map(\.content.plainText)
    }

    @Test func frenchNewcomerLetter() throws {
        let text = """
            ---
            reference: CL-21/05
            language: fr
            ---
            Réf.: **CL-21/05**
            Contact: Marie Dupont
            Tél. : +41 22 730 5111
            Courriel: [marie.dupont@itu.int](mailto:marie.dupont@itu.int)

            Madame, Monsieur,

            J'ai l'honneur de vous informer que la consultation du Conseil se tiendra
            à Genève du 1er au 3 mars 2021, dans les locaux de l'UIT. Les participants
            sont priés de s'inscrire en ligne avant le 15 février 2021.

            Veuillez agréer, Madame, Monsieur, l'assurance de ma haute considération.

            Houlin Zhao
            Secrétaire général

            """
        let s = try segments(text, .fr)
        #expect(s == [
            "Réf.: CL-21/05", "Contact: Marie Dupont", "Tél. : +41 22 730 5111", "Courriel: marie.dupont@itu.int",
            "Madame, Monsieur,",
            "J'ai l'honneur de vous informer que la consultation du Conseil se tiendra à Genève du 1er au 3 mars 2021, dans les locaux de l'UIT.",
            "Les participants sont priés de s'inscrire en ligne avant le 15 février 2021.",
            "Veuillez agréer, Madame, Monsieur, l'assurance de ma haute considération.",
            "Houlin Zhao", "Secrétaire général",
        ])
    }

    @Test func headersInTheSixLanguages() throws {
        let cases: [(Language, String, [String])] = [
            (.en, "Ref: CL-21/05\nContact: Mary Smith\nE-mail: mary.smith@itu.int\n",
             ["Ref: CL-21/05", "Contact: Mary Smith", "E-mail: mary.smith@itu.int"]),
            (.es, "Ref.: CL-21/05\nContacto: María López\nCorreo-e: maria.lopez@itu.int\n",
             ["Ref.: CL-21/05", "Contacto: María López", "Correo-e: maria.lopez@itu.int"]),
            (.ru, "Осн.: CL-21/05\nКонтактное лицо: Мария Иванова\nЭл. почта: maria@itu.int\n",
             ["Осн.: CL-21/05", "Контактное лицо: Мария Иванова", "Эл. почта: maria@itu.int"]),
            (.zh, "文号：CL-21/05\n联系人：李明\n电子邮件：li.ming@itu.int\n",
             ["文号：CL-21/05", "联系人：李明", "电子邮件：li.ming@itu.int"]),
            (.ar, "المرجع: CL-21/05\nجهة الاتصال: مريم أحمد\nالبريد الإلكتروني: maryam@itu.int\n",
             ["المرجع: CL-21/05", "جهة الاتصال: مريم أحمد", "البريد الإلكتروني: maryam@itu.int"]),
            (.fr, "Réf.: CL-21/05\ncourriel: a@itu.int\n", ["Réf.: CL-21/05", "courriel: a@itu.int"]),
        ]
        for (language, text, expected) in cases {
            #expect(try segments(text, language) == expected, "\(language)")
        }
    }

    @Test func signaturesInTheSixLanguages() throws {
        let cases: [(Language, String, [String])] = [
            (.en, "Yours faithfully,\nHoulin Zhao\nSecretary-General\n", ["Yours faithfully,", "Houlin Zhao", "Secretary-General"]),
            (.es, "Houlin Zhao\nSecretario General\n", ["Houlin Zhao", "Secretario General"]),
            (.ru, "Хоулинь Чжао\nГенеральный секретарь\n", ["Хоулинь Чжао", "Генеральный секретарь"]),
            (.zh, "秘书长\n赵厚麟\n", ["秘书长", "赵厚麟"]),
            (.ar, "هولين جاو\nالأمين العام\n", ["هولين جاو", "الأمين العام"]),
        ]
        for (language, text, expected) in cases {
            #expect(try segments(text, language) == expected, "\(language)")
        }
    }

    @Test func hardWrappedProseStaysMerged() throws {
        let en = """
            I have the honour to inform you that the Council consultation will take place
            in Geneva from 1 to 3 March 2021. Participants are invited to Register online
            before 15 February 2021, as Resolution 200 (Rev. Dubai, 2018) requests.

            """
        #expect(try segments(en, .en) == [
            "I have the honour to inform you that the Council consultation will take place in Geneva from 1 to 3 March 2021.",
            "Participants are invited to Register online before 15 February 2021, as Resolution 200 (Rev. Dubai, 2018) requests.",
        ])
        // A short first line continued in lower case, a wrapped subject line, a hyphenated word.
        #expect(try segments("Madame, Monsieur,\nnous vous écrivons.\n", .fr) == ["Madame, Monsieur, nous vous écrivons."])
        #expect(try segments("Subject: World Telecommunication and Information Society Day 2020, the\ntheme of this year\n", .en).count == 1)
        #expect(try segments("The tele-\nCommunication sector.\n", .en).count == 1)
        // A colon inside prose is no label: a time, a URL, a long lead-in.
        #expect(try segments("The meeting opens at 10:00 and closes at noon, said the Chair of the Council,\nMr Smith, on Monday.\n", .en).count == 1)
    }

    @Test func plainTextLettersFollowTheSameRule() throws {
        let s = try segments("Réf.: CL-21/05\nContact: Marie Dupont\n\nHoulin Zhao\nSecrétaire général\n", .fr, format: PlainTextFormat())
        #expect(s == ["Réf.: CL-21/05", "Contact: Marie Dupont", "Houlin Zhao", "Secrétaire général"])
    }

    @Test func labelLines() {
        for line in ["Réf.: CL-19/73", "Réf. : CL-19/73", "Correo-e: x@itu.int", "Осн.: CL-19/73", "文号：CL-19/73",
                     "المرجع: CL-19/73", "Contact:", "e-mail: a@b.c", "N° de téléphone: 123", "文号:CL-19/73", "联系人: 李明"] {
            #expect(LineBreakRule.isLabelLine(line), "\(line)")
        }
        for line in ["10:00 in Geneva", "See https://itu.int", "Connect 2030: the agenda", "This sentence is much too long to be a label: really",
                     "Lorem ipsum", ": value"] {
            #expect(!LineBreakRule.isLabelLine(line), "\(line)")
        }
    }
}

/// Signature lines after a long closing line, a salutation on the line above the prose, and
/// prose wrapped narrow: each as a translator expects.
@Suite struct LineBlockMixedTests {
    private func segments(_ text: String, _ language: Language) throws -> [String] {
        let parsed = try MarkdownFormat().parse(text, file: "letter", language: language)
        #expect(Array(parsed.render().utf8) == Array(text.utf8))
        return parsed.segments.map(\.content.plainText)
    }

    @Test func nameAndTitleUnderALongClosingLine() throws {
        let text = "Veuillez agréer, Madame, Monsieur, l'assurance de ma haute considération.\nHoulin Zhao\nSecrétaire général\n"
        #expect(try segments(text, .fr) == ["Veuillez agréer, Madame, Monsieur, l'assurance de ma haute considération.",
                                             "Houlin Zhao", "Secrétaire général"])
    }

    @Test func salutationAboveWrappedProse() throws {
        let text = "Dear Sir/Madam,\nI have the honour to inform you that the consultation of the Council will\ntake place in Geneva.\n"
        #expect(try segments(text, .en) == ["Dear Sir/Madam,",
                                             "I have the honour to inform you that the consultation of the Council will take place in Geneva."])
        let es = "Muy Señora mía/Muy Señor mío:\nTengo el honor de informarle de que la consulta se celebrará en Ginebra.\n"
        #expect(try segments(es, .es).count == 2)
    }

    @Test func proseWrappedNarrowStaysMerged() throws {
        let text = "The Council consultation will be held\nin Geneva from 1 to 3 March, and\nMember States are invited to register\nbefore 15 February.\n"
        #expect(try segments(text, .en).count == 1)
    }
}
