import Foundation
import Testing

/// The glossary commands on the built binary.
@Suite struct GlossaryCommandTests {
    @Test func listFindExportAndImportAgain() throws {
        let cli = try CLI()
        defer { cli.remove() }
        _ = try cli.ok(["init"])
        let list = try cli.json(["glossary", "list", "--lang", "fr"])
        let terms = try #require(list["terms"] as? [[String: Any]]).compactMap { $0["term"] as? String }
        #expect(terms.count >= 40)
        #expect(terms.contains("Objectifs de développement durable"))
        #expect(!terms.contains("Objectifs du développement durable"), "deprecated terms only with --all")
        // Collation: "États Membres" sorts with the E's, not after z.
        let e = try #require(terms.firstIndex { $0.hasPrefix("États") })
        #expect(terms.firstIndex { $0.lowercased().hasPrefix("f") }.map { e < $0 } ?? true)
        let found = try cli.json(["glossary", "find", "ЦУР"])
        let ids = (found["concepts"] as? [[String: Any]])?.compactMap { $0["id"] as? String } ?? []
        #expect(ids.contains("c2030-009"), "\(ids)")
        for ext in ["csv", "tbx"] {
            let path = cli.folder.appendingPathComponent("out.\(ext)").path
            _ = try cli.ok(["glossary", "export", path, "--name", "connect2030"])
            let again = try cli.ok(["glossary", "import", path])
            #expect(again.contains("imported"))
        }
        // A CSV with a conflicting duplicate is refused with its line; the glossaries stay.
        let before = try cli.ok(["glossary", "list", "--lang", "en", "--json"])
        let bad = try cli.write("bad.csv", Data("concept,language,term,usage\nict,en,ICT,preferred\nict,en,ICT,deprecated\n".utf8))
        let r = try cli.run(["glossary", "import", bad])
        #expect(r.status != 0 && r.stderr.contains("bad.csv:3"), "\(r.stderr)")
        #expect(try cli.ok(["glossary", "list", "--lang", "en", "--json"]) == before)
    }
}

/// `hexaglot check` for people and for CI.
@Suite struct CheckCommandTests {
    @Test func theReportAndTheExitStatus() throws {
        let cli = try CLI()
        defer { cli.remove() }
        _ = try cli.ok(["init"])
        let list = try cli.json(["check", "--list"])
        let ids = (list["checks"] as? [[String: Any]])?.compactMap { $0["id"] as? String } ?? []
        #expect(ids.contains("terms") && ids.contains("numbers") && ids.contains("consistency") && ids.count >= 10)
        // A deprecated term put into a translation is an error-level finding: exit status 1.
        _ = try cli.ok(["translate", "CL-17/24", "1", "--lang", "es", "Secretaría General (SG) y las NTIC"])
        let r = try cli.run(["check", "CL-17/24", "--lang", "es", "--json"])
        #expect(r.status == 1, "\(r.stderr)")
        let report = try JSONSerialization.jsonObject(with: Data(r.stdout.utf8)) as? [String: Any]
        #expect((report?["errors"] as? Int ?? 0) >= 1)
        let clean = try cli.run(["check", "CL-17/24", "--lang", "es", "--only", "spaces"])
        #expect(clean.status == 0)
        // show gives the glossary terms of a segment with their approved renderings.
        let shown = try cli.json(["show", "CL-19/73", "--lang", "es", "--segments", "9"])
        let hints = try #require(((shown["segments"] as? [[String: Any]])?.first?["terms"]) as? [[String: Any]])
        #expect(hints.contains { ($0["approved"] as? [String])?.contains("Día Mundial de las Telecomunicaciones y de la Sociedad de la Información") == true })
        let bad = try cli.run(["check", "--only", "nonsense"])
        #expect(bad.status != 0 && bad.stderr.contains("unknown check"))
    }
}
