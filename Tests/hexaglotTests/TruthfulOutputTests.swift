import Foundation
import Testing

/// What the CLI says matches what it did (issue 9 §5): warnings reach a pipe, counts count what
/// they name, written files are named, changes are shown word by word.
@Suite(.serialized) struct TruthfulOutputTests {
    func prepared() throws -> CLI {
        let cli = try CLI()
        _ = try cli.ok(["init"])
        return cli
    }

    @Test func aGlossaryWarningReachesAPipedStandardError() throws {
        let cli = try prepared()
        defer { cli.remove() }
        let tbx = """
            <?xml version="1.0" encoding="UTF-8"?>
            <martif type="TBX-Basic" xml:lang="en"><martifHeader><fileDesc><sourceDesc><p>t</p></sourceDesc></fileDesc></martifHeader>
            <text><body><termEntry id="t-001">
            <langSet xml:lang="en"><tig><term>spectrum</term></tig></langSet>
            <langSet xml:lang="fr"><tig><term>spectre</term></tig></langSet>
            </termEntry></body></text></martif>
            """
        let path = try cli.write("partial.tbx", Data(tbx.utf8))
        // The harness pipes standard error: it is not a terminal.
        let r = try cli.run(["glossary", "import", path])
        #expect(r.status == 0, "\(r.stderr)")
        #expect(r.stderr.contains("t-001") && r.stderr.contains("no approved term in ar, zh, ru, es"), "stderr: \(r.stderr)")
        #expect(!r.stderr.contains("\r"), "no progress line on a pipe")
    }

    @Test func xliffImportCountsTheStatusesItChanged() throws {
        let cli = try prepared()
        defer { cli.remove() }
        let xlf = cli.folder.appendingPathComponent("CL-17-24.es.xlf").path
        _ = try cli.ok(["export", "CL-17/24", "--lang", "es", "--xliff", "-o", xlf])
        var text = try String(contentsOfFile: xlf, encoding: .utf8)
        // Segment 1 is new in Spanish: give it a text and the state translated.
        let s1 = try #require(text.range(of: "<segment id=\"s1\""))
        let close = try #require(text.range(of: ">", range: s1.upperBound..<text.endIndex))
        text.replaceSubrange(s1.lowerBound..<close.upperBound, with: "<segment id=\"s1\" state=\"translated\">")
        let source = try #require(text.range(of: "</source>", range: s1.lowerBound..<text.endIndex))
        text.insert(contentsOf: "<target>Secretaría General (SG)</target>", at: source.upperBound)
        try Data(text.utf8).write(to: URL(fileURLWithPath: xlf))
        let out = try cli.ok(["import", xlf])
        #expect(out.contains("1 texts and 1 statuses updated"), "\(out)")
    }

    @Test func exportJSONCountsDraftsApartFromTranslations() throws {
        let cli = try prepared()
        defer { cli.remove() }
        _ = try cli.ok(["translate", "CL-17/24", "1", "--lang", "es", "--status", "draft", "Unión Internacional"])
        _ = try cli.ok(["translate", "CL-17/24", "2", "--lang", "es", "Ginebra"])
        let xliff = try cli.json(["export", "CL-17/24", "--lang", "es", "--xliff", "-o", "x.xlf"])
        #expect(xliff["translated"] as? Int == 1)
        #expect(xliff["drafts"] as? Int == 1)
        #expect((xliff["statuses"] as? [String: Int])?["draft"] == 1)
        let document = try cli.json(["export", "CL-17/24", "--lang", "es", "-o", "x.md"])
        #expect(document["translated"] as? Int == 1)
        #expect(document["drafts"] as? Int == 1)
        #expect((document["fallback"] as? Int).map { $0 > 0 } == true)
    }

    @Test func theCoveragePageShowsDrafts() throws {
        let cli = try prepared()
        defer { cli.remove() }
        _ = try cli.ok(["status", "CL-19/73", "--lang", "es", "--set", "draft", "--all"])
        _ = try cli.ok(["coverage", "--html", "c.html"])
        let html = try String(contentsOf: cli.folder.appendingPathComponent("c.html"), encoding: .utf8)
        let cell = try #require(html.range(of: "title=\"CL-19/73 in Spanish:"))
        let end = try #require(html.range(of: "</td>", range: cell.upperBound..<html.endIndex))
        let shown = String(html[cell.lowerBound..<end.upperBound])
        #expect(shown.contains(">0%<span class=\"drafts\">+100% draft</span>"), "\(shown)")
        #expect(shown.contains("class=\"draft-share s-draft\" style=\"width:100.000%\""), "\(shown)")
    }

    @Test func exportToAFilePrintsItsPath() throws {
        let cli = try prepared()
        defer { cli.remove() }
        let out = try cli.ok(["export", "CL-19/73", "--lang", "es", "-o", "es.md"])
        #expect(out.trimmingCharacters(in: .whitespacesAndNewlines) == cli.folder.appendingPathComponent("es.md").standardizedFileURL.path)
        let xliff = try cli.ok(["export", "CL-19/73", "--lang", "es", "--xliff", "-o", "es.xlf"])
        #expect(xliff.hasSuffix("/es.xlf\n"))
    }

    @Test func logShowsALateChangeInALongSegmentWordByWord() throws {
        let cli = try prepared()
        defer { cli.remove() }
        let long = "Первое предложение достаточно длинное, чтобы изменение в самом конце не помещалось в сто знаков строки журнала: 2020 год."
        _ = try cli.ok(["translate", "CL-19/73", "3", "--lang", "ru", long])
        _ = try cli.ok(["translate", "CL-19/73", "3", "--lang", "ru", long.replacingOccurrences(of: "2020", with: "2021")])
        let log = try cli.ok(["log", "CL-19/73", "--segment", "3", "--lang", "ru", "--max", "1"])
        #expect(log.contains("[-2020-]{+2021+}") || log.contains("[- 2020-]{+ 2021+}"), "\(log)")
        let json = try cli.json(["log", "CL-19/73", "--segment", "3", "--lang", "ru", "--max", "1"])
        let change = try #require((json["changes"] as? [[String: Any]])?.first)
        let pieces = try #require((change["diff"] as? [String: Any])?["pieces"] as? [[String: Any]])
        #expect(pieces.contains { $0["kind"] as? String == "inserted" && ($0["text"] as? String)?.contains("2021") == true })
    }

    @Test func diffAtTheFirstRevisionAnswersInJSON() throws {
        let cli = try prepared()
        defer { cli.remove() }
        let r = try cli.run(["diff", "CL-19/73", "--json"])
        #expect(r.status == 0, "\(r.stderr)")
        let object = try #require(try JSONSerialization.jsonObject(with: Data(r.stdout.utf8)) as? [String: Any])
        #expect(object["revision"] as? Int == 1)
        #expect((object["changed"] as? [Any])?.isEmpty == true)
        #expect(object["reference"] as? String == "CL-19/73")
    }

    @Test func aValueMayStartWithADash() throws {
        let cli = try prepared()
        defer { cli.remove() }
        let wrong = try cli.run(["translate", "CL-19/73", "-1", "x", "--lang", "es"])
        #expect(wrong.status != 0)
        #expect(wrong.stderr.contains("start at 1") && !wrong.stderr.contains("'x'"), "\(wrong.stderr)")
        _ = try cli.ok(["translate", "CL-19/73", "4", "- 5 °C en Ginebra", "--lang", "es", "--comment", "-1 grado corregido"])
        let shown = try cli.json(["show", "CL-19/73", "--lang", "es", "--segments", "4"])
        let row = try #require((shown["segments"] as? [[String: Any]])?.first)
        #expect(row["target"] as? String == "- 5 °C en Ginebra")
        // A query that starts with a dash is a query, not options (and not the help).
        let query = try cli.run(["tm", "lookup", "--from", "en", "--to", "fr", "-l can only be used with an FTP URL."])
        #expect(query.status == 0 && !query.stdout.contains("USAGE") && query.stdout.contains("-l can only be used"), "\(query.stdout)")
        let log = try cli.json(["log", "CL-19/73", "--segment", "4", "--lang", "es", "--max", "1"])
        #expect((log["changes"] as? [[String: Any]])?.first?["comment"] as? String == "-1 grado corregido")
    }
}
