import HexaglotCore
import Testing
@testable import HexaglotText

@Suite struct TransliteratorTests {
    @Test func byID() throws {
        #expect(try Transliterator(id: "Han-Latin").apply("北京") == "běi jīng")
        #expect(try Transliterator(id: "Cyrillic-Latin").apply("Пушкин") == "Puškin")
        #expect(try Transliterator(id: "Any-Latin; Latin-ASCII").apply("Москва") == "Moskva")
        #expect(try Transliterator(id: "Han-Latin").apply("") == "")
        #expect(throws: TextError.self) { try Transliterator(id: "No-Such-Thing") }
    }

    @Test func latinFromEachLanguage() {
        #expect(Transliterator.latin("国际电信联盟", from: .zh) == "guó jì diàn xìn lián méng")
        #expect(Transliterator.latin("Международный союз электросвязи", from: .ru) == "Mezhdunarodnyy soyuz elektrosvyazi")
        #expect(Transliterator.latin("الاتحاد", from: .ar).unicodeScalars.allSatisfy { Script.scripts(of: String($0)).allSatisfy { $0 == "Latn" } })
        #expect(!Transliterator.latin("الاتحاد", from: .ar).isEmpty)
        #expect(Transliterator.latin("Connect 2030", from: .fr) == "Connect 2030")
        #expect(Transliterator.latin("Союз", from: .en) == "Soûz")
    }
}
