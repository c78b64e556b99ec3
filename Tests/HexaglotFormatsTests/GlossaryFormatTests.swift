import Foundation
import Testing
import HexaglotCore
@testable import HexaglotFormats

/// The Connect 2030 glossary through TBX and CSV and back, and what a bad glossary file gets.
@Suite struct GlossaryFormatTests {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    func glossary() throws -> [GlossaryEntry] {
        try TBXReader.read(contentsOf: Self.root.appendingPathComponent("Glossaries/connect2030.tbx").path)
    }

    @Test func tbxRoundTrip() throws {
        let entries = try glossary()
        #expect(entries.count >= 40)
        let written = TBXWriter.string(entries, title: "Connect 2030")
        let again = try TBXReader.read(Data(written.utf8), file: "out.tbx")
        #expect(again == entries)
    }

    @Test func matchingFlagsGoThroughTBXAndCSV() throws {
        let entries = try glossary()
        let growth = try #require(entries.first { $0.id == "c2030-003" })
        #expect(growth.terms.allSatisfy { $0.matching == .suggestOnly })
        let sector = try #require(entries.first { $0.id == "c2030-037" })
        #expect(sector.terms.first { $0.language == .en }?.matching == .caseSensitive)
        #expect(entries.first { $0.id == "c2030-001" }?.terms.allSatisfy { $0.matching.isEmpty } == true)
        let written = TBXWriter.string([sector], title: "t")
        #expect(written.contains("<termNote type=\"x-matching\">caseSensitive</termNote>"))
        // Flags every term of a concept has are written once for the concept, and read back onto each term.
        let once = TBXWriter.string([growth], title: "t")
        #expect(once.contains("<descrip type=\"x-matching\">suggestOnly</descrip>") && !once.contains("<termNote type=\"x-matching\">"))
        #expect(try TBXReader.read(Data(once.utf8), file: "g.tbx") == [growth])
        let byLanguage = """
            <martif type="TBX-Basic" xml:lang="en"><text><body>
            <termEntry id="a"><langSet xml:lang="en"><descrip type="x-matching">caseSensitive</descrip>
            <tig><term>Sector</term></tig><tig><term>Sectors</term><termNote type="x-matching">wholePhrase</termNote></tig></langSet>
            <langSet xml:lang="fr"><tig><term>Secteur</term></tig></langSet></termEntry>
            </body></text></martif>
            """
        #expect(try TBXReader.read(Data(byLanguage.utf8), file: "l.tbx").first?.terms.map(\.matching) == [.caseSensitive, [.caseSensitive, .wholePhrase], []])
        // Several flags, separated by spaces or commas, any case; an unknown one is an error with its line.
        let tbx = """
            <martif type="TBX-Basic" xml:lang="en"><text><body>
            <termEntry id="a"><langSet xml:lang="en"><tig><term>Sector</term>
            <termNote type="x-matching">casesensitive, wholePhrase</termNote></tig></langSet></termEntry>
            </body></text></martif>
            """
        #expect(try TBXReader.read(Data(tbx.utf8), file: "a.tbx").first?.terms.first?.matching == [.caseSensitive, .wholePhrase])
        let bad = tbx.replacingOccurrences(of: "casesensitive, wholePhrase", with: "fuzzy")
        #expect { try TBXReader.read(Data(bad.utf8), file: "b.tbx") } throws: { e in
            let m = "\(e)"
            return m.contains("fuzzy") && m.contains("b.tbx") && m.contains("3")
        }
        let csv = "concept,language,term,matching\nc,en,growth,suggestOnly\nc,fr,croissance,\n"
        #expect(try GlossaryCSV.read(csv, file: "g.csv").entries.first?.terms.map(\.matching) == [.suggestOnly, []])
        #expect { try GlossaryCSV.read("concept,language,term,matching\nc,en,growth,sometimes\n", file: "g.csv") } throws: { e in
            "\(e)".contains("sometimes") && "\(e)".contains("2")
        }
    }

    @Test func csvRoundTrip() throws {
        let entries = try glossary()
        let csv = GlossaryCSV.write(entries)
        #expect(csv.hasPrefix("concept,language,term,usage,part_of_speech,term_type,note,definition,subject_field,matching\r\n"))
        #expect(csv.contains(",growth,preferred,noun,,,,,suggestOnly\r\n"))
        let (again, warnings) = try GlossaryCSV.read(csv, file: "out.csv")
        #expect(again == entries)
        #expect(warnings.isEmpty, "\(warnings)")
    }

    @Test func aCSVWithAConflictingDuplicateOrAnUnknownLanguageIsRefusedWithItsLine() throws {
        let conflicting = """
            concept,language,term,usage
            ict,fr,TIC,preferred
            ict,fr,TIC,deprecated
            """
        #expect(throws: FormatError.self) { try GlossaryCSV.read(conflicting, file: "g.csv") }
        do { _ = try GlossaryCSV.read(conflicting, file: "g.csv") } catch let e as FormatError {
            #expect(e.location?.line == 3 && e.message.contains("twice"))
        }
        do {
            _ = try GlossaryCSV.read("concept,language,term\nict,xx,ICT\n", file: "g.csv")
            Issue.record("an unknown language was accepted")
        } catch let e as FormatError {
            #expect(e.location?.line == 2 && e.message.contains("xx"))
        }
        do {
            _ = try GlossaryCSV.read("concept,language,term\nict,en,\"ICT\n", file: "g.csv")
            Issue.record("an open quote was accepted")
        } catch let e as FormatError {
            #expect(e.location?.line == 2)
        }
        let (_, warnings) = try GlossaryCSV.read("concept,language,term\nict,en,ICT\nict,fr,TIC\n", file: "g.csv")
        #expect(warnings.first?.message.contains("no approved term in ar, zh, ru, es") == true)
    }

    @Test func aTBXConceptMissingALanguageWarnsAndAConflictIsAnError() throws {
        let missing = """
            <?xml version="1.0"?>
            <martif type="TBX-Basic"><text><body>
            <termEntry id="c1">
              <langSet xml:lang="en"><tig><term>broadband</term></tig></langSet>
              <langSet xml:lang="fr"><tig><term>large bande</term></tig></langSet>
            </termEntry>
            </body></text></martif>
            """
        let (entries, warnings) = try TBXReader.readWithWarnings(Data(missing.utf8), file: "g.tbx")
        #expect(entries.count == 1)
        #expect(warnings.map(\.location?.line) == [3])
        let german = missing.replacingOccurrences(of: "</termEntry>", with: "  <langSet xml:lang=\"de\"><tig><term>Breitband</term></tig></langSet>\n</termEntry>")
        let (_, withGerman) = try TBXReader.readWithWarnings(Data(german.utf8), file: "g.tbx")
        #expect(withGerman.contains { $0.message.contains("\"de\"") && $0.location?.line == 6 }, "\(withGerman)")
        let conflict = missing.replacingOccurrences(of: "<tig><term>large bande</term></tig>",
            with: "<tig><term>large bande</term></tig><tig><term>large bande</term><termNote type=\"administrativeStatus\">deprecatedTerm-admn-sts</termNote></tig>")
        #expect(throws: FormatError.self) { try TBXReader.read(Data(conflict.utf8), file: "g.tbx") }
    }
}
