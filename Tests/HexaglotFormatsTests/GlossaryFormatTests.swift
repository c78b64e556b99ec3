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

    @Test func csvRoundTrip() throws {
        let entries = try glossary()
        let csv = GlossaryCSV.write(entries)
        #expect(csv.hasPrefix("concept,language,term,usage,part_of_speech,term_type,note,definition,subject_field\r\n"))
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
