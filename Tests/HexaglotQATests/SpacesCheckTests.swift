import HexaglotCore
import Testing
@testable import HexaglotQA

@Suite struct SpacesCheckTests {
    let en = "The Connect 2030 Agenda has four goals."

    @Test func doubleSpaces() {
        #expect(findings(SpacesCheck.self, en, "Le Programme Connect 2030 comporte quatre buts.", .en, .fr).isEmpty)
        let f = findings(SpacesCheck.self, en, "Le Programme  Connect 2030 comporte quatre buts.", .en, .fr)
        #expect(f.count == 1)
        #expect(f.first?.range == 12..<14)
        #expect(f.first?.severity == .warning)
        #expect(findings(SpacesCheck.self, en, "Повестка дня \u{A0} «Соединим к 2030 году»", .en, .ru).count == 1)
        // Double spaces in the source are not the translator's doing.
        #expect(findings(SpacesCheck.self, "The  Connect 2030 Agenda", "La  Agenda Conectar 2030", .en, .es).isEmpty)
    }

    @Test func leadingAndTrailing() {
        let f = findings(SpacesCheck.self, en, " 连通2030议程有四个目标。 ", .en, .zh)
        #expect(f.count == 2)
        #expect(findings(SpacesCheck.self, en + " ", "La Agenda Conectar 2030 tiene cuatro metas.", .en, .es).count == 1)
        #expect(findings(SpacesCheck.self, en + " ", "La Agenda Conectar 2030 tiene cuatro metas. ", .en, .es).isEmpty)
    }
}
