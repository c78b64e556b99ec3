import Foundation
import Testing

/// The title as segment 0 from the command line: show, translate, export, import, XLIFF.
@Suite(.serialized) struct TitleCommandTests {
    @Test func theSpanishExportHasTheSpanishTitle() throws {
        let cli = try CLI()
        defer { cli.remove() }
        // Without the demo's Chinese translation, Chinese is a language never imported.
        try FileManager.default.removeItem(at: cli.folder.appendingPathComponent("Letters/CL-19-73/CL-19-73.zh.md"))
        _ = try cli.ok(["init"])
        // CL-19-73.es.md's translated title was imported as segment 0's translation.
        let shown = try cli.json(["show", "CL-19/73", "--lang", "es", "--segments", "0"])
        let title = try #require((shown["segments"] as? [[String: Any]])?.first)
        #expect(title["blockKind"] as? String == "title")
        #expect(title["source"] as? String == "Journée mondiale des télécommunications et de la société de l'information 2020")
        let spanish = try #require(title["target"] as? String)
        #expect(spanish.hasPrefix("Día Mundial"), "\(spanish)")

        _ = try cli.ok(["translate", "CL-19/73", "0", "--lang", "es", "Día Mundial de las Telecomunicaciones: \"2020\""])
        let exported = try cli.ok(["export", "CL-19/73", "--lang", "es"])
        #expect(exported.contains("title: \"Día Mundial de las Telecomunicaciones: \\\"2020\\\"\"\n"), "\(exported.prefix(400))")
        #expect(!exported.contains("title: \"Journée"))
        // The status line was refreshed: the new title is translated, the rest as imported.
        #expect(exported.contains("\nstatus: translated\n"))

        // A language never imported: its front matter is written, with the title's translation.
        _ = try cli.ok(["translate", "CL-19/73", "0", "--lang", "ar", "اليوم العالمي للاتصالات ومجتمع المعلومات 2020"])
        let arabic = try cli.ok(["export", "CL-19/73", "--lang", "ar"])
        #expect(arabic.contains("title: \"اليوم العالمي للاتصالات ومجتمع المعلومات 2020\"\n") || arabic.contains("title: اليوم العالمي للاتصالات ومجتمع المعلومات 2020\n"))
        // Without a translation of the title, the source title (as for any segment).
        let chinese = try cli.run(["export", "CL-19/73", "--lang", "zh"])
        #expect(chinese.stdout.contains("title: \"Journée mondiale des télécommunications et de la société de l'information 2020\""))
        #expect(chinese.stderr.contains("34 of 34 segments"))

        // The source comes back byte for byte.
        let source = try cli.ok(["export", "CL-19/73"])
        #expect(source == (try String(contentsOf: cli.folder.appendingPathComponent("Letters/CL-19-73/CL-19-73.fr.md"), encoding: .utf8)))
    }

    @Test func aTranslatedFileBringsItsTitleAndXLIFFCarriesIt() throws {
        let cli = try CLI()
        defer { cli.remove() }
        _ = try cli.ok(["init"])
        let file = cli.folder.appendingPathComponent("CL-19-73.ru.md")
        _ = try cli.ok(["export", "CL-19/73", "--lang", "ru", "-o", file.path])
        var text = try String(contentsOf: file, encoding: .utf8)
        let line = try #require(text.split(separator: "\n").first { $0.hasPrefix("title:") })
        text = text.replacingOccurrences(of: String(line), with: "title: Всемирный день электросвязи и информационного общества 2020 года")
        try text.write(to: file, atomically: true, encoding: .utf8)
        _ = try cli.ok(["import", file.path])
        let shown = try cli.json(["show", "CL-19/73", "--lang", "ru", "--segments", "0"])
        let title = try #require((shown["segments"] as? [[String: Any]])?.first)
        #expect(title["target"] as? String == "Всемирный день электросвязи и информационного общества 2020 года")
        let log = try cli.ok(["log", "CL-19/73", "--lang", "ru", "--segment", "0"])
        #expect(log.contains("[0]"))

        let xlf = cli.folder.appendingPathComponent("CL-19-73.ru.xlf").path
        _ = try cli.ok(["export", "CL-19/73", "--lang", "ru", "--xliff", "-o", xlf])
        var xml = try String(contentsOfFile: xlf, encoding: .utf8)
        #expect(xml.contains("<unit id=\"u0\">") && xml.contains("<segment id=\"s0\""))
        xml = xml.replacingOccurrences(of: "Всемирный день электросвязи и информационного общества 2020 года",
                                       with: "Всемирный день электросвязи и информационного общества – 2020")
        try xml.write(toFile: xlf, atomically: true, encoding: .utf8)
        _ = try cli.ok(["import", xlf])
        let after = try cli.json(["show", "CL-19/73", "--lang", "ru", "--segments", "0"])
        #expect((after["segments"] as? [[String: Any]])?.first?["target"] as? String == "Всемирный день электросвязи и информационного общества – 2020")
        let exported = try cli.ok(["export", "CL-19/73", "--lang", "ru"])
        #expect(exported.contains("title: \"Всемирный день электросвязи и информационного общества – 2020\"")
                || exported.contains("title: Всемирный день электросвязи и информационного общества – 2020\n"))
    }
}

/// `segment FILE` shows the title as segment 0 and the front matter's warnings, as `import` would.
@Suite struct SegmentTitleTests {
    @Test func segmentShowsTitleAndWarnings() throws {
        let cli = try CLI(copyProject: false)
        defer { cli.remove() }
        let path = try cli.write("new.md", Data("---\nref: CL-21/05\nlang: es\ntitle: Consulta\n---\n\nRef.: CL-21/05\nContacto: Ana\n".utf8))
        let r = try cli.run(["segment", path, "--json"])
        #expect(r.status == 0)
        let report = try JSONSerialization.jsonObject(with: Data(r.stdout.utf8)) as! [String: Any]
        let segments = try #require(report["segments"] as? [[String: Any]])
        #expect(segments.map { $0["number"] as? Int } == [0, 1, 2])
        #expect(segments.map { $0["text"] as? String } == ["Consulta", "Ref.: CL-21/05", "Contacto: Ana"])
        #expect(r.stderr.contains("new.md:2: warning: 'ref': did you mean reference?"))
    }
}
