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

    /// Issue 9: the shipped demo has no error-level finding in any document and language, and a
    /// missing term is reported at the source term, named by the concept's English term.
    @Test func theDemoChecksCleanAndATermFindingPointsAtTheSource() throws {
        let cli = try CLI()
        defer { cli.remove() }
        _ = try cli.ok(["init"])
        let all = try cli.run(["check", "--json"])
        let report = try #require(try JSONSerialization.jsonObject(with: Data(all.stdout.utf8)) as? [String: Any])
        let errors = (report["documents"] as? [[String: Any]] ?? []).flatMap { doc in
            (doc["findings"] as? [[String: Any]] ?? []).filter { $0["severity"] as? String == "error" }
                .map { "\(doc["reference"] ?? "") \(doc["language"] ?? "") [\($0["segment"] ?? "")] \($0["message"] ?? "")" }
        }
        #expect(all.status == 0 && errors.isEmpty, "\(errors)")
        // Russian [10] cites "Резолюции 200 Полномочной конференции (Пересм. Дубай, 2018 г.)": no finding.
        let ru = try cli.run(["check", "CL-19/73", "--lang", "ru", "--only", "terms"])
        #expect(ru.status == 0, "\(ru.stdout)")
        // Take the term out of CL-17/24 [9]: one error, at "campagne sur les TIC au service des ODD" in the source.
        _ = try cli.ok(["translate", "CL-17/24", "9", "--lang", "en", "I have the honour to update you on our campaign, which promotes ICTs as catalysts for the achievement of the Sustainable Development Goals (SDGs), launched in December 2016 (CL-16/62)."])
        let r = try cli.run(["check", "CL-17/24", "--lang", "en", "--only", "terms", "--json"])
        #expect(r.status == 1)
        let json = try #require(try JSONSerialization.jsonObject(with: Data(r.stdout.utf8)) as? [String: Any])
        let findings = (json["documents"] as? [[String: Any]])?.first?["findings"] as? [[String: Any]] ?? []
        let missing = try #require(findings.first { $0["segment"] as? Int == 9 && $0["severity"] as? String == "error" })
        #expect(missing["side"] as? String == "source")
        let range = try #require(missing["range"] as? [Int])
        let shown = try cli.json(["show", "CL-17/24", "--lang", "en", "--segments", "9"])
        let source = try #require((shown["segments"] as? [[String: Any]])?.first?["source"] as? String)
        let utf16 = Array(source.utf16)
        #expect(String(decoding: utf16[range[0]..<range[1]], as: UTF16.self) == "campagne sur les TIC au service des ODD")
        let message = missing["message"] as? String ?? ""
        #expect(message.contains("concept “ICT4SDG campaign”") && !message.contains("c2030-") && !message.contains("\""), "\(message)")
    }
}
