import HexaglotCore
import Testing
@testable import HexaglotText

@Suite struct ScriptTests {
    @Test func scriptsInOrderIgnoringCommonAndInherited() {
        #expect(Script.scripts(of: "Hello мир 中国 ١٢ مرحبا") == ["Latn", "Cyrl", "Hani", "Arab"])
        #expect(Script.scripts(of: "2030 — «» ! \u{0301}") == [])
        #expect(Script.scripts(of: "العَرَبِيَّة") == ["Arab"])
    }

    @Test func dominantScript() {
        #expect(Script.dominant(in: "Программа Connect 2030") == "Cyrl")
        #expect(Script.dominant(in: "Connect 2030 МСЭ") == "Latn")
        #expect(Script.dominant(in: "国际电联 ITU") == "Hani")
        #expect(Script.dominant(in: "2030!") == nil)
    }

    @Test func mixedScriptWords() {
        // "сеть" with a Latin c, "Connect" is a proper name in Latin: only the first is mixed.
        let russian = "Программа Connect 2030 и \u{0063}еть 5G-сети МСЭ-Т"
        #expect(Script.mixedScriptWords(in: russian, language: .ru).map(String.init) == ["\u{0063}еть"])
        // An English word with a Cyrillic е.
        let english = "The Conn\u{0435}ct programme of ITU-T and 国际电联"
        #expect(Script.mixedScriptWords(in: english, language: .en).map(String.init) == ["Conn\u{0435}ct"])
        #expect(Script.mixedScriptWords(in: "Le programme Connect 2030", language: .fr).isEmpty)
    }

    @Test func confusableSkeleton() {
        #expect(Script.skeleton("\u{0440}\u{0430}yp\u{0430}l") == Script.skeleton("paypal"))
        #expect(Script.skeleton("itu") != Script.skeleton("ilu"))
    }
}
