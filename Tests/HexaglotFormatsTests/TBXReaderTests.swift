import Foundation
import HexaglotCore
import Testing
@testable import HexaglotFormats

@Suite struct TBXReaderTests {
    static let repository = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent()

    @Test func readsTheConnect2030GlossaryInSixLanguages() throws {
        let entries = try TBXReader.read(contentsOf: Self.repository.appendingPathComponent("Glossaries/connect2030.tbx").path)
        #expect(entries.count >= 40)
        #expect(Set(entries.map(\.id)).count == entries.count)
        let agenda = try #require(entries.first { $0.terms.contains { $0.language == .en && $0.text == "Connect 2030 Agenda" } })
        for language in Language.allCases {
            #expect(!agenda.terms(in: language).isEmpty, "no \(language) term for the Connect 2030 Agenda")
            #expect(agenda.terms(in: language).first?.usage == .preferred)
        }
        #expect(agenda.definition?.contains("Resolution 200") == true)
        let ntic = entries.flatMap(\.terms).filter { $0.text == "NTIC" }
        #expect(!ntic.isEmpty && ntic.allSatisfy { $0.usage == .deprecated && $0.note != nil })
        let abbreviations = entries.flatMap(\.terms).filter(\.isAbbreviation).map(\.text)
        #expect(abbreviations.contains("ODD") && abbreviations.contains("ЦУР"))
    }

    @Test func mapsRegionalLanguageTagsAndSkipsOtherLanguages() throws {
        let tbx = """
            <?xml version="1.0" encoding="UTF-8"?>
            <martif type="TBX-Basic" xml:lang="en"><text><body>
              <termEntry id="c1">
                <langSet xml:lang="en-GB"><tig><term>broadband</term>
                  <termNote type="administrativeStatus">preferredTerm-admn-sts</termNote></tig></langSet>
                <langSet xml:lang="zh-CN"><ntig><termGrp><term>宽带</term></termGrp></ntig></langSet>
                <langSet xml:lang="de"><tig><term>Breitband</term></tig></langSet>
                <langSet xml:lang="es-419"><tig><term>banda ancha</term>
                  <termNote type="administrativeStatus">admittedTerm-admn-sts</termNote></tig></langSet>
              </termEntry>
            </body></text></martif>
            """
        let entries = try TBXReader.read(Data(tbx.utf8), file: "small.tbx")
        #expect(entries.count == 1)
        #expect(entries[0].terms.map(\.language) == [.en, .zh, .es])
        #expect(entries[0].terms.map(\.usage) == [.preferred, .preferred, .admitted])
    }

    @Test func malformedTBXNamesTheFileAndLine() {
        let tbx = "<?xml version=\"1.0\"?>\n<martif type=\"TBX-Basic\">\n<text><body>\n<termEntry id=\"c1\">\n<langSet xml:lang=\"fr\"><tig><term>TIC</tig>\n</body></text></martif>\n"
        do {
            _ = try TBXReader.read(Data(tbx.utf8), file: "broken.tbx")
            Issue.record("accepted malformed XML")
        } catch let error as FormatError {
            #expect(error.code == .syntax)
            #expect(error.location?.file == "broken.tbx")
            #expect((error.location?.line ?? 0) >= 5)
        } catch {
            Issue.record("unexpected \(error)")
        }
    }

    @Test func refusesEntityDeclarationsAndUnknownStatuses() {
        let bomb = """
            <?xml version="1.0"?>
            <!DOCTYPE martif [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;">]>
            <martif type="TBX-Basic"><text><body><termEntry id="c1"><langSet xml:lang="en"><tig><term>&b;</term></tig></langSet></termEntry></body></text></martif>
            """
        #expect(throws: FormatError.self) { try TBXReader.read(Data(bomb.utf8), file: "bomb.tbx") }
        let external = """
            <?xml version="1.0"?>
            <!DOCTYPE martif [<!ENTITY x SYSTEM "file:///etc/passwd">]>
            <martif type="TBX-Basic"><text><body><termEntry id="c1"><langSet xml:lang="en"><tig><term>&x;</term></tig></langSet></termEntry></body></text></martif>
            """
        #expect(throws: FormatError.self) { try TBXReader.read(Data(external.utf8), file: "xxe.tbx") }
        let status = """
            <martif type="TBX-Basic"><text><body><termEntry id="c1"><langSet xml:lang="en"><tig><term>ICT</term>
            <termNote type="administrativeStatus">sometimes</termNote></tig></langSet></termEntry></body></text></martif>
            """
        #expect(throws: FormatError.self) { try TBXReader.read(Data(status.utf8), file: "status.tbx") }
        let notTBX = "<html><body>hello</body></html>"
        #expect(throws: FormatError.self) { try TBXReader.read(Data(notTBX.utf8), file: "page.tbx") }
    }
}
