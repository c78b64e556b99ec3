import Foundation
import HexaglotCore
import Testing
@testable import HexaglotFormats

/// The TMX golden files: `Golden/tmx/connect2030.tmx` (hand-written input) and
/// `connect2030.expected.tmx` (what the writer gives for it; rewrite it with
/// `HEXAGLOT_UPDATE_GOLDEN=1` and review the diff).
enum TMXGolden {
    static let input = "connect2030.tmx"
    static let expected = "connect2030.expected.tmx"

    static func url(_ name: String) -> URL {
        Golden.bundleDirectory.appendingPathComponent("tmx").appendingPathComponent(name)
    }

    static func bytes(_ name: String) throws -> [UInt8] {
        [UInt8](try Data(contentsOf: url(name)))
    }

    static func read(_ bytes: [UInt8], chunkSize: Int = 1 << 20, maxRead: Int = .max) throws -> (TMXHeader, [TranslationUnit]) {
        var units: [TranslationUnit] = []
        let header = try TMXReader(bytes: bytes, name: input, chunkSize: chunkSize, maxRead: maxRead).read { units.append($0) }
        return (header, units)
    }

    /// The bytes of `text` in UTF-16 with a byte-order mark.
    static func utf16(_ bytes: [UInt8], bigEndian: Bool) -> [UInt8] {
        var out: [UInt8] = bigEndian ? [0xFE, 0xFF] : [0xFF, 0xFE]
        for unit in String(decoding: bytes, as: UTF8.self).utf16 {
            let (hi, lo) = (UInt8(unit >> 8), UInt8(unit & 0xFF))
            out += bigEndian ? [hi, lo] : [lo, hi]
        }
        return out
    }
}

/// Reading the hand-written golden TMX: header, units, languages, inline codes.
@Suite struct TMXTests {
    static let golden: (header: TMXHeader, units: [TranslationUnit]) = {
        try! TMXGolden.read(TMXGolden.bytes(TMXGolden.input))
    }()

    private func date(_ s: String) -> Date { TMXDate.parse(s)! }

    @Test func readsTheHeader() {
        let h = Self.golden.header
        #expect(h.version == "1.4")
        #expect(h.creationTool == "HandWritten" && h.creationToolVersion == "1.0")
        #expect(h.segmentType == "sentence" && h.originalFormat == "ITU-TM" && h.adminLanguage == "en-US")
        #expect(h.sourceLanguage == "en" && h.dataType == "html")
        #expect(h.attributes == ["creationdate": "20240115T090000Z", "o-encoding": "UTF-8"])
        #expect(h.properties == [UnitProperty(type: "x-project", value: "ICT4SDG")])
        #expect(h.notes == ["Sentences about the Connect 2030 Agenda and the ICT4SDG campaign of ITU."])
    }

    @Test func readsUnitAttributesPropsNotesAndDates() throws {
        let units = Self.golden.units
        #expect(units.map(\.id) == ["c2030-001", "ict4sdg-002", "wsis-003"])
        let u = units[0]
        #expect(u.author == "amina" && u.changedBy == "li.wei")
        #expect(u.created == date("20240115T093000Z") && u.changed == date("20240220T141500Z"))
        #expect(u.attributes == ["usagecount": "3", "srclang": "en"])
        #expect(u.properties == [UnitProperty(type: "x-domain", value: "Telecommunication development")])
        #expect(u.notes == ["From the ICT4SDG campaign page."])
        #expect(u.origin == nil)
        let en = try #require(u.variant(.en))
        #expect(en.author == "amina" && en.created == date("20240115T093000Z"))
        #expect(en.previous == "ITU launches a new campaign." && en.next == "Join us at itu.int/ICT4SDG.")
        #expect(en.properties.isEmpty)
        let fr = try #require(u.variant(.fr))
        #expect(fr.changedBy == "claire" && fr.changed == date("20240220T141500Z") && fr.author == nil)
    }

    @Test func mapsLanguageTagsAndKeepsForeignVariants() {
        let units = Self.golden.units
        #expect(units[0].variants.map(\.language.tag) == ["en-US", "fr-FR", "es-419", "ru", "ar", "zh-CN"])
        #expect(units[0].languages == [.en, .fr, .es, .ru, .ar, .zh])
        #expect(units[0].foreignVariants.map(\.tag) == ["de-DE"])
        #expect(units[0].foreignVariants[0].content.tagged == "Die {1}Agenda Connect 2030{/1} setzt fünf Ziele für 2030.")
        #expect(units[1].variants.map(\.language.tag) == ["en", "fr", "zh-Hans", "es", "ru", "ar"])
        #expect(units[2].variants.map(\.language.tag) == ["en-GB", "fr-FR"])
        let pt = units[2].foreignVariants[0]
        #expect(pt.tag == "pt-BR")
        #expect(pt.attributes == ["creationid": "joao", "creationdate": "20231231T235959Z"])
        #expect(pt.properties == [UnitProperty(type: "x-context-pre", value: "Contexto.")])
    }

    @Test func readsPairedCodesAndPlaceholders() throws {
        let en = try #require(Self.golden.units[0].variant(.en))
        let codes = en.content.codes
        #expect(codes.map(\.kind) == [.open, .close, .placeholder])
        #expect(codes.map(\.id) == [1, 1, 2])
        #expect(codes.map(\.role) == [.strong, .strong, .lineBreak])
        #expect(codes.map(\.data) == ["<b>", "</b>", "<br/>"])
        #expect(codes.map(\.equiv) == [nil, nil, nil])
        #expect(codes[0].attributes == ["tmx": "bpt", "i": "1", "type": "bold"])
        #expect(codes[1].attributes == ["tmx": "ept", "i": "1"])
        #expect(codes[2].attributes == ["tmx": "ph", "x": "2", "type": "lb"])
        #expect(en.content.plainText == "The Connect 2030 Agenda sets five goals for 2030.")
        #expect(en.content.markup == "The <b>Connect 2030 Agenda</b> sets five goals for 2030.<br/>")
        for v in Self.golden.units[0].variants {
            #expect(v.content.codes.map(\.id) == [1, 1, 2], "\(v.language)")
        }
        let ar = try #require(Self.golden.units[0].variant(.ar))
        #expect(ar.content.tagged == "يحدد {1}برنامج التوصيل لعام 2030{/1} خمسة أهداف لعام 2030.")
        let zh = try #require(Self.golden.units[0].variant(.zh))
        #expect(zh.content.tagged == "{1}《连通2030议程》{/1}为2030年设定了五个目标。")
    }

    @Test func readsHiItUtAndSub() throws {
        let u = Self.golden.units[1]
        let en = try #require(u.variant(.en))
        #expect(en.content.tagged == "Follow {2}#ICT4SDG{/2} & read the {1}campaign page{/1}.{3}")
        let codes = en.content.codes
        #expect(codes[0].kind == .open && codes[0].role == .emphasis && codes[0].data.isEmpty)
        #expect(codes[0].attributes == ["tmx": "hi", "type": "italic"])
        #expect(codes[1].kind == .close && codes[1].attributes == ["tmx": "hi"])
        #expect(codes[2].role == .link)
        #expect(codes[2].data == "<a href=\"https://www.itu.int/ICT4SDG\" title=\"ICT4SDG campaign\">")
        #expect(codes[2].attributes["tmx-sub"] == "&lt;a href=\"https://www.itu.int/ICT4SDG\" title=\"<sub>ICT4SDG campaign</sub>\"&gt;")
        #expect(codes[4].kind == .open && codes[4].id == 3 && codes[4].data == "<u>")
        #expect(codes[4].attributes == ["tmx": "it", "pos": "begin", "x": "3", "type": "ulined"])
        let zh = try #require(u.variant(.zh))
        #expect(zh.language.tag == "zh-Hans")
        #expect(zh.content.codes.last?.kind == .placeholder && zh.content.codes.last?.data == "{\\b}")
        #expect(zh.content.codes.last?.attributes == ["tmx": "ut"])
        let es = try #require(u.variant(.es))
        #expect(es.content.tagged == "  Siga {1}#ICT4SDG{/1}   y lea la página de la campaña.{/2}")
        let ru = try #require(u.variant(.ru))
        #expect(ru.content.plainText == "Следите за #ICT4SDG — кампанией МСЭ — \"ЦУР\" '2030'")
        let ar = try #require(u.variant(.ar))
        #expect(ar.content.isEmpty)
    }

    @Test func readsNotesOriginCDATAAndUnderscoreTags() throws {
        let u = Self.golden.units[2]
        #expect(u.notes == ["Two notes,", "in order."])
        #expect(u.origin == "doc:CL-19-73#4")
        #expect(u.properties.isEmpty)
        #expect(u.created == date("20231231T235959Z"))
        let en = try #require(u.variant(.en))
        #expect(en.notes == ["British spelling."])
        #expect(en.properties == [UnitProperty(type: "x-status", value: "approved", language: "en")])
        #expect(en.content == Content(text: "The WSIS Forum recognised <ICT> & SDGs."))
        #expect(u.variant(.fr)?.content.plainText == "Le Forum du SMSI a reconnu <TIC> & ODD.")
    }

    @Test func roundTripGivesEqualUnits() throws {
        let (header, units) = Self.golden
        let written = try TMXWriter.data(header: header, units: units)
        let (header2, units2) = try TMXGolden.read([UInt8](written))
        #expect(header2 == header)
        #expect(units2 == units)
    }

    @Test func writerOutputMatchesTheGolden() throws {
        let (header, units) = Self.golden
        let written = try TMXWriter.data(header: header, units: units)
        if Golden.updating {
            let dir = Golden.sourceDirectory.appendingPathComponent("tmx")
            try written.write(to: dir.appendingPathComponent(TMXGolden.expected))
        }
        let expected = try Data(contentsOf: TMXGolden.url(TMXGolden.expected))
        #expect(String(decoding: written, as: UTF8.self) == String(decoding: expected, as: UTF8.self))
    }

    @Test(arguments: [false, true])
    func readsUTF16WithByteOrderMark(bigEndian: Bool) throws {
        let utf8 = try TMXGolden.bytes(TMXGolden.input)
        let utf16 = TMXGolden.utf16(utf8, bigEndian: bigEndian)
        for (chunk, maxRead) in [(1 << 20, Int.max), (16, 1), (64, 7), (37, 3)] {
            let (header, units) = try TMXGolden.read(utf16, chunkSize: chunk, maxRead: maxRead)
            #expect(header == Self.golden.header)
            #expect(units == Self.golden.units, "chunk \(chunk), reads of \(maxRead)")
        }
        // And back through the writer (which writes UTF-8).
        let written = try TMXWriter.data(header: Self.golden.header, units: try TMXGolden.read(utf16).1)
        #expect(try TMXGolden.read([UInt8](written)).1 == Self.golden.units)
    }

    @Test func characterOutsideTheBasicPlaneSurvivesUTF16ChunkBoundaries() throws {
        let tmx = TMXDoc.body("<tu><tuv xml:lang=\"zh\"><seg>𠀀𝄞 ICT4SDG 🌍</seg></tuv></tu>")
        for bigEndian in [false, true] {
            for maxRead in 1...5 {
                let units = try TMXReader(bytes: TMXGolden.utf16(Array(tmx.utf8), bigEndian: bigEndian), name: "x.tmx",
                                          chunkSize: 16, maxRead: maxRead).readAll().units
                #expect(units.first?.variants.first?.content.plainText == "𠀀𝄞 ICT4SDG 🌍")
            }
        }
    }

    @Test func readsTheSameInTinyChunks() throws {
        let bytes = try TMXGolden.bytes(TMXGolden.input)
        for (chunk, maxRead) in [(16, 1), (16, 5), (17, 17), (64, 64), (100, 33), (4096, 1000)] {
            let (header, units) = try TMXGolden.read(bytes, chunkSize: chunk, maxRead: maxRead)
            #expect(header == Self.golden.header)
            #expect(units == Self.golden.units, "chunk \(chunk), reads of \(maxRead)")
        }
    }

    @Test func acceptsAByteOrderMarkAndTMX11LangAttributes() throws {
        let tmx = "\u{FEFF}" + TMXDoc.body("""
            <tu><tuv lang="EN-US"><seg>ITU</seg></tuv><tuv lang="ES-ES"><seg>UIT</seg></tuv><tuv lang="RU"><seg>МСЭ</seg></tuv></tu>
            """)
        let units = try TMXReader(data: Data(tmx.utf8), name: "old.tmx").readAll().units
        #expect(units[0].variants.map(\.language.tag) == ["en-US", "es-ES", "ru"])
    }

    @Test func callsTheHeaderCallbackFirstAndReportsProgress() throws {
        let bytes = try TMXGolden.bytes(TMXGolden.input)
        var events: [String] = []
        var progress: [(Int64, Int64)] = []
        _ = try TMXReader(bytes: bytes, name: "g.tmx", maxRead: 500).read(
            progress: { progress.append(($0, $1)) },
            header: { events.append("header \($0.creationTool)") },
            unit: { events.append("unit \($0.id ?? "")") })
        #expect(events == ["header HandWritten", "unit c2030-001", "unit ict4sdg-002", "unit wsis-003"])
        #expect(progress.count > 3)
        #expect(progress.last.map { $0.0 == $0.1 && $0.1 == Int64(bytes.count) } == true)
        #expect(zip(progress, progress.dropFirst()).allSatisfy { $0.0 <= $1.0 })
    }

    @Test func anErrorThrownByTheCallbackStopsReading() throws {
        struct Stop: Error {}
        var seen = 0
        #expect(throws: Stop.self) {
            _ = try TMXReader(path: TMXGolden.url(TMXGolden.input).path).read { _ in
                seen += 1
                if seen == 2 { throw Stop() }
            }
        }
        #expect(seen == 2)
    }

    /// The LibreOffice corpus of the benchmarks, when present: all 61,053 units in a
    /// release build; the first 3,000 in a debug build, to stay quick.
    @Test func readsTheBenchmarkCorpus() throws {
        let path = "/work/main/Benchmarks/data/libreoffice-6lang.tmx"
        guard FileManager.default.fileExists(atPath: path) else { return }
        struct Enough: Error {}
        #if DEBUG
        let limit = 3_000
        #else
        let limit = Int.max
        #endif
        var count = 0
        var languages = Set<Language>()
        do {
            let header = try TMXReader(path: path).read { unit in
                count += 1
                #expect(unit.id != nil && !unit.variants.isEmpty)
                languages.formUnion(unit.languages)
                if count == limit { throw Enough() }
            }
            #expect(header.sourceLanguage == "en")
            #expect(count == 61_053)
        } catch is Enough {
            #expect(count == limit)
        }
        #expect(languages == Set(Language.allCases))
    }
}

/// Small TMX documents for tests: the body's first line is line 5.
enum TMXDoc {
    static func body(_ body: String, declaration: String = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>") -> String {
        """
        \(declaration)
        <tmx version="1.4">
        <header creationtool="t" creationtoolversion="1" segtype="sentence" o-tmf="t" adminlang="en" srclang="en" datatype="plaintext"/>
        <body>
        \(body)
        </body>
        </tmx>

        """
    }
}
