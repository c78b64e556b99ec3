import Foundation
import Testing

/// The translation-memory commands on the built binary: TMX in and out, lookups, alignment,
/// concordance, analysis and pretranslation, and what they do with bad input.
@Suite(.serialized) struct MemoryCommandTests {
    /// A TMX file in the six languages (with regional tags, a German variant, inline codes, props and a note).
    static let tmx = """
        <?xml version="1.0" encoding="UTF-8"?>
        <!DOCTYPE tmx SYSTEM "tmx14.dtd">
        <tmx version="1.4">
        <header creationtool="test" creationtoolversion="1" segtype="sentence" o-tmf="test" adminlang="en" srclang="en" datatype="plaintext"/>
        <body>
        <tu tuid="wtisd-2020">
          <prop type="x-project">WTISD</prop>
          <note>Theme announcement</note>
          <tuv xml:lang="en-GB"><seg>The theme of <bpt i="1">&lt;b&gt;</bpt>World Telecommunication and Information Society Day<ept i="1">&lt;/b&gt;</ept> 2020 is Connect 2030.</seg></tuv>
          <tuv xml:lang="fr-FR"><seg>Le thème de la <bpt i="1">&lt;b&gt;</bpt>Journée mondiale des télécommunications et de la société de l'information<ept i="1">&lt;/b&gt;</ept> 2020 est Connect 2030.</seg></tuv>
          <tuv xml:lang="es-419"><seg>El tema del <bpt i="1">&lt;b&gt;</bpt>Día Mundial de las Telecomunicaciones y de la Sociedad de la Información<ept i="1">&lt;/b&gt;</ept> 2020 es Conectar 2030.</seg></tuv>
          <tuv xml:lang="ru-RU"><seg>Тема <bpt i="1">&lt;b&gt;</bpt>Всемирного дня электросвязи и информационного общества<ept i="1">&lt;/b&gt;</ept> 2020 года – «Соединим к 2030 году».</seg></tuv>
          <tuv xml:lang="ar-EG"><seg>موضوع <bpt i="1">&lt;b&gt;</bpt>اليوم العالمي للاتصالات ومجتمع المعلومات<ept i="1">&lt;/b&gt;</ept> لعام 2020 هو التوصيل 2030.</seg></tuv>
          <tuv xml:lang="zh-Hans"><seg>2020年<bpt i="1">&lt;b&gt;</bpt>世界电信和信息社会日<ept i="1">&lt;/b&gt;</ept>的主题是“连通目标2030”。</seg></tuv>
          <tuv xml:lang="de-DE"><seg>Das Thema des Welttags der Telekommunikation und Informationsgesellschaft 2020 ist Connect 2030.</seg></tuv>
        </tu>
        <tu tuid="res-200">
          <tuv xml:lang="en"><seg>The Plenipotentiary Conference adopted Resolution 200 in Dubai in 2018.</seg></tuv>
          <tuv xml:lang="fr"><seg>La Conférence de plénipotentiaires a adopté la Résolution 200 à Dubaï en 2018.</seg></tuv>
          <tuv xml:lang="ru"><seg>Полномочная конференция приняла Резолюцию 200 в Дубае в 2018 году.</seg></tuv>
          <tuv xml:lang="zh-CN"><seg>全权代表大会于2018年在迪拜通过了第200号决议。</seg></tuv>
        </tu>
        </body>
        </tmx>
        """

    struct LookupReport: Decodable {
        struct Match: Decodable {
            var score: Int
            var kind: String
            var target: [RunValue]
            var adaptations: [Change]
            var tuid: String?
        }
        struct Change: Decodable { var kind: String; var from: String; var to: String }
        var matches: [Match]
    }

    /// A run as JSON: a string, or a code object.
    enum RunValue: Decodable {
        case text(String)
        case code([String: AnyDecodable])
        init(from decoder: Decoder) throws {
            let c = try decoder.singleValueContainer()
            if let s = try? c.decode(String.self) { self = .text(s) } else { self = .code(try c.decode([String: AnyDecodable].self)) }
        }
        var text: String { if case .text(let s) = self { return s } else { return "" } }
    }

    struct AnyDecodable: Decodable {
        init(from decoder: Decoder) throws {
            let c = try decoder.singleValueContainer()
            if (try? c.decode(String.self)) != nil || (try? c.decode(Int.self)) != nil || (try? c.decode(Bool.self)) != nil { return }
            _ = try? c.decode([String: AnyDecodable].self)
        }
    }

    struct Stats: Decodable { var units: Int; var variants: [String: Int] }

    func stats(_ cli: CLI) throws -> Stats {
        try JSONDecoder().decode(Stats.self, from: Data(try cli.ok(["tm", "stats", "--json"]).utf8))
    }

    @Test func importLookUpExportAndImportAgain() throws {
        let cli = try CLI()
        defer { cli.remove() }
        _ = try cli.ok(["init"])
        let before = try stats(cli)
        let path = try cli.write("campaign.tmx", Data(Self.tmx.utf8))
        let imported = try cli.ok(["tm", "import", path])
        #expect(imported.contains("2 units"))
        #expect(imported.contains("1 variants in other languages kept"))
        let after = try stats(cli)
        #expect(after.units == before.units + 2)

        // Chinese to Spanish through a unit made of all six; codes carried, placeables adapted.
        let json = try cli.ok(["tm", "lookup", "--from", "zh-Hans", "--to", "es", "--json", "2021年世界电信和信息社会日的主题是“连通目标2030”。"])
        let report = try JSONDecoder().decode(LookupReport.self, from: Data(json.utf8))
        let best = try #require(report.matches.first)
        #expect(best.tuid == "wtisd-2020")
        #expect(best.kind == "fuzzy")
        #expect(best.score >= 80 && best.score < 100)
        #expect(best.adaptations.map(\.to) == ["2021"])
        #expect(best.target.map(\.text).joined().contains("2021 es Conectar 2030."))

        // Russian to French, exact, in the text form.
        let text = try cli.ok(["tm", "lookup", "--from", "ru", "--to", "fr", "Полномочная конференция приняла Резолюцию 200 в Дубае в 2018 году."])
        #expect(text.contains("100% exact"))
        #expect(text.contains("La Conférence de plénipotentiaires a adopté la Résolution 200 à Dubaï en 2018."))

        // Export, then import into a fresh workspace: the same units come back, codes and all.
        let exported = cli.folder.appendingPathComponent("out.tmx").path
        _ = try cli.ok(["tm", "export", exported])
        let xml = try String(contentsOfFile: exported, encoding: .utf8)
        #expect(xml.contains("<bpt i=\"1\">&lt;b&gt;</bpt>"))
        #expect(xml.contains("xml:lang=\"de-DE\""))
        #expect(xml.contains("<prop type=\"x-project\">WTISD</prop>"))
        // Outside the project folder, so the new workspace starts empty.
        let elsewhere = try CLI(copyProject: false)
        defer { elsewhere.remove() }
        let fresh = elsewhere.workspacePath
        _ = try cli.ok(["tm", "import", exported, "--workspace", fresh])
        let again = try JSONDecoder().decode(Stats.self, from: Data(try cli.ok(["tm", "stats", "--json", "--workspace", fresh]).utf8))
        // The blog post's title and its first heading are the same text with the same translation,
        // and its HTML page repeats them (title, og:title, h1), its description (meta and og) and
        // sentences of the Markdown post with the same translations: 10 units fewer once imported.
        #expect(again.units == after.units - 10)
        #expect(again.variants.keys == after.variants.keys)
        // Importing the same file twice adds nothing.
        let twice = try cli.ok(["tm", "import", exported, "--workspace", fresh])
        #expect(twice.contains("0 units"))
    }

    @Test func utf16TMXWithAByteOrderMarkIsRead() throws {
        let cli = try CLI(copyProject: false)
        defer { cli.remove() }
        var bytes = Data([0xFF, 0xFE])
        bytes.append(Self.tmx.replacingOccurrences(of: "encoding=\"UTF-8\"", with: "encoding=\"UTF-16\"").data(using: .utf16LittleEndian)!)
        let path = try cli.write("utf16.tmx", bytes)
        let out = try cli.ok(["tm", "import", path, "--workspace", cli.workspacePath])
        #expect(out.contains("2 units"))
    }

    @Test func badTMXIsRefusedWithFileAndLineAndNothingStored() throws {
        let cli = try CLI(copyProject: false)
        defer { cli.remove() }
        let good = try cli.write("good.tmx", Data(Self.tmx.utf8))
        _ = try cli.ok(["tm", "import", good, "--workspace", cli.workspacePath])
        let before = try cli.ok(["tm", "stats", "--json", "--workspace", cli.workspacePath])
        let lines = Self.tmx.split(separator: "\n", omittingEmptySubsequences: false)
        let cases: [(String, String, [String])] = [
            ("truncated.tmx", lines.prefix(16).joined(separator: "\n"), ["truncated.tmx:"]),
            ("bomb.tmx", """
                <?xml version="1.0"?>
                <!DOCTYPE tmx [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">]>
                <tmx version="1.4"><header/><body><tu><tuv xml:lang="en"><seg>&b;</seg></tuv></tu></body></tmx>
                """, ["bomb.tmx:2", "entit"]),
            ("external.tmx", """
                <?xml version="1.0"?>
                <!DOCTYPE tmx [<!ENTITY x SYSTEM "http://example.org/secret">]>
                <tmx version="1.4"><header/><body/></tmx>
                """, ["external.tmx:2"]),
            ("empty.tmx", Self.tmx.replacingOccurrences(of: "<seg>Полномочная конференция приняла Резолюцию 200 в Дубае в 2018 году.</seg>", with: "<seg></seg>"),
             ["empty.tmx:20", "empty"]),
        ]
        for (name, text, mentions) in cases {
            let path = try cli.write(name, Data(text.utf8))
            let r = try cli.run(["tm", "import", path, "--workspace", cli.workspacePath])
            #expect(r.status != 0, "\(name) should be refused")
            for m in mentions { #expect(r.stderr.contains(m), "\(name): stderr lacks '\(m)': \(r.stderr)") }
            #expect(try cli.ok(["tm", "stats", "--json", "--workspace", cli.workspacePath]) == before, "\(name) changed the memory")
        }
        // The empty variant can be left out on request.
        let path = cli.folder.appendingPathComponent("empty.tmx").path
        let skipped = try cli.ok(["tm", "import", path, "--skip-empty", "--workspace", cli.workspacePath])
        #expect(skipped.contains("1 empty variants left out"))
    }

    @Test func badLookupsAreRefused() throws {
        let cli = try CLI(copyProject: false)
        defer { cli.remove() }
        for args in [["tm", "lookup", "--from", "xx", "--to", "fr", "Hello"],
                     ["tm", "lookup", "--from", "en", "--to", "en", "Hello"],
                     ["tm", "lookup", "--from", "en", "--to", "fr", "   "],
                     ["tm", "lookup", "--from", "en", "--to", "fr", "--min", "120", "Hello"]] {
            let r = try cli.run(args + ["--workspace", cli.workspacePath])
            #expect(r.status != 0, "\(args)")
            #expect(!r.stderr.isEmpty)
        }
    }

    @Test func legacyLettersAreAlignedIntoTheMemory() throws {
        let cli = try CLI()
        defer { cli.remove() }
        _ = try cli.ok(["init"])
        let fr = cli.folder.appendingPathComponent("Letters/CL-17-24/CL-17-24.fr.md").path
        let en = cli.folder.appendingPathComponent("Letters/CL-17-24/CL-17-24.en.md").path
        let dry = try cli.ok(["tm", "align", fr, en, "--dry-run"])
        #expect(dry.contains("1-1"))
        let out = try cli.ok(["tm", "align", fr, en, "--json"])
        struct Report: Decodable {
            struct Alignment: Decodable { var meanConfidence: Double; var counts: [String: Int] }
            var stored: Int
            var alignment: Alignment
        }
        let report = try JSONDecoder().decode(Report.self, from: Data(out.utf8))
        #expect(report.alignment.meanConfidence > 0.9)
        #expect(report.alignment.counts["1-1", default: 0] >= 15)
        // The pairs are the same as the workspace's own units, so nothing new is stored twice.
        #expect(report.stored + (report.alignment.counts["1-1"] ?? 0) > 0)
    }

    @Test func analyzePretranslateAndConcordance() throws {
        let cli = try CLI()
        defer { cli.remove() }
        _ = try cli.ok(["init"])
        struct Analysis: Decodable {
            struct Document: Decodable {
                struct Band: Decodable { var band: String; var segments: Int; var words: Int }
                var reference: String; var targetLanguage: String; var bands: [Band]; var segments: Int; var words: Int
            }
            var documents: [Document]
        }
        let analysis = try JSONDecoder().decode(Analysis.self, from: Data(try cli.ok(["analyze", "CL-17/24", "--lang", "es", "--json"]).utf8))
        let es = try #require(analysis.documents.first)
        #expect(es.targetLanguage == "es")
        #expect(es.bands.map(\.band) == ["101", "repetitions", "100", "95-99", "85-94", "75-84", "50-74", "no match"])
        #expect(es.bands.reduce(0) { $0 + $1.segments } == es.segments)
        #expect(es.bands.reduce(0) { $0 + $1.words } == es.words)
        let exact = es.bands.first { $0.band == "100" }!.segments
        #expect(exact >= 1)

        let pre = try cli.ok(["pretranslate", "CL-17/24", "--lang", "es", "--min", "75", "--json"])
        #expect(pre.contains("\"filled\""))
        let show = try cli.ok(["show", "CL-17/24", "--lang", "es", "--status", "draft", "--json"])
        #expect(show.contains("\"status\" : \"draft\""))

        let hits = try cli.ok(["tm", "concordance", "Connect 2030", "--lang", "en", "--json"])
        #expect(hits.contains("[[Connect 2030]]"))
        let none = try cli.ok(["tm", "concordance", "Connect 2030s", "--lang", "en"])
        #expect(none.contains("not in the memory"))
    }

    /// Texts as software catalogues hold them: markup-like characters, dashes, entities, all literal.
    static let literalTMX = """
        <?xml version="1.0" encoding="UTF-8"?>
        <tmx version="1.4"><header creationtool="test" creationtoolversion="1" segtype="sentence" o-tmf="test" adminlang="en" srclang="en" datatype="plaintext"/>
        <body>
        <tu><tuv xml:lang="en"><seg>unterminated __VA_OPT__</seg></tuv><tuv xml:lang="fr"><seg>__VA_OPT__ non terminé</seg></tuv></tu>
        <tu><tuv xml:lang="en"><seg>&lt;b&gt;P4M&lt;/b&gt;: 90&amp;#176; rotation</seg></tuv><tuv xml:lang="fr"><seg>&lt;b&gt;P4M&lt;/b&gt; : rotation de 90&amp;#176;</seg></tuv></tu>
        <tu><tuv xml:lang="en"><seg>--%s needs a &lt;directory&gt; argument</seg></tuv><tuv xml:lang="fr"><seg>--%s nécessite un argument &lt;répertoire&gt;</seg></tuv></tu>
        <tu><tuv xml:lang="en"><seg>-l can only be used with an FTP URL.</seg></tuv><tuv xml:lang="fr"><seg>-l ne peut être utilisé qu'avec une URL FTP.</seg></tuv></tu>
        <tu><tuv xml:lang="en"><seg>-12345 is not a valid port</seg></tuv><tuv xml:lang="fr"><seg>-12345 n'est pas un port valide</seg></tuv></tu>
        <tu><tuv xml:lang="en"><seg>Use *bold* with care</seg></tuv><tuv xml:lang="fr"><seg>Utiliser *gras* avec soin</seg></tuv></tu>
        </body>
        </tmx>
        """

    @Test func aTextIsLookedUpAsItIsWrittenAndMayStartWithADash() throws {
        let cli = try CLI(copyProject: false)
        defer { cli.remove() }
        let path = try cli.write("literal.tmx", Data(Self.literalTMX.utf8))
        _ = try cli.ok(["tm", "import", path, "--workspace", cli.workspacePath])
        for text in ["unterminated __VA_OPT__", "<b>P4M</b>: 90&#176; rotation", "--%s needs a <directory> argument",
                     "-l can only be used with an FTP URL.", "-12345 is not a valid port", "Use *bold* with care"] {
            let r = try cli.run(["tm", "lookup", "--from", "en", "--to", "fr", "--json", text, "--workspace", cli.workspacePath])
            #expect(r.status == 0, "\(text): \(r.stderr)")
            let report = try JSONDecoder().decode(LookupReport.self, from: Data(r.stdout.utf8))
            #expect(report.matches.first?.score == 100, "\(text)")
        }
        // The text may come first, before the options, and `--` still works.
        let first = try cli.ok(["tm", "lookup", "-l can only be used with an FTP URL.", "--from", "en", "--to", "fr", "--workspace", cli.workspacePath])
        #expect(first.contains("100% exact"))
        let dashed = try cli.ok(["tm", "lookup", "--from", "en", "--to", "fr", "--workspace", cli.workspacePath, "--", "-l can only be used with an FTP URL."])
        #expect(dashed.contains("100% exact"))
        // With --markdown, Markdown markup is read as codes: the emphasis is not the literal asterisks.
        let markdown = try cli.ok(["tm", "lookup", "--markdown", "--from", "en", "--to", "fr", "--json", "Use *bold* with care", "--workspace", cli.workspacePath])
        #expect(try JSONDecoder().decode(LookupReport.self, from: Data(markdown.utf8)).matches.first.map(\.score) ?? 0 < 100)
        // A misspelt option is still an error, not a text.
        #expect(try cli.run(["tm", "lookup", "--frm", "en", "--to", "fr", "Hello", "--workspace", cli.workspacePath]).status != 0)
        let wrong = try cli.run(["tm", "lookup", "--from", "en", "--to", "fr", "Hello", "--bogus", "--workspace", cli.workspacePath])
        #expect(wrong.status != 0)
        #expect(wrong.stderr.contains("--bogus"))
        let concordance = try cli.ok(["tm", "concordance", "-l can only", "--lang", "en", "--workspace", cli.workspacePath])
        #expect(concordance.contains("FTP"))
    }

    @Test func exportingAndImportingTheWorkspacesMemoryAddsNothing() throws {
        let cli = try CLI()
        defer { cli.remove() }
        _ = try cli.ok(["init"])
        let before = try stats(cli)
        #expect(before.units > 0)
        let exported = cli.folder.appendingPathComponent("memory.tmx").path
        _ = try cli.ok(["tm", "export", exported])
        let imported = try cli.ok(["tm", "import", exported])
        #expect(imported.contains("0 units"))
        #expect(imported.contains("\(before.units) already in the memory"))
        #expect(try stats(cli).units == before.units)
        #expect(try cli.ok(["tm", "import", exported, "--json"]).contains("\"duplicates\" : \(before.units)"))
    }
}
