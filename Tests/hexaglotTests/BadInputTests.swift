import Foundation
import Testing

/// Bad input gets one clear error naming the file and the place, a non-zero exit, and an unchanged store.
@Suite(.serialized) struct BadInputTests {
    /// A project with its workspace created, and a snapshot of its state to compare against.
    func prepared() throws -> (CLI, String) {
        let cli = try CLI()
        _ = try cli.ok(["init"])
        return (cli, try cli.ok(["coverage", "--json"]))
    }

    func expectFailure(_ cli: CLI, _ args: [String], mentions: [String], before: String) throws {
        let r = try cli.run(args)
        #expect(r.status != 0, "`\(args.joined(separator: " "))` should fail")
        #expect(r.stdout.isEmpty || !r.stdout.contains("created"))
        for word in mentions { #expect(r.stderr.contains(word), "stderr lacks '\(word)': \(r.stderr)") }
        #expect(r.stderr.split(separator: "\n").count <= 3, "one clear error, not a dump: \(r.stderr)")
        #expect(try cli.ok(["coverage", "--json"]) == before, "the store changed")
    }

    @Test func invalidUTF8NamesTheFileAndLine() throws {
        let (cli, before) = try prepared()
        defer { cli.remove() }
        var bytes = Data("---\nreference: BAD-1\nkind: letter\ntitle: Bad\nlanguage: en\n---\n\nFirst line.\n\nSecond ".utf8)
        bytes.append(contentsOf: [0xC3, 0x28])
        bytes.append(contentsOf: Array(" line.\n".utf8))
        let path = try cli.write("bad-utf8.en.md", bytes)
        try expectFailure(cli, ["import", path], mentions: ["bad-utf8.en.md", ":10"], before: before)
    }

    @Test func utf16WithABOMIsRefusedClearly() throws {
        let (cli, before) = try prepared()
        defer { cli.remove() }
        var bytes = Data([0xFF, 0xFE])
        bytes.append("---\nreference: BAD-2\nlanguage: fr\n---\n\nBonjour.\n".data(using: .utf16LittleEndian)!)
        let path = try cli.write("utf16.fr.md", bytes)
        try expectFailure(cli, ["import", path], mentions: ["utf16.fr.md", "UTF-16"], before: before)
    }

    @Test func brokenFrontMatterNamesTheLine() throws {
        let (cli, before) = try prepared()
        defer { cli.remove() }
        let path = try cli.write("broken.fr.md", Data("---\nreference: BAD-3\ntitle: \"unclosed\nlanguage: fr\n\nTexte.\n".utf8))
        try expectFailure(cli, ["import", path], mentions: ["broken.fr.md"], before: before)
    }

    @Test func unknownLanguageCodeIsRefused() throws {
        let (cli, before) = try prepared()
        defer { cli.remove() }
        let path = try cli.write("de.md", Data("---\nreference: BAD-4\nkind: letter\ntitle: T\nlanguage: de\n---\n\nHallo Welt.\n".utf8))
        try expectFailure(cli, ["import", path], mentions: ["de.md", "de"], before: before)
        let r = try cli.run(["show", "CL-19/73", "--lang", "xx"])
        #expect(r.status != 0 && r.stderr.contains("xx"))
    }

    @Test func missingFileIsNamed() throws {
        let (cli, before) = try prepared()
        defer { cli.remove() }
        try expectFailure(cli, ["import", "Letters/nowhere.fr.md"], mentions: ["nowhere.fr.md"], before: before)
    }

    @Test func aTranslationWhoseStructureDiffersIsRefusedWithItsLine() throws {
        let (cli, before) = try prepared()
        defer { cli.remove() }
        let source = try String(contentsOf: cli.folder.appendingPathComponent("Letters/CL-17-24/CL-17-24.en.md"), encoding: .utf8)
        // Drop one paragraph: the blocks no longer line up with the French source.
        var blocks = source.components(separatedBy: "\n\n")
        blocks.remove(at: blocks.count / 2)
        let text = blocks.joined(separator: "\n\n").replacingOccurrences(of: "language: en", with: "language: es")
        let path = try cli.write("CL-17-24.es.md", Data(text.utf8))
        try expectFailure(cli, ["import", path], mentions: ["CL-17-24.es.md", ":"], before: before)
    }

    @Test func emptyFilesFoldersAndBadFrontMatterValuesAreRefused() throws {
        let (cli, before) = try prepared()
        defer { cli.remove() }
        let empty = try cli.write("empty.fr.md", Data())
        try expectFailure(cli, ["import", empty], mentions: ["empty.fr.md", "nothing to translate"], before: before)
        try FileManager.default.createDirectory(at: cli.folder.appendingPathComponent("nothing"), withIntermediateDirectories: true)
        try expectFailure(cli, ["import", "nothing"], mentions: ["nothing", "no file"], before: before)
        let kind = try cli.write("kind.fr.md", Data("---\nreference: K-1\nkind: memo\nlanguage: fr\n---\n\nTexte.\n".utf8))
        try expectFailure(cli, ["import", kind], mentions: ["kind.fr.md:3", "memo"], before: before)
        let status = try cli.write("status.en.md", Data("---\nreference: CL-17/24\ntranslation-of: fr\nlanguage: en\nstatus: done\n---\n\nText.\n".utf8))
        try expectFailure(cli, ["import", status], mentions: ["status.en.md:5", "done"], before: before)
        let r = try cli.run(["show", "CL-19/73", "--segments", "99"])
        #expect(r.status != 0 && r.stderr.contains("no segment 99"))
    }

    @Test func aBadFileInABatchStopsItBeforeAnythingIsStored() throws {
        let (cli, _) = try prepared()
        defer { cli.remove() }
        let good = try cli.write("new/good.en.md", Data("---\nreference: GOOD-1\nkind: post\ntitle: Good\nlanguage: en\n---\n\nA good post.\n".utf8))
        _ = good
        var bad = Data("---\nreference: BAD-5\nlanguage: en\n---\n\nBad ".utf8)
        bad.append(0xFF)
        _ = try cli.write("new/worse.en.md", bad)
        let r = try cli.run(["import", "new"])
        #expect(r.status != 0)
        #expect(r.stderr.contains("worse.en.md"))
        // Files are read and checked before anything is stored: nothing of the batch went in.
        let list = try cli.ok(["list"])
        #expect(!list.contains("GOOD-1"))
    }
}

/// A letter written by hand, with the front matter a newcomer writes.
@Suite(.serialized) struct NewcomerFrontMatterTests {
    @Test func aliasesNameTheDocumentAndWarnWithFileAndLine() throws {
        let cli = try CLI()
        defer { cli.remove() }
        let path = try cli.write("CL-21-05.orig.md", Data("---\nref: CL-21/05\nlang: fr\ntype: letter\ntitel: Consultation\ntags: [x]\n---\n\nMadame, Monsieur,\n\nNous vous écrivons.\n".utf8))
        let r = try cli.run(["import", path])
        #expect(r.status == 0, "\(r.stderr)")
        #expect(r.stdout.contains("CL-21/05"))
        #expect(!r.stdout.contains("CL-21-05.orig ["))
        #expect(r.stderr.contains("CL-21-05.orig.md:2: warning: 'ref': did you mean reference?"))
        #expect(r.stderr.contains("CL-21-05.orig.md:3: warning: 'lang': did you mean language?"))
        #expect(r.stderr.contains("CL-21-05.orig.md:5: warning: 'titel': did you mean title?"))
        #expect(r.stderr.contains("CL-21-05.orig.md:6: warning: 'tags'"))
        let list = try cli.ok(["list"])
        #expect(list.contains("CL-21/05") && list.contains("Consultation") && !list.contains("orig"))
    }

    @Test func frontMatterWithoutAReferenceIsAnErrorNotTheFileName() throws {
        let cli = try CLI()
        defer { cli.remove() }
        let path = try cli.write("CL-21-06.draft.md", Data("---\nlanguage: fr\ntitle: Sans référence\n---\n\nTexte.\n".utf8))
        let r = try cli.run(["import", path])
        #expect(r.status != 0)
        #expect(r.stderr.contains("CL-21-06.draft.md:1:") && r.stderr.contains("reference"))
        let noLanguage = try cli.write("CL-21-07.md", Data("---\nreference: CL-21/07\n---\n\nTexte.\n".utf8))
        let n = try cli.run(["import", noLanguage])
        #expect(n.status != 0 && n.stderr.contains("CL-21-07.md:1:") && n.stderr.contains("language"))
        let odd = try cli.write("CL-21-08.md", Data("---\nletter-ref-code: CL-21/08\nlanguage: fr\n---\n\nTexte.\n".utf8))
        let o = try cli.run(["import", odd])
        #expect(o.status != 0 && o.stderr.contains("CL-21-08.md:1:") && o.stderr.contains("'letter-ref-code' on line 2"))
        #expect(!(try cli.ok(["list"])).contains("CL-21-0"))
    }
}
