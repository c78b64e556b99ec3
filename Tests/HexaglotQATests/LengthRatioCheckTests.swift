import HexaglotCore
import Testing
@testable import HexaglotQA

@Suite struct LengthRatioCheckTests {
    let en = "The Connect 2030 Agenda was adopted by Resolution 200 (Dubai, 2018)."

    @Test func usualLengthsPass() {
        #expect(findings(LengthRatioCheck.self, en, "Le Programme Connect 2030 a été adopté par la Résolution 200 (Dubaï, 2018).", .en, .fr).isEmpty)
        #expect(findings(LengthRatioCheck.self, en, "连通2030议程由第200号决议（2018年，迪拜）通过。", .en, .zh).isEmpty)
        #expect(findings(LengthRatioCheck.self, en, "اعتُمد برنامج التوصيل 2030 بموجب القرار 200 (دبي، 2018).", .en, .ar).isEmpty)
        // Short sources are not checked.
        #expect(findings(LengthRatioCheck.self, "17 SDGs", "Les 17 objectifs de développement durable des Nations Unies", .en, .fr).isEmpty)
    }

    @Test func farOutsideIsReported() {
        let short = findings(LengthRatioCheck.self, en, "Le Programme.", .en, .fr)
        #expect(short.count == 1)
        #expect(short.first?.message.contains("short") == true)
        // Chinese is about a third of English: an English-length Chinese text is too long the other way.
        let zh = "连通2030议程由第200号决议通过。连通2030议程由第200号决议通过。连通2030议程由第200号决议通过。"
        #expect(findings(LengthRatioCheck.self, zh, "The Agenda.", .zh, .en).count == 1)
        let long = findings(LengthRatioCheck.self, en, String(repeating: "连通2030议程由第200号决议通过。", count: 6), .en, .zh)
        #expect(long.count == 1)
        #expect(long.first?.message.contains("long") == true)
    }

    /// A letter's complimentary close is a formula of each language, not a translation of the words.
    @Test func complimentaryClosesAreNotMeasured() {
        let fr = "Veuillez agréer, Madame, Monsieur, l'assurance de ma considération distinguée."
        #expect(findings(LengthRatioCheck.self, fr, "Yours faithfully,", .fr, .en).isEmpty)
        #expect(findings(LengthRatioCheck.self, fr, "С уважением,", .fr, .ru).isEmpty)
        #expect(findings(LengthRatioCheck.self, fr, "Atentamente,", .fr, .es).isEmpty)
        #expect(findings(LengthRatioCheck.self, fr, "顺致崇高敬意。", .fr, .zh).isEmpty)
        #expect(findings(LengthRatioCheck.self, fr, "وتفضلوا بقبول فائق الاحترام.", .fr, .ar).isEmpty)
        // Any other sentence that short is still reported.
        #expect(findings(LengthRatioCheck.self, "Les États Membres sont invités à participer activement à la campagne.", "Join us,", .fr, .en).count == 1)
    }

    /// Names, e-mail addresses and references kept as they are do not count as translated length.
    @Test func carriedOverNamesAndAddressesAreNotMeasured() {
        #expect(findings(LengthRatioCheck.self, "Contact: Victoria Sukenik", "联系人：Victoria Sukenik", .fr, .zh).isEmpty)
        #expect(findings(LengthRatioCheck.self, "Courriel: strategy@itu.int", "电子邮件：strategy@itu.int", .fr, .zh).isEmpty)
        #expect(findings(LengthRatioCheck.self, "Courriel: strategy@itu.int", "البريد الإلكتروني: strategy@itu.int", .fr, .ar).isEmpty)
        // What is translated is still measured: a whole French sentence left in a Chinese target.
        let source = "Je vous invite à participer activement à la célébration de la Journée mondiale en 2020."
        #expect(findings(LengthRatioCheck.self, source, source + " 我们邀请您积极参与。", .fr, .zh).count == 1)
        #expect(LengthRatioCheck.translatedLengths("Ref: CL-19/73 (ITU)", "文号：CL-19/73（ITU）") == (8, 5))
    }
}
