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

    /// Hostile XML in a glossary: each refused with its own message, at once, nothing read.
    @Test func hostileGlossariesAreRefusedWithTheRightMessage() throws {
        func refusal(_ tbx: String) -> FormatError? {
            do {
                _ = try TBXReader.read(Data(tbx.utf8), file: "hostile.tbx")
                return nil
            } catch let e as FormatError {
                return e
            } catch {
                return nil
            }
        }
        let body = "<martif type=\"TBX-Basic\"><text><body><termEntry id=\"c1\"><langSet xml:lang=\"en\"><tig><term>TERM</term></tig></langSet></termEntry></body></text></martif>"
        let xxe = "<?xml version=\"1.0\"?>\n<!DOCTYPE martif [\n<!ENTITY xxe SYSTEM \"file:///etc/passwd\">]>\n" + body.replacingOccurrences(of: "TERM", with: "&xxe;")
        let e1 = try #require(refusal(xxe))
        #expect(e1.message == "malformed TBX: entity declarations are refused: Hexaglot never expands or fetches entities (<!ENTITY xxe>)")
        #expect(e1.location?.line == 3)
        // An entity nobody declared: an error, never "Connect 2030 Agenda" with the reference dropped.
        let undeclared = body.replacingOccurrences(of: "TERM", with: "&itu; Connect 2030 Agenda")
        #expect(refusal(undeclared)?.message.contains("undefined entity &itu;") == true)
        let withExternalSubset = "<!DOCTYPE martif SYSTEM \"TBXcoreStructV02.dtd\">\n" + undeclared
        #expect(refusal(withExternalSubset)?.message.contains("undefined entity &itu;") == true)
        // Quadratic blowup: one 1 MB entity used 50,000 times. Refused at its declaration.
        let big = String(repeating: "x", count: 1 << 20)
        let quadratic = "<!DOCTYPE martif [<!ENTITY big \"\(big)\">]>\n" + body.replacingOccurrences(of: "TERM", with: String(repeating: "&big;", count: 50_000))
        let started = Date()
        #expect(refusal(quadratic)?.message.contains("entity declarations are refused") == true)
        #expect(Date().timeIntervalSince(started) < 5)
        // Parameter entities and XInclude: nothing fetched, nothing included.
        let parameter = "<!DOCTYPE martif [<!ENTITY % remote SYSTEM \"http://example.invalid/x.dtd\"> %remote;]>\n" + body
        #expect(refusal(parameter)?.message.contains("entity declarations are refused") == true)
        let xinclude = body.replacingOccurrences(of: "TERM", with: "<xi:include xmlns:xi=\"http://www.w3.org/2001/XInclude\" href=\"/etc/passwd\"/>")
        let entries = (try? TBXReader.read(Data(xinclude.utf8), file: "xi.tbx")) ?? []
        #expect(!entries.flatMap(\.terms).contains { $0.text.contains("root:") })
    }
}
