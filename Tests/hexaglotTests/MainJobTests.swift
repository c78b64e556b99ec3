import Foundation
import Testing

/// The README's main job, end to end on the built binary.
@Suite(.serialized) struct MainJobTests {
    @Test func coverageCreatesTheWorkspaceFromLettersAndGlossaries() throws {
        let cli = try CLI()
        defer { cli.remove() }
        #expect(!FileManager.default.fileExists(atPath: cli.workspacePath))
        let r = try cli.run(["coverage"])
        #expect(r.status == 0, "\(r.stderr)")
        #expect(FileManager.default.fileExists(atPath: cli.workspacePath))
        for reference in ["CL-17/24", "CL-19/73"] { #expect(r.stdout.contains(reference)) }
        for language in ["ar", "zh", "en", "fr", "ru", "es"] { #expect(r.stdout.contains(language)) }
        // Run again: the existing workspace is used, nothing re-imported.
        let again = try cli.run(["coverage"])
        #expect(again.stdout == r.stdout)
    }

    @Test func initImportsLettersAndTheGlossary() throws {
        let cli = try CLI()
        defer { cli.remove() }
        let out = try cli.ok(["init"])
        #expect(out.contains("5 documents"))
        #expect(out.contains("1 glossary"))
        let again = try cli.run(["init"])
        #expect(again.status != 0 && again.stderr.contains("already"))
    }

    @Test func aBrokenGlossaryStopsTheSetUpAndLeavesNoWorkspace() throws {
        let cli = try CLI()
        defer { cli.remove() }
        let glossary = cli.folder.appendingPathComponent("Glossaries/connect2030.tbx")
        var text = try String(contentsOf: glossary, encoding: .utf8)
        text = text.replacingOccurrences(of: "</termEntry>", with: "", options: [], range: text.range(of: "</termEntry>"))
        try text.write(to: glossary, atomically: true, encoding: .utf8)
        let r = try cli.run(["coverage"])
        #expect(r.status != 0)
        #expect(r.stderr.contains("connect2030.tbx:"))
        #expect(!FileManager.default.fileExists(atPath: cli.workspacePath))
    }

    @Test func coverageJSONGivesTheDemoState() throws {
        let cli = try CLI()
        defer { cli.remove() }
        let report = try cli.json(["coverage"])
        let documents = try #require(report["documents"] as? [[String: Any]])
        #expect(documents.count >= 3)
        func percent(_ reference: String, _ language: String) -> Double? {
            let doc = documents.first { $0["reference"] as? String == reference }
            let langs = doc?["languages"] as? [[String: Any]]
            return langs?.first { $0["language"] as? String == language }?["percent"] as? Double
        }
        #expect(percent("CL-19/73", "en") == 100)
        #expect(percent("CL-19/73", "es") == 100)
        let ru = try #require(percent("CL-19/73", "ru"))
        #expect(ru > 25 && ru < 75)
        #expect(percent("CL-19/73", "ar") == 100)
        #expect(percent("CL-19/73", "zh") == 100)
        #expect(percent("CL-17/24", "en") == 100)
        #expect(percent("CL-17/24", "zh") == 100)
        #expect(percent("CL-17/24", "ar") == 100)
        #expect(percent("CL-17/24", "es") == 0)
        let post = try #require(documents.first { $0["kind"] as? String == "post" })
        #expect(post["sourceLanguage"] as? String == "en")
        let cl1973 = try #require(documents.first { $0["reference"] as? String == "CL-19/73" })
        let langs = try #require(cl1973["languages"] as? [[String: Any]])
        #expect(langs.map { $0["language"] as? String } == ["ar", "zh", "en", "fr", "ru", "es"])
        let fr = try #require(langs.first { $0["language"] as? String == "fr" })
        #expect(fr["isSource"] as? Bool == true)
        let en = try #require(langs.first { $0["language"] as? String == "en" })
        let enSegments = try #require(en["segments"] as? [String: Int])
        #expect(enSegments["new"] == 0)
        #expect(enSegments.values.reduce(0, +) == cl1973["segments"] as? Int)
    }

    /// CL-19/73 is translated into all five other languages, each in its own script and
    /// sentence for sentence (no segment left as a copy of the French), Arabic and Chinese reviewed.
    @Test func theDemoLetterSpeaksSixLanguages() throws {
        let cli = try CLI()
        defer { cli.remove() }
        let report = try cli.json(["coverage"])
        let documents = try #require(report["documents"] as? [[String: Any]])
        let letter = try #require(documents.first { $0["reference"] as? String == "CL-19/73" })
        let languages = try #require(letter["languages"] as? [[String: Any]])
        #expect(languages.map { $0["language"] as? String } == ["ar", "zh", "en", "fr", "ru", "es"])
        for entry in languages where entry["isSource"] as? Bool != true {
            let code = try #require(entry["language"] as? String)
            #expect((entry["percent"] as? Double ?? 0) > 0, "CL-19/73 \(code) has no translation")
        }
        /// Whether `text` has a letter of the language's script (Arabic, Han, Cyrillic or Latin).
        func inScript(_ text: String, _ language: String) -> Bool {
            text.unicodeScalars.contains { s in
                switch language {
                case "ar": return (0x0600...0x06FF).contains(s.value)
                case "zh": return (0x4E00...0x9FFF).contains(s.value)
                case "ru": return (0x0400...0x04FF).contains(s.value)
                default: return s.properties.isAlphabetic && s.value < 0x0250
                }
            }
        }
        for language in ["ar", "zh", "en", "es", "ru"] {
            let shown = try cli.json(["show", "CL-19/73", "--lang", language])
            let segments = try #require(shown["segments"] as? [[String: Any]])
            #expect(segments.count == letter["segments"] as? Int)
            var translated = 0, copies = 0
            for segment in segments {
                let number = segment["number"] as? Int ?? 0
                guard let target = segment["target"] as? String, segment["status"] as? String != "new" else {
                    #expect(language == "ru", "CL-19/73 \(language) [\(number)] is not translated")
                    continue
                }
                translated += 1
                if target == segment["source"] as? String { copies += 1 }
                #expect(inScript(target, language), "CL-19/73 \(language) [\(number)]: \(target)")
                if language == "ar" || language == "zh" { #expect(segment["status"] as? String == "reviewed") }
            }
            #expect(language == "ru" ? translated > 0 && translated < segments.count : translated == segments.count)
            // Only a name in Latin letters ("Houlin ZHAO") may stay as the French has it.
            #expect(["en", "es"].contains(language) ? copies <= 2 : copies == 0, "CL-19/73 \(language): \(copies) copies of the source")
        }
        // The Chinese letter passes every check; neither file hides an error of numbers, links or markup.
        let zh = try cli.run(["check", "CL-19/73", "--lang", "zh"])
        #expect(zh.status == 0, "\(zh.stdout)")
        for language in ["ar", "zh"] {
            let run = try cli.run(["check", "CL-19/73", "--lang", language, "--json"])
            let checked = try #require(try JSONSerialization.jsonObject(with: Data(run.stdout.utf8)) as? [String: Any])
            let findings = (checked["documents"] as? [[String: Any]] ?? []).flatMap { $0["findings"] as? [[String: Any]] ?? [] }
            let errors = findings.filter { $0["severity"] as? String == "error" && $0["checkID"] as? String != "terms" }
            #expect(errors.isEmpty, "CL-19/73 \(language): \(errors)")
        }
    }

    @Test func everyFileInLettersExportsByteForByte() throws {
        let cli = try CLI()
        defer { cli.remove() }
        _ = try cli.ok(["init"])
        let letters = CLI.repositoryRoot.appendingPathComponent("Letters")
        let files = FileManager.default.enumerator(atPath: letters.path)!.compactMap { $0 as? String }
            .filter { $0.hasSuffix(".md") && !$0.hasSuffix("README.md") }
        #expect(files.count >= 9)
        for file in files {
            let original = try String(contentsOf: letters.appendingPathComponent(file), encoding: .utf8)
            let front = original.components(separatedBy: "\n").prefix(12)
            guard let ref = front.first(where: { $0.hasPrefix("reference:") }),
                  let lang = front.first(where: { $0.hasPrefix("language:") }) else {
                Issue.record("\(file) has no reference or language")
                continue
            }
            let reference = ref.dropFirst("reference:".count).trimmingCharacters(in: .whitespaces)
                .trimmingCharacters(in: CharacterSet(charactersIn: "\"'"))
            let language = lang.dropFirst("language:".count).trimmingCharacters(in: .whitespaces)
            let exported = try cli.run(["export", reference, "--lang", language])
            #expect(exported.status == 0, "\(file): \(exported.stderr)")
            #expect(exported.stdout == original, "\(file) does not export byte for byte")
        }
    }
}
