import Foundation
import Testing

/// Word documents through the command line: import with the demo project, segment,
/// pretranslate, export part by part, bad packages leaving the workspace as it was.
@Suite(.serialized) struct DOCXCommandTests {
    /// The entries of a ZIP file as `unzip -p` gives them, by name (python3's zipfile).
    func parts(_ path: String) throws -> [String: String] {
        let script = "import sys,zipfile,json,base64;z=zipfile.ZipFile(sys.argv[1]);print(json.dumps({n:base64.b64encode(z.read(n)).decode() for n in z.namelist()}))"
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["python3", "-c", script, path]
        let pipe = Pipe()
        process.standardOutput = pipe
        try process.run()
        let data = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return try JSONDecoder().decode([String: String].self, from: data)
    }

    @Test func theWordLetterImportsWithTheProjectAndExportsPartByPart() throws {
        let cli = try CLI()
        defer { cli.remove() }
        _ = try cli.ok(["init"])
        let docs = try cli.ok(["list", "--json"])
        #expect(docs.contains("CL-17/24-word"))
        let segments = try cli.ok(["segment", "Letters/CL-17-24/CL-17-24.fr.docx"])
        #expect(segments.contains("Réf.: {1}CL-17/24{/1}"))
        let show = try cli.ok(["show", "CL-17/24-word", "--lang", "en", "--json"])
        #expect(show.contains("Ref: {1}CL-17/24{/1}") || show.contains("Ref: "))
        // The source comes back part by part; the English export holds the English text.
        let fr = cli.folder.appendingPathComponent("out.fr.docx").path
        _ = try cli.ok(["export", "CL-17/24-word", "-o", fr])
        #expect(try parts(fr) == parts(cli.folder.appendingPathComponent("Letters/CL-17-24/CL-17-24.fr.docx").path))
        let en = cli.folder.appendingPathComponent("out.en.docx").path
        _ = try cli.ok(["export", "CL-17/24-word", "--lang", "en", "-o", en])
        let document = String(decoding: Data(base64Encoded: try parts(en)["word/document.xml"]!)!, as: UTF8.self)
        #expect(document.contains("Dear Sir/Madam,") && !document.contains("Madame, Monsieur"))
        // Imported again, the export is a translation of the letter with nothing new.
        let again = try cli.ok(["import", en])
        #expect(again.contains("CL-17/24-word [en] translation") && again.contains("0 added"))
        // Spanish: drafts from the memory (the Markdown letter's translations), then an export.
        _ = try cli.run(["pretranslate", "CL-17/24-word", "--lang", "es", "--min", "75"])
        let es = cli.folder.appendingPathComponent("out.es.docx").path
        let r = try cli.run(["export", "CL-17/24-word", "--lang", "es", "-o", es])
        #expect(r.status == 0)
        #expect(try parts(es)["docProps/custom.xml"].map { String(decoding: Data(base64Encoded: $0)!, as: UTF8.self).contains(">es<") } == true)
    }

    @Test func badPackagesLeaveTheWorkspaceAsItWas() throws {
        let cli = try CLI()
        defer { cli.remove() }
        _ = try cli.ok(["init"])
        let before = try cli.ok(["coverage", "--json"])
        let notZip = try cli.write("letter.fr.docx", Data("Madame, Monsieur,\n".utf8))
        var r = try cli.run(["import", notZip])
        #expect(r.status != 0 && r.stderr.contains("letter.fr.docx") && r.stderr.contains("not a ZIP"))
        // A Word letter with a tracked change: refused, naming the file and the part.
        let script = """
            import sys, zipfile
            src = zipfile.ZipFile(sys.argv[1]); out = zipfile.ZipFile(sys.argv[2], "w", zipfile.ZIP_DEFLATED)
            for name in src.namelist():
                data = src.read(name)
                if name == "word/document.xml":
                    data = data.replace(b'<w:r w:rsidR="00A4B2C1"><w:t xml:space="preserve">Madame', '<w:ins w:id="9" w:author="A"><w:r><w:t xml:space="preserve">Chère '.encode() + b'</w:t></w:r></w:ins><w:r w:rsidR="00A4B2C1"><w:t xml:space="preserve">Madame', 1)
                    assert b"w:ins" in data
                out.writestr(name, data)
            out.close()
            """
        let tracked = cli.folder.appendingPathComponent("tracked.fr.docx").path
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["python3", "-c", script, cli.folder.appendingPathComponent("Letters/CL-17-24/CL-17-24.fr.docx").path, tracked]
        try process.run()
        process.waitUntilExit()
        #expect(process.terminationStatus == 0)
        r = try cli.run(["import", tracked])
        #expect(r.status != 0 && r.stderr.contains("tracked.fr.docx [word/document.xml]") && r.stderr.contains("--accept-revisions"))
        #expect(try cli.ok(["coverage", "--json"]) == before, "the store changed")
        // Accepted on request: the insertion is in the revised letter.
        _ = try cli.ok(["import", "--accept-revisions", tracked])
        #expect(try cli.ok(["show", "CL-17/24-word", "--json"]).contains("Chère Madame, Monsieur,"))
    }
}
