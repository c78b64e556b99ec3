import Foundation
import Testing

/// The translator's everyday commands, end to end.
@Suite(.serialized) struct WorkflowTests {
    @Test func translateSetStatusShowAndExport() throws {
        let cli = try CLI()
        defer { cli.remove() }
        _ = try cli.ok(["init"])
        let shown = try cli.json(["show", "CL-17/24", "--lang", "es"])
        let segments = try #require(shown["segments"] as? [[String: Any]])
        #expect(segments.allSatisfy { $0["status"] as? String == "new" })
        // Segment 0 is the title (from the front matter); the body counts from 1.
        let first = try #require(segments.first)
        #expect(first["number"] as? Int == 0 && first["blockKind"] as? String == "title")
        #expect(segments.dropFirst().first?["number"] as? Int == 1)

        _ = try cli.ok(["translate", "CL-17/24", "1", "--lang", "es-419", "Secretaría General (SG)"])
        _ = try cli.ok(["status", "CL-17/24", "--lang", "es", "--set", "reviewed", "--segments", "1", "--as", "eva"])
        let after = try cli.json(["show", "CL-17/24", "--lang", "es", "--segments", "1"])
        let row = try #require((after["segments"] as? [[String: Any]])?.first)
        #expect(row["status"] as? String == "reviewed")
        #expect(row["target"] as? String == "Secretaría General (SG)")
        #expect(row["author"] as? String == "eva")

        // Setting a status on untranslated segments fails as a whole.
        let r = try cli.run(["status", "CL-17/24", "--lang", "es", "--set", "approved", "--segments", "1-3"])
        #expect(r.status != 0 && r.stderr.contains("2-3"))

        let export = try cli.run(["export", "CL-17/24", "--lang", "es"])
        #expect(export.status == 0)
        #expect(export.stdout.contains("Secretaría General (SG)"))
        #expect(export.stderr.contains("no translation"))
        let complete = try cli.run(["export", "CL-17/24", "--lang", "es", "--complete"])
        #expect(complete.status != 0 && complete.stdout.isEmpty)
    }

    @Test func anExportedTranslationImportsBackAsATranslation() throws {
        let cli = try CLI()
        defer { cli.remove() }
        _ = try cli.ok(["init"])
        _ = try cli.ok(["translate", "CL-17/24", "1", "--lang", "ru", "Генеральный секретариат (ГС)"])
        let path = cli.folder.appendingPathComponent("CL-17-24.ru.md").path
        _ = try cli.ok(["export", "CL-17/24", "--lang", "ru", "-o", path])
        let exported = try String(contentsOfFile: path, encoding: .utf8)
        #expect(exported.hasPrefix("---\nreference: CL-17/24\ntranslation-of: fr\nlanguage: ru\n"))
        #expect(exported.contains("complete: false"))
        // Translate one more sentence in the file, as a translator would, and bring it back.
        let edited = exported.replacingOccurrences(of: "\nMadame, Monsieur,\n", with: "\nУважаемая госпожа, уважаемый господин,\n")
        try edited.write(toFile: path, atomically: true, encoding: .utf8)
        let out = try cli.ok(["import", path])
        #expect(out.contains("translation") && out.contains("1 added"))
        #expect(try cli.ok(["list"]).contains("CL-17/24"))
        let doc = try #require(try cli.json(["list"])["documents"] as? [[String: Any]])
        #expect(doc.first { $0["reference"] as? String == "CL-17/24" }?["revision"] as? Int == 1)
        let ru = try cli.json(["show", "CL-17/24", "--lang", "ru", "--status", "translated"])
        #expect((ru["segments"] as? [[String: Any]])?.count == 2)
        // The exported file imports again as the same thing: nothing changes.
        #expect(try cli.ok(["import", path]).contains("unchanged"))
    }

    @Test func translationsKeepInlineCodes() throws {
        let cli = try CLI()
        defer { cli.remove() }
        _ = try cli.ok(["init"])
        let shown = try cli.json(["show", "CL-19/73", "--lang", "zh"])
        let segments = try #require(shown["segments"] as? [[String: Any]])
        // A segment with a bold reference (Réf.: **CL-19/73**) carries typed codes, not asterisks.
        let bold = try #require(segments.first { ($0["source"] as? String)?.contains("CL-19/73") == true })
        #expect((bold["source"] as? String)?.contains("**") == false)
        let number = try #require(bold["number"] as? Int)
        // The demo's Chinese letter has "文号：**CL-19/73**"; a new wording keeps the bold in place.
        _ = try cli.ok(["translate", "CL-19/73", "\(number)", "--lang", "zh", "参考文号：**CL-19/73**"])
        let exported = try cli.ok(["export", "CL-19/73", "--lang", "zh"])
        #expect(exported.contains("\n参考文号：**CL-19/73**  \n"))
    }

    @Test func resultCommandsSpeakJSON() throws {
        let cli = try CLI()
        defer { cli.remove() }
        let created = try cli.json(["init"])
        #expect((created["documents"] as? [[String: Any]])?.count == 5)
        #expect((created["glossaries"] as? [[String: Any]])?.first?["concepts"] as? Int ?? 0 >= 40)
        let translated = try cli.json(["translate", "CL-17/24", "1", "--lang", "es", "Secretaría General (SG)"])
        #expect(translated["status"] as? String == "translated" && translated["segment"] as? Int == 1)
        let exported = try cli.json(["export", "CL-17/24", "--lang", "es", "-o", "CL-17-24.es.md"])
        #expect(exported["translated"] as? Int == 1)
        #expect(exported["fallback"] as? Int == (exported["segments"] as? Int ?? 0) - 1)
        let status = try cli.json(["status", "CL-17/24", "--lang", "es", "--set", "reviewed", "--all"])
        #expect(status["changed"] as? Int == 1)
    }

    @Test func workspaceIsFoundByFlagEnvironmentOrWalkingUp() throws {
        let cli = try CLI()
        defer { cli.remove() }
        _ = try cli.ok(["init"])
        let nested = cli.folder.appendingPathComponent("Letters/CL-19-73")
        let walked = try cli.run(["list"], cwd: nested)
        #expect(walked.status == 0 && walked.stdout.contains("CL-19/73"))
        let elsewhere = FileManager.default.temporaryDirectory
        let byEnv = try cli.run(["list"], cwd: elsewhere, env: ["HEXAGLOT_WORKSPACE": cli.workspacePath])
        #expect(byEnv.status == 0 && byEnv.stdout.contains("CL-19/73"))
        let byFlag = try cli.run(["list", "--workspace", cli.folder.path], cwd: elsewhere)
        #expect(byFlag.status == 0 && byFlag.stdout.contains("CL-19/73"))
        let none = try cli.run(["list"], cwd: elsewhere)
        #expect(none.status != 0 && none.stderr.contains("workspace"))
    }

    @Test func importingTheSameFileTwiceChangesNothing() throws {
        let cli = try CLI()
        defer { cli.remove() }
        _ = try cli.ok(["init"])
        let before = try cli.ok(["coverage", "--json"])
        let out = try cli.ok(["import", "Letters"])
        #expect(out.contains("unchanged") && !out.contains("created") && !out.contains("revision"))
        #expect(try cli.ok(["coverage", "--json"]) == before)
    }

    @Test func segmentPrintsWithoutStoring() throws {
        let cli = try CLI(copyProject: false)
        defer { cli.remove() }
        let path = try cli.write("note.fr.txt", Data("Voir la Résolution 200 (Rév. Dubaï, 2018). Réf.: CL-19/73.\n".utf8))
        let report = try cli.json(["segment", path])
        let segments = try #require(report["segments"] as? [[String: Any]])
        #expect(segments.map { $0["text"] as? String } == ["Voir la Résolution 200 (Rév. Dubaï, 2018).", "Réf.: CL-19/73."])
        #expect(!FileManager.default.fileExists(atPath: cli.workspacePath))
    }

    @Test func listIsSortedAndFiltered() throws {
        let cli = try CLI()
        defer { cli.remove() }
        _ = try cli.ok(["init"])
        let all = try #require(try cli.json(["list"])["documents"] as? [[String: Any]])
        let refs = all.compactMap { $0["reference"] as? String }
        #expect(refs == ["CL-17/24", "CL-17/24-word", "CL-19/73", "ITU-BLOG-2019-ICT4SDG", "ITU-BLOG-2019-ICT4SDG-WEB"])
        let letters = try #require(try cli.json(["list", "--kind", "letter"])["documents"] as? [[String: Any]])
        #expect(letters.count == 3)
    }
}

/// Status transitions and the history on the command line.
@Suite struct TransitionCommandTests {
    @Test func aForbiddenTransitionIsAClearErrorAndTheLogShowsWhoDidWhat() throws {
        let cli = try CLI()
        defer { cli.remove() }
        _ = try cli.ok(["init"])
        _ = try cli.ok(["translate", "CL-17/24", "2", "--lang", "es", "Ginebra, 31 de mayo de 2017", "--as", "ana"])
        let skip = try cli.run(["status", "CL-17/24", "--lang", "es", "--set", "approved", "--segments", "2", "--as", "rev"])
        #expect(skip.status != 0)
        #expect(skip.stderr.contains("cannot go from translated to approved"))
        let reject = try cli.run(["status", "CL-17/24", "--lang", "es", "--set", "rejected", "--segments", "2"])
        #expect(reject.status != 0 && reject.stderr.contains("comment"))
        _ = try cli.ok(["status", "CL-17/24", "--lang", "es", "--set", "reviewed", "--segments", "2", "--as", "rev"])
        _ = try cli.ok(["status", "CL-17/24", "--lang", "es", "--set", "rejected", "--segments", "2", "--as", "rev",
                        "--comment", "La fecha va con el artículo: «Ginebra, 31 de mayo de 2017» está bien, pero falta la coma"])
        let log = try cli.json(["log", "CL-17/24", "--segment", "2", "--lang", "es"])
        let changes = try #require(log["changes"] as? [[String: Any]])
        #expect(changes.map { $0["to"] as? String } == ["rejected", "reviewed", "translated"])
        #expect(changes.first?["author"] as? String == "rev")
        #expect((changes.first?["comment"] as? String)?.hasPrefix("La fecha") == true)
        let mine = try cli.json(["log", "--by", "ana"])
        #expect((mine["changes"] as? [[String: Any]])?.count == 1)
        let text = try cli.ok(["log", "CL-17/24"])
        #expect(text.contains("reviewed → rejected  by rev"))
    }
}

/// The interactive review, answered through standard input as a terminal would.
@Suite struct ReviewCommandTests {
    @Test func acceptRejectEditSkipAndQuit() throws {
        let cli = try CLI()
        defer { cli.remove() }
        _ = try cli.ok(["init"])
        for (n, text) in [(1, "Secretaría General (SG)"), (2, "Ginebra, 31 de mayo de 2017"), (3, "Ref.: CL-17/24"), (4, "Contacto:")] {
            _ = try cli.ok(["translate", "CL-17/24", String(n), "--lang", "es", text, "--as", "ana"])
        }
        let answers = "a\nr\nLa fecha necesita la coma\ne\nRef.: **CL-17/24**\nq\n"
        let r = try cli.run(["review", "CL-17/24", "--lang", "es", "--as", "rev", "--json"], input: answers)
        #expect(r.status == 0, "\(r.stderr)")
        #expect(r.stderr.contains("[1/4] segment 1"))
        let summary = try JSONSerialization.jsonObject(with: Data(r.stdout.utf8)) as? [String: Any]
        #expect(summary?["accepted"] as? Int == 1)
        #expect(summary?["rejected"] as? Int == 1)
        #expect(summary?["edited"] as? Int == 1)
        let shown = try cli.json(["show", "CL-17/24", "--lang", "es", "--segments", "1-4"])
        let rows = try #require(shown["segments"] as? [[String: Any]])
        #expect(rows.map { $0["status"] as? String } == ["reviewed", "rejected", "reviewed", "translated"])
        #expect(rows[2]["target"] as? String == "Ref.: {1}CL-17/24{/1}")
        let log = try cli.json(["log", "CL-17/24", "--segment", "2", "--lang", "es"])
        #expect((log["changes"] as? [[String: Any]])?.first?["comment"] as? String == "La fecha necesita la coma")
        // Reviewing again finds only what is still translated.
        let again = try cli.run(["review", "CL-17/24", "--lang", "es", "--segments", "1-4"], input: "s\n")
        #expect(again.stdout.contains("0 accepted, 0 rejected, 0 edited, 1 skipped of 1"))
    }
}

/// A revised source letter: unchanged segments keep their translations, a reworded one keeps
/// its translations as outdated suggestions, a new one is new, a removed one is archived.
@Suite struct RevisionTests {
    @Test func aRevisedLetterMakesChangedSegmentsOutdated() throws {
        let cli = try CLI()
        defer { cli.remove() }
        _ = try cli.ok(["init"])
        let path = cli.folder.appendingPathComponent("Letters/CL-19-73/CL-19-73.fr.md")
        var text = try String(contentsOf: path, encoding: .utf8)
        let before = try cli.json(["show", "CL-19/73", "--lang", "en"])
        let oldRows = try #require(before["segments"] as? [[String: Any]])
        // Reworded: the reply date moves; removed: "(signé)"; added: a paragraph before the closing.
        text = text.replacingOccurrences(of: "d'ici au 14 février 2020", with: "d'ici au 28 février 2020")
        text = text.replacingOccurrences(of: "(signé)\n\n", with: "")
        text = text.replacingOccurrences(of: "Dans l'espoir que vous", with: "Le programme de la Journée sera publié en ligne.\n\nDans l'espoir que vous")
        try Data(text.utf8).write(to: path)
        let imported = try cli.ok(["import", path.path])
        #expect(imported.contains("revision 2"), "\(imported)")
        #expect(imported.contains("1 changed"), "\(imported)")

        let diff = try cli.json(["diff", "CL-19/73"])
        let changed = try #require(diff["changed"] as? [[String: Any]])
        #expect(changed.count == 1)
        #expect((diff["added"] as? [[String: Any]])?.count == 1)
        #expect((diff["removed"] as? [[String: Any]])?.count == 1)
        let textDiff = try cli.ok(["diff", "CL-19/73"])
        #expect(textDiff.contains("[- 14-]{+ 28+}"), "\(textDiff)")

        // The reworded segment keeps its English as an outdated suggestion.
        let outdated = try cli.json(["show", "CL-19/73", "--lang", "en", "--status", "outdated"])
        let rows = try #require(outdated["segments"] as? [[String: Any]])
        #expect(rows.count == 1)
        let oldEnglish = oldRows.first { ($0["source"] as? String)?.contains("14 février 2020") == true }?["target"] as? String
        #expect(rows.first?["target"] as? String == oldEnglish)
        #expect((rows.first?["source"] as? String)?.contains("28 février 2020") == true)
        #expect((rows.first?["sourceBefore"] as? String)?.contains("14 février 2020") == true)
        #expect(rows.first?["changedInRevision"] as? Int == 2)
        #expect((rows.first?["suggestion"] as? String)?.contains("28 February 2020") == true, "\(rows.first ?? [:])")
        // Coverage counts it, and the old pair is still in the memory.
        let coverage = try cli.ok(["coverage", "--json"])
        #expect(coverage.contains("\"outdated\" : 1"))
        let lookup = try cli.ok(["tm", "lookup", "--from", "fr", "--to", "en", "--min", "100",
                                 "Je vous saurais gré de bien vouloir me faire part d'ici au 14 février 2020 des éventuelles activités que vous avez l'intention d'organiser à l'occasion de l'édition 2020 de la Journée mondiale des télécommunications et de la société de l'information."])
        #expect(lookup.contains("100% exact"), "\(lookup)")
        // Updating the outdated translation is an allowed move.
        let number = try #require(rows.first?["number"] as? Int)
        _ = try cli.ok(["translate", "CL-19/73", String(number), "--lang", "en", "I should be grateful if you would inform me by 28 February 2020 of any activities you plan to organize."])
    }
}

/// Two people changing the same segment: the second write sees the first.
@Suite struct ConcurrentEditTests {
    @Test func aStaleVersionIsRefusedAndNothingIsOverwritten() throws {
        let cli = try CLI()
        defer { cli.remove() }
        _ = try cli.ok(["init"])
        let shown = try cli.json(["show", "CL-19/73", "--lang", "ru", "--segments", "1"])
        let version = try #require((shown["segments"] as? [[String: Any]])?.first?["version"] as? Int)
        // Olga stores first, from the version both read.
        _ = try cli.ok(["translate", "CL-19/73", "1", "--lang", "ru", "Генеральный секретариат МСЭ (ГС)", "--as", "Olga",
                        "--if-version", String(version)])
        // Ivan stores from the same, now stale, version: refused, Olga's text stays.
        let late = try cli.run(["translate", "CL-19/73", "1", "--lang", "ru", "Генсекретариат", "--as", "Ivan",
                                "--if-version", String(version)])
        #expect(late.status != 0)
        #expect(late.stderr.contains("changed by Olga since you read it"))
        let after = try cli.json(["show", "CL-19/73", "--lang", "ru", "--segments", "1"])
        #expect((after["segments"] as? [[String: Any]])?.first?["target"] as? String == "Генеральный секретариат МСЭ (ГС)")
    }
}

/// Coverage against numbers worked out segment by segment from `show` on the demo letters.
@Suite struct CoverageByHandTests {
    @Test func coverageAgreesWithTheSegmentsOneByOne() throws {
        let cli = try CLI()
        defer { cli.remove() }
        _ = try cli.ok(["init"])
        let coverage = try cli.json(["coverage"])
        let documents = try #require(coverage["documents"] as? [[String: Any]])
        #expect(documents.map { $0["reference"] as? String } == ["CL-17/24", "CL-17/24-word", "CL-19/73", "ITU-BLOG-2019-ICT4SDG", "ITU-BLOG-2019-ICT4SDG-WEB"])
        for document in documents {
            let reference = try #require(document["reference"] as? String)
            for language in try #require(document["languages"] as? [[String: Any]]) where language["isSource"] as? Bool == false {
                let code = try #require(language["language"] as? String)
                let rows = try #require(try cli.json(["show", reference, "--lang", code])["segments"] as? [[String: Any]])
                var segments: [String: Int] = [:], words: [String: Int] = [:]
                var done = 0, total = 0
                for row in rows {
                    let status = row["status"] as? String ?? "new"
                    let w = row["words"] as? Int ?? 0
                    segments[status, default: 0] += 1
                    words[status, default: 0] += w
                    total += w
                    if ["translated", "reviewed", "approved"].contains(status) { done += w }
                }
                let reportedSegments = try #require(language["segments"] as? [String: Int]).filter { $0.value > 0 }
                let reportedWords = try #require(language["words"] as? [String: Int]).filter { $0.value > 0 }
                #expect(reportedSegments == segments, "\(reference) \(code)")
                #expect(reportedWords == words, "\(reference) \(code)")
                let percent = try #require(language["percent"] as? Double)
                #expect(abs(percent - 100 * Double(done) / Double(total)) < 0.06, "\(reference) \(code): \(percent)")
            }
        }
        // The demo letters as Letters/README.md describes them.
        let cl1973 = try #require(documents.first { $0["reference"] as? String == "CL-19/73" })
        #expect(cl1973["segments"] as? Int == 34)   // 33 in the body, and the title
        let ru = try #require((cl1973["languages"] as? [[String: Any]])?.first { $0["language"] as? String == "ru" })
        #expect((ru["segments"] as? [String: Int])?["translated"] == 20)  // 19 and the title
        #expect((ru["segments"] as? [String: Int])?["new"] == 14)
    }
}
