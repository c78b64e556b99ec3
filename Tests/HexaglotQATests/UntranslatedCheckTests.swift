import HexaglotCore
import Testing
@testable import HexaglotQA

@Suite struct UntranslatedCheckTests {
    @Test func copiedSentenceIsReported() {
        let s = "The Connect 2030 Agenda was adopted in Dubai in 2018."
        let f = findings(UntranslatedCheck.self, s, s, .en, .fr)
        #expect(f.count == 1)
        #expect(f.first?.severity == .warning)
        #expect(findings(UntranslatedCheck.self, s, "the connect 2030  agenda was adopted in Dubai in 2018. ", .en, .es).count == 1)
        #expect(findings(UntranslatedCheck.self, "连通2030议程", "连通2030议程", .zh, .en).count == 1)
        #expect(findings(UntranslatedCheck.self, s, "Le Programme Connect 2030 a été adopté à Dubaï en 2018.", .en, .fr).isEmpty)
    }

    @Test func namesNumbersAndCodesMayStay() {
        #expect(findings(UntranslatedCheck.self, "Connect 2030 Agenda", "Connect 2030 Agenda", .en, .fr).isEmpty)
        #expect(findings(UntranslatedCheck.self, "ITU-T", "ITU-T", .en, .ru).isEmpty)
        #expect(findings(UntranslatedCheck.self, "2030", "2030", .en, .ar).isEmpty)
        #expect(findings(UntranslatedCheck.self, "www.itu.int", "www.itu.int", .en, .zh).isEmpty)
    }
}
