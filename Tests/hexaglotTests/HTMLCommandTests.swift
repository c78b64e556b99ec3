import Foundation
import Testing

/// HTML pages through the command line: the demo page, Arabic export, encodings, bad bytes.
@Suite struct HTMLCommandTests {
    @Test func theDemoPageImportsExportsAndComesBack() throws {
        let cli = try CLI()
        defer { cli.remove() }
        _ = try cli.ok(["init"])
        let source = try String(contentsOf: cli.folder.appendingPathComponent("Letters/ICT4SDG-2019-blog/ICT4SDG-2019-blog.en.html"), encoding: .utf8)
        #expect(try cli.ok(["export", "ITU-BLOG-2019-ICT4SDG-WEB"]) == source)
        let zh = try cli.ok(["export", "ITU-BLOG-2019-ICT4SDG-WEB", "--lang", "zh"])
        #expect(zh.contains("<html lang=\"zh\">") && zh.contains("content=\"zh_CN\"") && zh.contains("<strong>ICT4SDG</strong>背后的理念"))
        #expect(zh.contains("alt=\"宣传活动海报：17个可持续发展目标图标由线条网络相连\""))
        #expect(zh.contains("<script>\n    // Reading time, shown under the title: never translated."))
        let check = try cli.run(["check", "ITU-BLOG-2019-ICT4SDG-WEB", "--lang", "zh"])
        #expect(check.status == 0, "\(check.stdout)")

        // Arabic: pretranslated from the memory, right to left, and imported back as a translation.
        _ = try cli.ok(["translate", "ITU-BLOG-2019-ICT4SDG-WEB", "13", "--lang", "ar", "رؤية مشتركة لعام 2030"])
        let path = cli.folder.appendingPathComponent("blog.ar.html").path
        _ = try cli.run(["export", "ITU-BLOG-2019-ICT4SDG-WEB", "--lang", "ar", "-o", path])
        let ar = try String(contentsOfFile: path, encoding: .utf8)
        #expect(ar.contains("<html lang=\"ar\" dir=\"rtl\">"))
        #expect(ar.contains("<h2>رؤية مشتركة لعام 2030</h2>"))
        #expect(ar.contains("<meta name=\"hexaglot:translation-of\" content=\"en\">"))
        let back = try cli.json(["import", path])
        let results = try #require(back["files"] as? [[String: Any]])
        #expect(results.first?["role"] as? String == "translation")
        let segment = try cli.ok(["segment", path])
        #expect(segment.contains("رؤية مشتركة لعام 2030"))
    }

    @Test func aWindows1252PageIsStoredAsUTF8AndABadPageChangesNothing() throws {
        let cli = try CLI()
        defer { cli.remove() }
        _ = try cli.ok(["init"])
        var latin = Data("<html lang=\"es\"><head><meta charset=\"windows-1252\"><title>Informaci".utf8)
        latin.append(contentsOf: [0xF3, 0x6E] as [UInt8])
        latin.append(Data("</title></head><body><p>La campa".utf8))
        latin.append(contentsOf: [0xF1, 0x61, 0x20, 0x93] as [UInt8])
        latin.append(Data("ICT4SDG".utf8))
        latin.append(contentsOf: [0x94, 0x2E] as [UInt8])
        latin.append(Data("</p></body></html>\n".utf8))
        let page = try cli.write("aviso.es.html", latin)
        let imported = try cli.run(["import", page])
        #expect(imported.status == 0, "\(imported.stderr)")
        let out = try cli.ok(["export", "aviso"])
        #expect(out == "<html lang=\"es\"><head><meta charset=\"utf-8\"><title>Información</title></head><body><p>La campaña “ICT4SDG”.</p></body></html>\n")

        let before = try cli.ok(["list"])
        var koi8 = Data("<html>\n<head><meta charset=\"koi8-r\"></head>\n<p>".utf8)
        koi8.append(contentsOf: [0xC1, 0xC2] as [UInt8])
        koi8.append(Data("</p>\n".utf8))
        let bad = try cli.write("roto.es.html", koi8)
        let r = try cli.run(["import", bad])
        #expect(r.status != 0)
        #expect(r.stderr.contains("roto.es.html:2:") && r.stderr.contains("koi8-r"), "\(r.stderr)")
        var broken = Data("<p>Espa".utf8)
        broken.append(contentsOf: [0xF1] as [UInt8])
        broken.append(Data("a</p>\n".utf8))
        let invalid = try cli.write("malo.es.html", broken)
        let r2 = try cli.run(["import", invalid])
        #expect(r2.status != 0)
        #expect(r2.stderr.contains("malo.es.html:1:8: invalid UTF-8"), "\(r2.stderr)")
        #expect(try cli.ok(["list"]) == before)
    }
}
