import HexaglotCore
import Testing
@testable import HexaglotQA

@Suite struct MixedScriptCheckTests {
    @Test func latinLetterInRussianWord() {
        // "Соединим" with a Latin "c" (U+0063) as its first letter.
        let f = findings(MixedScriptCheck.self, "Connect 2030 Agenda", "Повестка дня \"\u{63}оединим к 2030 году\"", .en, .ru)
        #expect(f.count == 1)
        #expect(f.first?.severity == .error)
        #expect(f.first?.message.contains("U+0063") == true)
        #expect(f.first?.range == 14..<22)
        #expect(findings(MixedScriptCheck.self, "Connect 2030 Agenda", "Повестка дня \"Соединим к 2030 году\"", .en, .ru).isEmpty)
    }

    @Test func cyrillicLetterInLatinWord() {
        // "Agenda" with a Cyrillic "а" (U+0430) at the end.
        let f = findings(MixedScriptCheck.self, "Повестка дня", "Connect 2030 Agend\u{430}", .ru, .en)
        #expect(f.count == 1)
        #expect(f.first?.message.contains("U+0430") == true)
        // A Latin name in a Russian sentence is not mixed.
        #expect(findings(MixedScriptCheck.self, "Connect 2030", "Программа Connect 2030", .en, .ru).isEmpty)
    }
}
