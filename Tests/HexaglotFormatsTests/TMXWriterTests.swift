import Foundation
import HexaglotCore
import Testing
@testable import HexaglotFormats

/// Writing TMX: the file appears only when finished, escaping, codes from other formats.
@Suite struct TMXWriterTests {
    private func temporaryDirectory() throws -> URL {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("hexaglot-tmx-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        return dir
    }

    private func text(_ units: [TranslationUnit], header: TMXHeader = TMXHeader(creationToolVersion: "0.1.0")) throws -> String {
        String(decoding: try TMXWriter.data(header: header, units: units), as: UTF8.self)
    }

    private func reread(_ units: [TranslationUnit]) throws -> [TranslationUnit] {
        try TMXReader(data: try TMXWriter.data(header: TMXHeader(), units: units), name: "written.tmx").readAll().units
    }

    private func unit(_ id: String, _ pairs: [(Language, Content)]) -> TranslationUnit {
        TranslationUnit(id: id, variants: pairs.map { TranslationUnit.Variant(language: LanguageTag($0.0), content: $0.1) })
    }

    @Test func writesAFileOnlyWhenFinished() throws {
        let dir = try temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let path = dir.appendingPathComponent("connect2030.tmx").path
        let writer = try TMXWriter(path: path, header: TMXHeader(creationToolVersion: "0.1.0"))
        for u in TMXTests.golden.units { try writer.write(u) }
        #expect(!FileManager.default.fileExists(atPath: path))
        #expect(try FileManager.default.contentsOfDirectory(atPath: dir.path).count == 1)
        try writer.finish()
        try writer.finish()
        #expect(try FileManager.default.contentsOfDirectory(atPath: dir.path) == ["connect2030.tmx"])
        let (header, units) = try TMXReader(path: path).readAll()
        #expect(units == TMXTests.golden.units)
        #expect(header.creationTool == "Hexaglot" && header.creationToolVersion == "0.1.0")
    }

    @Test func aFailedExportLeavesNoFile() throws {
        let dir = try temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let path = dir.appendingPathComponent("out.tmx").path
        do {
            let writer = try TMXWriter(path: path, header: TMXHeader())
            try writer.write(unit("ok", [(.en, "Connect 2030")]))
            #expect {
                try writer.write(unit("itu-7", [(.en, "Connect 2030"), (.fr, "Connect\u{7} 2030")]))
            } throws: { error in
                guard let e = error as? FormatError else { return false }
                return e.code == .encoding && e.message.contains("U+0007") && e.message.contains("unit \"itu-7\", fr variant")
            }
        }
        #expect(try FileManager.default.contentsOfDirectory(atPath: dir.path).isEmpty)
    }

    @Test func aRefusedUnitIsSkippedAndWritingGoesOn() throws {
        let dir = try temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let path = dir.appendingPathComponent("out.tmx").path
        let writer = try TMXWriter(path: path, header: TMXHeader())
        try writer.write(unit("1", [(.en, "ITU")]))
        #expect(throws: FormatError.self) { try writer.write(unit("2", [(.en, "bad \u{FFFE}")])) }
        #expect(throws: FormatError.self) {
            var u = unit("3", [(.en, "ITU")])
            u.attributes["not a name"] = "x"
            try writer.write(u)
        }
        try writer.write(unit("4", [(.ru, "МСЭ")]))
        try writer.finish()
        #expect(try TMXReader(path: path).readAll().units.map(\.id) == ["1", "4"])
    }

    @Test func hexaglotHeader() throws {
        let out = try text([])
        #expect(out == """
            <?xml version="1.0" encoding="UTF-8"?>
            <tmx version="1.4">
              <header creationtool="Hexaglot" creationtoolversion="0.1.0" segtype="sentence" o-tmf="Hexaglot" adminlang="en" srclang="*all*" datatype="plaintext"/>
              <body>
              </body>
            </tmx>

            """)
        let fr = try text([], header: TMXHeader(creationToolVersion: "0.1.0", sourceLanguage: "fr-FR"))
        #expect(fr.contains("srclang=\"fr-FR\""))
    }

    @Test func escapesTextAndAttributes() throws {
        var u = unit("q&a \"1\"", [(.en, Content(text: "Tom & Jerry <b> \"quoted\" 'apos' > end\r\nline\ttab"))])
        u.attributes["x-note"] = "a \"b\" <c>\n\td & e"
        u.properties = [UnitProperty(type: "x-type <1>", value: "<value> & more", language: "en")]
        u.notes = ["note with ]]> and <tags>"]
        u.variants[0].previous = "before & after"
        let out = try text([u])
        #expect(out.contains("tuid=\"q&amp;a &quot;1&quot;\""))
        #expect(out.contains("x-note=\"a &quot;b&quot; &lt;c&gt;&#10;&#9;d &amp; e\""))
        #expect(out.contains("<seg>Tom &amp; Jerry &lt;b&gt; \"quoted\" 'apos' &gt; end&#13;\nline\ttab</seg>"))
        #expect(out.contains("<note>note with ]]&gt; and &lt;tags&gt;</note>"))
        #expect(try reread([u]) == [u])
    }

    @Test func writesVariantsOfTheSixThenForeignOnes() throws {
        var u = unit("1", [(.zh, "国际电联"), (.ar, "الاتحاد الدولي للاتصالات")])
        u.foreignVariants = [TranslationUnit.ForeignVariant(tag: "de", content: "ITU", attributes: ["creationid": "anna"])]
        u.created = TMXDate.parse("20240301T080000Z")
        u.origin = "doc:letter#3"
        let out = try text([u])
        let zh = out.range(of: "xml:lang=\"zh\"")!, ar = out.range(of: "xml:lang=\"ar\"")!, de = out.range(of: "xml:lang=\"de\"")!
        #expect(zh.lowerBound < ar.lowerBound && ar.lowerBound < de.lowerBound)
        #expect(out.contains("<tu tuid=\"1\" creationdate=\"20240301T080000Z\">\n      <prop type=\"x-origin\">doc:letter#3</prop>"))
        #expect(out.contains("<tuv xml:lang=\"de\" creationid=\"anna\">"))
        #expect(try reread([u]) == [u])
    }

    /// Markdown codes (no `tmx` attribute) become bpt/ept and ph with a type from their role.
    @Test func writesCodesFromMarkdown() throws {
        let parsed = try MarkdownFormat().parse("Réf.: **CL-19/73**, voir la [Résolution 200](#) et `ICT4SDG` \\*\n",
                                                file: "t.md", language: .fr)
        let content = parsed.segments[0].content
        let out = try text([unit("md", [(.fr, content)])])
        #expect(out.contains("<bpt i=\"1\" type=\"bold\">**</bpt>CL-19/73<ept i=\"1\">**</ept>"))
        #expect(out.contains("type=\"link\">[</bpt>Résolution 200<ept i=\"2\">](#)</ept>"))
        #expect(out.contains("type=\"x-code\">`ICT4SDG`</ph>"))
        #expect(out.contains("type=\"x-escape\">\\*</ph>"))
        let back = try reread([unit("md", [(.fr, content)])])[0].variants[0].content
        func shape(_ c: Content) -> [String] { c.codes.map { "\($0.kind) \($0.id) \($0.role) \($0.data)" } }
        #expect(shape(back) == shape(content))
        #expect(back.markup == content.markup)
    }

    @Test func unpairedCodesBecomeItAndCrossingHiBecomesBptEpt() throws {
        let open = InlineCode(id: 1, kind: .open, role: .strong, data: "**")
        let close = InlineCode(id: 2, kind: .close, role: .emphasis, data: "_")
        var content = Content([.code(close), .text("Connect"), .code(open), .text(" 2030")])
        var out = try text([unit("it", [(.en, content)])])
        #expect(out.contains("<seg><it pos=\"end\" x=\"2\" type=\"italic\">_</it>Connect<it pos=\"begin\" x=\"1\" type=\"bold\">**</it> 2030</seg>"))
        #expect(try reread([unit("it", [(.en, content)])])[0].variants[0].content.codes.map(\.kind) == [.close, .open])

        let hi = ["tmx": "hi"]
        content = Content([
            .code(InlineCode(id: 1, kind: .open, role: .strong, data: "", attributes: hi)), .text("A"),
            .code(InlineCode(id: 2, kind: .open, role: .emphasis, data: "", attributes: hi)), .text("B"),
            .code(InlineCode(id: 1, kind: .close, role: .strong, data: "", attributes: hi)), .text("C"),
            .code(InlineCode(id: 2, kind: .close, role: .emphasis, data: "", attributes: hi)),
        ])
        out = try text([unit("hi", [(.en, content)])])
        #expect(out.contains("<seg><bpt i=\"1\"/>A<hi>B<ept i=\"1\"/>C</hi></seg>"))
        #expect(try reread([unit("hi", [(.en, content)])])[0].variants[0].content.tagged == "{1}A{2}B{/1}C{/2}")
    }

    @Test func aSubIsWrittenBackOnlyWhileItStillHoldsTheData() throws {
        let en = try #require(TMXTests.golden.units[1].variant(.en))
        var codes = en.content.runs
        let out = try text([unit("s", [(.en, en.content)])])
        #expect(out.contains("title=\"<sub>ICT4SDG campaign</sub>\"&gt;</bpt>"))
        let k = try #require(codes.firstIndex { if case .code(let c) = $0 { return c.attributes["tmx"] == "bpt" } else { return false } })
        guard case .code(var link) = codes[k] else { return }
        link.data = "<a href=\"https://www.itu.int/\">"
        codes[k] = .code(link)
        let edited = try text([unit("s", [(.en, Content(codes))])])
        #expect(edited.contains("<bpt i=\"1\" type=\"link\">&lt;a href=\"https://www.itu.int/\"&gt;</bpt>"))
        #expect(!edited.contains("<sub>"))
    }

    @Test func datesReadAndWriteInTheTMXForm() throws {
        let d = try #require(TMXDate.parse("20240229T235959Z"))
        #expect(d.timeIntervalSince1970 == 1_709_251_199)
        #expect(TMXDate.format(d) == "20240229T235959Z")
        #expect(TMXDate.parse("2024-02-29T23:59:59Z") == d)
        #expect(TMXDate.format(try #require(TMXDate.parse("19650704T120000Z"))) == "19650704T120000Z")
        #expect(TMXDate.format(Date(timeIntervalSince1970: 0.75)) == "19700101T000000Z")
        for bad in ["20230229T000000Z", "20241301T000000Z", "20240101T240000Z", "20240101T000000", "2024010T000000Z",
                    "20240101 000000Z", "2024-01-01T00:00:00", "x0240101T000000Z", ""] {
            #expect(TMXDate.parse(bad) == nil, "\(bad)")
        }
    }
}
